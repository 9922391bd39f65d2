// SPDX-License-Identifier: GPL-3.0-or-later
// The Simulation view over the live panel's session: it simulates off the GUI thread,
// draws a line (and band) per host, restarts when the domain, the text, the what-if
// or an input changes, and shades outage windows.
#include "uitestsupport.h"

#include "document/configsnapshot.h"
#include "document/document.h"
#include "live/livepanel.h"
#include "simulation/simulationchart.h"
#include "simulation/simulationview.h"

#include <QAbstractButton>
#include <QAreaSeries>
#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace rs;
using namespace rs::ui;
using namespace Qt::StringLiterals;

class TestSimulationView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void runsOffTheGuiThreadWithASeriesPerHost();
    void restarts_data();
    void restarts();
    void outageWindowIsShaded();
    void badInputIsSaidNotRun();
    void playAndStepMoveThroughTime();
    void controlsHaveAccessibleNames();

private:
    bool resolve(const QString &domain);
    bool waitForResult(int before);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<LivePanel> m_live;
    std::unique_ptr<SimulationView> m_view;
};

namespace {

const QString exampleZone = QStringLiteral(ROUTESCOPE_EXAMPLES "/example.zone");

SimulationInputs shortRun()
{
    SimulationInputs in;
    in.duration = u"6m"_s;
    in.runs = 5;
    return in;
}

} // namespace

void TestSimulationView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_path = test::copyExample(m_dir);
}

void TestSimulationView::init()
{
    m_doc = std::make_unique<Document>();
    m_live = std::make_unique<LivePanel>(m_doc.get());
    m_live->setZoneFile(exampleZone);
    m_live->show();
    m_view = std::make_unique<SimulationView>(m_live->session());
    m_view->resize(1200, 500);
    m_view->setInputs(shortRun());
    m_view->show();
    QVERIFY(m_doc->open(m_path));
    m_doc->waitForLoaded();
}

void TestSimulationView::cleanup()
{
    m_view.reset();
    m_live.reset();
    m_doc.reset();
}

bool TestSimulationView::resolve(const QString &domain)
{
    m_live->setScope(m_doc->snapshot()->model().findDomainScope(domain));
    QElapsedTimer t;
    t.start();
    LiveSession *s = m_live->session();
    while (t.elapsed() < 8000 && (s->isResolving() || !s->explanation() || s->explanation()->plan.domain != domain))
        QTest::qWait(20);
    return s->explanation() && s->explanation()->plan.domain == domain;
}

// Waits until a run started after `before` runs has finished and is shown.
bool TestSimulationView::waitForResult(int before)
{
    QElapsedTimer t;
    t.start();
    // Generous: under the sanitizers a simulation runs ten times slower.
    while (t.elapsed() < 90000 && (m_view->runsStarted() <= before || m_view->isRunning()))
        QTest::qWait(20);
    return m_view->runsStarted() > before && !m_view->isRunning() && m_view->result().stepCount() > 0;
}

void TestSimulationView::runsOffTheGuiThreadWithASeriesPerHost()
{
    QVERIFY(resolve(u"direct.example.test"_s));
    QVERIFY(waitForResult(0));
    QCOMPARE(m_view->resultDomain(), u"direct.example.test"_s);
    QCOMPARE(m_view->result().stepCount(), 360);
    QCOMPARE(m_view->chart()->hostSeriesNames(), (QStringList{u"mx1.example.test"_s, u"mx2.example.test"_s}));
    QVERIFY(m_view->chart()->showsChart());

    // A long simulation: runNow() returns at once, the event loop keeps turning, and
    // the result comes later through the runner.
    SimulationInputs big = shortRun();
    big.duration = u"1h"_s;
    big.runs = 100;
    m_view->setInputs(big);
    QSignalSpy shown(m_view.get(), &SimulationView::resultShown);
    bool loopTurned = false;
    QTimer::singleShot(0, this, [&] { loopTurned = shown.isEmpty(); });
    const int before = m_view->runsStarted();
    m_view->runNow();
    QCOMPARE(m_view->runsStarted(), before + 1);
    QVERIFY(m_view->isRunning());
    QCOMPARE(shown.count(), 0);
    QVERIFY(waitForResult(before));
    QVERIFY(loopTurned);
    QCOMPARE(m_view->result().stepCount(), 3600);
    QCOMPARE(m_view->result().runs.size(), 100);
}

void TestSimulationView::restarts_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("hosts");
    QTest::newRow("another domain") << u"domain"_s << u"big-isp.example.test"_s
                                    << QStringList{u"192.0.2.71"_s, u"192.0.2.72"_s, u"192.0.2.73"_s, u"192.0.2.74"_s,
                                                   u"192.0.2.75"_s};
    QTest::newRow("an edit of the routes") << u"edit"_s << u"direct.example.test"_s
                                           << QStringList{u"192.0.2.9"_s};
    QTest::newRow("a host marked down in the live panel")
        << u"whatif"_s << u"direct.example.test"_s << QStringList{u"mx1.example.test"_s, u"mx2.example.test"_s};
    QTest::newRow("a new arrival rate") << u"input"_s << u"direct.example.test"_s
                                        << QStringList{u"mx1.example.test"_s, u"mx2.example.test"_s};
}

void TestSimulationView::restarts()
{
    QFETCH(QString, change);
    QFETCH(QString, domain);
    QFETCH(QStringList, hosts);
    QVERIFY(resolve(u"direct.example.test"_s));
    QVERIFY(waitForResult(0));
    const int before = m_view->runsStarted();
    if (change == u"domain") {
        QVERIFY(resolve(domain));
    } else if (change == u"edit") {
        const int scope = m_doc->snapshot()->model().findDomainScope(domain);
        QVERIFY(m_doc->setRoutes(scope, {u"smtp://192.0.2.9"_s}, u"edit"_s));
    } else if (change == u"whatif") {
        m_live->session()->setHostDown(u"mx2.example.test"_s, true);
    } else {
        SimulationInputs in = m_view->inputs();
        in.rate = u"10/s"_s;
        m_view->setInputs(in);
    }
    QVERIFY(waitForResult(before));
    QCOMPARE(m_view->resultDomain(), domain);
    QCOMPARE(m_view->chart()->hostSeriesNames(), hosts);
    if (change == u"whatif") {
        // Marked down for the whole run: it never takes a connection.
        for (const HostTimeline &h : m_view->result().hosts) {
            if (h.host == u"mx2.example.test")
                QCOMPARE(h.phase.first(), HostPhase::Down);
        }
        QVERIFY(m_view->findChild<QLabel *>(u"simulationWhatIf"_s)->text().contains(u"mx2.example.test down"_s));
    }
    if (change == u"input")
        QCOMPARE(m_view->result().arrivals.first(), 10);
}

void TestSimulationView::outageWindowIsShaded()
{
    QVERIFY(resolve(u"direct.example.test"_s));
    QVERIFY(waitForResult(0));
    const int before = m_view->runsStarted();
    // Through the controls, as a user adds one.
    auto *host = m_view->findChild<QComboBox *>(u"simulationOutageHost"_s);
    host->setCurrentIndex(host->findText(u"mx1.example.test"_s));
    m_view->findChild<QLineEdit *>(u"simulationOutageFrom"_s)->setText(u"2m"_s);
    m_view->findChild<QLineEdit *>(u"simulationOutageTo"_s)->setText(u"4m"_s);
    m_view->findChild<QAbstractButton *>(u"simulationAddOutage"_s)->click();
    QCOMPARE(m_view->inputs().outages, (QList<Outage>{{u"mx1.example.test"_s, 120, 240}}));
    QCOMPARE(m_view->findChild<QListWidget *>(u"simulationOutages"_s)->count(), 1);
    QVERIFY(waitForResult(before));
    QCOMPARE(m_view->chart()->shadedWindowCount(), 1);
    QStringList shaded;
    for (QAbstractSeries *s : m_view->chart()->hostChart()->series()) {
        if (s->objectName() == u"outage") {
            auto *area = qobject_cast<QAreaSeries *>(s);
            QVERIFY(area);
            shaded << s->name();
            // From minute 2 to minute 4 on a time axis in minutes, up to the top of the chart.
            QCOMPARE(area->upperSeries()->points().first().x(), 2.0);
            QCOMPARE(area->upperSeries()->points().last().x(), 4.0);
            QVERIFY(area->upperSeries()->points().first().y() > 0);
        }
    }
    QCOMPARE(shaded, QStringList{u"mx1.example.test down"_s});
    m_view->setCurrentStep(150);
    const QString readout = m_view->findChild<QLabel *>(u"simulationReadout"_s)->text();
    QVERIFY2(readout.contains(u"mx1.example.test: down."_s), qPrintable(readout));
    QVERIFY2(readout.startsWith(u"At 2m30s:"_s), qPrintable(readout));
}

void TestSimulationView::badInputIsSaidNotRun()
{
    QVERIFY(resolve(u"direct.example.test"_s));
    QVERIFY(waitForResult(0));
    SimulationInputs in = m_view->inputs();
    in.duration = u"ten minutes"_s;
    m_view->setInputs(in);
    QTRY_VERIFY(!m_view->isRunning());
    QVERIFY(!m_view->chart()->showsChart());
    QVERIFY(m_view->findChild<QLabel *>(u"simulationStatus"_s)->text().contains(u"\"ten minutes\" is not a duration"_s));
}

void TestSimulationView::playAndStepMoveThroughTime()
{
    QVERIFY(resolve(u"direct.example.test"_s));
    QVERIFY(waitForResult(0));
    auto *forward = m_view->findChild<QAbstractButton *>(u"simulationForward"_s);
    m_view->setCurrentStep(0);
    forward->click();
    forward->click();
    QCOMPARE(m_view->currentStep(), 2);
    QCOMPARE(m_view->findChild<QSlider *>(u"simulationTime"_s)->value(), 2);
    m_view->findChild<QAbstractButton *>(u"simulationPlay"_s)->click();
    QVERIFY(m_view->isPlaying());
    QTRY_VERIFY(m_view->currentStep() > 10);
    m_view->findChild<QAbstractButton *>(u"simulationPlay"_s)->click();
    QVERIFY(!m_view->isPlaying());
    m_view->findChild<QAbstractButton *>(u"simulationLast"_s)->click();
    QCOMPARE(m_view->currentStep(), 359);
}

void TestSimulationView::controlsHaveAccessibleNames()
{
    for (QWidget *w : m_view->findChildren<QWidget *>()) {
        const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QSpinBox *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QSlider *>(w) || qobject_cast<QListWidget *>(w);
        // The line edits inside spin and combo boxes are parts of those.
        const bool part = qobject_cast<QSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget());
        if (input && !part)
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            QVERIFY2(!b->accessibleName().isEmpty() || !b->text().isEmpty(), qPrintable(b->objectName()));
    }
}

QTEST_MAIN(TestSimulationView)
#include "tst_simulationview.moc"
