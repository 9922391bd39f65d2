#include "cli/commandsupport.h"
#include "config/unifieddiff.h"
#include "io/fileio.h"
#include "routing/routeeditor.h"

namespace rs::cli {

int setCommand(const Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Set or clear the route list of the global scope or of a top-level Domain scope.\n"
        "Only the bytes of that Routes option change; the file is written atomically, keeping its\n"
        "owner, group, mode, extended attributes and ACLs. A FILE or OUT that is not a regular\n"
        "file, or that has other hard links, is refused (exit 2)."));
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

    if (parser.isSet(output) && parser.value(output).isEmpty())
        return usage(QStringLiteral("--output needs a file name (leave it out to write to standard output)"));

    const QString path = files.first();
    IoResult<io::FileContent> content = io::readRegularFile(path);
    if (!content) {
        printIoError(inv.err, content.error());
        return UsageOrIo;
    }
    const SyntaxTree tree = SyntaxTree::parse(std::move(content->bytes), path);
    const EditTarget target = parser.isSet(global) ? EditTarget::globalScope()
                                                   : EditTarget::domainScope(parser.value(domain));
    const EditResult result = parser.isSet(clear)
        ? RouteEditor::clearRoutes(tree, target)
        : RouteEditor::setRoutes(tree, target, parser.values(route));
    if (!result.ok) {
        inv.err << printable(path) << ": error: " << printable(result.error) << "; nothing written\n";
        return Findings;
    }
    if (!target.global && RouteEditor::findDomainScope(tree, target.domain) == kNoNode && !parser.isSet(clear))
        inv.err << printable(path) << ": note: Domain \"" << printable(target.domain) << "\" does not exist; it is added at the end\n";

    const QString destination = parser.isSet(inPlace) ? path : parser.value(output);
    // What `check` would warn about in the entries written; the edit is still made.
    for (Diagnostic d : result.warnings) {
        if (!destination.isEmpty() && !parser.isSet(dryRun))
            d.file = destination;
        inv.err << formatDiagnostic(d) << '\n';
    }
    if (parser.isSet(dryRun)) {
        writeText(inv.out, unifiedDiff(tree.bytes(), result.edits, u"a/" + path, u"b/" + path));
        return Ok;
    }
    if (destination.isEmpty()) {
        writeRaw(inv.out, result.text);
        return Ok;
    }
    if (parser.isSet(inPlace) && result.edits.isEmpty()) {
        inv.err << printable(path) << ": note: the routes are already as given; file left untouched\n";
        return Ok;
    }
    if (const IoResult<io::FileStamp> written = io::writeFileSafely(destination, result.text); !written) {
        printIoError(inv.err, written.error());
        return UsageOrIo;
    }
    return Ok;
}

} // namespace rs::cli
