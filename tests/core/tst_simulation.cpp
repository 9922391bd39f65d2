#include "simulation/timesim.h"
#include "simulation/timesimrunner.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <numeric>

using namespace rs;
using namespace Qt::Literals::StringLiterals;

// The simulation over time on hand-made candidates (no DNS): throttles, outages,
// limits, TTL expiry with a zone switch, the band of the random pick, conservation.
class TestSimulation : public QObject
{
    Q_OBJECT
private slots:
    void durations_data();
    void durations();
    void rates_data();
    void rates();
    void outages_data();
    void outages();
    void steadySpread_data();
    void steadySpread();
    void throttleMessages();
    void throttleConnections();
    void outageSpillsAndComesBack();
    void limitsSpillToNextTier();
    void domainLimitQueues();
    void refreshTimes_data();
    void refreshTimes();
    void ttlExpiryWithZoneSwitch();
    void bandContainsExpectedSpread_data();
    void bandContainsExpectedSpread();
    void conservation();
    void sameSeedSameResult();
    void cancelAndProgress();
    void setupProblems_data();
    void setupProblems();
    void runnerAnswersOnItsThread();
    void runnerKeepsOnlyTheLatest();
    void runnerCancels();
};

// "host/pref[/limit][/down|unresolved][/ttl=N][/entry=N]" separated by spaces.
static Explanation explanationOf(const QString &spec, int domainLimit = 32)
{
    Explanation ex;
    ex.plan.domain = u"d.test"_s;
    ex.plan.domainLimit = domainLimit;
    for (const QString &c : spec.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList f = c.split(u'/');
        Candidate cand;
        cand.host = f.at(0);
        cand.pref = f.at(1).toInt();
        cand.addresses = {u"192.0.2."_s + QString::number(ex.candidates.size() + 1)};
        for (qsizetype i = 2; i < f.size(); ++i) {
            if (f.at(i) == u"down")
                cand.state = CandidateState::Down;
            else if (f.at(i) == u"unresolved")
                cand.state = CandidateState::Unresolved;
            else if (f.at(i).startsWith(u"ttl="))
                cand.ttl = f.at(i).mid(4).toLongLong();
            else if (f.at(i).startsWith(u"entry="))
                cand.entry = f.at(i).mid(6).toInt();
            else
                cand.limit = f.at(i).toInt();
        }
        ex.candidates.append(cand);
    }
    sortCandidates(ex.candidates);
    int entries = 0;
    for (const Candidate &c : std::as_const(ex.candidates))
        entries = std::max(entries, c.entry + 1);
    for (int e = 0; e < entries; ++e) {
        PlacedEntry p;
        p.entry = parseRouteEntry(u"__mx__"_s);
        ex.plan.entries.append(p);
    }
    return ex;
}

static const HostTimeline &line(const TimeSimResult &r, const QString &host)
{
    for (const HostTimeline &h : r.hosts) {
        if (h.host == host)
            return h;
    }
    static const HostTimeline none;
    qFatal("no host %s", qPrintable(host));
    return none;
}

static qint64 sumDelivered(const HostTimeline &h, qsizetype from, qsizetype to)
{
    qint64 n = 0;
    for (qsizetype k = from; k < to; ++k)
        n += h.delivered.at(k).median;
    return n;
}

void TestSimulation::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds");  // -1: rejected
    QTest::newRow("plain seconds") << u"90"_s << qint64(90);
    QTest::newRow("seconds") << u"90s"_s << qint64(90);
    QTest::newRow("minutes") << u"10m"_s << qint64(600);
    QTest::newRow("hour") << u"1h"_s << qint64(3600);
    QTest::newRow("compound") << u"1h30m"_s << qint64(5400);
    QTest::newRow("minutes and seconds") << u"10m5s"_s << qint64(605);
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("negative") << u"-5"_s << qint64(-1);
    QTest::newRow("unknown unit") << u"5x"_s << qint64(-1);
    QTest::newRow("unit only") << u"m"_s << qint64(-1);
    QTest::newRow("units out of order") << u"5s1m"_s << qint64(-1);
    QTest::newRow("fraction") << u"1.5m"_s << qint64(-1);
    QTest::newRow("over a week") << u"200h"_s << qint64(-1);
}

void TestSimulation::durations()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    const auto d = parseDuration(text);
    QCOMPARE(d.value_or(-1), seconds);
    if (d)
        QCOMPARE(parseDuration(durationText(*d)).value_or(-1), seconds);
}

void TestSimulation::rates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rate");  // count/seconds, or "-" when rejected
    QTest::newRow("per second") << u"50/s"_s << u"50/1"_s;
    QTest::newRow("per minute") << u"300/m"_s << u"300/60"_s;
    QTest::newRow("per hour") << u"3600/h"_s << u"3600/3600"_s;
    QTest::newRow("bare number") << u"50"_s << u"50/1"_s;
    QTest::newRow("per seconds, as a throttle") << u"600/60"_s << u"600/60"_s;
    QTest::newRow("one every two seconds") << u"1/2s"_s << u"1/2"_s;
    QTest::newRow("zero") << u"0/s"_s << u"0/1"_s;
    QTest::newRow("per zero seconds") << u"5/0"_s << u"-"_s;
    QTest::newRow("fraction") << u"2.5/s"_s << u"-"_s;
    QTest::newRow("unknown unit") << u"5/x"_s << u"-"_s;
    QTest::newRow("empty") << QString() << u"-"_s;
}

void TestSimulation::rates()
{
    QFETCH(QString, text);
    QFETCH(QString, rate);
    const auto r = parseRate(text);
    QCOMPARE(r ? QStringLiteral("%1/%2").arg(r->count).arg(r->seconds) : u"-"_s, rate);
    if (r)
        QCOMPARE(parseRate(rateText(*r)), r);
}

void TestSimulation::outages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("outage");  // host start end, or "-"
    QTest::newRow("minutes") << u"mx1.test@5m-20m"_s << u"mx1.test 300 1200"_s;
    QTest::newRow("seconds") << u"192.0.2.1@10-20"_s << u"192.0.2.1 10 20"_s;
    QTest::newRow("end before start") << u"mx1@20m-5m"_s << u"-"_s;
    QTest::newRow("empty window") << u"mx1@5m-5m"_s << u"-"_s;
    QTest::newRow("no host") << u"@1-2"_s << u"-"_s;
    QTest::newRow("no window") << u"mx1@"_s << u"-"_s;
    QTest::newRow("bad duration") << u"mx1@1q-2"_s << u"-"_s;
}

void TestSimulation::outages()
{
    QFETCH(QString, text);
    QFETCH(QString, outage);
    const auto o = parseOutage(text);
    QCOMPARE(o ? QStringLiteral("%1 %2 %3").arg(o->host).arg(o->start).arg(o->end) : u"-"_s, outage);
}

// Steady state, one run: the connections the random pick settles on where it has no
// choice, and what they deliver.
void TestSimulation::steadySpread_data()
{
    QTest::addColumn<QString>("candidates");
    QTest::addColumn<int>("domainLimit");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("connections");  // host=N at the last step
    QTest::newRow("one host takes what the rate needs") << u"a/10"_s << 32 << u"50/s"_s << u"a=10"_s;
    QTest::newRow("better tier only") << u"a/10 b/20"_s << 32 << u"50/s"_s << u"a=10 b=0"_s;
    QTest::newRow("down host skipped") << u"a/10/down b/20"_s << 32 << u"50/s"_s << u"a=0 b=10"_s;
    QTest::newRow("unresolved host skipped") << u"a/10/unresolved b/20"_s << 32 << u"50/s"_s << u"a=0 b=10"_s;
    QTest::newRow("routing-model example") << u"A/10/2 B/10 C/20"_s << 9 << u"100/s"_s << u"A=2 B=7 C=0"_s;
    QTest::newRow("no mail, no connections") << u"a/10"_s << 32 << u"0/s"_s << u"a=0"_s;
}

void TestSimulation::steadySpread()
{
    QFETCH(QString, candidates);
    QFETCH(int, domainLimit);
    QFETCH(QString, rate);
    QFETCH(QString, connections);
    TimeSimSetup s;
    s.explanation = explanationOf(candidates, domainLimit);
    s.arrival = *parseRate(rate);
    s.duration = 120;
    s.runs = 25;
    const TimeSimResult r = runTimeSimulation(s);
    QCOMPARE(r.stepCount(), 120);
    QStringList expected, median;
    for (const HostTimeline &h : r.hosts) {
        expected << h.host + u'=' + QString::number(h.expected.last());
        median << h.host + u'=' + QString::number(h.connections.last().median);
    }
    QCOMPARE(expected.join(u' '), connections);
    QCOMPARE(median.join(u' '), connections);
}

void TestSimulation::throttleMessages()
{
    TimeSimSetup s;
    s.explanation = explanationOf(u"a/10 b/10"_s);
    s.explanation.plan.throttleMessages = Throttle{10, 1};
    s.duration = 60;
    const TimeSimResult r = runTimeSimulation(s);
    for (qsizetype k = 0; k < r.stepCount(); ++k) {
        const int sent = r.hosts.at(0).delivered.at(k).median + r.hosts.at(1).delivered.at(k).median;
        QCOMPARE(sent, 10);
        // Only the connections 10 messages a second keep busy: 2 at 5/s each.
        QCOMPARE(r.openConnections.at(k).median, 2);
    }
    QCOMPARE(r.runs.first().delivered, 600);
    QCOMPARE(r.queue.last().median, 3000 - 600);

    // 600/60 allows the minute's 600 at once: the bucket starts full.
    s.explanation.plan.throttleMessages = Throttle{600, 60};
    const TimeSimResult burst = runTimeSimulation(s);
    QCOMPARE(burst.hosts.at(0).delivered.first().median + burst.hosts.at(1).delivered.first().median, 50);
    QCOMPARE(burst.runs.first().delivered, 600 + 59 * 10);
}

void TestSimulation::throttleConnections()
{
    TimeSimSetup s;
    s.explanation = explanationOf(u"a/10"_s);
    s.explanation.plan.throttleConnections = Throttle{2, 1};
    s.connectionLifetime = 0;
    s.duration = 60;
    const TimeSimResult r = runTimeSimulation(s);
    // 50/s at 5 per connection wants 10 connections, and more while mail queues; 2 may open
    // each second.
    for (qsizetype k = 0; k < 5; ++k)
        QCOMPARE(r.openConnections.at(k).median, 2 * int(k + 1));
    QVERIFY(r.queue.at(4).median > 0);
    // The queue drains, and the connections it needed close again.
    QCOMPARE(r.queue.last().median, 0);
    QCOMPARE(r.openConnections.last().median, 10);

    // With a lifetime, reopening recycled connections spends tokens too, and still keeps up.
    s.connectionLifetime = 10;
    const TimeSimResult recycled = runTimeSimulation(s);
    QCOMPARE(recycled.openConnections.last().median, 10);
}

// A host down 10:05-10:20 (a run starting at 10:00): its share moves to the other hosts
// of its tier, nothing queues, and it takes its share again after it is back.
void TestSimulation::outageSpillsAndComesBack()
{
    TimeSimSetup s;
    s.explanation = explanationOf(u"a/10 b/10 c/10"_s);
    s.arrival = Rate{60, 1};
    s.duration = 30 * 60;
    s.runs = 25;
    s.outages = {*parseOutage(u"b@5m-20m"_s)};
    const TimeSimResult r = runTimeSimulation(s);
    const HostTimeline &a = line(r, u"a"_s), &b = line(r, u"b"_s), &c = line(r, u"c"_s);
    for (qsizetype k = 300; k < 1200; ++k) {
        QCOMPARE(b.phase.at(k), HostPhase::Down);
        QCOMPARE(b.connections.at(k).high, 0);
        QCOMPARE(b.delivered.at(k).high, 0);
        QCOMPARE(a.expected.at(k) + c.expected.at(k), 12);
    }
    QCOMPARE(b.phase.at(299), HostPhase::Usable);
    QCOMPARE(b.phase.at(1200), HostPhase::Usable);
    QVERIFY(b.connections.at(299).median > 0);
    // The others carry it all: no queue while b is down.
    QCOMPARE(r.queue.at(600).high, 0);
    QCOMPARE(sumDelivered(a, 600, 660) + sumDelivered(c, 600, 660), 60 * 60);
    // Connections are recycled about once a minute: five minutes later b has its share back.
    for (qsizetype k = 1500; k < r.stepCount(); ++k) {
        QCOMPARE(b.expected.at(k), 4);
        QVERIFY2(b.connections.at(k).contains(4), qPrintable(QString::number(k)));
    }
}

void TestSimulation::limitsSpillToNextTier()
{
    TimeSimSetup s;
    // 100/s at 5 per connection wants 20 connections: 4 + 4 in tier 10, the rest spills.
    s.explanation = explanationOf(u"a/10/4 b/10/4 c/20/8 d/30"_s);
    s.arrival = Rate{100, 1};
    s.duration = 60;
    s.runs = 10;
    const TimeSimResult r = runTimeSimulation(s);
    QCOMPARE(line(r, u"a"_s).connections.last(), (Band{4, 4, 4}));
    QCOMPARE(line(r, u"b"_s).connections.last(), (Band{4, 4, 4}));
    QCOMPARE(line(r, u"c"_s).connections.last(), (Band{8, 8, 8}));
    QCOMPARE(line(r, u"d"_s).connections.last(), (Band{4, 4, 4}));
    QCOMPARE(line(r, u"d"_s).expected.last(), 4);
    QCOMPARE(r.queue.last().high, 0);
}

void TestSimulation::domainLimitQueues()
{
    TimeSimSetup s;
    s.explanation = explanationOf(u"a/10 b/10"_s, 4);
    s.duration = 10;
    const TimeSimResult r = runTimeSimulation(s);
    // 4 connections deliver 20 a second of the 50 that arrive.
    for (qsizetype k = 0; k < r.stepCount(); ++k) {
        QCOMPARE(r.openConnections.at(k).median, 4);
        QCOMPARE(r.queue.at(k).median, int(30 * (k + 1)));
    }
}

void TestSimulation::refreshTimes_data()
{
    QTest::addColumn<QString>("candidates");
    QTest::addColumn<qint64>("switchAt");
    QTest::addColumn<qint64>("refresh");  // of entry 0
    QTest::newRow("next multiple of the TTL") << u"a/10/ttl=300"_s << qint64(100) << qint64(300);
    QTest::newRow("switch on a refresh") << u"a/10/ttl=300"_s << qint64(600) << qint64(600);
    QTest::newRow("lowest TTL of the entry") << u"a/10/ttl=300 b/20/ttl=120"_s << qint64(130) << qint64(240);
    QTest::newRow("no TTL: at the switch") << u"a/10"_s << qint64(100) << qint64(100);
    QTest::newRow("TTL 0: at the switch") << u"a/10/ttl=0"_s << qint64(100) << qint64(100);
}

void TestSimulation::refreshTimes()
{
    QFETCH(QString, candidates);
    QFETCH(qint64, switchAt);
    QFETCH(qint64, refresh);
    QCOMPARE(refreshTime(explanationOf(candidates), 0, switchAt), refresh);
}

void TestSimulation::ttlExpiryWithZoneSwitch()
{
    TimeSimSetup s;
    // Entry 0 (TTL 300) moves from old1/old2 to new1/new2; entry 1 (TTL 60) from b1 to b2.
    s.explanation = explanationOf(u"old1/10/ttl=300 old2/10/ttl=300 b1/50/ttl=60/entry=1"_s);
    s.after = explanationOf(u"new1/10/ttl=300 new2/10/ttl=300 b2/50/ttl=60/entry=1"_s);
    s.switchAt = 100;
    s.duration = 600;
    const TimeSimResult r = runTimeSimulation(s);
    QCOMPARE(r.epochs.size(), 3);
    QCOMPARE(r.epochs.at(1).from, 120);
    QCOMPARE(r.epochs.at(2).from, 300);
    QCOMPARE(line(r, u"b1"_s).phase.at(119), HostPhase::Usable);
    QCOMPARE(line(r, u"b1"_s).phase.at(120), HostPhase::Absent);
    QCOMPARE(line(r, u"b2"_s).phase.at(119), HostPhase::Absent);
    QCOMPARE(line(r, u"b2"_s).phase.at(120), HostPhase::Usable);
    for (const QString &h : {u"old1"_s, u"old2"_s}) {
        QVERIFY(line(r, h).connections.at(299).median > 0);
        QCOMPARE(line(r, h).connections.at(300).median, 0);
        QCOMPARE(line(r, h).phase.at(300), HostPhase::Absent);
    }
    for (const QString &h : {u"new1"_s, u"new2"_s}) {
        QCOMPARE(line(r, h).connections.at(299).median, 0);
        QCOMPARE(line(r, h).phase.at(299), HostPhase::Absent);
        QVERIFY(line(r, h).connections.at(300).median > 0);
    }
    // The switch moves connections, not mail: every message still gets delivered.
    QCOMPARE(r.queue.last().median, 0);
}

// The deterministic spread (simulate(), explain's numbers) lies within the 10-90 % band
// of the random pick over 100 runs, at every step once the start-up is over.
void TestSimulation::bandContainsExpectedSpread_data()
{
    QTest::addColumn<QString>("candidates");
    QTest::addColumn<int>("domainLimit");
    QTest::addColumn<QString>("down");
    QTest::newRow("four equal hosts") << u"a/10 b/10 c/10 d/10"_s << 32 << QString();
    QTest::newRow("limited host in a tier") << u"a/10/3 b/10 c/10 d/20"_s << 32 << QString();
    QTest::newRow("spill to the next tier") << u"a/10/4 b/10/4 c/20 d/20 e/20"_s << 32 << QString();
    QTest::newRow("domain limit") << u"a/10 b/10 c/10"_s << 6 << QString();
    QTest::newRow("ten hosts, an outage") << u"h0/10 h1/10 h2/10 h3/10 h4/10 h5/20 h6/20 h7/20 h8/30 h9/30"_s << 32
                                          << u"h1@2m-4m"_s;
}

void TestSimulation::bandContainsExpectedSpread()
{
    QFETCH(QString, candidates);
    QFETCH(int, domainLimit);
    QFETCH(QString, down);
    TimeSimSetup s;
    s.explanation = explanationOf(candidates, domainLimit);
    s.arrival = Rate{120, 1};
    s.duration = 600;
    s.runs = 100;
    s.seed = 42;
    if (!down.isEmpty())
        s.outages = {*parseOutage(down)};
    const TimeSimResult r = runTimeSimulation(s);
    int checked = 0;
    for (qsizetype k = 60; k < r.stepCount(); ++k) {
        // Give recycling a few minutes after the outage before the band must settle again.
        if (!s.outages.isEmpty() && k >= s.outages.first().end && k < s.outages.first().end + 240)
            continue;
        int expectedTotal = 0;
        for (const HostTimeline &h : r.hosts) {
            expectedTotal += h.expected.at(k);
            QVERIFY2(h.connections.at(k).contains(h.expected.at(k)),
                     qPrintable(QStringLiteral("t=%1 %2: expected %3 outside %4..%5")
                                    .arg(k).arg(h.host).arg(h.expected.at(k)).arg(h.connections.at(k).low)
                                    .arg(h.connections.at(k).high)));
            ++checked;
        }
        QCOMPARE(expectedTotal, r.openConnections.at(k).median);
    }
    QVERIFY(checked > 1000);
}

// Every message that arrives is delivered or still queued, whatever the setup.
void TestSimulation::conservation()
{
    QRandomGenerator random(20261130);
    for (int trial = 0; trial < 200; ++trial) {
        const int hosts = random.bounded(1, 8);
        QStringList spec;
        for (int h = 0; h < hosts; ++h) {
            QString c = u"h"_s + QString::number(h) + u'/' + QString::number(10 * random.bounded(1, 4));
            if (random.bounded(3) == 0)
                c += u'/' + QString::number(random.bounded(0, 5));
            if (random.bounded(8) == 0)
                c += u"/down"_s;
            c += u"/ttl="_s + QString::number(random.bounded(0, 200));
            spec << c;
        }
        TimeSimSetup s;
        s.explanation = explanationOf(spec.join(u' '), random.bounded(-1, 40));
        if (random.bounded(2))
            s.explanation.plan.throttleConnections = Throttle{random.bounded(0, 5), random.bounded(1, 10)};
        if (random.bounded(2))
            s.explanation.plan.throttleMessages = Throttle{random.bounded(0, 100), random.bounded(1, 60)};
        if (random.bounded(3) == 0) {
            s.after = explanationOf(u"n0/10/ttl=30 h0/20"_s);
            s.switchAt = random.bounded(0, 300);
        }
        s.duration = random.bounded(1, 400);
        s.step = random.bounded(1, 20);
        s.arrival = Rate{random.bounded(0, 500), random.bounded(1, 120)};
        s.initialQueue = random.bounded(0, 1000);
        s.hostRate = Rate{random.bounded(1, 20), random.bounded(1, 5)};
        if (random.bounded(2))
            s.hostRates.insert(u"h0"_s, Rate{random.bounded(1, 50), 1});
        s.connectionLifetime = random.bounded(0, 120);
        for (int o = random.bounded(0, 3); o > 0; --o) {
            const qint64 start = random.bounded(0, 300);
            s.outages.append(Outage{u"h"_s + QString::number(random.bounded(hosts)), start, start + random.bounded(1, 200)});
        }
        s.runs = random.bounded(1, 6);
        s.seed = random.generate64();
        if (s.step > s.duration)
            s.step = s.duration;
        const TimeSimResult r = runTimeSimulation(s);
        const qint64 arrived = std::accumulate(r.arrivals.cbegin(), r.arrivals.cend(), qint64(0));
        QCOMPARE(arrived, s.initialQueue + s.arrival.countBy(s.duration));
        QCOMPARE(r.runs.size(), s.runs);
        for (const RunTotals &t : r.runs) {
            QCOMPARE(t.arrived, arrived);
            QCOMPARE(t.delivered + t.queued, t.arrived);
            QVERIFY(t.queued >= 0);
        }
        if (s.runs == 1) {
            qint64 delivered = 0;
            for (const HostTimeline &h : r.hosts)
                delivered += sumDelivered(h, 0, r.stepCount());
            QCOMPARE(delivered, r.runs.first().delivered);
            QCOMPARE(qint64(r.queue.last().median), r.runs.first().queued);
        }
    }
}

void TestSimulation::sameSeedSameResult()
{
    TimeSimSetup s;
    s.explanation = explanationOf(u"a/10 b/10 c/10"_s);
    s.duration = 300;
    s.seed = 7;
    auto connections = [](const TimeSimResult &r) {
        QList<QList<Band>> out;
        for (const HostTimeline &h : r.hosts)
            out.append(h.connections);
        return out;
    };
    const TimeSimResult one = runTimeSimulation(s);
    QCOMPARE(connections(runTimeSimulation(s)), connections(one));
    s.seed = 8;
    QVERIFY(connections(runTimeSimulation(s)) != connections(one));
}

void TestSimulation::cancelAndProgress()
{
    TimeSimSetup s;
    s.explanation = explanationOf(u"a/10 b/10"_s);
    s.duration = 1000;
    std::atomic_bool cancel = false;
    QList<qint64> reports;
    TimeSimControl control;
    control.cancel = &cancel;
    control.progress = [&](qint64 done, qint64 total) {
        QCOMPARE(total, 1000);
        reports.append(done);
        if (done >= 500)
            cancel = true;
    };
    const TimeSimResult r = runTimeSimulation(s, control);
    QVERIFY(r.cancelled);
    QCOMPARE(r.stepCount(), 500);
    QCOMPARE(r.hosts.first().connections.size(), 500);
    QCOMPARE(reports.size(), 50);
    QCOMPARE(reports.first(), 10);

    cancel = false;
    reports.clear();
    const TimeSimResult full = runTimeSimulation(s, {nullptr, [&](qint64 done, qint64) { reports.append(done); }});
    QVERIFY(!full.cancelled);
    QCOMPARE(reports.last(), 1000);
}

void TestSimulation::setupProblems_data()
{
    QTest::addColumn<qint64>("duration");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<int>("runs");
    QTest::addColumn<int>("problem");
    QTest::newRow("fine") << qint64(600) << qint64(1) << 1 << int(SetupProblem::None);
    QTest::newRow("no duration") << qint64(0) << qint64(1) << 1 << int(SetupProblem::DurationNotPositive);
    QTest::newRow("no step") << qint64(60) << qint64(0) << 1 << int(SetupProblem::StepNotPositive);
    QTest::newRow("step longer than the run") << qint64(60) << qint64(120) << 1 << int(SetupProblem::StepLongerThanDuration);
    QTest::newRow("too many steps") << qint64(7 * 86400) << qint64(1) << 1 << int(SetupProblem::TooManySteps);
    QTest::newRow("no runs") << qint64(60) << qint64(1) << 0 << int(SetupProblem::RunsOutOfRange);
}

void TestSimulation::setupProblems()
{
    QFETCH(qint64, duration);
    QFETCH(qint64, step);
    QFETCH(int, runs);
    QFETCH(int, problem);
    TimeSimSetup s;
    s.explanation = explanationOf(u"a/10"_s);
    s.duration = duration;
    s.step = step;
    s.runs = runs;
    QCOMPARE(int(checkSetup(s)), problem);
    QCOMPARE(runTimeSimulation(s).stepCount() == 0, problem != int(SetupProblem::None));
}

static TimeSimSetup longSetup()
{
    TimeSimSetup s;
    s.explanation = explanationOf(u"a/10 b/10 c/10 d/20"_s);
    s.duration = 24 * 3600;
    s.step = 1;
    s.runs = 200;
    return s;
}

void TestSimulation::runnerAnswersOnItsThread()
{
    TimeSimSetup s;
    s.explanation = explanationOf(u"a/10 b/10"_s);
    s.duration = 600;
    s.runs = 5;
    TimeSimRunner runner;
    QSignalSpy finished(&runner, &TimeSimRunner::finished);
    QSignalSpy progress(&runner, &TimeSimRunner::progress);
    runner.start(s);
    QVERIFY(runner.isRunning());
    QVERIFY(finished.wait(10000));
    QVERIFY(!runner.isRunning());
    const TimeSimResult r = finished.first().at(0).value<TimeSimResult>();
    const TimeSimResult direct = runTimeSimulation(s);
    QCOMPARE(r.stepCount(), 600);
    QCOMPARE(r.hosts.first().connections, direct.hosts.first().connections);
    QCOMPARE(progress.last().at(0).toLongLong(), 600);
}

void TestSimulation::runnerKeepsOnlyTheLatest()
{
    TimeSimRunner runner;
    QSignalSpy finished(&runner, &TimeSimRunner::finished);
    runner.start(longSetup());
    TimeSimSetup quick;
    quick.explanation = explanationOf(u"x/10"_s);
    quick.duration = 60;
    runner.start(quick);
    QVERIFY(finished.wait(10000));
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).value<TimeSimResult>().hosts.first().host, u"x"_s);
}

void TestSimulation::runnerCancels()
{
    QElapsedTimer clock;
    clock.start();
    {
        TimeSimRunner runner;
        QSignalSpy finished(&runner, &TimeSimRunner::finished);
        runner.start(longSetup());
        runner.cancel();
        QVERIFY(!runner.isRunning());
        QVERIFY(!finished.wait(200));
        // Destroyed while another run is in flight: it stops that run and waits for it.
        runner.start(longSetup());
    }
    QVERIFY(clock.elapsed() < 5000);
}

QTEST_GUILESS_MAIN(TestSimulation)
#include "tst_simulation.moc"
