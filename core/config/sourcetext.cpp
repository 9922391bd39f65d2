// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/sourcetext.h"

#include <algorithm>
#include <cstring>

namespace rs {

SourceText::SourceText(QByteArray bytes, QString path)
    : m_bytes(std::move(bytes))
    , m_path(std::move(path))
{
    m_lineStarts.reserve(size_t(m_bytes.size() / 32 + 1));
    m_lineStarts.push_back(0);
    const char *data = m_bytes.constData();
    const char *end = data + m_bytes.size();
    for (const char *p = data; p < end;) {
        const auto *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!nl)
            break;
        m_lineStarts.push_back(quint32(nl + 1 - data));
        p = nl + 1;
    }
}

QByteArrayView SourceText::view(Span span) const
{
    return QByteArrayView(m_bytes.constData() + span.begin, qsizetype(span.size()));
}

LineColumn SourceText::position(quint32 offset) const
{
    int noHint = 0;
    return position(offset, noHint);
}

LineColumn SourceText::position(quint32 offset, int &hint) const
{
    constexpr size_t kScan = 8;
    const size_t lines = m_lineStarts.size();
    size_t line = size_t(hint);  // 1-based: m_lineStarts[line - 1] starts it
    if (line >= 1 && line <= lines && m_lineStarts[line - 1] <= offset) {
        const size_t stop = std::min(lines, line + kScan);
        while (line < stop && m_lineStarts[line] <= offset)
            ++line;
        if (line == stop && stop < lines && m_lineStarts[line] <= offset)
            line = size_t(std::upper_bound(m_lineStarts.cbegin() + qsizetype(line), m_lineStarts.cend(), offset)
                          - m_lineStarts.cbegin());
    } else {  // >= 1 since m_lineStarts[0] == 0
        line = size_t(std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset) - m_lineStarts.cbegin());
    }
    hint = int(line);
    return {int(line), int(offset - m_lineStarts[line - 1]) + 1};
}

quint32 SourceText::lineStart(int line) const
{
    if (line < 1)
        return 0;
    if (size_t(line) > m_lineStarts.size())
        return quint32(m_bytes.size());
    return m_lineStarts[size_t(line - 1)];
}

QByteArray SourceText::lineBreak() const
{
    qsizetype crlf = 0;
    const qsizetype breaks = qsizetype(m_lineStarts.size()) - 1;
    for (size_t i = 1; i < m_lineStarts.size(); ++i) {
        const quint32 nl = m_lineStarts[i] - 1;
        if (nl > 0 && m_bytes.at(nl - 1) == '\r')
            ++crlf;
    }
    return breaks > 0 && crlf * 2 > breaks ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
}

} // namespace rs
