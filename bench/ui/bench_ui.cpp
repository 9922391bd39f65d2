// SPDX-License-Identifier: GPL-3.0-or-later
// How the editor copes with a 100,000-domain configuration: time until the
// window shows its first scope, the longest event-loop stall meanwhile (a
// heartbeat timer), time per keystroke in the scope filter, peak memory.
//   bench_ui [CONFIG] [DOMAINS=100000]   (without CONFIG, gen_config writes one)
#include "document/configsnapshot.h"
#include "document/document.h"
#include "live/livepanel.h"
#include "mainwindow.h"
#include "review/reviewsession.h"
#include "editor/routepane.h"
#include "editor/routetablemodel.h"
#include "uitestsupport.h"

#include "platform/heapreuse.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

#include <sys/resource.h>

#include <algorithm>

namespace {

long peakMemoryMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char *argv[])
{
    rs::reuseFreedMemory();  // as the editor runs
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTextStream out(stdout);
    const QStringList args = QApplication::arguments();
    QTemporaryDir dir;
    QString config = args.size() > 1 ? args.at(1) : QString();
    const QString domains = args.size() > 2 ? args.at(2) : QStringLiteral("100000");
    if (config.isEmpty()) {
        config = dir.path() + u"/big.conf";
        if (QProcess::execute(QStringLiteral(GEN_CONFIG), {config, domains}) != 0) {
            out << "gen_config failed\n";
            return 2;
        }
    }

    // The heartbeat: a 5 ms timer; the longest gap between its ticks is the
    // longest time the window could not react.
    QElapsedTimer beat;
    qint64 longestStall = 0;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, &heartbeat, [&] {
        longestStall = std::max(longestStall, beat.restart());
    });

    rs::ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();
    QElapsedTimer clock;
    clock.start();
    beat.start();
    heartbeat.start();
    // Looked up once, outside what is timed.
    const QTreeView *scopeTree = rs::test::part<QTreeView>(window, QStringLiteral("scopeTree"));
    QLineEdit *scopeFilter = rs::test::part<QLineEdit>(window, QStringLiteral("scopeFilter"));
    rs::ui::RoutePane *routePane = rs::test::part<rs::ui::RoutePane>(window, QStringLiteral("routePane"));
    QDockWidget *reviewDock = rs::test::part<QDockWidget>(window, QStringLiteral("reviewDock"));
    if (!window.openFile(config))
        return 2;
    while (window.currentScope() < 0 || scopeTree->model()->rowCount() == 0)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const qint64 firstScope = clock.elapsed();
    QApplication::processEvents();
    heartbeat.stop();
    const qint64 loadStall = longestStall;
    const auto snapshot = window.document()->snapshot();

    // Keystrokes in the filter: each filters the whole tree synchronously.
    const QString typed = QStringLiteral("d4242.example");
    QList<qint64> keystrokes;
    for (const QChar c : typed) {
        clock.restart();
        QTest::keyClick(scopeFilter, c.toLatin1());
        QApplication::processEvents();
        keystrokes.append(clock.elapsed());
    }
    clock.restart();
    scopeFilter->clear();
    QApplication::processEvents();
    const qint64 clearFilter = clock.elapsed();

    // One edit through the table, twice: first the way every edit went before (the
    // whole tree reparsed in a worker, then every view rebuilt), then in place (the
    // statements the edit touched parsed, walked and checked again; the views
    // updated where they show the edit). Time until the GUI is free again, until the
    // views show the edit, and the longest stall between.
    struct EditTiming {
        qint64 returned = 0, updated = 0, stall = 0;
    };
    auto timeEdit = [&](bool inPlace, const QString &domain, const QString &entry) {
        window.document()->setIncrementalUpdates(inPlace);
        window.selectScope(window.document()->snapshot()->model().findDomainScope(domain));
        QApplication::processEvents();
        EditTiming t;
        clock.restart();
        longestStall = 0;
        beat.restart();
        heartbeat.start();
        rs::ui::RouteTableModel *model = routePane->model();
        model->setData(model->index(0, rs::ui::RouteTableModel::EntryColumn), entry);
        t.returned = clock.elapsed();
        while (window.document()->isReparsing())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        QApplication::processEvents();
        t.updated = clock.elapsed();
        heartbeat.stop();
        t.stall = longestStall;
        return t;
    };
    const EditTiming rebuilt = timeEdit(false, QStringLiteral("d8.example.test"), QStringLiteral("relay.example.test"));
    // In place, seven times over the file (a Domain stanza with routes in each eighth):
    // on a shared machine one edit's figure is mostly noise; the median is the figure.
    QList<EditTiming> inPlace;
    {
        const QList<rs::RoutingScope> &scopes = window.document()->snapshot()->model().scopes();
        for (int part = 1; part < 8; ++part) {
            for (qsizetype i = scopes.size() * part / 8; i < scopes.size(); ++i) {
                const rs::RoutingScope &s = scopes.at(i);
                if (s.kind == rs::ScopeKind::Domain && s.isTopLevel() && !s.isRegex && s.routesOption) {
                    inPlace.append(timeEdit(true, s.name, QStringLiteral("relay%1.example.test").arg(part)));
                    break;
                }
            }
        }
    }
    auto medianOf = [&inPlace](qint64 EditTiming::*field) {
        QList<qint64> v;
        for (const EditTiming &t : std::as_const(inPlace))
            v.append(t.*field);
        std::sort(v.begin(), v.end());
        return v.isEmpty() ? qint64(-1) : v.at(v.size() / 2);
    };
    qint64 worstEdit = 0;
    for (const EditTiming &t : std::as_const(inPlace))
        worstEdit = std::max(worstEdit, t.updated);
    const qint64 editReturned = medianOf(&EditTiming::returned), edit = medianOf(&EditTiming::updated),
                 editStall = medianOf(&EditTiming::stall);

    // The live panel on the big file: plan (exact name, then 12,500 regex scopes),
    // zone lookup, tiers and explanation, for a typed domain no scope names.
    rs::ui::LivePanel *live = window.livePanel();
    live->setZoneFile(QStringLiteral(ROUTESCOPE_EXAMPLES "/example.zone"));
    window.selectScope(0);
    live->setDomain(QStringLiteral("three.example.test"));
    clock.restart();
    live->session()->resolveNow();
    while (live->session()->isResolving() || !live->session()->explanation())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    const qint64 liveResolve = clock.elapsed();
    clock.restart();
    live->session()->setHostDown(QStringLiteral("hub.example.test"), true);
    QApplication::processEvents();
    const qint64 liveWhatIf = clock.elapsed();

    // Review Changes: the dock shown (the whole file compared with itself once), then
    // one route edited; time until the view shows the comparison of every domain with
    // the edit (the 250 ms debounce included) and the longest stall meanwhile.
    rs::ui::ReviewSession *review = rs::test::part<rs::ui::ReviewSession>(window, QStringLiteral("reviewSession"));
    auto reviewed = [review] { return review->isCurrent() && !review->isRunning(); };
    clock.restart();
    reviewDock->show();
    while (!reviewed())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    const qint64 reviewFirst = clock.elapsed();
    window.selectScope(window.document()->snapshot()->model().findDomainScope(QStringLiteral("d24.example.test")));
    QApplication::processEvents();
    clock.restart();
    longestStall = 0;
    beat.restart();
    heartbeat.start();
    rs::ui::RouteTableModel *table = routePane->model();
    table->setData(table->index(0, rs::ui::RouteTableModel::EntryColumn), QStringLiteral("smtp://nothing.invalid?type=a"));
    while (!reviewed())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    const qint64 reviewEdit = clock.elapsed();
    heartbeat.stop();
    const qint64 reviewStall = longestStall;
    const qint64 reviewChanged = review->result() ? review->result()->changed.size() : -1;
    reviewDock->hide();

    // Where an edit's reparse goes: the phases of ConfigSnapshot::build.
    QList<qint64> phases;
    clock.restart();
    rs::ui::ConfigSnapshot::build(window.document()->bytes(), window.document()->path(), {}, nullptr, [&](int) {
        phases.append(clock.restart());
    });

    qint64 worstKey = 0, sumKeys = 0;
    for (const qint64 k : std::as_const(keystrokes)) {
        worstKey = std::max(worstKey, k);
        sumKeys += k;
    }
    const long memory = peakMemoryMiB();
    auto verdict = [](bool ok) { return ok ? "ok" : "OVER TARGET"; };
    out << "config: " << config << " (" << snapshot->model().scopes().size() << " scopes, "
        << window.document()->bytes().size() / 1024 << " KiB)\n";
    out << "first scope shown:        " << firstScope << " ms  (target 2000) " << verdict(firstScope < 2000) << '\n';
    out << "longest event-loop stall: " << loadStall << " ms  during load\n";
    out << "filter keystroke:         mean " << sumKeys / std::max<qsizetype>(1, keystrokes.size()) << " ms, worst "
        << worstKey << " ms  (target 100) " << verdict(worstKey < 100) << '\n';
    out << "  per keystroke (ms):      ";
    for (int i = 0; i < keystrokes.size(); ++i)
        out << typed.at(i) << '=' << keystrokes.at(i) << ' ';
    out << '\n';
    out << "clear filter:             " << clearFilter << " ms\n";
    out << "one route edit, rebuilt:  GUI free after " << rebuilt.returned << " ms, views updated after "
        << rebuilt.updated << " ms, longest stall " << rebuilt.stall << " ms  (every view and the whole tree anew)\n";
    out << "one route edit, in place: GUI free after " << editReturned << " ms, views updated after " << edit
        << " ms, longest stall " << editStall << " ms  (target 100) " << verdict(edit <= 100) << '\n';
    out << "  median of " << inPlace.size() << " edits over the file; slowest views updated after " << worstEdit
        << " ms\n";
    out << "  reparse phases (ms):     start " << phases.value(0) << ", parse " << phases.value(1) << ", route model "
        << phases.value(2) << ", validate " << phases.value(3) << ", index " << phases.value(4) << '\n';
    out << "live panel, typed domain: " << liveResolve << " ms  (plan, zone lookup, tiers, explanation)\n";
    out << "live panel, host down:    " << liveWhatIf << " ms  (what-if re-run)\n";
    out << "review changes, shown:    " << reviewFirst << " ms  (every domain compared, file unedited)\n";
    out << "review changes, one edit: " << reviewEdit << " ms until shown (" << reviewChanged
        << " changed; 250 ms debounce included)  (target 1000) " << verdict(reviewEdit < 1000) << ", longest stall "
        << reviewStall << " ms  (target 100) " << verdict(reviewStall <= 100) << '\n';
    out << "peak memory:              " << memory << " MiB  (target 1024) " << verdict(memory < 1024) << '\n';
    return 0;
}
