// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: see zone_property.h for the properties asserted.
#include "fuzz_main.h"
#include "zone_property.h"

ROUTESCOPE_FUZZ_PROPERTY(rs::fuzz::checkZoneProperties)
