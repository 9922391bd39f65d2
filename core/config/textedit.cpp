// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/textedit.h"

#include <algorithm>

namespace rs {

QByteArray applyEdits(const QByteArray &text, TextEdits edits)
{
    std::sort(edits.begin(), edits.end(),
              [](const TextEdit &a, const TextEdit &b) { return a.begin < b.begin; });
    QByteArray out;
    out.reserve(std::max(editedSize(text.size(), edits), text.size()));
    quint32 pos = 0;
    for (const TextEdit &e : std::as_const(edits)) {
        Q_ASSERT(e.begin >= pos && e.end >= e.begin && e.end <= quint32(text.size()));
        out.append(text.constData() + pos, qsizetype(e.begin - pos));
        out.append(e.replacement);
        pos = e.end;
    }
    out.append(text.constData() + pos, text.size() - qsizetype(pos));
    return out;
}

qsizetype editedSize(qsizetype size, const TextEdits &edits)
{
    for (const TextEdit &e : edits)
        size += e.replacement.size() - qsizetype(e.end - e.begin);
    return size;
}

Span editedRegion(const TextEdits &edits)
{
    if (edits.isEmpty())
        return {};
    TextEdits sorted = edits;
    std::sort(sorted.begin(), sorted.end(),
              [](const TextEdit &a, const TextEdit &b) { return a.begin < b.begin; });
    qint64 shift = 0;
    quint32 first = 0, last = 0;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const TextEdit &e = sorted.at(i);
        const auto newBegin = quint32(qint64(e.begin) + shift);
        const auto newEnd = quint32(newBegin + quint32(e.replacement.size()));
        if (i == 0)
            first = newBegin;
        last = newEnd;
        shift += e.replacement.size() - qint64(e.end - e.begin);
    }
    return {first, last};
}

} // namespace rs
