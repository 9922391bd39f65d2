// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any byte sequence parses, serializes back byte for byte,
// validates, and survives route edits (see config_property.h).
#include "config_property.h"
#include "fuzz_main.h"

ROUTESCOPE_FUZZ_PROPERTY(rs::fuzz::checkConfigProperties)
