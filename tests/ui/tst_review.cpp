// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/configsnapshot.h"
#include "document/document.h"
#include "editor/diffdialog.h"
#include "live/livepanel.h"
#include "mainwindow.h"
#include "review/hostroutesmodel.h"
#include "review/hostusageview.h"
#include "review/impactmodel.h"
#include "review/reviewsession.h"
#include "review/reviewview.h"
#include "translation.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace rs;
using namespace rs::ui;
using namespace Qt::StringLiterals;

// Review Changes, the save dialog's confirmation and the host view, on a copy of the
// bundled example resolved through its offline zone.
class TestReview : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void modelsPassTheTester();
    void showsTheClassOfAnEdit_data();
    void showsTheClassOfAnEdit();
    void followsTheLatestEdit();
    void saveAsksBeforeMailBecomesUndeliverable_data();
    void saveAsksBeforeMailBecomesUndeliverable();
    void hostViewListsEveryDomainAndTheWhatIf();
    void withoutAZoneItSaysWhy();

private:
    void open(MainWindow &w);
    bool edit(MainWindow &w, const QString &domain, const QStringList &routes);
    static bool reviewed(ReviewSession *s) { return s->isCurrent() && !s->isRunning(); }

    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_original;
};

namespace {

// Answers the modal dialogs that come up, in order: each step is "dialog/button",
// the object name of the dialog and a button's text.
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
    QStringList seen;  ///< object names of the dialogs answered

private:
    void step()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || m_steps.isEmpty() || modal->objectName() != m_steps.first().section(u'/', 0, 0))
            return;
        // The save dialog waits for its review: answer it once its button is enabled.
        for (QAbstractButton *b : modal->findChildren<QAbstractButton *>()) {
            if (b->text().remove(u'&') == m_steps.first().section(u'/', 1) && b->isVisible()) {
                if (!b->isEnabled())
                    return;
                seen << modal->objectName();
                m_steps.removeFirst();
                // Queued: a click that opens another dialog must not run inside this
                // timer's slot, or the timer never fires again for that dialog.
                QTimer::singleShot(0, b, &QAbstractButton::click);
                return;
            }
        }
    }
    QStringList m_steps;
    QTimer m_timer;
};

} // namespace

void TestReview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"RouteScopeTestReview"_s);
    QSettings().clear();
    QCOMPARE(installTranslations(*qApp, u"en"_s), u"en"_s);
}

void TestReview::init()
{
    // Every test starts from the example as shipped.
    QFile::remove(m_dir.path() + u"/esp.conf");
    m_path = test::copyExample(m_dir);
    m_original = test::readFile(m_path);
    QVERIFY(!m_original.isEmpty());
}

void TestReview::open(MainWindow &w)
{
    w.livePanel()->setZoneFile(QStringLiteral(ROUTESCOPE_EXAMPLES "/example.zone"));
    w.resize(1366, 768);
    w.show();
    QVERIFY(w.openFile(m_path));
    w.document()->waitForLoaded();
    test::part<QDockWidget>(w, u"reviewDock"_s)->toggleViewAction()->trigger();
    QVERIFY(test::part<QDockWidget>(w, u"reviewDock"_s)->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(reviewed(test::part<ReviewSession>(w, u"reviewSession"_s)), 20000);
}

bool TestReview::edit(MainWindow &w, const QString &domain, const QStringList &routes)
{
    const int scope = w.document()->snapshot()->model().findDomainScope(domain);
    return scope > 0 && bool(w.document()->setRoutes(scope, routes, u"test edit"_s));
}

void TestReview::modelsPassTheTester()
{
    MainWindow w;
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    new QAbstractItemModelTester(test::part<ReviewView>(w, u"reviewView"_s)->model(), mode, &w);
    new QAbstractItemModelTester(test::part<HostUsageView>(w, u"hostUsageView"_s)->routesModel(), mode, &w);
    new QAbstractItemModelTester(test::part<HostUsageView>(w, u"hostUsageView"_s)->whatIfModel(), mode, &w);
    open(w);
    QVERIFY(edit(w, u"partner.example.test"_s, {u"smtp://nothing.invalid?type=a"_s}));
    QTRY_VERIFY_WITH_TIMEOUT(reviewed(test::part<ReviewSession>(w, u"reviewSession"_s)), 20000);
    QVERIFY(test::part<ReviewView>(w, u"reviewView"_s)->model()->rowCount() > 0);
    w.showHostUsage(u"192.0.2.71"_s);
    QTRY_VERIFY_WITH_TIMEOUT(test::part<HostUsageView>(w, u"hostUsageView"_s)->routesModel()->rowCount() > 0, 20000);
    test::part<HostUsageView>(w, u"hostUsageView"_s)->runWhatIf();
    QTRY_VERIFY_WITH_TIMEOUT(test::part<HostUsageView>(w, u"hostUsageView"_s)->whatIfModel()->rowCount() > 0, 20000);
}

void TestReview::showsTheClassOfAnEdit_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("routes");
    QTest::addColumn<QString>("changes");
    QTest::newRow("undeliverable") << u"partner.example.test"_s << QStringList{u"smtp://nothing.invalid?type=a"_s}
                                   << u"Undeliverable"_s;
    QTest::newRow("hosts-removed") << u"big-isp.example.test"_s
                                   << QStringList{u"smtp://192.0.2.71?pref=10"_s, u"smtp://192.0.2.72?pref=10"_s,
                                                  u"smtp://192.0.2.73?pref=10"_s, u"smtp://192.0.2.74?pref=10"_s}
                                   << u"Hosts removed"_s;
    QTest::newRow("port-changed") << u"partner.example.test"_s
                                  << QStringList{u"smtp://mail.partner.example.test?port=2526&ttl=60&type=a"_s}
                                  << u"Port changed"_s;
}

void TestReview::showsTheClassOfAnEdit()
{
    QFETCH(QString, domain);
    QFETCH(QStringList, routes);
    QFETCH(QString, changes);
    MainWindow w;
    open(w);
    QVERIFY(test::part<ReviewView>(w, u"reviewView"_s)->findChild<QLabel *>(u"reviewSummary"_s)->text().contains(u"No unsaved edits"_s));
    QVERIFY(edit(w, domain, routes));
    QTRY_VERIFY_WITH_TIMEOUT(reviewed(test::part<ReviewSession>(w, u"reviewSession"_s)), 20000);
    const ImpactModel *model = test::part<ReviewView>(w, u"reviewView"_s)->model();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, ImpactModel::DomainColumn).data().toString() == domain
            && model->index(r, ImpactModel::BindingColumn).data().toString() == u"no binding"_s)
            row = r;
    }
    QVERIFY2(row >= 0, qPrintable(domain));
    QVERIFY2(model->index(row, ImpactModel::ChangesColumn).data().toString().contains(changes),
             qPrintable(model->index(row, ImpactModel::ChangesColumn).data().toString()));
    // An icon and words, not colour alone.
    QVERIFY(!model->index(row, ImpactModel::DomainColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    const QString summary = test::part<ReviewView>(w, u"reviewView"_s)->findChild<QLabel *>(u"reviewSummary"_s)->text();
    QVERIFY2(summary.contains(changes), qPrintable(summary));
    // The selected domain's tiers, before and after, side by side.
    test::part<ReviewView>(w, u"reviewView"_s)->selectRow(row);
    QVERIFY(test::part<ReviewView>(w, u"reviewView"_s)->findChild<QWidget *>(u"reviewBefore"_s)->isVisible());
    QVERIFY(test::part<ReviewView>(w, u"reviewView"_s)->findChild<QWidget *>(u"reviewAfter"_s)->isVisible());
}

void TestReview::followsTheLatestEdit()
{
    MainWindow w;
    open(w);
    ReviewSession *session = test::part<ReviewSession>(w, u"reviewSession"_s);
    QVERIFY(edit(w, u"partner.example.test"_s, {u"smtp://nothing.invalid?type=a"_s}));
    QVERIFY(session->isRunning());
    // A second edit before the first is compared: only the text as it is now is shown.
    QVERIFY(edit(w, u"direct.example.test"_s, {u"smtp://192.0.2.99?pref=1"_s}));
    QTRY_VERIFY_WITH_TIMEOUT(reviewed(session), 20000);
    QStringList domains;
    for (const DomainImpact &d : session->result()->changed)
        domains << d.domain;
    QVERIFY(domains.contains(u"partner.example.test"_s));
    QVERIFY(domains.contains(u"direct.example.test"_s));
    // Undo brings the text back: nothing changes any more.
    w.document()->undoStack()->undo();
    w.document()->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(reviewed(session), 20000);
    QCOMPARE(session->result()->changed.size(), 0);
}

void TestReview::saveAsksBeforeMailBecomesUndeliverable_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("routes");
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<bool>("asked");
    QTest::addColumn<bool>("written");
    const QStringList nowhere{u"smtp://nothing.invalid?type=a"_s};
    // Cancelled: back in the save dialog, which is cancelled too.
    QTest::newRow("undeliverable, cancelled")
        << u"partner.example.test"_s << nowhere
        << QStringList{u"saveDialog/Save"_s, u"undeliverableBox/Cancel"_s, u"saveDialog/Cancel"_s} << true << false;
    QTest::newRow("undeliverable, saved anyway")
        << u"partner.example.test"_s << nowhere
        << QStringList{u"saveDialog/Save"_s, u"undeliverableBox/Save Anyway"_s} << true << true;
    QTest::newRow("a harmless change, not asked")
        << u"direct.example.test"_s << QStringList{u"smtp://192.0.2.99?pref=1"_s, u"__mx__"_s}
        << QStringList{u"saveDialog/Save"_s} << false << true;
}

void TestReview::saveAsksBeforeMailBecomesUndeliverable()
{
    QFETCH(QString, domain);
    QFETCH(QStringList, routes);
    QFETCH(QStringList, answers);
    QFETCH(bool, asked);
    QFETCH(bool, written);
    MainWindow w;
    open(w);
    // The dock closed: the save dialog compares on its own.
    test::part<QDockWidget>(w, u"reviewDock"_s)->hide();
    QVERIFY(edit(w, domain, routes));
    DialogScript script(answers);
    w.findChild<QAction *>(u"saveAction"_s)->trigger();
    QCOMPARE(script.seen.contains(u"undeliverableBox"_s), asked);
    QCOMPARE(test::readFile(m_path) != m_original, written);
    QCOMPARE(w.document()->isModified(), !written);
}

void TestReview::hostViewListsEveryDomainAndTheWhatIf()
{
    MainWindow w;
    open(w);
    // A Host stanza selected in the tree shows every domain that routes to it.
    const QList<RoutingScope> &scopes = w.document()->snapshot()->model().scopes();
    int host = -1;
    for (int i = 0; i < scopes.size(); ++i) {
        if (scopes.at(i).kind == ScopeKind::Host && scopes.at(i).name == u"192.0.2.71"_s)
            host = i;
    }
    QVERIFY(host > 0);
    w.selectScope(host);
    QVERIFY(test::part<QDockWidget>(w, u"hostUsageDock"_s)->isVisible());
    HostUsageView *view = test::part<HostUsageView>(w, u"hostUsageView"_s);
    QCOMPARE(view->host(), u"192.0.2.71"_s);
    QTRY_VERIFY_WITH_TIMEOUT(view->routesModel()->rowCount() > 0, 20000);
    QStringList seen;
    for (const HostRoute &r : view->routesModel()->routes())
        seen << r.domain + u'/' + (r.binding.isNull() ? u"-"_s : r.binding);
    QVERIFY2(seen.contains(u"big-isp.example.test/-"_s), qPrintable(seen.join(u' ')));
    QVERIFY2(seen.contains(u"big-isp.example.test/tx1"_s), qPrintable(seen.join(u' ')));
    const QString totals = view->findChild<QLabel *>(u"hostUsageTotals"_s)->text();
    QVERIFY2(totals.contains(u"Its Host scope allows 4"_s), qPrintable(totals));

    // Maintenance: partner mail has one host only; with it down none is left.
    w.showHostUsage(u"mail.partner.example.test"_s);
    QCOMPARE(view->host(), u"mail.partner.example.test"_s);
    view->runWhatIf();
    QTRY_VERIFY_WITH_TIMEOUT(!view->isWhatIfRunning() && view->whatIfModel()->rowCount() > 0, 20000);
    const ImpactModel *whatIf = view->whatIfModel();
    bool partnerUndeliverable = false;
    for (int r = 0; r < whatIf->rowCount(); ++r) {
        if (whatIf->index(r, 0).data().toString() == u"partner.example.test"_s)
            partnerUndeliverable = whatIf->index(r, 0).data(ImpactModel::UndeliverableRole).toBool();
    }
    QVERIFY(partnerUndeliverable);
    QVERIFY(view->findChild<QLabel *>(u"hostUsageWhatIfSummary"_s)->text().contains(u"would have no host"_s));
    // Nothing was saved or edited by the what-if.
    QVERIFY(!w.document()->isModified());
}

void TestReview::withoutAZoneItSaysWhy()
{
    MainWindow w;
    w.livePanel()->setZoneFile({});
    w.show();
    QVERIFY(w.openFile(m_path));
    w.document()->waitForLoaded();
    test::part<QDockWidget>(w, u"reviewDock"_s)->toggleViewAction()->trigger();
    QCOMPARE(test::part<ReviewSession>(w, u"reviewSession"_s)->idle(), ReviewSession::Idle::NoLookup);
    QVERIFY(test::part<ReviewView>(w, u"reviewView"_s)->findChild<QLabel *>(u"reviewSummary"_s)->text().contains(u"zone file"_s));
}

QTEST_MAIN(TestReview)
#include "tst_review.moc"
