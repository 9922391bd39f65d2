// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/diagnostic.h"

// routescope-cli's English for diagnostics (the editor words the same kinds with
// tr(), ui/editor/diagnostictext.h). Scripts match the code; people read these.

namespace rs::cli {

/// One sentence, no final period, printable (no control character reaches a terminal).
QString diagnosticText(const Diagnostic &diagnostic);
/// `file:line:col: severity: message [code]`, printable.
QString formatDiagnostic(const Diagnostic &diagnostic);

} // namespace rs::cli
