// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/unifieddiff.h"

#include <algorithm>

namespace rs {

namespace {

// Byte offsets where each line starts; a final entry at the end of the text.
std::vector<quint32> lineStarts(const QByteArray &text)
{
    std::vector<quint32> starts{0};
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '\n' && i + 1 < text.size())
            starts.push_back(quint32(i + 1));
    }
    starts.push_back(quint32(text.size()));
    return starts;
}

int lineOf(const std::vector<quint32> &starts, quint32 offset)  // 0-based
{
    const auto it = std::upper_bound(starts.cbegin(), starts.cend() - 1, offset);
    return int(it - starts.cbegin()) - 1;
}

// Appends the lines of `block` with a one-character prefix.
void emitLines(QByteArray &out, char prefix, QByteArrayView block)
{
    qsizetype pos = 0;
    while (pos < block.size()) {
        qsizetype nl = block.indexOf('\n', pos);
        const bool last = nl < 0;
        if (last)
            nl = block.size();
        out += prefix;
        out += block.sliced(pos, nl - pos);
        out += '\n';
        if (last)
            out += "\\ No newline at end of file\n";
        pos = nl + 1;
    }
}

int countLines(QByteArrayView block)
{
    return int(block.count('\n')) + (!block.isEmpty() && !block.endsWith('\n') ? 1 : 0);
}

QByteArray range(int start, int count)
{
    // diff -u writes an empty range as "line-before,0"
    return QByteArray::number(count == 0 ? start : start + 1) + ',' + QByteArray::number(count);
}

} // namespace

QByteArray unifiedDiff(const QByteArray &text, const TextEdits &unsorted, const QString &oldName,
                       const QString &newName, int context)
{
    if (unsorted.isEmpty())
        return {};
    TextEdits edits = unsorted;
    std::sort(edits.begin(), edits.end(), [](const TextEdit &a, const TextEdit &b) { return a.begin < b.begin; });
    const std::vector<quint32> starts = lineStarts(text);
    const int lines = int(starts.size()) - 1;
    struct Group { int first, last; TextEdits edits; };
    std::vector<Group> groups;
    for (const TextEdit &e : std::as_const(edits)) {
        int first = lineOf(starts, e.begin);
        int last = first;
        if (e.end > e.begin) {
            last = lineOf(starts, e.end - 1);
        } else if (e.replacement.endsWith('\n')
                   && (e.begin == quint32(text.size()) ? text.endsWith('\n') : starts[size_t(first)] == e.begin)) {
            // Whole lines inserted before a line (or after the last): no old line changes.
            first = e.begin == quint32(text.size()) ? lines : first;
            last = first - 1;
        }
        if (!groups.empty() && first <= groups.back().last + 2 * context + 1) {
            groups.back().last = std::max(groups.back().last, last);
            groups.back().edits.append(e);
        } else {
            groups.push_back({first, last, {e}});
        }
    }
    QByteArray out = "--- " + oldName.toUtf8() + "\n+++ " + newName.toUtf8() + '\n';
    int shift = 0;  // new line number minus old line number so far
    for (const Group &g : groups) {
        const int ctxFirst = std::max(0, g.first - context);
        const int ctxLast = std::min(lines - 1, g.last + context);
        const quint32 changedBegin = starts[size_t(g.first)];
        const quint32 changedEnd = starts[size_t(g.last + 1)];
        TextEdits local;
        for (const TextEdit &e : g.edits)
            local.append({e.begin - changedBegin, e.end - changedBegin, e.replacement});
        const QByteArray oldBlock = text.mid(changedBegin, changedEnd - changedBegin);
        const QByteArray newBlock = applyEdits(oldBlock, local);
        const QByteArrayView before(text.constData() + starts[size_t(ctxFirst)], changedBegin - starts[size_t(ctxFirst)]);
        const quint32 afterEnd = starts[size_t(std::max(ctxLast, g.last) + 1)];
        const QByteArrayView after(text.constData() + changedEnd, afterEnd - changedEnd);
        const int oldCount = countLines(before) + countLines(oldBlock) + countLines(after);
        const int newCount = countLines(before) + countLines(newBlock) + countLines(after);
        out += "@@ -" + range(ctxFirst, oldCount) + " +" + range(ctxFirst + shift, newCount) + " @@\n";
        emitLines(out, ' ', before);
        emitLines(out, '-', oldBlock);
        emitLines(out, '+', newBlock);
        emitLines(out, ' ', after);
        shift += newCount - oldCount;
    }
    return out;
}

} // namespace rs
