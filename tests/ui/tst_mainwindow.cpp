// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "document/configsnapshot.h"
#include "document/document.h"
#include "live/livepanel.h"
#include "live/livesession.h"
#include "live/tierview.h"
#include "mainwindow.h"
#include "translation.h"
#include "editor/problemsmodel.h"
#include "editor/routepane.h"
#include "editor/routetablemodel.h"
#include "editor/scopefilterproxy.h"
#include "editor/sourceview.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTemporaryFile>
#include <QTranslator>
#include <QUndoStack>
#include <QTimer>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace rs;
using namespace rs::ui;
using namespace Qt::StringLiterals;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensAndShowsTheGlobalScope();
    void selectionFollowsIntoTableAndSource();
    void undoActionNamesTheEdit();
    void filterTyping_data();
    void filterTyping();
    void problemActivationSelectsScopeEntryAndLine();
    void everyActionIsReachable();
    void inputsHaveAccessibleNames();
    void layoutIsRemembered();
    void saveOverADiskChange_data();
    void saveOverADiskChange();
    void screensShowEveryColumn_data();
    void screensShowEveryColumn();
    void layoutOfAnOlderVersionIsIgnored();
    void restoredLayoutTooWideIsRearranged();
    void addRouteDialogShowsAmpersands();
    void userTextInActionsShowsAmpersands();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

namespace {

QList<QAction *> menuActions(const QMenuBar *bar)
{
    QList<QAction *> out;
    for (QAction *menu : bar->actions()) {
        for (QAction *a : menu->menu()->actions()) {
            if (!a->isSeparator())
                out.append(a);
        }
    }
    return out;
}

// Answers the modal dialogs that come up, in order: each step finds the active
// modal widget and acts on it (a button's text, or accept).
class DialogScript final : public QObject
{
public:
    explicit DialogScript(QStringList steps)
        : m_steps(std::move(steps))
    {
        m_timer.setInterval(30);
        connect(&m_timer, &QTimer::timeout, this, [this] { step(); });
        m_timer.start();
    }
    QStringList seen;  ///< the object names or titles of the dialogs answered

private:
    void step()
    {
        QWidget *modal = QApplication::activeModalWidget();
        // A dialog accepted may stay open a while (the save dialog waits for the review
        // of the text, slow under the sanitizers): the next step is for the next dialog.
        if (!modal || m_steps.isEmpty() || modal == m_accepted.data())
            return;
        const QString action = m_steps.takeFirst();
        seen << (modal->objectName().isEmpty() ? modal->windowTitle() : modal->objectName());
        if (action == u"accept") {
            if (auto *dialog = qobject_cast<QDialog *>(modal)) {
                m_accepted = dialog;
                dialog->accept();
            }
            return;
        }
        for (QAbstractButton *b : modal->findChildren<QAbstractButton *>()) {
            if (b->text().remove(u'&') == action) {
                b->click();
                return;
            }
        }
        qWarning("no button '%s' in %s", qPrintable(action), qPrintable(seen.last()));
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
    }
    QStringList m_steps;
    QTimer m_timer;
    QPointer<QDialog> m_accepted;
};

} // namespace

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"RouteScopeTest"_s);
    QSettings().clear();
    m_path = test::copyExample(m_dir);
}

void TestMainWindow::opensAndShowsTheGlobalScope()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(m_path));
    QTRY_VERIFY(test::part<QTreeView>(w, u"scopeTree"_s)->model()->rowCount() == 4);
    QCOMPARE(w.currentScope(), 0);
    QVERIFY(test::part<RoutePane>(w, u"routePane"_s)->model()->rowCount() == 2);  // the global Routes
    QVERIFY(test::part<SourceView>(w, u"sourceView"_s)->toPlainText().startsWith(u"# Outbound policy"_s));
    QVERIFY(w.windowTitle().startsWith(u"esp.conf"_s));
    QCOMPARE(QSettings().value(u"files/recent"_s).toStringList().value(0), w.document()->path());
}

void TestMainWindow::selectionFollowsIntoTableAndSource()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(m_path));
    w.document()->waitForLoaded();
    const auto snapshot = w.document()->snapshot();
    const int scope = snapshot->model().findDomainScope(u"partner.example.test"_s);
    w.selectScope(scope);
    QCOMPARE(w.currentScope(), scope);
    QCOMPARE(test::part<RoutePane>(w, u"routePane"_s)->model()->rowCount(), 1);
    const int line = snapshot->model().scopes().at(scope).location.line;
    QCOMPARE(test::part<SourceView>(w, u"sourceView"_s)->textCursor().blockNumber() + 1, line);
    test::part<RoutePane>(w, u"routePane"_s)->selectRow(0);
    const int entryLine = test::part<RoutePane>(w, u"routePane"_s)->model()->entry(0).location.line;
    QCOMPARE(test::part<SourceView>(w, u"sourceView"_s)->textCursor().blockNumber() + 1, entryLine);
}

void TestMainWindow::undoActionNamesTheEdit()
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(test::copyExample(dir)));
    w.document()->waitForLoaded();
    w.selectScope(w.document()->snapshot()->model().findDomainScope(u"direct.example.test"_s));
    RouteTableModel *model = test::part<RoutePane>(w, u"routePane"_s)->model();
    QVERIFY(model->setData(model->index(0, RouteTableModel::EntryColumn), u"relay.example.test"_s));
    QVERIFY(w.isWindowModified());
    QAction *undo = nullptr;
    for (QAction *a : menuActions(w.menuBar())) {
        if (a->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = a;
    }
    QVERIFY(undo);
    QCOMPARE(undo->text(), u"&Undo Set routes of direct.example.test"_s);
    // The scope stays selected across the reparse, the edited row too.
    QCOMPARE(w.currentScope(), w.document()->snapshot()->model().findDomainScope(u"direct.example.test"_s));
    QCOMPARE(test::part<RoutePane>(w, u"routePane"_s)->currentRow(), 0);
    undo->trigger();
    QVERIFY(!w.isWindowModified());
}

void TestMainWindow::filterTyping_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("domains");
    QTest::newRow("main and included file") << u"partner"_s << 2;
    QTest::newRow("one domain") << u"v6only"_s << 1;
    QTest::newRow("every example.test domain") << u"example.test"_s << 6;
    QTest::newRow("no match") << u"zzz"_s << 0;
}

void TestMainWindow::filterTyping()
{
    QFETCH(QString, typed);
    QFETCH(int, domains);
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(m_path));
    w.document()->waitForLoaded();
    QTest::keyClicks(test::part<QLineEdit>(w, u"scopeFilter"_s), typed);
    const QAbstractItemModel *proxy = test::part<QTreeView>(w, u"scopeTree"_s)->model();
    int shown = 0;
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const QModelIndex top = proxy->index(r, 0);
        if (top.data().toString() == u"Domains"_s)
            shown = proxy->rowCount(top);
    }
    QCOMPARE(shown, domains);
}

void TestMainWindow::problemActivationSelectsScopeEntryAndLine()
{
    QTemporaryDir dir;
    const QString path = test::writeFile(dir, u"problem.conf"_s,
        "Routes = ( \"__mx__\" )\n"
        "\n"
        "Domain \"typo.example.test\" {\n"
        "  Routes = ( \"relay.example.test\"\n"
        "             \"smtp://backup.example.test?prf=20\" )\n"
        "}\n");
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(path));
    w.document()->waitForLoaded();
    QCOMPARE(test::part<ProblemsModel>(w, u"problemsModel"_s)->warningCount(), 1);
    w.showProblem(0);
    QCOMPARE(w.currentScope(), w.document()->snapshot()->model().findDomainScope(u"typo.example.test"_s));
    QCOMPARE(test::part<RoutePane>(w, u"routePane"_s)->currentRow(), 1);
    QCOMPARE(test::part<SourceView>(w, u"sourceView"_s)->textCursor().blockNumber() + 1, 5);
    // The entry shows its problem inline.
    const QModelIndex host = test::part<RoutePane>(w, u"routePane"_s)->model()->index(1, RouteTableModel::HostColumn);
    QVERIFY(!host.data(Qt::DecorationRole).isNull());
    QVERIFY(host.data(Qt::ToolTipRole).toString().contains(u"prf"_s));
}

void TestMainWindow::everyActionIsReachable()
{
    MainWindow w;
    const QList<QAction *> actions = menuActions(w.menuBar());
    QVERIFY(actions.size() >= 20);
    QList<QKeySequence> seen;
    for (QAction *a : actions) {
        QVERIFY2(a->text().contains(u'&') || a->menu(), qPrintable(a->text()));  // mnemonic for the keyboard
        if (a->shortcut().isEmpty())
            continue;
        QVERIFY2(!seen.contains(a->shortcut()), qPrintable(a->shortcut().toString()));
        seen.append(a->shortcut());
    }
    QVERIFY(seen.contains(QKeySequence(QKeySequence::Open)));
    QVERIFY(seen.contains(QKeySequence(QKeySequence::Save)));
    QVERIFY(seen.contains(QKeySequence(QKeySequence::Redo)));
}

void TestMainWindow::inputsHaveAccessibleNames()
{
    MainWindow w;
    const QList<QWidget *> inputs{test::part<QLineEdit>(w, u"scopeFilter"_s), test::part<QTreeView>(w, u"scopeTree"_s),
                                  test::part<RoutePane>(w, u"routePane"_s)->view(),
                                  test::part<QTableView>(w, u"problemsView"_s), test::part<SourceView>(w, u"sourceView"_s)};
    for (QWidget *input : inputs)
        QVERIFY2(!input->accessibleName().isEmpty(), input->metaObject()->className());
}

void TestMainWindow::layoutIsRemembered()
{
    {
        MainWindow w;
        w.show();
        w.close();
    }
    QVERIFY(!QSettings().value(u"window/state"_s).toByteArray().isEmpty());
    QVERIFY(!QSettings().value(u"window/geometry"_s).toByteArray().isEmpty());
}

// Issue 11: with the "changed on disk" banner showing, Save shows the change and
// offers to merge, reload or overwrite (confirmed, naming what is lost); the banner
// goes away once the file is written.
void TestMainWindow::saveOverADiskChange_data()
{
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<bool>("saved");
    QTest::addColumn<QByteArray>("mustContain");
    QTest::addColumn<QByteArray>("mustNotContain");
    QTest::newRow("merge, then save the merged text")
        << QStringList{u"accept"_s, u"Merge My Edits"_s, u"accept"_s} << true << QByteArray("appended.example")
        << QByteArray("Domain \"direct.example.test\" {\n  Routes = ( \"__mx__\" )");
    QTest::newRow("overwrite, confirmed") << QStringList{u"accept"_s, u"Overwrite..."_s, u"Yes"_s} << true
                                          << QByteArray("smtp://changed.example.test") << QByteArray("appended.example");
    QTest::newRow("cancel writes nothing") << QStringList{u"accept"_s, u"Cancel"_s} << false
                                           << QByteArray("appended.example") << QByteArray("smtp://changed.example.test");
}

void TestMainWindow::saveOverADiskChange()
{
    QFETCH(QStringList, answers);
    QFETCH(bool, saved);
    QFETCH(QByteArray, mustContain);
    QFETCH(QByteArray, mustNotContain);
    QTemporaryDir dir;
    const QString path = test::copyExample(dir);
    MainWindow window;
    QVERIFY(window.openFile(path));
    window.document()->waitForLoaded();
    Document *doc = window.document();
    QVERIFY(doc->setRoutes(doc->snapshot()->model().findDomainScope(u"direct.example.test"_s),
                           {u"smtp://changed.example.test"_s}, u"edit"_s));
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    f.write("Domain \"appended.example\" {\n}\n");
    f.close();
    auto *banner = window.findChild<QWidget *>(u"diskBanner"_s);
    QTRY_VERIFY(banner->isVisibleTo(&window));

    DialogScript script(answers);
    window.findChild<QAction *>(u"saveAction"_s)->trigger();
    QCOMPARE(!doc->isModified(), saved);
    QVERIFY2(script.seen.contains(u"diskChangeBox"_s), qPrintable(script.seen.join(u", ")));
    const QByteArray onDisk = test::readFile(path);
    QVERIFY2(onDisk.contains(mustContain), onDisk.constData());
    QCOMPARE(onDisk.contains("smtp://changed.example.test"), saved);
    QVERIFY2(!onDisk.contains(mustNotContain), onDisk.constData());
    QCOMPARE(banner->isVisibleTo(&window), !saved);
}

namespace {

// What a column needs to show its header and every cell of the rows shown whole.
int columnNeed(QTableView *view, int column)
{
    const QAbstractItemView *v = view;
    return std::max(view->horizontalHeader()->sectionSizeHint(column), v->sizeHintForColumn(column));
}

// The route table shows every column without a horizontal scroll bar, each as wide as
// its header and its cells; when `squeezed` (the user made the editor as narrow as it
// goes), Host and Entry as wide as their headers (longer cells elide).
void checkRouteTable(MainWindow &w, bool squeezed, const QString &where)
{
    QTableView *view = test::part<RoutePane>(w, u"routePane"_s)->view();
    QVERIFY2(!view->horizontalScrollBar()->isVisible(), qPrintable(where));
    int used = 0;
    for (int c = 0; c < RouteTableModel::ColumnCount; ++c) {
        const bool elides = c == RouteTableModel::HostColumn || c == RouteTableModel::EntryColumn;
        const int need = squeezed && elides ? view->horizontalHeader()->sectionSizeHint(c) : columnNeed(view, c);
        const QString what = where + u": column "_s + view->model()->headerData(c, Qt::Horizontal).toString()
                             + u" is %1 px, needs %2"_s.arg(view->columnWidth(c)).arg(need);
        QVERIFY2(!view->isColumnHidden(c), qPrintable(what));
        QVERIFY2(view->columnWidth(c) >= need, qPrintable(what));
        used += view->columnWidth(c);
    }
    QVERIFY2(used <= view->viewport()->width(),
             qPrintable(where + u": columns %1 px in a viewport of %2"_s.arg(used).arg(view->viewport()->width())));
}

// The scope tree's Name column has room for a 30-character domain name (in the bold of
// a domain with routes) on the row of a domain, after its indentation and icon.
void checkScopeTree(MainWindow &w, const QString &where)
{
    QTreeView *tree = test::part<QTreeView>(w, u"scopeTree"_s);
    const QModelIndex domain = tree->model()->match(tree->model()->index(1, 0), Qt::DisplayRole,
                                                    u"big-isp.example.test"_s, 1, Qt::MatchRecursive)
                                   .value(0);
    QVERIFY2(domain.isValid(), qPrintable(where));
    const QRect item = tree->visualRect(domain);
    const QStyle *style = tree->style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1;
    const int icon = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, tree);
    const int room = std::min(item.right(), tree->viewport()->width() - 1) - item.left() + 1 - icon - 4 * margin;
    const QFont font = qvariant_cast<QFont>(domain.data(Qt::FontRole));
    QVERIFY2(font.bold(), qPrintable(where));
    for (const QString &name : {u"mail-gateway-07.example-isp.de"_s, u"relay-gw-12.big-partner-isp.de"_s,
                                u"smtp-out.wholesale-partner.com"_s}) {
        QCOMPARE(name.size(), 30);
        const int need = QFontMetrics(font).horizontalAdvance(name);
        QVERIFY2(room >= need, qPrintable(where + u": %1 px for %2, which needs %3"_s.arg(room).arg(name).arg(need)));
    }
    QVERIFY2(!tree->horizontalScrollBar()->isVisible(), qPrintable(where));
}

class Language
{
public:
    explicit Language(const QString &code)
    {
        QLocale::setDefault(QLocale(code));
        installTranslations(*QCoreApplication::instance(), code);
    }
    ~Language()
    {
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(QLocale::c());
    }
    Q_DISABLE_COPY_MOVE(Language)
};

} // namespace

// Issue 14: on first start at the window size of a 1366x768 and a 1920x1080 screen
// (and filling them), in English and German, the route table shows all its columns
// without scrolling sideways, the scope tree a 30-character domain, the live panel two
// tiers of hosts; and still so after the docks' separators are dragged as far as they go.
void TestMainWindow::screensShowEveryColumn_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<QString>("language");
    for (const QSize screen : {QSize(1366, 768), QSize(1920, 1080)}) {
        for (const QString &language : {u"en"_s, u"de"_s}) {
            const QByteArray name = QByteArray::number(screen.width()) + 'x' + QByteArray::number(screen.height()) + ' '
                                    + language.toLatin1();
            QTest::newRow(name.constData()) << screen << language;
        }
    }
}

void TestMainWindow::screensShowEveryColumn()
{
    QFETCH(QSize, screen);
    QFETCH(QString, language);
    const Language translated(language);
    for (const QSize size : {MainWindow::firstRunSize(screen), screen}) {
        const QString where = u"%1x%2"_s.arg(size.width()).arg(size.height());
        QSettings().clear();  // first start
        MainWindow w;
        const auto *routePane = test::part<RoutePane>(w, u"routePane"_s);
        const auto *scopeDock = test::part<QDockWidget>(w, u"scopeDock"_s);
        auto *liveDock = test::part<QDockWidget>(w, u"liveDock"_s);
        w.livePanel()->setZoneFile(QStringLiteral(ROUTESCOPE_EXAMPLES "/example.zone"));
        w.resize(size);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(m_path));
        w.document()->waitForLoaded();
        QTRY_COMPARE(routePane->model()->rowCount(), 2);
        QApplication::processEvents();
        QCOMPARE(w.size(), size);  // nothing's minimum made the window wider than asked
        // The live panel beside the editor where two tiers fit there, else below it.
        const bool narrow = screen.width() < 1600;
        QCOMPARE(w.dockWidgetArea(liveDock), narrow ? Qt::BottomDockWidgetArea : Qt::RightDockWidgetArea);
        QTRY_VERIFY(liveDock->isVisible() && !liveDock->visibleRegion().isEmpty());
        checkRouteTable(w, false, where + u" global scope"_s);
        if (QTest::currentTestFailed())
            return;
        checkScopeTree(w, where);
        if (QTest::currentTestFailed())
            return;

        // A domain with five routes, resolved: its table, and two tiers of host boxes
        // side by side, the first box whole.
        w.selectScope(w.document()->snapshot()->model().findDomainScope(u"big-isp.example.test"_s));
        QTRY_COMPARE(routePane->model()->rowCount(), 5);
        QTRY_VERIFY_WITH_TIMEOUT(
            w.livePanel()->session()->explanation().has_value() && !w.livePanel()->session()->isResolving(), 15000);
        QApplication::processEvents();
        checkRouteTable(w, false, where + u" big-isp"_s);
        if (QTest::currentTestFailed())
            return;
        auto *tierScroll = w.livePanel()->findChild<QScrollArea *>(u"tierScroll"_s);
        auto *tiers = w.livePanel()->findChild<TierView *>(u"tierView"_s);
        QTRY_VERIFY(tiers->card(0) && tiers->card(0)->isVisible());
        QVERIFY2(!tierScroll->horizontalScrollBar()->isVisible(),
                 qPrintable(where + u": tiers %1 px wide in %2"_s.arg(tiers->width()).arg(tierScroll->viewport()->width())));
        const QRect card(tiers->card(0)->mapTo(tierScroll->viewport(), QPoint(0, 0)), tiers->card(0)->size());
        QVERIFY2(tierScroll->viewport()->rect().contains(card),
                 qPrintable(where + u": the first host box is cut off"_s));

        // The user drags the separators: the scope tree as wide as it goes, then the
        // live panel (beside) or the tree back and the panel up (below).
        const QRect scopes = scopeDock->geometry();
        const QPoint scopeEdge(scopes.right() + 2, scopes.center().y());
        test::dragSeparator(w, scopeEdge, scopeEdge + QPoint(size.width(), 0));
        QVERIFY2(scopeDock->width() > scopes.width(), qPrintable(where + u": the separator did not move"_s));
        checkRouteTable(w, true, where + u" scope dock dragged wide"_s);
        if (QTest::currentTestFailed())
            return;
        checkScopeTree(w, where + u" scope dock dragged wide"_s);
        if (QTest::currentTestFailed())
            return;
        const QRect live = liveDock->geometry();
        if (narrow) {
            const QPoint liveEdge(live.center().x(), live.top() - 2);
            test::dragSeparator(w, liveEdge, liveEdge - QPoint(0, size.height()));
        } else {
            const QPoint liveEdge(live.left() - 2, live.center().y());
            test::dragSeparator(w, liveEdge, liveEdge - QPoint(size.width(), 0));
        }
        QVERIFY2(liveDock->geometry() != live, qPrintable(where + u": the live separator did not move"_s));
        checkRouteTable(w, true, where + u" live dock dragged"_s);
        if (QTest::currentTestFailed())
            return;
        w.close();
    }
}

// A window state saved by an older arrangement of the docks (version 0, before they
// adapted to the screen) is not restored: here it had closed Scopes and Problems.
void TestMainWindow::layoutOfAnOlderVersionIsIgnored()
{
    QSettings().clear();
    {
        MainWindow old;
        old.resize(1229, 760);
        old.show();
        test::part<QDockWidget>(old, u"scopeDock"_s)->close();
        test::part<QDockWidget>(old, u"problemsDock"_s)->close();
        QSettings().setValue(u"window/geometry"_s, old.saveGeometry());
        QSettings().setValue(u"window/state"_s, old.saveState());  // as saved before: version 0
    }
    MainWindow w;
    w.resize(1229, 760);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(test::part<QDockWidget>(w, u"scopeDock"_s)->isVisible());
    QVERIFY(test::part<QDockWidget>(w, u"problemsDock"_s)->isVisibleTo(&w));
    QCOMPARE(w.dockWidgetArea(test::part<QDockWidget>(w, u"liveDock"_s)), Qt::BottomDockWidgetArea);
    QVERIFY(w.openFile(m_path));
    w.document()->waitForLoaded();
    QTRY_COMPARE(test::part<RoutePane>(w, u"routePane"_s)->model()->rowCount(), 2);
    checkRouteTable(w, false, u"older layout ignored"_s);
}

// A saved layout that fits the screen comes back as it was; one saved on a larger
// screen, wider than this one's room, is arranged anew for this screen.
void TestMainWindow::restoredLayoutTooWideIsRearranged()
{
    const QSize room = QApplication::primaryScreen()->availableSize();
    QCOMPARE(room.width(), 1280);
    QSettings().clear();
    {
        MainWindow first;
        first.resize(room);
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        test::part<QDockWidget>(first, u"problemsDock"_s)->close();  // by the user
        first.close();
    }
    {
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(again.minimumSizeHint().width() <= room.width());
        QVERIFY(!test::part<QDockWidget>(again, u"problemsDock"_s)->isVisibleTo(&again));  // kept as the user left it
        again.close();
    }
    QSettings().clear();
    {
        MainWindow wide;  // a 1920x1080 screen: the live panel beside the editor
        wide.resize(1920, 1080);
        wide.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wide));
        QCOMPARE(wide.dockWidgetArea(test::part<QDockWidget>(wide, u"liveDock"_s)), Qt::RightDockWidgetArea);
        QVERIFY(wide.minimumSizeHint().width() > room.width());
        wide.close();
    }
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.dockWidgetArea(test::part<QDockWidget>(w, u"liveDock"_s)), Qt::BottomDockWidgetArea);
    QVERIFY(test::part<QDockWidget>(w, u"liveDock"_s)->isVisibleTo(&w));
    QVERIFY(w.width() <= room.width());  // not the 1920 px it was saved with
}

// Issue 14: the example in the Add Route dialog shows "?pref=10&port=25&type=a" as
// typed, not "?pref=10port=25type=a" with underlined letters.
void TestMainWindow::addRouteDialogShowsAmpersands()
{
    QSettings().clear();
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(m_path));
    w.document()->waitForLoaded();
    QTRY_COMPARE(test::part<RoutePane>(w, u"routePane"_s)->model()->rowCount(), 2);
    QVERIFY(test::part<RoutePane>(w, u"routePane"_s)->addAction()->isEnabled());

    QString dialogName;
    QString accessibleText;
    QImage shown;
    QImage asTyped;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        dialogName = dialog->objectName();
        QLabel *label = nullptr;
        for (QLabel *l : dialog->findChildren<QLabel *>()) {
            if (l->text().contains(u"smtp://"_s))
                label = l;
        }
        if (label) {
            accessibleText = QAccessible::queryAccessibleInterface(label)->text(QAccessible::Name);
            shown = label->grab().toImage();
            // The same text as plain text, no mnemonics: what the user should see.
            QLabel reference(dialog);
            reference.setTextFormat(Qt::PlainText);
            reference.setText(u"Route entry: __mx__, a host name, an IP address or smtp://host?pref=10&port=25&type=a"_s);
            reference.setAlignment(label->alignment());
            reference.setGeometry(label->geometry());
            asTyped = reference.grab().toImage();
        }
        dialog->reject();
    });
    poll.start();
    test::part<RoutePane>(w, u"routePane"_s)->addAction()->trigger();
    QCOMPARE(dialogName, u"addRouteDialog"_s);
    QVERIFY2(accessibleText.contains(u"smtp://host?pref=10&port=25&type=a"_s), qPrintable(accessibleText));
    QVERIFY(!shown.isNull());
    QCOMPARE(shown, asTyped);  // rendered: the '&'s drawn, nothing underlined
    QCOMPARE(test::part<RoutePane>(w, u"routePane"_s)->model()->rowCount(), 2);  // cancelled: nothing added
}

// A file name or a regex domain with '&' in a menu: the recent files and the undo action.
void TestMainWindow::userTextInActionsShowsAmpersands()
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = test::writeFile(dir, u"news&mail.conf"_s,
        "Routes = ( \"__mx__\" )\n"
        "Domain \"/^news&mail[.]example[.]test$/\" {\n"
        "  Routes = ( \"relay.example.test\" )\n"
        "}\n");
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(path));
    w.document()->waitForLoaded();

    QMenu *recent = nullptr;
    for (QAction *a : w.menuBar()->actions().constFirst()->menu()->actions()) {
        if (a->menu())
            recent = a->menu();
    }
    QVERIFY(recent);
    emit recent->aboutToShow();
    QCOMPARE(recent->actions().constFirst()->text(), u"&1  news&&mail.conf"_s);
    QCOMPARE(recent->actions().constFirst()->iconText(), u"1  news&mail.conf"_s);  // as shown

    const RouteModel &model = w.document()->snapshot()->model();
    int scope = -1;
    for (int s = 0; s < int(model.scopes().size()); ++s) {
        if (model.scopes().at(s).name.contains(u"news&mail"_s))
            scope = s;
    }
    QVERIFY(scope > 0);
    w.selectScope(scope);
    RouteTableModel *table = test::part<RoutePane>(w, u"routePane"_s)->model();
    QVERIFY(table->setData(table->index(0, RouteTableModel::EntryColumn), u"relay2.example.test"_s));
    QAction *undo = nullptr;
    for (QAction *a : menuActions(w.menuBar())) {
        if (a->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = a;
    }
    QVERIFY(undo);
    QVERIFY2(undo->iconText().contains(u"/^news&mail[.]example[.]test$/"_s), qPrintable(undo->text()));
    const QUndoStack *stack = w.document()->undoStack();
    QVERIFY(stack->text(stack->index() - 1).endsWith(u"/^news&mail[.]example[.]test$/"_s));  // its own text as is
}

int main(int argc, char *argv[])
{
    // The screen of a small laptop, 1280x800, instead of the offscreen platform's
    // 800x600: the editor's layout fits it, the live panel beside the editor does not
    // (restoredLayoutTooWideIsRearranged). Other tests size their windows themselves.
    QTemporaryFile screens(QDir::tempPath() + u"/tst_mainwindow-screens-XXXXXX.json"_s);
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen" && screens.open()) {
        screens.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800,)"
                      R"( "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
        screens.flush();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(screens.fileName()));
    }
    QApplication app(argc, argv);
    TestMainWindow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_mainwindow.moc"
