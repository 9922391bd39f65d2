// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/diagnostic.h"

#include <algorithm>

namespace rs {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Note: return QStringLiteral("note");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Error: return QStringLiteral("error");
    }
    return {};
}

namespace {

bool keptAsLayout(char32_t c, KeepControls keep)
{
    return keep == KeepControls::Layout && (c == u'\n' || c == u'\t');
}

QString escapeOf(char32_t c)
{
    return c >= 0x80 ? QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'))
                     : QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
}

// Length of the valid UTF-8 sequence at b[i], or 0 when the byte does not start one.
qsizetype utf8SequenceAt(QByteArrayView b, qsizetype i)
{
    const auto lead = uchar(b.at(i));
    const qsizetype n = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (n == 0 || i + n > b.size())
        return 0;
    for (qsizetype k = 1; k < n; ++k) {
        if ((uchar(b.at(i + k)) & 0xc0) != 0x80)
            return 0;
    }
    return n;
}

} // namespace

QString printable(const QString &text, KeepControls keep)
{
    const auto needsEscape = [keep](QChar c) { return isControlChar(c.unicode()) && !keptAsLayout(c.unicode(), keep); };
    if (std::none_of(text.cbegin(), text.cend(), needsEscape))
        return text;  // the common case: no copy
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (needsEscape(c))
            out += escapeOf(c.unicode());
        else
            out += c;
    }
    return out;
}

QByteArray printableBytes(QByteArrayView bytes, KeepControls keep)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size();) {
        const auto c = uchar(bytes.at(i));
        if (c >= 0x80) {
            const qsizetype n = utf8SequenceAt(bytes, i);
            const char32_t twoByte = n == 2 ? char32_t((c & 0x1f) << 6 | (uchar(bytes.at(i + 1)) & 0x3f)) : 0;
            if (n == 2 && isControlChar(twoByte)) {  // C1, U+0080..U+009F
                out += escapeOf(twoByte).toLatin1();
            } else if (n > 0) {
                out += bytes.sliced(i, n);
            } else if (isControlChar(c)) {
                out += "\\x" + QByteArray::number(c, 16);  // a lone byte: C1 in an 8-bit terminal
            } else {
                out += char(c);  // Latin-1 text: not a control anywhere
            }
            i += n > 0 ? n : 1;
            continue;
        }
        const bool lineEndCr = c == '\r' && keep == KeepControls::Layout && i + 1 < bytes.size() && bytes.at(i + 1) == '\n';
        if (isControlChar(c) && !keptAsLayout(c, keep) && !lineEndCr)
            out += escapeOf(c).toLatin1();
        else
            out += char(c);
        ++i;
    }
    return out;
}

QString excerpt(const QString &text)
{
    const bool cut = text.size() > kMaxQuotedChars;
    return cut ? printable(text.first(kMaxQuotedChars)) + QStringLiteral("...") : printable(text);
}

QString quoteExcerpt(const QString &text)
{
    return u'\'' + excerpt(text) + u'\'';
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic &d) { return d.severity == Severity::Error; });
}

void sortDiagnostics(Diagnostics &diagnostics, const QStringList &fileOrder)
{
    auto rank = [&fileOrder](const QString &file) {
        const qsizetype i = fileOrder.indexOf(file);
        return i < 0 ? fileOrder.size() : i;
    };
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [&rank](const Diagnostic &a, const Diagnostic &b) {
                         const auto ra = rank(a.file), rb = rank(b.file);
                         if (ra != rb)
                             return ra < rb;
                         if (a.offset != b.offset)
                             return a.offset < b.offset;
                         return a.code < b.code;
                     });
}

} // namespace rs
