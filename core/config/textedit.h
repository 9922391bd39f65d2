// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/sourcetext.h"

#include <QList>

namespace rs {

/// Replace the bytes [begin, end) of a text with `replacement`. Every change to a
/// file is a list of these, so what an edit touches is explicit and checkable.
struct TextEdit {
    quint32 begin = 0;
    quint32 end = 0;
    QByteArray replacement;
    friend bool operator==(const TextEdit &, const TextEdit &) = default;
};

using TextEdits = QList<TextEdit>;

/// Applies non-overlapping edits (in any order) to `text`.
QByteArray applyEdits(const QByteArray &text, TextEdits edits);
/// The size of a text of `size` bytes after the edits.
qsizetype editedSize(qsizetype size, const TextEdits &edits);

/// The byte range of the result that the edits produced, for highlighting.
Span editedRegion(const TextEdits &edits);

} // namespace rs
