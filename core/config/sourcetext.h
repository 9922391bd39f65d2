// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace rs {

/// A byte range [begin, end) of a source text.
struct Span {
    quint32 begin = 0;
    quint32 end = 0;
    quint32 size() const { return end - begin; }
    bool isEmpty() const { return begin == end; }
    friend bool operator==(const Span &, const Span &) = default;
};

struct LineColumn {
    int line = 1;    ///< 1-based
    int column = 1;  ///< 1-based, in bytes
};

/// The bytes of one file exactly as read, with a line index for positions.
/// Lines end at '\n'; a '\r' before it belongs to the line ending.
class SourceText final
{
public:
    SourceText() = default;
    SourceText(QByteArray bytes, QString path);

    const QByteArray &bytes() const { return m_bytes; }
    const QString &path() const { return m_path; }
    QByteArrayView view(Span span) const;
    LineColumn position(quint32 offset) const;
    /// The same, for callers that walk a file front to back: `hint` is the line of
    /// their previous answer (0 for none) and is updated. An offset on that line or
    /// a few after it is found without a binary search over every line.
    LineColumn position(quint32 offset, int &hint) const;
    int lineCount() const { return int(m_lineStarts.size()); }
    quint32 lineStart(int line) const;  ///< offset of a 1-based line
    /// The file's own line break ("\r\n" when most lines end so, else "\n").
    QByteArray lineBreak() const;

private:
    QByteArray m_bytes;
    QString m_path;
    std::vector<quint32> m_lineStarts;
};

} // namespace rs
