// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/syntaxtree.h"
#include "config/textedit.h"

#include <optional>

namespace rs {

/// Where applying `edits` to the text of `tree` (giving `newText`) would change how
/// the text around them reads: the offset in `newText` of the first token that
/// differs, or nothing when every token outside the edits reads as before and the
/// new bytes read the same in place as on their own.
///
/// The lexer looks past a token's end in a few places (a word that starts with a
/// typographic quote looks for its closing quote on the rest of the line; a string
/// looks at the byte after it; a word ends at whatever class of byte follows), so a
/// quote put on such a line can turn text before it into a string. This catches
/// that without a parse of the whole file: it lexes from the last node that starts
/// at or before the edit's line up to the first token after the edit.
std::optional<quint32> readingChangedAt(const SyntaxTree &tree, const TextEdits &edits,
                                        const QByteArray &newText);

} // namespace rs
