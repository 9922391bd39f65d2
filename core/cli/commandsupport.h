// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/commands.h"
#include "config/configset.h"
#include "routing/dnslookup.h"
#include "routing/routeplan.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QTextStream>

#include <optional>

namespace rs::cli {

/// What every command gets: its arguments (command name first) and the streams.
struct Invocation {
    QStringList arguments;
    QTextStream &out;
    QTextStream &err;
};

int checkCommand(const Invocation &inv);
int setCommand(const Invocation &inv);
int routesCommand(const Invocation &inv);
int explainCommand(const Invocation &inv);
int simulateCommand(const Invocation &inv);
int lessonCommand(const Invocation &inv);
int impactCommand(const Invocation &inv);

/// Parses the command's options; on failure prints the error with the usage and
/// returns false. `--help` prints the help and returns false with `exitCode` 0.
bool parseArguments(QCommandLineParser &parser, const Invocation &inv, int &exitCode);

/// Reads a configuration and its includes; prints "FILE: error: ..." on failure.
std::optional<ConfigSet> loadConfig(const QString &path, QTextStream &err);
/// Prints the syntax and include errors of a set (what `check` reports as errors
/// before the routing checks) to `err`; true when there is one. `routes` and
/// `explain` still print what they can, and exit 1.
bool reportErrors(const ConfigSet &config, QTextStream &err);
/// "PATH: error: WHAT: REASON", printable.
void printIoError(QTextStream &err, const IoError &e);

/// The `--format text|json` option every command that prints results takes.
QCommandLineOption formatOption();
/// Reads `--format`; prints an error for anything but text and json.
bool readFormat(const QCommandLineParser &parser, QTextStream &err, bool &json);

/// Writes bytes unchanged (a config may hold any byte) to the stream's device: data,
/// such as the new file `set` prints.
void writeRaw(QTextStream &stream, const QByteArray &bytes);
/// Writes bytes as text, control characters escaped but line breaks (a CR before the
/// LF too) and tabs kept: the diff of `set --dry-run`.
void writeText(QTextStream &stream, const QByteArray &bytes);

/// `--binding NAME`: the binding and its group, or false with a usage message naming
/// the bindings the configuration has.
bool findBinding(const RouteModel &model, const QString &name, BindingChoice &out, QString &message);

/// `--limit HOST=N` values into what-if limits; false with a usage message.
bool readLimits(const QStringList &values, QHash<QString, int> &limits, QString &message);

/// The lookup options `explain` and `impact` share: --zone FILE, --dns HOST[:PORT]
/// (each repeatable, one excluding the other) and --timeout MS.
struct LookupArguments {
    QCommandLineOption zone{QStringLiteral("zone"), QStringLiteral("Answer from this RFC 1035 zone file (repeatable)."),
                            QStringLiteral("FILE")};
    QCommandLineOption dns{QStringLiteral("dns"), QStringLiteral("Ask this DNS server (repeatable)."),
                           QStringLiteral("HOST[:PORT]")};
    QCommandLineOption timeout{QStringLiteral("timeout"), QStringLiteral("DNS timeout per try in ms (default 2000)."),
                               QStringLiteral("MS"), QStringLiteral("2000")};

    QList<QCommandLineOption> options() const { return {zone, dns, timeout}; }
    /// What the user asked for, into `out`; false with a usage message.
    bool read(const QCommandLineParser &parser, LookupOptions &out, QString &message) const;
};

/// explain() through a lookup made from `options`, waiting in a local event loop.
/// nullopt with `error` when the lookup cannot be made (a broken zone file).
std::optional<Explanation> explainNow(const RoutePlan &plan, const LookupOptions &options, const WhatIf &whatIf,
                                      QString &error);

QString toJson(const QJsonValue &value);
/// The parser's help with "Usage: routescope-cli COMMAND" instead of the binary's path.
QString helpText(const QCommandLineParser &parser, const Invocation &inv);
QJsonValue nullable(const QString &text);

} // namespace rs::cli
