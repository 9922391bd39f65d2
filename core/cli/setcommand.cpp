// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandsupport.h"
#include "cli/diagnostictext.h"
#include "cli/wording.h"
#include "config/unifieddiff.h"
#include "io/fileio.h"
#include "routing/treeeditor.h"

#include <QDir>
#include <QFileInfo>

namespace rs::cli {

namespace {

// A path as the user sees it in a diff header: relative to the working folder when
// inside it, else as it is.
QString shownPath(const QString &path)
{
    const QString relative = QDir::current().relativeFilePath(path);
    return relative.startsWith(QStringLiteral("..")) ? path : relative;
}

} // namespace

int setCommand(const Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Set or clear the route list of the global scope, a Domain stanza, or a Domain stanza inside a\n"
        "Binding, in whichever file of the configuration holds it (the opened file or one it brings in\n"
        "with include; readonly_include files are refused). Only the bytes of that Routes option\n"
        "change; the file is written atomically, keeping its owner, group, mode, extended attributes\n"
        "and ACLs. A FILE or OUT that is not a regular file, or that has other hard links, is refused\n"
        "(exit 2)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The configuration to edit."));
    const QCommandLineOption global(QStringLiteral("global"), QStringLiteral("Edit the global Routes."));
    const QCommandLineOption domain(QStringLiteral("domain"),
                                    QStringLiteral("Edit the Routes of Domain NAME (created when missing)."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption binding(QStringLiteral("binding"),
                                     QStringLiteral("With --domain: the Domain stanza inside Binding NAME (created "
                                                    "inside the binding when missing; the binding must exist)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption into(QStringLiteral("into"),
                                  QStringLiteral("A new top-level Domain stanza goes at the end of FILE, a file of "
                                                 "the configuration (default: the opened one)."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption route(QStringLiteral("route"),
                                   QStringLiteral("A route entry, in order; repeat for more."), QStringLiteral("ENTRY"));
    const QCommandLineOption clear(QStringLiteral("clear"), QStringLiteral("Remove the Routes option."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Write the changed file's new text to OUT."), QStringLiteral("OUT"));
    const QCommandLineOption inPlace(QStringLiteral("in-place"),
                                     QStringLiteral("Rewrite the file that holds the scope."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Print a unified diff per changed file; write nothing."));
    parser.addOptions({global, domain, binding, into, route, clear, output, inPlace, dryRun});
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
    if (parser.isSet(binding) && !parser.isSet(domain))
        return usage(QStringLiteral("--binding needs --domain NAME (the stanza inside the binding)"));
    if (parser.isSet(global) == parser.isSet(domain))
        return usage(QStringLiteral("give either --global or --domain NAME"));
    if (parser.isSet(into) && (!parser.isSet(domain) || parser.isSet(binding)))
        return usage(QStringLiteral("--into places a new top-level Domain stanza: give --domain, without --binding"));
    if (parser.isSet(route) == parser.isSet(clear))
        return usage(QStringLiteral("give either --route ENTRY (one or more) or --clear"));
    if (parser.isSet(output) && parser.isSet(inPlace))
        return usage(QStringLiteral("--output and --in-place exclude each other"));
    if (parser.isSet(output) && parser.value(output).isEmpty())
        return usage(QStringLiteral("--output needs a file name (leave it out to write to standard output)"));

    const QString path = files.first();
    std::optional<ConfigSet> config = loadConfig(path, inv.err);
    if (!config)
        return UsageOrIo;
    const RouteModel model = RouteModel::build(*config);

    RoutesTarget target;
    if (parser.isSet(domain))
        target.domain = parser.value(domain);
    target.binding = parser.value(binding);
    if (parser.isSet(into)) {
        const QString wanted = QFileInfo(parser.value(into)).canonicalFilePath();
        target.intoFile = -1;
        for (int f = 0; f < config->fileCount(); ++f) {
            if (!wanted.isEmpty() && QFileInfo(config->tree(f).path()).canonicalFilePath() == wanted)
                target.intoFile = f;
        }
        if (target.intoFile < 0)
            return usage(QStringLiteral("--into %1 is not a file of the configuration (its files: %2)")
                             .arg(printable(parser.value(into)), printable(config->filePaths().join(QStringLiteral(", ")))));
    }
    const TreeEdit result = parser.isSet(clear) ? TreeEditor::clearRoutes(model, target)
                                                : TreeEditor::setRoutes(model, target, parser.values(route));
    if (!result.ok) {
        const QString where = result.refusal == TreeEditRefusal::File ? result.subject : path;
        inv.err << printable(where) << ": error: " << printable(refusalText(result, *config)) << "; nothing written\n";
        return Findings;
    }
    const FileEdit *changed = result.files.isEmpty() ? nullptr : &result.files.first();
    if (result.created) {
        inv.err << printable(changed->path) << ": note: Domain \"" << printable(target.domain) << "\" does not exist; "
                << (target.binding.isEmpty() ? "it is added at the end of this file\n"
                                             : "it is added inside its Binding\n");
    } else if (changed && changed->file != 0) {
        inv.err << printable(path) << ": note: the scope is in " << printable(changed->path)
                << ", brought in by include; that file is the one changed\n";
    }

    const QString destination = parser.isSet(inPlace) ? (changed ? changed->path : path) : parser.value(output);
    // What `check` would warn about in the entries written; the edit is still made.
    for (Diagnostic d : result.warnings) {
        if (parser.isSet(output) && !parser.isSet(dryRun))
            d.file = destination;
        inv.err << formatDiagnostic(d) << '\n';
    }
    if (parser.isSet(dryRun)) {
        for (const FileEdit &f : result.files) {
            const QString shown = shownPath(f.path);
            writeText(inv.out, unifiedDiff(config->tree(f.file).bytes(), f.edits, u"a/" + shown, u"b/" + shown));
        }
        return Ok;
    }
    if (destination.isEmpty()) {
        writeRaw(inv.out, changed ? changed->text : config->mainTree().bytes());
        return Ok;
    }
    if (!changed) {
        if (parser.isSet(inPlace)) {
            inv.err << printable(path) << ": note: the routes are already as given; file left untouched\n";
            return Ok;
        }
        // -o with nothing to change: OUT gets the file as it is.
    }
    const QByteArray text = changed ? changed->text : config->mainTree().bytes();
    if (const IoResult<io::FileStamp> written = io::writeFileSafely(destination, text); !written) {
        printIoError(inv.err, written.error());
        return UsageOrIo;
    }
    return Ok;
}

} // namespace rs::cli
