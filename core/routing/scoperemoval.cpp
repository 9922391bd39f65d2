// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/scoperemoval.h"

namespace rs {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isBlankLineAt(const QByteArray &b, qsizetype at)
{
    while (at < b.size() && (isBlank(b.at(at)) || b.at(at) == '\r'))
        ++at;
    return at < b.size() && b.at(at) == '\n';
}

// True when the line that ends just before `lineStart` holds only blanks.
bool isBlankLineBefore(const QByteArray &b, qsizetype lineStart)
{
    if (lineStart == 0)
        return false;
    qsizetype p = lineStart - 1;  // its '\n'
    while (p > 0 && (isBlank(b.at(p - 1)) || b.at(p - 1) == '\r'))
        --p;
    return p == 0 || b.at(p - 1) == '\n';
}

qsizetype nextLine(const QByteArray &b, qsizetype at)
{
    const qsizetype nl = b.indexOf('\n', at);
    return nl < 0 ? b.size() : nl + 1;
}

} // namespace

TextEdits removeScopeEdits(const SyntaxTree &tree, NodeId node)
{
    const QByteArray &b = tree.bytes();
    const Span span = tree.node(node).span;
    qsizetype begin = span.begin;
    qsizetype end = span.end;
    // Blanks before it back to the line start, and after it up to the line break.
    qsizetype lineStart = begin;
    while (lineStart > 0 && isBlank(b.at(lineStart - 1)))
        --lineStart;
    const bool startsLine = lineStart == 0 || b.at(lineStart - 1) == '\n';
    qsizetype lineEnd = end;
    while (lineEnd < b.size() && (isBlank(b.at(lineEnd)) || b.at(lineEnd) == '\r'))
        ++lineEnd;
    const bool endsLine = lineEnd == b.size() || b.at(lineEnd) == '\n';
    if (startsLine && endsLine) {
        // The scope has its lines to itself: remove them whole, line break included.
        begin = lineStart;
        end = lineEnd < b.size() ? lineEnd + 1 : lineEnd;
        // Between two blank lines, take one of them along: removing a block of a
        // file that separates its blocks by blank lines must not leave two.
        if (isBlankLineBefore(b, begin) && isBlankLineAt(b, end))
            end = nextLine(b, end);
    } else if (endsLine) {
        // `a = 1  Domain x { }`: the blanks before it go, the line stays.
        begin = lineStart;
        while (end < b.size() && isBlank(b.at(end)))
            ++end;
    } else {
        while (end < b.size() && isBlank(b.at(end)))
            ++end;
    }
    return {{quint32(begin), quint32(end), {}}};
}

} // namespace rs
