// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: see selection_property.h for the properties asserted.
#include "fuzz_main.h"
#include "selection_property.h"

namespace {
QString checkSelectionBytes(const QByteArray &bytes)
{
    return rs::fuzz::checkSelectionProperties(rs::fuzz::decodeSelectionInput(bytes));
}
} // namespace

ROUTESCOPE_FUZZ_PROPERTY(checkSelectionBytes)
