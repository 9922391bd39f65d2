// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the main states of the editor to PNG files, offscreen, for the README
// and for looking at the UI without a display:
//   ui_screenshots OUTDIR [--lang CODE] [--size WxH] [--review] [--screen]
// --screen renders only the window on first start at that size and language, as
// main-window-WxH-CODE.png (with --review also resolved, and with its docks dragged).
#include "uitestsupport.h"

#include "document/configsnapshot.h"
#include "editor/diffdialog.h"
#include "document/document.h"
#include "editor/itemroles.h"
#include "lessons/lessonsandbox.h"
#include "lessons/lessonsession.h"
#include "lessons/lessonspanel.h"
#include "lessons/lessontextdialog.h"
#include "lessons/textreplacement.h"
#include "live/livepanel.h"
#include "live/tierview.h"
#include "mainwindow.h"
#include "simulation/simulationchart.h"
#include "simulation/simulationview.h"
#include "editor/problemsmodel.h"
#include "editor/routepane.h"
#include "editor/routetablemodel.h"
#include "review/hostusageview.h"
#include "review/reviewsession.h"
#include "review/reviewview.h"
#include "translation.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPixmap>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>
#include <QTextStream>

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

// Waits (event loop running) until the live panel shows an answer.
bool waitForLive(rs::ui::LivePanel *panel)
{
    QElapsedTimer t;
    t.start();
    while ((panel->session()->isResolving() || !panel->session()->explanation()) && t.elapsed() < 10000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    return panel->session()->explanation().has_value();
}

bool save(QWidget *w, const QString &dir, const QString &name)
{
    settle();
    const QString path = dir + u'/' + name;
    const bool ok = w->grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << '\n';
    return ok;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::Button, QColor(0x33, 0x35, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x83, 0x88));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x83, 0x88));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x83, 0x88));
    return p;
}

// Waits (event loop running) until the lesson's check of the current text is shown.
bool waitForLesson(rs::ui::LessonSession *session)
{
    QElapsedTimer t;
    t.start();
    while ((session->isChecking() || !session->outcome()) && t.elapsed() < 10000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    return session->outcome().has_value();
}

bool waitForSimulation(rs::ui::SimulationView *view)
{
    QElapsedTimer t;
    t.start();
    while ((view->isRunning() || view->result().stepCount() == 0) && t.elapsed() < 20000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    return view->result().stepCount() > 0;
}

// Lesson 3 half done (the smart host first, no MX fallback yet) with two hints
// shown; then its solution, and its outage condition in the Simulation view.
bool teachingShots(rs::ui::MainWindow &window, const QString &out, const QSize &size, bool review)
{
    using namespace rs;
    using namespace rs::ui;
    LessonsPanel *panel = rs::test::part<rs::ui::LessonsPanel>(window, QStringLiteral("lessonsPanel"));
    LessonSession *session = panel->session();
    rs::test::part<QDockWidget>(window, QStringLiteral("lessonsDock"))->toggleViewAction()->trigger();
    settle();
    const Lesson *lesson = rs::findLesson(session->lessons(), QStringLiteral("3"));
    if (!lesson || !panel->startLesson(lesson->number - 1))
        return false;
    window.document()->waitForLoaded();
    settle();
    const QByteArray halfDone = QByteArray(lesson->startConfig)
                                    .replace("Gateway = \"my.local.smart.host\"",
                                             "Routes = ( \"smtp://my.local.smart.host?pref=1\" )");
    (void)replaceDocumentText(window.document(), halfDone, QStringLiteral("half done"));
    session->showNextHint();
    session->showNextHint();
    bool ok = waitForLesson(session) && waitForLive(window.livePanel());
    ok &= save(&window, out, QStringLiteral("lesson-in-progress.png"));
    if (review) {
        LessonTextDialog dialog(QStringLiteral("Lesson 3"), window.document()->bytes(), &window);
        dialog.show();
        ok &= save(&dialog, out, QStringLiteral("review-lesson-text-dialog.png"));
        panel->findChild<QAbstractButton *>(QStringLiteral("lessonAll"))->click();
        ok &= save(rs::test::part<QDockWidget>(window, QStringLiteral("lessonsDock")), out, QStringLiteral("review-lesson-list.png"));
        panel->findChild<QAbstractButton *>(QStringLiteral("lessonBack"))->click();
    }

    // The solution passes; its outage condition over time goes to the Simulation view.
    (void)replaceDocumentText(window.document(), lesson->solutionConfig, QStringLiteral("solution"));
    ok &= waitForLesson(session);
    if (review)
        ok &= save(rs::test::part<QDockWidget>(window, QStringLiteral("lessonsDock")), out, QStringLiteral("review-lesson-passed.png"));
    QDockWidget *dock = rs::test::part<QDockWidget>(window, QStringLiteral("simulationDock"));
    dock->resize(size.width() * 4 / 5, size.height() * 11 / 20);
    for (const LessonCondition &c : lesson->conditions) {
        if (c.timeline)
            emit panel->timelineRequested(c);
    }
    ok &= waitForLive(window.livePanel());
    SimulationView *view = rs::test::part<rs::ui::SimulationView>(window, QStringLiteral("simulationView"));
    view->runNow();
    ok &= waitForSimulation(view);
    view->setCurrentStep(150);  // in the outage: the MX hosts have taken over
    ok &= save(dock, out, QStringLiteral("simulation-chart.png"));
    if (review) {
        view->chart()->setMeasure(SimulationChart::Measure::Delivered);
        ok &= save(dock, out, QStringLiteral("review-simulation-delivered.png"));
        view->chart()->setMeasure(SimulationChart::Measure::Connections);
    }
    return ok;
}

bool waitForReview(rs::ui::ReviewSession *session)
{
    QElapsedTimer t;
    t.start();
    while (!(session->isCurrent() && !session->isRunning()) && t.elapsed() < 20000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    settle();
    return session->isCurrent();
}

// Review Changes after an edit that leaves partner mail undeliverable, the save
// dialog with the review above the diff, and the host view with its what-if:
// review-changes*.png, save-review*.png, host-usage*.png (`suffix` before .png).
bool impactShots(rs::ui::MainWindow &window, const QString &out, const QString &suffix)
{
    using namespace rs::ui;
    auto *session = rs::test::part<ReviewSession>(window, QStringLiteral("reviewSession"));
    auto *reviewDock = rs::test::part<QDockWidget>(window, QStringLiteral("reviewDock"));
    auto *hostUsage = rs::test::part<HostUsageView>(window, QStringLiteral("hostUsageView"));
    const auto snapshot = window.document()->snapshot();
    const int partner = snapshot->model().findDomainScope(QStringLiteral("partner.example.test"));
    (void)window.document()->setRoutes(partner, {QStringLiteral("smtp://mail2.partner.example.test?type=a")},
                                       QStringLiteral("screenshot"));
    const int bigIsp = snapshot->model().findDomainScope(QStringLiteral("big-isp.example.test"));
    (void)window.document()->setRoutes(bigIsp,
                                       {QStringLiteral("smtp://192.0.2.71?pref=10"), QStringLiteral("smtp://192.0.2.72?pref=10"),
                                        QStringLiteral("smtp://192.0.2.75?pref=20")},
                                       QStringLiteral("screenshot"));
    reviewDock->toggleViewAction()->trigger();  // as the toolbar button does
    bool ok = waitForReview(session);
    rs::test::part<ReviewView>(window, QStringLiteral("reviewView"))->selectRow(0);
    settle();
    ok &= save(&window, out, QStringLiteral("review-changes%1.png").arg(suffix));
    {
        DiffDialog dialog(window.document()->pendingDiffs(), DiffDialog::Purpose::Save, &window, session);
        dialog.show();
        ok &= waitForReview(session);
        ok &= save(&dialog, out, QStringLiteral("save-review%1.png").arg(suffix));
    }
    window.showHostUsage(QStringLiteral("192.0.2.71"));
    ok &= waitForReview(session);
    hostUsage->runWhatIf();
    QElapsedTimer t;
    t.start();
    while (hostUsage->isWhatIfRunning() && t.elapsed() < 20000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    settle();
    ok &= save(&window, out, QStringLiteral("host-usage%1.png").arg(suffix));
    rs::test::part<QDockWidget>(window, QStringLiteral("hostUsageDock"))->hide();
    reviewDock->hide();
    window.document()->undoStack()->setIndex(0);
    settle();
    return ok;
}

// The window as a screen of `size` shows it on first start: main-window-WxH-LANG.png.
// With `review`, a domain resolved in the live panel, then the docks' separators
// dragged as far as they go (the scope tree wide, the live panel wide or tall).
bool screenShots(const QString &out, const QSize &size, const QString &lang, bool review)
{
    QTemporaryDir dir;
    const QString config = rs::test::copyExample(dir);
    const QString tag = QStringLiteral("%1x%2-%3").arg(size.width()).arg(size.height()).arg(lang);
    rs::ui::MainWindow window;
    window.resize(size);
    window.livePanel()->setZoneFile(QStringLiteral(ROUTESCOPE_EXAMPLES "/example.zone"));
    window.show();
    if (!window.openFile(config))
        return false;
    window.document()->waitForLoaded();
    settle();
    bool ok = save(&window, out, QStringLiteral("main-window-%1.png").arg(tag));
    if (!review)
        return ok;
    window.selectScope(window.document()->snapshot()->model().findDomainScope(QStringLiteral("big-isp.example.test")));
    rs::test::part<QDockWidget>(window, QStringLiteral("liveDock"))->raise();
    window.livePanel()->session()->resolveNow();
    ok &= waitForLive(window.livePanel());
    ok &= save(&window, out, QStringLiteral("review-live-%1.png").arg(tag));
    ok &= impactShots(window, out, u'-' + tag);
    const QRect scopes = rs::test::part<QDockWidget>(window, QStringLiteral("scopeDock"))->geometry();
    const QPoint scopeEdge(scopes.right() + 2, scopes.center().y());
    rs::test::dragSeparator(window, scopeEdge, scopeEdge + QPoint(size.width(), 0));
    const QRect live = rs::test::part<QDockWidget>(window, QStringLiteral("liveDock"))->geometry();
    if (window.dockWidgetArea(rs::test::part<QDockWidget>(window, QStringLiteral("liveDock"))) == Qt::RightDockWidgetArea) {
        const QPoint liveEdge(live.left() - 2, live.center().y());
        rs::test::dragSeparator(window, liveEdge, liveEdge - QPoint(size.width(), 0));
    } else {
        const QPoint liveEdge(live.center().x(), live.top() - 2);
        rs::test::dragSeparator(window, liveEdge, liveEdge - QPoint(0, size.height()));
    }
    ok &= save(&window, out, QStringLiteral("review-docks-dragged-%1.png").arg(tag));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);  // leave the user's settings alone
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: ui_screenshots OUTDIR [--lang CODE] [--size WxH] [--review] [--screen]\n";
        return 2;
    }
    const QString out = args.at(1);
    // OUTDIR [--lang CODE] [--size WxH] [--review]: --review adds the states the docs
    // do not show (dark palette of the teaching docks, dialogs) as review-*.png.
    QString lang = QStringLiteral("en");
    QSize size(1600, 900);
    bool review = false;
    bool screen = false;
    for (int i = 2; i < args.size(); ++i) {
        if (args.at(i) == u"--lang" && i + 1 < args.size())
            lang = args.at(++i);
        else if (args.at(i) == u"--size" && i + 1 < args.size())
            size = QSize(args.at(i + 1).section(u'x', 0, 0).toInt(), args.at(i + 1).section(u'x', 1, 1).toInt()), ++i;
        else if (args.at(i) == u"--review")
            review = true;
        else if (args.at(i) == u"--screen")
            screen = true;
    }
    rs::ui::installTranslations(app, lang);
    // Settings and lesson sandboxes of their own, empty: the first-run layout, no progress.
    QCoreApplication::setOrganizationName(QStringLiteral("RouteScopeScreenshots"));
    QSettings().clear();
    QDir(rs::ui::LessonSandboxes::root()).removeRecursively();
    if (screen)
        return screenShots(out, size, lang, review) ? 0 : 1;
    QTemporaryDir dir;
    const QString config = rs::test::copyExample(dir);

    rs::ui::MainWindow window;
    window.resize(size);
    window.livePanel()->setZoneFile(QStringLiteral(ROUTESCOPE_EXAMPLES "/example.zone"));
    window.show();
    if (!window.openFile(config))
        return 1;
    window.document()->waitForLoaded();
    settle();
    bool ok = save(&window, out, QStringLiteral("main-window.png"));

    const auto snapshot = window.document()->snapshot();
    const int bigIsp = snapshot->model().findDomainScope(QStringLiteral("big-isp.example.test"));
    window.selectScope(bigIsp);
    rs::test::part<rs::ui::RoutePane>(window, QStringLiteral("routePane"))->selectRow(2);
    ok &= save(&window, out, QStringLiteral("domain-selected.png"));

    // An edit through the table: the changed line is tinted in the source.
    rs::ui::RouteTableModel *model = rs::test::part<rs::ui::RoutePane>(window, QStringLiteral("routePane"))->model();
    model->setData(model->index(4, rs::ui::RouteTableModel::PrefColumn), 15);
    ok &= save(&window, out, QStringLiteral("after-edit.png"));

    // A typo a user might make (prf= for pref=), then the problem activated as
    // from the Problems dock: scope, entry and line are selected.
    window.selectScope(snapshot->model().findDomainScope(QStringLiteral("direct.example.test")));
    model->setData(model->index(0, rs::ui::RouteTableModel::EntryColumn),
                   QStringLiteral("smtp://relay.example.test?prf=10"));
    rs::test::part<QDockWidget>(window, QStringLiteral("problemsDock"))->raise();
    const auto *problems = rs::test::part<rs::ui::ProblemsModel>(window, QStringLiteral("problemsModel"));
    for (int r = 0; r < problems->rowCount(); ++r) {
        if (problems->index(r, 0).data(rs::ui::SeverityRole).toInt() >= int(rs::Severity::Warning)) {
            window.showProblem(r);
            break;
        }
    }
    ok &= save(&window, out, QStringLiteral("problems.png"));
    {
        rs::ui::DiffDialog diff(window.document()->pendingDiffs(), rs::ui::DiffDialog::Purpose::Save, &window);
        diff.show();
        ok &= save(&diff, out, QStringLiteral("save-diff.png"));
    }
    window.document()->undoStack()->setIndex(0);
    settle();
    ok &= impactShots(window, out, QString());

    // The live panel: tiers of big-isp (five gateways, one with a Host limit),
    // then one gateway marked down, then stepping through the connections.
    rs::ui::LivePanel *live = window.livePanel();
    window.document()->undoStack()->setIndex(0);
    window.document()->reload();  // back to the file as shipped, without edit marks
    window.document()->waitForLoaded();
    settle();
    window.selectScope(window.document()->snapshot()->model().findDomainScope(QStringLiteral("big-isp.example.test")));
    rs::test::part<QDockWidget>(window, QStringLiteral("liveDock"))->raise();  // in a tab beside Problems on a narrow screen
    live->session()->resolveNow();
    ok &= waitForLive(live);
    ok &= save(&window, out, QStringLiteral("live-tiers.png"));
    live->session()->setHostDown(QStringLiteral("192.0.2.72"), true);
    live->findChild<QTextBrowser *>(QStringLiteral("explainView"))->scrollToAnchor(QStringLiteral("changes"));
    ok &= save(live, out, QStringLiteral("live-host-down.png"));
    live->session()->setStep(6);
    ok &= save(live, out, QStringLiteral("live-stepping.png"));
    live->session()->resetWhatIf();
    // The global scope with a typed domain that does not exist: __mx__ is greyed.
    window.selectScope(0);
    live->setDomain(QStringLiteral("nosuch.example.test"));
    live->session()->resolveNow();
    ok &= waitForLive(live);
    ok &= save(live, out, QStringLiteral("live-unresolved.png"));

    ok &= teachingShots(window, out, size, review);
    if (review) {
        QApplication::setPalette(darkPalette());
        ok &= save(&window, out, QStringLiteral("review-lesson-dark.png"));
        ok &= save(rs::test::part<QDockWidget>(window, QStringLiteral("simulationDock")), out, QStringLiteral("review-simulation-dark.png"));
        QApplication::setPalette(QPalette());
    }
    rs::test::part<QDockWidget>(window, QStringLiteral("lessonsDock"))->hide();
    rs::test::part<QDockWidget>(window, QStringLiteral("simulationDock"))->hide();
    (void)window.document()->save();  // the sandbox: no "save first?" question on leaving
    if (!rs::test::part<rs::ui::LessonsPanel>(window, QStringLiteral("lessonsPanel"))->leaveLesson(true) || !window.document()->hasFile())
        return 1;
    window.document()->waitForLoaded();
    settle();

    const int partner = window.document()->snapshot()->model().findDomainScope(QStringLiteral("partner.example.test"));
    QApplication::setPalette(darkPalette());
    window.selectScope(partner);
    rs::test::part<rs::ui::RoutePane>(window, QStringLiteral("routePane"))->selectRow(0);
    ok &= waitForLive(live);
    ok &= save(&window, out, QStringLiteral("dark-palette.png"));
    return ok ? 0 : 1;
}
