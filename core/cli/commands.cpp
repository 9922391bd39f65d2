// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"

#include "cli/commandsupport.h"
#include "cli/diagnostictext.h"
#include "cli/terminaloutput.h"
#include "cli/wording.h"

#include "routing/maillookup.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QIODevice>
#include <QJsonObject>

#include <unistd.h>

namespace rs::cli {

namespace {

constexpr auto kUsage = R"(Usage: routescope-cli COMMAND [OPTIONS] ...

Commands:
  check FILE...      validate configurations; one diagnostic per line
  routes FILE        list every scope that sets Routes or Gateway, without DNS
  set FILE ...       set or clear the routes of the global scope or a Domain scope
  explain FILE ...   which hosts a domain's mail would go to, in order, and how
                     connections spread (offline zone or live DNS)
  simulate FILE ...  a domain's mail over time: arrivals, connections, deliveries
                     and the queue per host and second, with outages and DNS changes
  impact OLD NEW     what a change does to every domain: which go elsewhere, lose a
                     fallback or become undeliverable (OLD may be git:REV)
  lesson ...         built-in lessons on MX routing: list, show N, start N DIR,
                     check N FILE

Run 'routescope-cli COMMAND --help' for a command's options.
Exit status: 0 success, 1 findings (errors, a refused edit, no usable host), 2 usage or I/O error.
)";

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.size() < 2) {
        err << QLatin1StringView(kUsage);
        return UsageOrIo;
    }
    const QString command = arguments.at(1);
    const Invocation inv{arguments.mid(1), out, err};
    if (command == u"check")
        return checkCommand(inv);
    if (command == u"set")
        return setCommand(inv);
    if (command == u"routes")
        return routesCommand(inv);
    if (command == u"explain")
        return explainCommand(inv);
    if (command == u"simulate")
        return simulateCommand(inv);
    if (command == u"lesson")
        return lessonCommand(inv);
    if (command == u"impact")
        return impactCommand(inv);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        out << QLatin1StringView(kUsage);
        return Ok;
    }
    if (command == u"--version") {
        out << "routescope-cli " << QStringLiteral(ROUTESCOPE_VERSION) << '\n';
        return Ok;
    }
    err << "routescope-cli: unknown command '" << command << "'\n\n" << QLatin1StringView(kUsage);
    return UsageOrIo;
}

int runOnStandardStreams(const QStringList &arguments)
{
    TerminalOutput out(STDOUT_FILENO), err(STDERR_FILENO);
    QTextStream outStream(&out), errStream(&err);
    int code = run(arguments, outStream, errStream);
    outStream.flush();
    out.finish();
    if (out.failed()) {
        // A report cut short must not pass for a whole one (`check > report` on a full disk).
        errStream << "routescope-cli: error: cannot write standard output: " << errnoText(out.errorNumber())
                  << "; the output is incomplete\n";
        code = UsageOrIo;
    }
    errStream.flush();
    err.finish();
    return err.failed() ? UsageOrIo : code;
}

bool parseArguments(QCommandLineParser &parser, const Invocation &inv, int &exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(inv.arguments)) {
        inv.err << "routescope-cli " << inv.arguments.first() << ": " << parser.errorText() << "\n\n"
                << helpText(parser, inv);
        exitCode = UsageOrIo;
        return false;
    }
    if (parser.isSet(help)) {
        inv.out << helpText(parser, inv);
        exitCode = Ok;
        return false;
    }
    return true;
}

std::optional<ConfigSet> loadConfig(const QString &path, QTextStream &err)
{
    IoResult<ConfigSet> loaded = ConfigSet::load(path);
    if (!loaded) {
        printIoError(err, loaded.error());
        return std::nullopt;
    }
    return std::move(*loaded);
}

bool reportErrors(const ConfigSet &config, QTextStream &err)
{
    Diagnostics errors;
    for (const Diagnostic &d : config.diagnostics()) {
        if (d.severity == Severity::Error)
            errors.append(d);
    }
    sortDiagnostics(errors, config.filePaths());
    for (const Diagnostic &d : std::as_const(errors))
        err << formatDiagnostic(d) << '\n';
    return !errors.isEmpty();
}

void printIoError(QTextStream &err, const IoError &e)
{
    err << printable(e.path) << ": error: " << printable(e.message()) << '\n';
}

QCommandLineOption formatOption()
{
    return QCommandLineOption(QStringLiteral("format"), QStringLiteral("Output format: text or json."),
                              QStringLiteral("FORMAT"), QStringLiteral("text"));
}

bool readFormat(const QCommandLineParser &parser, QTextStream &err, bool &json)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"text" && format != u"json") {
        err << "routescope-cli: --format must be 'text' or 'json', not '" << format << "'\n";
        return false;
    }
    json = format == u"json";
    return true;
}

void writeRaw(QTextStream &stream, const QByteArray &bytes)
{
    stream.flush();
    if (auto *terminal = dynamic_cast<TerminalOutput *>(stream.device())) {
        terminal->writeVerbatim(bytes);
        return;
    }
    if (QIODevice *device = stream.device()) {
        device->write(bytes);
        return;
    }
    stream << QString::fromUtf8(bytes);
}

void writeText(QTextStream &stream, const QByteArray &bytes)
{
    stream.flush();
    if (QIODevice *device = stream.device()) {
        device->write(printableBytes(bytes, KeepControls::Layout));
        return;
    }
    stream << QString::fromUtf8(printableBytes(bytes, KeepControls::Layout));
}

bool findBinding(const RouteModel &model, const QString &name, BindingChoice &out, QString &message)
{
    const int b = model.findBinding(name);
    if (b >= 0) {
        out = BindingChoice::of(model, b);
        return true;
    }
    QStringList known;
    for (const int i : model.bindings())
        known << model.scopes().at(i).name;
    message = known.isEmpty() ? QStringLiteral("no Binding '%1': the configuration declares no bindings").arg(name)
                              : QStringLiteral("no Binding '%1' in the configuration (bindings: %2)")
                                    .arg(name, known.join(QStringLiteral(", ")));
    return false;
}

bool LookupArguments::read(const QCommandLineParser &parser, LookupOptions &out, QString &message) const
{
    if (parser.isSet(zone) && parser.isSet(dns)) {
        message = QStringLiteral("--zone and --dns exclude each other");
        return false;
    }
    bool ok = false;
    const int ms = parser.value(timeout).toInt(&ok);
    if (!ok || ms < 1) {
        message = QStringLiteral("--timeout must be a positive number of milliseconds");
        return false;
    }
    out.zoneFiles = parser.values(zone);
    out.servers = parser.values(dns);
    out.timeoutMs = ms;
    return true;
}

bool readLimits(const QStringList &values, QHash<QString, int> &limits, QString &message)
{
    for (const QString &l : values) {
        const qsizetype eq = l.lastIndexOf(u'=');
        bool ok = false;
        const int n = eq > 0 ? l.mid(eq + 1).toInt(&ok) : 0;
        if (!ok || n < -1) {
            message = QStringLiteral("--limit takes HOST=N with N >= -1, not '%1'").arg(l);
            return false;
        }
        limits.insert(l.left(eq).toLower(), n);
    }
    return true;
}

std::optional<Explanation> explainNow(const RoutePlan &plan, const LookupOptions &options, const WhatIf &whatIf,
                                      QString &error)
{
    LookupSetupProblems problems;
    std::unique_ptr<MailLookup> lookup = createMailLookup(options, &problems);
    if (!lookup) {
        error = lookupSetupText(problems);
        return std::nullopt;
    }
    Explainer explainer(lookup.get());
    std::optional<Explanation> result;
    QEventLoop loop;
    QObject::connect(&explainer, &Explainer::finished, &loop, [&](const Explanation &ex) {
        result = ex;
        loop.quit();
    });
    explainer.explain(plan, whatIf);
    if (!result)
        loop.exec();
    return result;
}

QString toJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    QString json = QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    // JSON escapes C0 itself; DEL and C1 it leaves raw, which a terminal acts on. Only
    // strings can hold them, where \u00NN is the same character.
    for (qsizetype i = json.size() - 1; i >= 0; --i) {
        const char16_t c = json.at(i).unicode();
        if (c >= 0x7f && isControlChar(c))  // C0 here is the layout (or escaped already)
            json.replace(i, 1, QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0')));
    }
    return json;
}

QString helpText(const QCommandLineParser &parser, const Invocation &inv)
{
    QString text = parser.helpText();
    const qsizetype options = text.indexOf(QStringLiteral(" [options]"));
    const qsizetype lineEnd = text.indexOf(u'\n');
    if (text.startsWith(QStringLiteral("Usage: ")) && options > 0 && options < lineEnd)
        text.replace(7, options - 7, QStringLiteral("routescope-cli ") + inv.arguments.first());
    return text;
}

QJsonValue nullable(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace rs::cli
