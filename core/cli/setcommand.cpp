#include "cli/commandsupport.h"
#include "config/unifieddiff.h"
#include "routing/routeeditor.h"

#include <QFile>
#include <QSaveFile>

namespace rs::cli {

namespace {

bool writeAtomically(const QString &path, const QByteArray &bytes, QString &error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        error = file.errorString();
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

int setCommand(const Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Set or clear the route list of the global scope or of a top-level Domain scope.\n"
        "Only the bytes of that Routes option change; the file is written atomically."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The configuration to edit."));
    const QCommandLineOption global(QStringLiteral("global"), QStringLiteral("Edit the global Routes."));
    const QCommandLineOption domain(QStringLiteral("domain"),
                                    QStringLiteral("Edit the Routes of Domain NAME (created when missing)."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption route(QStringLiteral("route"),
                                   QStringLiteral("A route entry, in order; repeat for more."), QStringLiteral("ENTRY"));
    const QCommandLineOption clear(QStringLiteral("clear"), QStringLiteral("Remove the Routes option."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Write the result to OUT."), QStringLiteral("OUT"));
    const QCommandLineOption inPlace(QStringLiteral("in-place"), QStringLiteral("Rewrite FILE itself."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Print the unified diff of the change; write nothing."));
    parser.addOptions({global, domain, route, clear, output, inPlace, dryRun});
    int code = Ok;
    if (!parseArguments(parser, inv, code))
        return code;

    auto usage = [&](const QString &message) {
        inv.err << "routescope-cli set: " << message << "\n\n" << helpText(parser, inv);
        return UsageOrIo;
    };
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usage(QStringLiteral("exactly one FILE is needed"));
    if (parser.isSet(global) == parser.isSet(domain))
        return usage(QStringLiteral("give either --global or --domain NAME"));
    if (parser.isSet(route) == parser.isSet(clear))
        return usage(QStringLiteral("give either --route ENTRY (one or more) or --clear"));
    if (parser.isSet(output) && parser.isSet(inPlace))
        return usage(QStringLiteral("--output and --in-place exclude each other"));

    const QString path = files.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        inv.err << path << ": error: cannot read file: " << file.errorString() << '\n';
        return UsageOrIo;
    }
    const SyntaxTree tree = SyntaxTree::parse(file.readAll(), path);
    file.close();
    const EditTarget target = parser.isSet(global) ? EditTarget::globalScope()
                                                   : EditTarget::domainScope(parser.value(domain));
    const EditResult result = parser.isSet(clear)
        ? RouteEditor::clearRoutes(tree, target)
        : RouteEditor::setRoutes(tree, target, parser.values(route));
    if (!result.ok) {
        inv.err << path << ": error: " << result.error << "; nothing written\n";
        return Findings;
    }
    if (!target.global && RouteEditor::findDomainScope(tree, target.domain) == kNoNode && !parser.isSet(clear))
        inv.err << path << ": note: Domain \"" << target.domain << "\" does not exist; it is added at the end\n";

    if (parser.isSet(dryRun)) {
        writeRaw(inv.out, unifiedDiff(tree.bytes(), result.edits, u"a/" + path, u"b/" + path));
        return Ok;
    }
    const QString destination = parser.isSet(inPlace) ? path : parser.value(output);
    if (destination.isEmpty()) {
        writeRaw(inv.out, result.text);
        return Ok;
    }
    if (parser.isSet(inPlace) && result.edits.isEmpty()) {
        inv.err << path << ": note: the routes are already as given; file left untouched\n";
        return Ok;
    }
    QString error;
    if (!writeAtomically(destination, result.text, error)) {
        inv.err << destination << ": error: cannot write file: " << error << '\n';
        return UsageOrIo;
    }
    return Ok;
}

} // namespace rs::cli
