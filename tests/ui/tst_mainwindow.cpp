#include "uitestsupport.h"

#include "document/configsnapshot.h"
#include "document/document.h"
#include "mainwindow.h"
#include "editor/problemsmodel.h"
#include "editor/routepane.h"
#include "editor/routetablemodel.h"
#include "editor/scopefilterproxy.h"
#include "editor/sourceview.h"

#include <QAction>
#include <QLineEdit>
#include <QMenuBar>
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
    QTRY_VERIFY(w.scopeView()->model()->rowCount() == 4);
    QCOMPARE(w.currentScope(), 0);
    QVERIFY(w.routePane()->model()->rowCount() == 2);  // the global Routes
    QVERIFY(w.sourceView()->toPlainText().startsWith(u"# Outbound policy"_s));
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
    QCOMPARE(w.routePane()->model()->rowCount(), 1);
    const int line = snapshot->model().scopes().at(scope).location.line;
    QCOMPARE(w.sourceView()->textCursor().blockNumber() + 1, line);
    w.routePane()->selectRow(0);
    const int entryLine = w.routePane()->model()->entry(0).location.line;
    QCOMPARE(w.sourceView()->textCursor().blockNumber() + 1, entryLine);
}

void TestMainWindow::undoActionNamesTheEdit()
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(test::copyExample(dir)));
    w.document()->waitForLoaded();
    w.selectScope(w.document()->snapshot()->model().findDomainScope(u"direct.example.test"_s));
    RouteTableModel *model = w.routePane()->model();
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
    QCOMPARE(w.routePane()->currentRow(), 0);
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
    QTest::keyClicks(w.scopeFilter(), typed);
    const QAbstractItemModel *proxy = w.scopeView()->model();
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
    QCOMPARE(w.problemsModel()->warningCount(), 1);
    w.showProblem(0);
    QCOMPARE(w.currentScope(), w.document()->snapshot()->model().findDomainScope(u"typo.example.test"_s));
    QCOMPARE(w.routePane()->currentRow(), 1);
    QCOMPARE(w.sourceView()->textCursor().blockNumber() + 1, 5);
    // The entry shows its problem inline.
    const QModelIndex host = w.routePane()->model()->index(1, RouteTableModel::HostColumn);
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
    const QList<QWidget *> inputs{w.scopeFilter(), w.scopeView(), w.routePane()->view(), w.problemsView(),
                                  w.sourceView()};
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
