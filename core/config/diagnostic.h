#pragma once

#include <QList>
#include <QString>

namespace rs {

enum class Severity : quint8 { Note, Warning, Error };

/// A finding about a configuration file, in the shape compilers print:
/// `file:line:column: severity: message [code]`. Line and column are 1-based;
/// the column counts bytes, as gcc and clang do.
struct Diagnostic {
    Severity severity = Severity::Error;
    QString code;     ///< stable identifier, e.g. "route-bad-pref"; scripts may match it
    QString message;  ///< one sentence, no trailing period
    QString file;
    int line = 0;
    int column = 0;
    quint32 offset = 0;  ///< byte offset in the file, for sorting and selection
};

using Diagnostics = QList<Diagnostic>;

QString severityName(Severity severity);
/// Control characters (NUL, escape, ...) written as \xNN, so a message quoting
/// file content prints safely on a terminal and in JSON.
QString printable(const QString &text);
bool hasErrors(const Diagnostics &diagnostics);
/// Formats one diagnostic as `file:line:col: severity: message [code]`.
QString formatDiagnostic(const Diagnostic &diagnostic);
/// Stable order for output: by file (in the given order), then offset, then code.
void sortDiagnostics(Diagnostics &diagnostics, const QStringList &fileOrder);

} // namespace rs
