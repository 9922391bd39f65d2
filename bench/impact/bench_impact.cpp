// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13's budget: `routescope-cli impact` on the 100,000-domain benchmark file with
// one Domain stanza changed, over the offline zone, under 2 s end to end and under
// 1 GB, next to `routescope-cli check` of the same file in the same run (the baseline:
// this machine is shared, compare the ratio). Each program is timed as a user runs
// it, and its own peak memory read from wait4(). Then the editor's case in-process:
// the review of an edit when both sides are parsed already (runImpact() on built
// models), which is what the Review Changes view runs after each edit.
#include "impact/impact.h"
#include "platform/hugepages.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>

extern char **environ;

namespace {

struct Measured {
    double seconds = 0;
    long peakKiB = 0;
    int exitCode = -1;
};

// Runs a program to its end with its output discarded: wall time, its own peak RSS.
Measured measure(const QStringList &command)
{
    QList<QByteArray> args;
    for (const QString &a : command)
        args.append(QFile::encodeName(a));
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    QElapsedTimer t;
    t.start();
    pid_t pid = 0;
    Measured m;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0)
        return m;
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    m.seconds = double(t.nsecsElapsed()) / 1e9;
    m.peakKiB = usage.ru_maxrss;
    m.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    posix_spawn_file_actions_destroy(&actions);
    return m;
}

// The median run by time (the machine is shared: the best can be luck, the worst noise).
Measured median(std::vector<Measured> runs)
{
    std::sort(runs.begin(), runs.end(), [](const Measured &a, const Measured &b) { return a.seconds < b.seconds; });
    return runs[runs.size() / 2];
}

QString row(const char *what, const Measured &m)
{
    return QStringLiteral("%1 %2 s  %3 MiB").arg(QLatin1StringView(what), -46).arg(m.seconds, 6, 'f', 2).arg(m.peakKiB / 1024, 5);
}

} // namespace

int main(int argc, char *argv[])
{
    rs::preferHugePages(argv);  // as routescope-cli runs
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    const int domains = args.size() > 1 ? args.at(1).toInt() : 100000;
    const int runs = std::max(1, args.size() > 2 ? args.at(2).toInt() : 5);
    const QString cli = QStringLiteral(ROUTESCOPE_CLI);
    const QString zone = QStringLiteral(ROUTESCOPE_ZONE);

    QTemporaryDir dir;
    const QString before = dir.filePath(QStringLiteral("ecelerity.conf"));
    const QString after = dir.filePath(QStringLiteral("ecelerity-new.conf"));
    if (QProcess::execute(QStringLiteral(ROUTESCOPE_GEN_CONFIG), {before, QString::number(domains)}) != 0)
        return 2;
    // One Domain stanza changed in the middle: its __mx__ gets a smart host first.
    QFile in(before);
    if (!in.open(QIODevice::ReadOnly))
        return 2;
    QByteArray bytes = in.readAll();
    const QByteArray stanza = "Domain \"d" + QByteArray::number(domains / 2 / 8 * 8) + ".example.test\" {\n  Routes = ( \"__mx__\" )";
    const qsizetype at = bytes.indexOf(stanza);
    if (at < 0)
        return 2;
    const QByteArray changed = "Domain \"d" + QByteArray::number(domains / 2 / 8 * 8)
        + ".example.test\" {\n  Routes = ( \"smtp://hub.example.test?pref=5\" \"__mx__\" )";
    bytes.replace(at, stanza.size(), changed);
    QFile outFile(after);
    if (!outFile.open(QIODevice::WriteOnly) || outFile.write(bytes) != bytes.size())
        return 2;
    outFile.close();
    out << "config: " << bytes.size() << " bytes, " << domains << " domains, one stanza changed; median of " << runs
        << " runs\n";

    std::vector<Measured> check, impact, json;
    for (int i = 0; i < runs; ++i) {
        check.push_back(measure({cli, QStringLiteral("check"), after}));
        impact.push_back(measure({cli, QStringLiteral("impact"), before, after, QStringLiteral("--zone"), zone}));
        json.push_back(measure({cli, QStringLiteral("impact"), before, after, QStringLiteral("--zone"), zone,
                                QStringLiteral("--format"), QStringLiteral("json")}));
    }
    const Measured c = median(check), m = median(impact), j = median(json);
    out << row("routescope-cli check NEW (baseline)", c) << '\n'
        << row("routescope-cli impact OLD NEW --zone", m) << QStringLiteral("  %1x check").arg(m.seconds / c.seconds, 0, 'f', 1)
        << '\n'
        << row("routescope-cli impact ... --format json", j) << '\n'
        << "budget: 2 s and 1024 MiB: " << (m.seconds < 2 && m.peakKiB < 1024 * 1024 ? "met" : "NOT MET") << '\n';
    if (m.exitCode != 0)
        out << "impact exited " << m.exitCode << '\n';
    out.flush();

    // The editor's case: both sides built already (the document's snapshot and the
    // file on disk, kept between reviews); one review per edit.
    auto built = rs::loadConfigSources(rs::ConfigSource::file(before), rs::ConfigSource::file(after));
    if (!built.before || !built.after)
        return 2;
    rs::ImpactSetup setup;
    setup.before = rs::ConfigSource::built(*built.before);
    setup.after = rs::ConfigSource::built(*built.after);
    setup.lookup.zoneFiles = {zone};
    std::vector<Measured> reviews;
    QString summary, phases;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        // When each phase starts, from the progress reports.
        QList<qint64> starts(4, -1);
        rs::ImpactControl control;
        control.progress = [&](const rs::ImpactProgress &p) {
            if (starts[int(p.phase)] < 0)
                starts[int(p.phase)] = t.nsecsElapsed();
        };
        const rs::ImpactResult r = rs::runImpact(setup, control);
        const qint64 total = t.nsecsElapsed();
        reviews.push_back({double(total) / 1e9, 0, r.ok() ? 0 : 1});
        summary = QStringLiteral("%1 of %2 change, %3 distinct lookups").arg(r.compared - r.unchanged).arg(r.compared).arg(r.distinctLookups);
        starts.append(total);
        QStringList parts;
        const char *names[] = {"resolve", "DNS (simulating meanwhile)", "simulate the rest"};
        for (int p = 1; p < 4; ++p)
            parts << QStringLiteral("%1 %2 ms").arg(QLatin1StringView(names[p - 1])).arg((starts[p + 1] - starts[p]) / 1000000);
        if (i == runs / 2)
            phases = parts.join(QStringLiteral(", "));
    }
    out << QStringLiteral("%1 %2 s  (%3)\n").arg(QStringLiteral("review of an edit, both sides parsed (in-process)"), -46)
               .arg(median(reviews).seconds, 6, 'f', 2).arg(summary)
        << "  " << phases << '\n';
    return 0;
}
