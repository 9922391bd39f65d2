// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rs::ui {

/// Text that is not ours to mark (a file or domain name, an example entry) for a place
/// where Qt reads '&' as a mnemonic: a button, a check box, an action, a tab, a group
/// box title, a label with a buddy (QInputDialog's). Each '&' is doubled so that it
/// shows as itself instead of vanishing and underlining the next letter.
inline QString escapeMnemonics(QString text)
{
    return text.replace(u'&', QStringLiteral("&&"));
}

} // namespace rs::ui
