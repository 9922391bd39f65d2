// SPDX-License-Identifier: GPL-3.0-or-later
// Times the configuration engine on one file: parse, serialize, validate and one
// route edit, next to `wc -l` on the same file in the same run (the baseline
// that makes figures comparable on a noisy shared machine). Best of N runs.
// Then `routescope-cli check` end to end, with its peak memory: this process holds
// several copies of the file for the steps above, the CLI holds what a user's does.
#include "config/configset.h"
#include "platform/hugepages.h"
#include "routing/routeeditor.h"
#include "routing/validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTextStream>

#include <sys/resource.h>

#include <functional>

namespace {

double bestSeconds(int runs, const std::function<void()> &work)
{
    double best = 1e30;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        best = std::min(best, double(t.nsecsElapsed()) / 1e9);
    }
    return best;
}

long peakRssKiB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

} // namespace

int main(int argc, char *argv[])
{
    rs::preferHugePages(argv);  // as routescope and routescope-cli run
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: bench_config FILE [RUNS=5] [validate]\n"
                               "  validate: only build the model and validate, RUNS times (for a profiler)\n"
                               "  checks: build the model once, then only run the checks, RUNS times\n"
                               "  parse: only parse, RUNS times (for a profiler)\n";
        return 2;
    }
    const QString path = args.at(1);
    const int runs = args.size() > 2 ? args.at(2).toInt() : 5;
    const bool validateOnly = args.size() > 3 && args.at(3) == u"validate";
    const bool checksOnly = args.size() > 3 && args.at(3) == u"checks";
    const bool parseOnly = args.size() > 3 && args.at(3) == u"parse";
    const double check = validateOnly || checksOnly || parseOnly ? 0 : bestSeconds(runs, [&] {
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        p.start(QStringLiteral(ROUTESCOPE_CLI), {QStringLiteral("check"), path});
        p.waitForFinished(-1);
    });
    // The largest peak of any child reaped so far: the CLI's. It runs before this
    // process reads the file, because a child's peak counts the memory it shares
    // with its parent between fork and exec.
    rusage children{};
    getrusage(RUSAGE_CHILDREN, &children);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 2;
    const QByteArray bytes = f.readAll();
    const double mb = double(bytes.size()) / 1e6;
    const long rssBefore = peakRssKiB();

    if (validateOnly) {
        const rs::ConfigSet config = rs::ConfigSet::fromText(bytes, path, false);
        const double model = bestSeconds(runs, [&] { (void)rs::RouteModel::build(config); });
        const double secs = bestSeconds(runs, [&] { (void)rs::validate(config, rs::RouteModel::build(config)); });
        out << "model " << QString::number(model * 1e3, 'f', 2) << " ms; validate (model+checks) "
            << QString::number(secs * 1e3, 'f', 2) << " ms, " << QString::number(mb / secs, 'f', 1) << " MB/s\n";
        return 0;
    }

    if (parseOnly) {
        const double secs = bestSeconds(runs, [&] { (void)rs::SyntaxTree::parse(bytes, path); });
        out << "parse " << QString::number(secs * 1e3, 'f', 2) << " ms, " << QString::number(mb / secs, 'f', 1)
            << " MB/s\n";
        return 0;
    }

    if (checksOnly) {
        const rs::ConfigSet config = rs::ConfigSet::fromText(bytes, path, false);
        const rs::RouteModel model = rs::RouteModel::build(config);
        const double secs = bestSeconds(runs, [&] { (void)rs::validate(config, model); });
        out << "checks " << QString::number(secs * 1e3, 'f', 2) << " ms\n";
        return 0;
    }

    const double wc = bestSeconds(runs, [&] {
        QProcess p;
        p.start(QStringLiteral("wc"), {QStringLiteral("-l"), path});
        p.waitForFinished(-1);
    });
    rs::SyntaxTree tree;
    const double parse = bestSeconds(runs, [&] { tree = rs::SyntaxTree::parse(bytes, path); });
    QByteArray written;
    const double serialize = bestSeconds(runs, [&] { written = tree.serialize(); });
    if (written != bytes) {
        QTextStream(stderr) << "round trip FAILED\n";
        return 1;
    }
    const rs::ConfigSet config = rs::ConfigSet::fromText(bytes, path, false);
    const double model = bestSeconds(runs, [&] { (void)rs::RouteModel::build(config); });
    rs::Diagnostics diagnostics;
    const double validate = bestSeconds(runs, [&] {
        diagnostics = rs::validate(config, rs::RouteModel::build(config));
    });
    // An edit in the middle of the file: find the scope, change one list, apply.
    rs::EditResult edit;
    const double editTime = bestSeconds(runs, [&] {
        edit = rs::RouteEditor::setRoutes(tree, rs::EditTarget::domainScope(QStringLiteral("d50001.example.test")),
                                          {QStringLiteral("smtp://192.0.2.9?pref=10"), QStringLiteral("__mx__")});
    });
    const double editAndReparse = bestSeconds(runs, [&] {
        const auto e = rs::RouteEditor::setRoutes(tree, rs::EditTarget::domainScope(QStringLiteral("d50001.example.test")),
                                                  {QStringLiteral("smtp://192.0.2.9?pref=10"), QStringLiteral("__mx__")});
        (void)rs::SyntaxTree::parse(e.text, path);
    });
    const long rss = peakRssKiB();

    auto row = [&](const char *what, double secs) {
        out << QStringLiteral("%1 %2 ms  %3 MB/s  %4x wc -l\n")
                   .arg(QLatin1StringView(what), -22)
                   .arg(secs * 1e3, 9, 'f', 2)
                   .arg(mb / secs, 9, 'f', 1)
                   .arg(wc / secs, 6, 'f', 2);
    };
    out << "file " << path << ": " << QString::number(mb, 'f', 2) << " MB, " << tree.source().lineCount()
        << " lines, " << tree.nodes().size() << " nodes, " << diagnostics.size() << " diagnostics\n";
    row("wc -l (baseline)", wc);
    row("parse", parse);
    row("serialize", serialize);
    row("  of which route model", model);
    row("validate (model+checks)", validate);
    row("edit (compute+apply)", editTime);
    row("edit + reparse", editAndReparse);
    row("routescope-cli check", check);
    out << "edit ok: " << (edit.ok ? "yes" : "no") << ", " << edit.edits.size() << " text edit(s)\n";
    auto ofFile = [&](long kib) { return QString::number(double(kib) * 1024 / double(bytes.size()), 'f', 1); };
    out << "peak RSS of routescope-cli check " << children.ru_maxrss / 1024 << " MiB (" << ofFile(children.ru_maxrss)
        << "x the file)\n";
    out << "peak RSS of this benchmark " << rss / 1024 << " MiB (" << ofFile(rss) << "x the file, holding several copies; "
        << rssBefore / 1024 << " MiB before parsing)\n";
    return edit.ok ? 0 : 1;
}
