// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/diagnostic.h"

#include <QCoreApplication>

namespace rs::ui {

/// The editor's words for diagnostics: every kind of config/diagnosticcodes.h worded
/// with tr() from its arguments (routescope-cli words the same kinds in English,
/// cli/diagnostictext.cpp). Used by the problems view, the route table's tooltips
/// and the live panel's notes.
class DiagnosticText final
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticText)

public:
    /// One sentence, no final period, printable.
    static QString text(const Diagnostic &diagnostic);
    static QString severityText(Severity severity);
    /// "Warning: TEXT [code]": a diagnostic on one line, for tooltips.
    static QString line(const Diagnostic &diagnostic);

private:
    static QString sentence(const Diagnostic &diagnostic);
};

} // namespace rs::ui
