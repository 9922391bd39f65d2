#include "config/linediff.h"

#include <QList>

#include <vector>

namespace rs {

namespace {

// Lines as [begin, end) offsets, each including its line break.
QList<Span> splitLines(const QByteArray &text)
{
    QList<Span> lines;
    quint32 start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            lines.append({start, quint32(i + 1)});
            start = quint32(i + 1);
        }
    }
    if (start < quint32(text.size()))
        lines.append({start, quint32(text.size())});
    return lines;
}

QByteArrayView lineOf(const QByteArray &text, Span s)
{
    return QByteArrayView(text).sliced(s.begin, s.size());
}

} // namespace

TextEdits lineEdits(const QByteArray &before, const QByteArray &after)
{
    if (before == after)
        return {};
    const QList<Span> a = splitLines(before);
    const QList<Span> b = splitLines(after);
    // Common prefix and suffix first: edits are local, so what is left is small.
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && lineOf(before, a.at(prefix)) == lineOf(after, b.at(prefix)))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && lineOf(before, a.at(a.size() - 1 - suffix)) == lineOf(after, b.at(b.size() - 1 - suffix)))
        ++suffix;
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;

    auto beginOf = [](const QList<Span> &lines, qsizetype i, qsizetype size) {
        return i < lines.size() ? lines.at(i).begin : quint32(size);
    };
    TextEdits edits;
    auto emitRun = [&](qsizetype ai, qsizetype aEnd, qsizetype bi, qsizetype bEnd) {
        if (ai == aEnd && bi == bEnd)
            return;
        const quint32 from = beginOf(a, ai, before.size());
        const quint32 to = beginOf(a, aEnd, before.size());
        const quint32 bFrom = beginOf(b, bi, after.size());
        const quint32 bTo = beginOf(b, bEnd, after.size());
        edits.append({from, to, after.mid(bFrom, bTo - bFrom)});
    };

    // The middle by longest common subsequence, while the table stays small;
    // beyond that one replaced block is still a correct diff.
    if (n == 0 || m == 0 || n * m > 4'000'000) {
        emitRun(prefix, prefix + n, prefix, prefix + m);
        return edits;
    }
    std::vector<quint32> lcs(size_t((n + 1) * (m + 1)), 0);
    auto at = [&](qsizetype i, qsizetype j) -> quint32 & { return lcs[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            at(i, j) = lineOf(before, a.at(prefix + i)) == lineOf(after, b.at(prefix + j))
                           ? at(i + 1, j + 1) + 1
                           : std::max(at(i + 1, j), at(i, j + 1));
        }
    }
    qsizetype i = 0, j = 0, runA = 0, runB = 0;
    while (i < n || j < m) {
        if (i < n && j < m && lineOf(before, a.at(prefix + i)) == lineOf(after, b.at(prefix + j))) {
            emitRun(prefix + runA, prefix + i, prefix + runB, prefix + j);
            ++i;
            ++j;
            runA = i;
            runB = j;
        } else if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
            ++j;
        } else {
            ++i;
        }
    }
    emitRun(prefix + runA, prefix + n, prefix + runB, prefix + m);
    return edits;
}

} // namespace rs
