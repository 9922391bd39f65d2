// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/syntaxtree.h"
#include "config/textedit.h"
#include "routing/routeeditor.h"

namespace rs {

/// What an edit reads back as, checked before anything is written.
struct ReadBack {
    std::optional<EditRefusal> refusal;  ///< why the new text is refused; none when it reads as intended
    Diagnostics warnings;   ///< what `check` says about the target's entries in the new text
};

/// Parses the new text of the top-level statements the edits touch (the rest reads
/// as before: readingChangedAt() checked it) and requires: no syntax error; for a
/// Domain target, a Domain scope that reads back with exactly the given name; for
/// `entries` (setRoutes), a Routes option in it whose items read back as `entries`.
/// `tree` had no syntax errors. With no edits, only the warnings are computed.
ReadBack readBack(const SyntaxTree &tree, const TextEdits &edits, const QByteArray &newText,
                  const EditTarget *target, const QStringList *entries);

} // namespace rs
