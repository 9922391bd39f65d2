// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/textedit.h"

namespace rs {

/// Whole-line edits that turn `before` into `after`, one per changed run of lines
/// (libgit2's xdiff, the diff git uses), for unifiedDiff() and for merging. Any
/// bytes, NUL and invalid UTF-8 included, compare as text.
TextEdits lineEdits(const QByteArray &before, const QByteArray &after);

/// A three-way merge of whole lines: the changes from `base` to `ours` and from
/// `base` to `theirs`, both applied. Where both change the same lines differently
/// the merge is refused: `conflicts` lists those regions as 1-based line ranges of
/// `base` (first, last; last < first for an insertion point), and `text` is empty.
struct LineMerge {
    bool clean = false;
    QByteArray text;
    QList<std::pair<int, int>> conflicts;
};
LineMerge mergeLines(const QByteArray &base, const QByteArray &ours, const QByteArray &theirs);

} // namespace rs
