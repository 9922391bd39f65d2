// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/diagnostic.h"

namespace rs {

/// One kind of diagnostic: its stable code, severity and arguments. Interfaces word
/// a kind from its arguments (the CLI in cli/diagnostictext.cpp, the editor in
/// ui/editor/diagnostictext.cpp); tests render every kind with its example arguments.
///
/// Arguments are plain strings. Most are names, numbers or text from the file as
/// written (quoted by the interface); a few come from a small vocabulary:
/// - `found` (what the parser met): `{` `}` `(` `)` `[` `]` `=` `,`, or `string`,
///   `word`, `end-of-file`, `text`;
/// - `fileType` (what an include is instead of a regular file): `directory`, `fifo`,
///   `character-device`, `block-device`, `socket`, `symbolic-link`, `other`;
/// - `limit` and `size` of includes are byte counts; `size` may be empty (unknown).
struct DiagnosticSpec {
    DiagnosticKind kind;
    QString code;             ///< shared by kinds that differ only in wording
    Severity severity;
    QStringList argNames;     ///< what each argument is, in order
    QStringList exampleArgs;  ///< a plausible set of arguments, as many as argNames
};

/// Every kind, in the order of DiagnosticKind.
const QList<DiagnosticSpec> &diagnosticSpecs();
const DiagnosticSpec &diagnosticSpec(DiagnosticKind kind);

/// A diagnostic of `kind` with its code and severity, and `args`; the caller adds
/// where it is.
Diagnostic makeDiagnostic(DiagnosticKind kind, QStringList args = {});

} // namespace rs
