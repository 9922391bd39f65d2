// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/diagnostickind.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rs {

enum class Severity : quint8 { Note, Warning, Error };

/// A finding about a configuration file: a fact (kind and arguments), never a
/// sentence. The CLI words it in English (`file:line:column: severity: message
/// [code]`, cli/diagnostictext.h), the editor with tr(). Line and column are 1-based;
/// the column counts bytes, as gcc and clang do. Make one with makeDiagnostic()
/// (config/diagnosticcodes.h), which fills code and severity from the registry.
struct Diagnostic {
    Severity severity = Severity::Error;
    QString code;        ///< stable identifier, e.g. "route-bad-pref"; scripts may match it
    DiagnosticKind kind = DiagnosticKind::SyntaxUnexpectedToken;  ///< what it says: selects the wording
    QStringList args;    ///< names, numbers and quoted excerpts, in the order the registry names them
    QString file;
    int line = 0;
    int column = 0;
    quint32 offset = 0;  ///< byte offset in the file, for sorting and selection
};

using Diagnostics = QList<Diagnostic>;

QString severityName(Severity severity);

/// C0 controls, DEL and C1 controls (U+0080..U+009F): the characters a terminal acts
/// on (ESC starts a sequence that can retitle the window or move the cursor, U+009B
/// is CSI on its own) and that never reach one from RouteScope's text output.
constexpr bool isControlChar(char32_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f);
}

/// What printable() leaves as it is.
enum class KeepControls : quint8 {
    None,    ///< one field (a name, a message): every control escaped, line breaks too
    Layout,  ///< a whole report: line feeds and tabs kept
};

/// Control characters written as escapes: C0 and DEL as \xNN, C1 as \u00NN. A
/// message quoting file content then prints safely on a terminal, and a name holding
/// a line break cannot forge a line of output. Every text output goes through this.
QString printable(const QString &text, KeepControls keep = KeepControls::None);
/// The same over bytes that need not be UTF-8 (the diff of `set --dry-run`): valid
/// UTF-8 is kept, a C1 control encoded in it or a lone byte 0x80..0x9F (C1 in an 8-bit
/// terminal) is escaped. With KeepControls::Layout a CR that ends a line stays too,
/// so a diff of a CRLF file still applies.
QByteArray printableBytes(QByteArrayView bytes, KeepControls keep);

/// At most this many characters of a file's content are quoted in a message: enough
/// to find the spot, not enough to copy a secret out of a file that is not a
/// configuration into a CI log.
inline constexpr int kMaxQuotedChars = 24;
/// `text`, printable, cut to kMaxQuotedChars with "..." when longer: what a
/// diagnostic's argument quotes of a file's content (interfaces add the quotes).
QString excerpt(const QString &text);
/// `'text'`: excerpt() in single quotes.
QString quoteExcerpt(const QString &text);
bool hasErrors(const Diagnostics &diagnostics);
/// Stable order for output: by file (in the given order), then offset, then code.
void sortDiagnostics(Diagnostics &diagnostics, const QStringList &fileOrder);

} // namespace rs
