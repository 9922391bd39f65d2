// SPDX-License-Identifier: GPL-3.0-or-later
// The live panel against the offline zone and against a real DNS server (Knot, the
// knot_dns ctest fixture): tiers, what-if, stepping, debouncing, explanations.
#include "uitestsupport.h"

#include "dnstestsupport.h"

#include "appsettings.h"
#include "document/configsnapshot.h"
#include "document/document.h"
#include "live/livecandidatemodel.h"
#include "live/livepanel.h"
#include "mainwindow.h"
#include "live/tierview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDockWidget>
#include <QScopeGuard>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

using namespace rs;
using namespace rs::ui;
using namespace Qt::StringLiterals;

class TestLivePanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tiers_data();
    void tiers();
    void whatIf_data();
    void whatIf();
    void clickingAHostMarksItDown();
    void steppingThroughConnections();
    void typingIsDebouncedAndStaleAnswersDropped();
    void explainSaysWhatChangedSinceTheLastEdit();
    void progressWhileAServerIsSilent();
    void followsTheScopeSelectedInTheWindow();
    void bindingSelectorResolvesThroughABinding();
    void inputsHaveAccessibleNamesAndKeys();

private:
    void addSourceColumn();
    bool useSource(LivePanel &panel, const QString &source);

    QTemporaryDir m_dir;
    QString m_path;
};

namespace {

const QString exampleZone = QStringLiteral(ROUTESCOPE_EXAMPLES "/example.zone");

// Waits with the event loop running until the panel shows an answer.
bool waitForAnswer(LivePanel &panel, int timeoutMs = 8000)
{
    return dns::test::spinUntil([&] { return !panel.session()->isResolving() && panel.session()->explanation().has_value(); }, timeoutMs);
}

// "10: a b | 20: c(unresolved)": the columns and boxes of the tier view.
QString tierText(const TierView &view)
{
    QStringList columns;
    QStringList hosts;
    int pref = std::numeric_limits<int>::min();
    for (const HostCard *card : view.cards()) {
        const Candidate &c = card->content().candidate;
        if (c.pref != pref && !hosts.isEmpty()) {
            columns << QString::number(pref) + u": " + hosts.join(u' ');
            hosts.clear();
        }
        pref = c.pref;
        hosts << c.host + (c.state == CandidateState::Usable ? QString() : u'(' + candidateStateName(c.state) + u')');
    }
    if (!hosts.isEmpty())
        columns << QString::number(pref) + u": " + hosts.join(u' ');
    return columns.join(u" | ");
}

QString countsText(const LivePanel &panel)
{
    QStringList out;
    const LiveCandidateModel *m = panel.findChild<LiveCandidateModel *>(u"liveCandidateModel"_s);
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, 0).data(LiveCandidateModel::ConnectionsRole).toString();
    return out.join(u' ');
}

QString nextHost(const LivePanel &panel)
{
    const LiveCandidateModel *m = panel.findChild<LiveCandidateModel *>(u"liveCandidateModel"_s);
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data(LiveCandidateModel::NextRole).toBool())
            return m->index(r, 0).data(LiveCandidateModel::HostRole).toString();
    }
    return {};
}

int scopeNamed(const Document &doc, const QString &name)
{
    return name.isEmpty() ? 0 : doc.snapshot()->model().findDomainScope(name);
}

// Selects a Domain scope, resolves it through the example zone and waits for the answer.
bool resolveFromZone(LivePanel &panel, const Document &doc, const QString &scope)
{
    panel.setZoneFile(exampleZone);
    panel.setScope(scopeNamed(doc, scope));
    panel.session()->resolveNow();
    return waitForAnswer(panel);
}

} // namespace

void TestLivePanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_path = test::copyExample(m_dir);
}

void TestLivePanel::addSourceColumn()
{
    QTest::addColumn<QString>("source");
}

bool TestLivePanel::useSource(LivePanel &panel, const QString &source)
{
    if (source == u"zone") {
        panel.setZoneFile(exampleZone);
        return true;
    }
    if (dns::test::knotPort() == 0)
        return false;
    panel.setDnsServer(dns::test::knotServer());
    return true;
}

void TestLivePanel::tiers_data()
{
    addSourceColumn();
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("tiers");
    QTest::addColumn<QString>("counts");
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("first");  // port/ttl/limit of the first candidate

    struct Row {
        const char *name;
        QString scope, typed, tiers, counts, next, first;
    };
    const QList<Row> rows = {
        {"equal prefs share, Host limit caps one", u"big-isp.example.test"_s, {},
         u"10: 192.0.2.71 192.0.2.72 192.0.2.73 192.0.2.74 | 20: 192.0.2.75"_s, u"4 12 12 12 0"_s, u"192.0.2.71"_s,
         u"25/-/4"_s},
        {"global scope, typed domain, MX tiers", {}, u"three.example.test"_s,
         u"1: hub.example.test | 10: mx1.three.example.test | 20: mx2.three.example.test"_s, u"32 0 0"_s,
         u"hub.example.test"_s, u"25/3600/-1"_s},
        {"regex scope, typed domain that matches", u"/(?:^|[.])regional[.]example[.]test$/"_s,
         u"eu.regional.example.test"_s, u"0: relay-in.example.test"_s, u"32"_s, u"relay-in.example.test"_s,
         u"25/3600/-1"_s},
        {"NXDOMAIN greyed with the reason", {}, u"nosuch.example.test"_s,
         u"1: hub.example.test nosuch.example.test(unresolved)"_s, u"32 0"_s, u"hub.example.test"_s,
         u"25/3600/-1"_s},
        {"IPv6 literal before MX host with regex Host limit", u"v6only.example.test"_s, {},
         u"5: 2001:db8::25 | 10: mx1.example.test"_s, u"32 0"_s, u"2001:db8::25"_s, u"25/-/-1"_s},
        {"entry port and ttl override", u"partner.example.test"_s, {}, u"0: mail.partner.example.test"_s, u"32"_s,
         u"mail.partner.example.test"_s, u"2525/60/-1"_s},
    };
    for (const char *source : {"zone", "dns"}) {
        for (const Row &r : rows) {
            QTest::addRow("%s: %s", source, r.name)
                << QString::fromLatin1(source) << r.scope << r.typed << r.tiers << r.counts << r.next << r.first;
        }
    }
}

void TestLivePanel::tiers()
{
    QFETCH(QString, source);
    QFETCH(QString, scope);
    QFETCH(QString, typed);
    QFETCH(QString, tiers);
    QFETCH(QString, counts);
    QFETCH(QString, next);
    QFETCH(QString, first);

    Document doc;
    QVERIFY(doc.open(m_path).ok());
    doc.waitForLoaded();
    LivePanel panel(&doc);
    QAbstractItemModelTester tester(panel.findChild<LiveCandidateModel *>(u"liveCandidateModel"_s), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.resize(900, 700);
    panel.show();
    if (!useSource(panel, source))
        QSKIP("no Knot DNS server: run through ctest (fixture knot_dns)");
    const int s = scopeNamed(doc, scope);
    QVERIFY(s >= 0);
    panel.setScope(s);
    if (!typed.isEmpty())
        panel.setDomain(typed);
    panel.session()->resolveNow();
    QVERIFY(waitForAnswer(panel));

    QCOMPARE(tierText(*panel.findChild<TierView *>(u"tierView"_s)), tiers);
    QCOMPARE(countsText(panel), counts);
    QCOMPARE(nextHost(panel), next);
    const Candidate &c = panel.session()->explanation()->candidates.first();
    QCOMPARE(u"%1/%2/%3"_s.arg(c.port).arg(c.ttl ? QString::number(*c.ttl) : u"-"_s).arg(c.limit), first);
    // Columns are preferences, left to right.
    QList<int> prefs;
    for (const HostCard *card : panel.findChild<TierView *>(u"tierView"_s)->cards()) {
        if (prefs.isEmpty() || prefs.last() != card->content().candidate.pref)
            prefs << card->content().candidate.pref;
    }
    QCOMPARE(panel.findChild<TierView *>(u"tierView"_s)->tiers(), prefs);
    QVERIFY(panel.statusText().contains(source == u"zone" ? u"zone"_s : u"c-ares"_s));
}

void TestLivePanel::whatIf_data()
{
    QTest::addColumn<QStringList>("down");
    QTest::addColumn<QStringList>("limits");
    QTest::addColumn<int>("connections");
    QTest::addColumn<QString>("counts");
    QTest::addColumn<int>("waiting");

    QTest::newRow("no what-if") << QStringList() << QStringList() << -1 << u"4 12 12 12 0"_s << 0;
    QTest::newRow("one host down: its share goes to its tier")
        << QStringList{u"192.0.2.72"_s} << QStringList() << -1 << u"4 0 18 18 0"_s << 0;
    QTest::newRow("whole tier down: the next preference takes all")
        << QStringList{u"192.0.2.71"_s, u"192.0.2.72"_s, u"192.0.2.73"_s, u"192.0.2.74"_s} << QStringList() << -1
        << u"0 0 0 0 40"_s << 0;
    QTest::newRow("per-host limit override") << QStringList() << QStringList{u"192.0.2.73=2"_s} << -1
                                             << u"4 17 2 17 0"_s << 0;
    QTest::newRow("override lifts a Host limit") << QStringList() << QStringList{u"192.0.2.71=-1"_s} << -1
                                                 << u"10 10 10 10 0"_s << 0;
    QTest::newRow("fewer connections: fewest first, list order")
        << QStringList() << QStringList() << 6 << u"2 2 1 1 0"_s << 0;
    QTest::newRow("beyond the domain limit: connections wait")
        << QStringList() << QStringList() << 45 << u"4 12 12 12 0"_s << 5;
}

void TestLivePanel::whatIf()
{
    QFETCH(QStringList, down);
    QFETCH(QStringList, limits);
    QFETCH(int, connections);
    QFETCH(QString, counts);
    QFETCH(int, waiting);

    Document doc;
    QVERIFY(doc.open(m_path).ok());
    doc.waitForLoaded();
    LivePanel panel(&doc);
    QAbstractItemModelTester tester(panel.findChild<LiveCandidateModel *>(u"liveCandidateModel"_s), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.show();
    QVERIFY(resolveFromZone(panel, doc, u"big-isp.example.test"_s));
    const int resolved = panel.session()->explanationsShown();

    for (const QString &host : std::as_const(down))
        panel.session()->setHostDown(host, true);
    for (const QString &l : std::as_const(limits))
        panel.session()->setHostLimit(l.section(u'=', 0, 0), l.section(u'=', 1).toInt());
    if (connections >= 0)
        panel.findChild<QSpinBox *>(u"liveConnections"_s)->setValue(connections);  // through the widget

    QCOMPARE(countsText(panel), counts);
    QCOMPARE(panel.session()->explanation()->simulation.waiting, waiting);
    QCOMPARE(panel.findChild<TierView *>(u"tierView"_s)->waitingShown(), waiting);
    // What-if re-runs the simulation only: no new DNS lookups.
    QVERIFY(!panel.session()->isResolving());
    QVERIFY(panel.session()->explanationsShown() >= resolved);
    for (const QString &host : std::as_const(down)) {
        for (const HostCard *card : panel.findChild<TierView *>(u"tierView"_s)->cards()) {
            if (card->content().candidate.host == host)
                QCOMPARE(card->content().candidate.state, CandidateState::Down);
        }
    }
}

void TestLivePanel::clickingAHostMarksItDown()
{
    Document doc;
    QVERIFY(doc.open(m_path).ok());
    doc.waitForLoaded();
    LivePanel panel(&doc);
    panel.resize(900, 700);
    panel.show();
    QVERIFY(resolveFromZone(panel, doc, u"big-isp.example.test"_s));

    HostCard *card = panel.findChild<TierView *>(u"tierView"_s)->cards().at(1);
    QCOMPARE(card->content().candidate.host, u"192.0.2.72"_s);
    QTest::mouseClick(card, Qt::LeftButton);
    QCOMPARE(panel.session()->whatIf().down, QStringList{u"192.0.2.72"_s});
    QCOMPARE(countsText(panel), u"4 0 18 18 0"_s);
    // The what-if controls follow the clicked host.
    auto *host = panel.findChild<QComboBox *>(u"liveHost"_s);
    QCOMPARE(host->currentText(), u"192.0.2.72"_s);
    // Clicked again: up again. Cards are rebuilt only when the hosts change.
    card = panel.findChild<TierView *>(u"tierView"_s)->cards().at(1);
    QTest::mouseClick(card, Qt::LeftButton);
    QVERIFY(panel.session()->whatIf().down.isEmpty());
    QCOMPARE(countsText(panel), u"4 12 12 12 0"_s);
    // Unresolved hosts are never chosen: clicking them changes nothing.
    panel.setScope(0);
    panel.setDomain(u"nosuch.example.test"_s);
    panel.session()->resolveNow();
    QVERIFY(waitForAnswer(panel));
    QTest::mouseClick(panel.findChild<TierView *>(u"tierView"_s)->cards().at(1), Qt::LeftButton);
    QVERIFY(panel.session()->whatIf().down.isEmpty());
}

void TestLivePanel::steppingThroughConnections()
{
    Document doc;
    QVERIFY(doc.open(m_path).ok());
    doc.waitForLoaded();
    LivePanel panel(&doc);
    QAbstractItemModelTester tester(panel.findChild<LiveCandidateModel *>(u"liveCandidateModel"_s), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.show();
    QVERIFY(resolveFromZone(panel, doc, u"big-isp.example.test"_s));
    panel.findChild<QSpinBox *>(u"liveConnections"_s)->setValue(6);
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));

    panel.session()->setStep(0);
    QCOMPARE(countsText(panel), u"0 0 0 0 0"_s);
    QCOMPARE(nextHost(panel), u"192.0.2.71"_s);
    // Alt+Right clicks Next (animated: the click lands a moment later).
    for (int i = 1; i <= 3; ++i) {
        QTest::keyClick(panel.windowHandle(), Qt::Key_Right, Qt::AltModifier);
        QTRY_COMPARE(panel.session()->step(), i);
    }
    QCOMPARE(panel.session()->step(), 3);
    QCOMPARE(countsText(panel), u"1 1 1 0 0"_s);
    QCOMPARE(nextHost(panel), u"192.0.2.74"_s);
    QVERIFY2(panel.findChild<QLabel *>(u"liveStepWhy"_s)->text().contains(u"192.0.2.73"_s), qPrintable(panel.findChild<QLabel *>(u"liveStepWhy"_s)->text()));
    // The host that took the step's connection is highlighted in the tiers.
    QVERIFY(panel.findChild<TierView *>(u"tierView"_s)->card(2)->content().stepped);
    QVERIFY(panel.findChild<TierView *>(u"tierView"_s)->card(3)->content().next);

    // .71 reaches its Host limit of 4 after 16 connections: the 17th skips it.
    panel.session()->setConnections(20);
    panel.session()->setStep(17);
    QCOMPARE(countsText(panel), u"4 5 4 4 0"_s);
    QVERIFY2(panel.findChild<QLabel *>(u"liveStepWhy"_s)->text().contains(u"Connection 17 goes to 192.0.2.72"_s), qPrintable(panel.findChild<QLabel *>(u"liveStepWhy"_s)->text()));
    panel.session()->setStep(20);
    QCOMPARE(nextHost(panel), u"192.0.2.73"_s);
    QVERIFY(!panel.findChild<QPushButton *>(u"liveStepNext"_s)->isEnabled());
    panel.session()->setStep(-1);
    QCOMPARE(countsText(panel), u"4 6 5 5 0"_s);
}

void TestLivePanel::typingIsDebouncedAndStaleAnswersDropped()
{
    Document doc;
    QVERIFY(doc.open(m_path).ok());
    doc.waitForLoaded();
    LivePanel panel(&doc);
    panel.show();
    panel.setZoneFile(exampleZone);
    panel.setScope(0);
    QVERIFY(dns::test::spinUntil([&] { return !panel.session()->isResolving(); }));
    const int before = panel.session()->explanationsShown();

    // Typing: one resolution after the pause, for the whole name.
    QTest::keyClicks(panel.findChild<QLineEdit *>(u"liveDomain"_s), u"three.example.test"_s);
    QVERIFY(panel.session()->isResolving());
    QVERIFY(waitForAnswer(panel));
    QCOMPARE(panel.session()->explanationsShown(), before + 1);
    QCOMPARE(panel.session()->explanation()->plan.domain, u"three.example.test"_s);

    // A lookup in flight is cancelled by the next edit: its answer never shows.
    panel.setDomain(u"four.example.test"_s);
    panel.session()->resolveNow();
    QVERIFY(panel.session()->isResolving());
    panel.setDomain(u"direct.example.test"_s);
    QVERIFY(waitForAnswer(panel));
    QTest::qWait(50);
    QCOMPARE(panel.session()->explanationsShown(), before + 2);
    QCOMPARE(panel.session()->explanation()->plan.domain, u"direct.example.test"_s);
}

void TestLivePanel::explainSaysWhatChangedSinceTheLastEdit()
{
    Document doc;
    QVERIFY(doc.open(m_path).ok());
    doc.waitForLoaded();
    LivePanel panel(&doc);
    panel.show();
    panel.setZoneFile(exampleZone);
    const int bigIsp = scopeNamed(doc, u"big-isp.example.test"_s);
    panel.setScope(bigIsp);
    panel.session()->resolveNow();
    QVERIFY(waitForAnswer(panel));
    const QString text = panel.findChild<QTextBrowser *>(u"explainView"_s)->toPlainText();
    QVERIFY2(text.contains(u"192.0.2.71: preference 10, because pref=10 is written in entry 1"_s), qPrintable(text));
    QVERIFY(text.contains(u"limit 4 from Max_Outbound_Connections in Host \"192.0.2.71\""_s));
    QVERIFY(text.contains(u"First answer for this domain."_s));

    const int shown = panel.session()->explanationsShown();
    QVERIFY(doc.setRoutes(bigIsp,
                          {u"smtp://192.0.2.71?pref=10"_s, u"smtp://192.0.2.72?pref=10"_s, u"smtp://192.0.2.73?pref=10"_s,
                           u"smtp://192.0.2.74?pref=10"_s, u"smtp://192.0.2.75?pref=10"_s},
                          u"edit"_s));
    QVERIFY(dns::test::spinUntil([&] { return panel.session()->explanationsShown() > shown && !panel.session()->isResolving(); }));
    const QString after = panel.findChild<QTextBrowser *>(u"explainView"_s)->toPlainText();
    QVERIFY2(after.contains(u"192.0.2.75 moved from preference 20 to 10."_s), qPrintable(after));
    QVERIFY2(after.contains(u"192.0.2.75 now gets 9 connection"_s), qPrintable(after));
    QCOMPARE(panel.findChild<TierView *>(u"tierView"_s)->tiers(), QList<int>{10});

    // A what-if change is explained the same way.
    panel.session()->setHostDown(u"192.0.2.75"_s, true);
    QVERIFY(panel.findChild<QTextBrowser *>(u"explainView"_s)->toPlainText().contains(u"192.0.2.75 is now down (before: usable)."_s));
}

void TestLivePanel::progressWhileAServerIsSilent()
{
    dns::test::SilentServer silent;
    QVERIFY(silent.port() > 0);
    AppSettings::setDnsTimeoutMs(300);
    const auto restore = qScopeGuard([] { AppSettings::setDnsTimeoutMs(AppSettings::defaultDnsTimeoutMs); });
    Document doc;
    QVERIFY(doc.open(m_path).ok());
    doc.waitForLoaded();
    LivePanel panel(&doc);
    panel.show();
    panel.setDnsServer(silent.server());
    panel.setScope(0);
    panel.setDomain(u"three.example.test"_s);
    panel.session()->resolveNow();
    QVERIFY(panel.session()->isResolving());
    QVERIFY(panel.findChild<QProgressBar *>(u"liveProgress"_s)->isVisible());
    // The event loop keeps running while the lookups wait for their timeout.
    int ticks = 0;
    QTimer heartbeat;
    connect(&heartbeat, &QTimer::timeout, this, [&] { ++ticks; });
    heartbeat.start(10);
    QVERIFY(waitForAnswer(panel, 15000));
    QVERIFY(ticks > 10);
    QVERIFY(!panel.findChild<QProgressBar *>(u"liveProgress"_s)->isVisible());
    for (const Candidate &c : panel.session()->explanation()->candidates)
        QCOMPARE(c.state, CandidateState::Unresolved);
    QCOMPARE(tierText(*panel.findChild<TierView *>(u"tierView"_s)), u"1: hub.example.test(unresolved) three.example.test(unresolved)"_s);
}

void TestLivePanel::followsTheScopeSelectedInTheWindow()
{
    MainWindow window;
    window.livePanel()->setZoneFile(exampleZone);
    window.resize(1400, 800);
    window.show();
    QVERIFY(window.openFile(m_path));
    window.document()->waitForLoaded();
    LivePanel *panel = window.livePanel();
    QVERIFY(panel->isVisible());
    window.selectScope(scopeNamed(*window.document(), u"direct.example.test"_s));
    QCOMPARE(panel->session()->domain(), u"direct.example.test"_s);
    QVERIFY(waitForAnswer(*panel));
    QCOMPARE(tierText(*panel->findChild<TierView *>(u"tierView"_s)), u"5: mx1.example.test mx2.example.test"_s);
    // The global scope names no domain: the typed one (none yet) is used.
    window.selectScope(0);
    QCOMPARE(panel->session()->domain(), QString());
    QVERIFY(!panel->findChild<QLineEdit *>(u"liveDomain"_s)->placeholderText().isEmpty());
    // Hidden, the panel does not resolve; shown again, it catches up.
    test::part<QDockWidget>(window, u"liveDock"_s)->hide();
    panel->setDomain(u"four.example.test"_s);
    QTest::qWait(400);
    QVERIFY(panel->session()->explanation()->plan.domain != u"four.example.test"_s);
    test::part<QDockWidget>(window, u"liveDock"_s)->show();
    QVERIFY(dns::test::spinUntil([&] { return panel->session()->explanation()->plan.domain == u"four.example.test"_s; }));
}

void TestLivePanel::bindingSelectorResolvesThroughABinding()
{
    Document doc;
    QVERIFY(doc.open(m_path).ok());
    doc.waitForLoaded();
    LivePanel panel(&doc);
    panel.show();
    auto *box = panel.findChild<QComboBox *>(u"liveBinding"_s);
    QVERIFY(box);
    // None, then the group's name (not selectable), then its binding.
    QCOMPARE(box->count(), 3);
    QCOMPARE(box->itemData(0).toString(), QString());
    const auto *items = qobject_cast<QStandardItemModel *>(box->model());
    QVERIFY(items && !items->item(1)->isEnabled());
    QCOMPARE(box->itemData(2).toString(), u"tx1"_s);

    QVERIFY(resolveFromZone(panel, doc, u"big-isp.example.test"_s));
    QCOMPARE(panel.session()->explanation()->plan.domainLimit, 40);
    QVERIFY(!panel.session()->explanation()->plan.hasBinding());

    box->setCurrentIndex(2);
    emit box->activated(2);
    QVERIFY(dns::test::spinUntil([&] {
        return !panel.session()->isResolving() && panel.session()->explanation()->plan.hasBinding();
    }));
    const Explanation &ex = *panel.session()->explanation();
    QCOMPARE(ex.plan.binding, u"tx1"_s);
    QCOMPARE(ex.plan.bindingGroup, u"transactional"_s);
    QCOMPARE(ex.plan.domainLimit, 10);
    QCOMPARE(ex.plan.limitSource.level, ScopeLevel::BindingDomain);
    QCOMPARE(ex.simulation.requested, 10);
    QVERIFY(panel.statusText().contains(u"tx1"_s));
    // What-if and stepping work on the binding's plan.
    panel.session()->setHostDown(u"192.0.2.71"_s, true);
    QCOMPARE(panel.session()->explanation()->plan.binding, u"tx1"_s);
    int total = 0;
    for (const int n : panel.session()->explanation()->simulation.assigned)
        total += n;
    QCOMPARE(total, 10);
    panel.session()->setStep(3);
    QCOMPARE(panel.session()->stepState().counts.size(), panel.session()->explanation()->candidates.size());

    // Back to no binding; then selecting the stanza inside the binding selects it.
    box->setCurrentIndex(0);
    emit box->activated(0);
    QVERIFY(dns::test::spinUntil([&] {
        return !panel.session()->isResolving() && !panel.session()->explanation()->plan.hasBinding();
    }));
    const RouteModel &model = doc.snapshot()->model();
    panel.setScope(model.findDomainIn(model.findBinding(u"tx1"_s), u"big-isp.example.test"_s));
    QCOMPARE(panel.session()->binding(), u"tx1"_s);
    QCOMPARE(box->currentData().toString(), u"tx1"_s);
}

void TestLivePanel::inputsHaveAccessibleNamesAndKeys()
{
    Document doc;
    QVERIFY(doc.open(m_path).ok());
    doc.waitForLoaded();
    LivePanel panel(&doc);
    panel.show();
    QVERIFY(resolveFromZone(panel, doc, u"big-isp.example.test"_s));

    for (QWidget *w : panel.findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QSpinBox *>(w->parentWidget()))
            continue;  // a spin box's own editor
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
            || qobject_cast<QCheckBox *>(w) || qobject_cast<QProgressBar *>(w) || qobject_cast<HostCard *>(w))
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName()));
        // Every button has a mnemonic or a key of its own.
        if (const auto *b = qobject_cast<QAbstractButton *>(w); b && !b->text().isEmpty())
            QVERIFY2(b->text().contains(u'&') || !b->shortcut().isEmpty(), qPrintable(b->text()));
    }
    // A host box takes the keyboard focus; Space marks it down and up again.
    HostCard *card = panel.findChild<TierView *>(u"tierView"_s)->cards().at(2);
    QCOMPARE(card->focusPolicy(), Qt::StrongFocus);
    card->setFocus();
    QTest::keyClick(card, Qt::Key_Space);
    QCOMPARE(panel.session()->whatIf().down, QStringList{u"192.0.2.73"_s});
    QVERIFY(panel.findChild<TierView *>(u"tierView"_s)->card(2)->hasFocus() || !QApplication::focusWidget());
    QTest::keyClick(panel.findChild<TierView *>(u"tierView"_s)->card(2), Qt::Key_Space);
    QVERIFY(panel.session()->whatIf().down.isEmpty());
}

QTEST_MAIN(TestLivePanel)
#include "tst_livepanel.moc"
