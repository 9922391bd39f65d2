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

QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic &d) { return d.severity == Severity::Error; });
}

QString formatDiagnostic(const Diagnostic &d)
{
    return d.file + u':' + QString::number(d.line) + u':' + QString::number(d.column) + u": "
        + severityName(d.severity) + u": " + d.message + u" [" + d.code + u']';
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
