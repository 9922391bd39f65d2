// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace rs::cli {

/// Exit codes shared by every command, the convention of compilers and linters.
enum ExitCode : int { Ok = 0, Findings = 1, UsageOrIo = 2 };

/// Runs `routescope-cli` with its arguments (the program name first) and
/// returns the exit code. Output goes to `out`, messages to `err`.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// run() on the process's standard output and error (TerminalOutput: control
/// characters escaped in text). Returns UsageOrIo when either could not be written
/// whole (a full disk, /dev/full, EIO), whatever the command returned.
int runOnStandardStreams(const QStringList &arguments);

} // namespace rs::cli
