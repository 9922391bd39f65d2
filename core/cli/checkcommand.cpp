// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandsupport.h"
#include "cli/diagnostictext.h"
#include "routing/validator.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rs::cli {

int checkCommand(const Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Validate Momentum configurations. Prints FILE:LINE:COL: severity: message [code]."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Configuration files."), QStringLiteral("FILE..."));
    const QCommandLineOption werror(QStringLiteral("werror"), QStringLiteral("Treat warnings as errors."));
    const QCommandLineOption format = formatOption();
    parser.addOption(werror);
    parser.addOption(format);
    int code = Ok;
    if (!parseArguments(parser, inv, code))
        return code;
    bool json = false;
    if (!readFormat(parser, inv.err, json))
        return UsageOrIo;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        inv.err << "routescope-cli check: no file given\n\n" << helpText(parser, inv);
        return UsageOrIo;
    }
    bool ioError = false, failed = false;
    QJsonArray all;
    for (const QString &file : files) {
        const std::optional<ConfigSet> config = loadConfig(file, inv.err);
        if (!config) {
            ioError = true;
            continue;
        }
        const Diagnostics diagnostics = validate(*config, RouteModel::build(*config));
        for (const Diagnostic &d : diagnostics) {
            if (d.severity == Severity::Error || (d.severity == Severity::Warning && parser.isSet(werror)))
                failed = true;
            if (json) {
                all.append(QJsonObject{{QStringLiteral("file"), d.file},
                                       {QStringLiteral("line"), d.line},
                                       {QStringLiteral("column"), d.column},
                                       {QStringLiteral("severity"), severityName(d.severity)},
                                       {QStringLiteral("code"), d.code},
                                       {QStringLiteral("message"), diagnosticText(d)}});
            } else {
                inv.out << formatDiagnostic(d) << '\n';
            }
        }
    }
    if (json)
        inv.out << toJson(QJsonObject{{QStringLiteral("diagnostics"), all}});
    if (ioError)
        return UsageOrIo;
    return failed ? Findings : Ok;
}

} // namespace rs::cli
