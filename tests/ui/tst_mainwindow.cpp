#include "uitestsupport.h"

#include "document/configsnapshot.h"
#include "document/document.h"
#include "mainwindow.h"
#include "editor/problemsmodel.h"
#include "editor/routepane.h"
#include "editor/routetablemodel.h"
#include "editor/scopefilterproxy.h"
#include "editor/sourceview.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QTimer>
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
    void saveOverADiskChange_data();
    void saveOverADiskChange();

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
        if (!modal || m_steps.isEmpty())
            return;
        const QString action = m_steps.takeFirst();
        seen << (modal->objectName().isEmpty() ? modal->windowTitle() : modal->objectName());
        if (action == u"accept") {
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->accept();
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
