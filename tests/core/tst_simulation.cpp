// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulation/timesim.h"
#include "simulation/timesimrunner.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
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
    void scenarios_data();
    void scenarios();
    void refreshTimes_data();
    void refreshTimes();
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

// Scenarios as rows. `setup`: "key=value" words: limit (domain), rate, duration, step,
// runs, lifetime, throttleC and throttleM (N/S), down (HOST@START-END, repeatable), after
// (the candidates of a second zone, '+' between them) and switch (seconds).
// `checks`: "STEPS:WHAT OP N" items separated by ';'. STEPS is a step, FROM..TO (each
// step in between) or `end`; WHAT is `open` (connections, median), `queue`, `sent` (the
// step's deliveries over all hosts), a host (its connections), HOST.delivered,
// HOST.expected, HOST.high (the band's top) or HOST.phase (OP '=' and a phase name);
// with `end` also `delivered` and `epochs`. OP is =, <= or >=.
void TestSimulation::scenarios_data()
{
    QTest::addColumn<QString>("candidates");
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("checks");

    QTest::newRow("messages throttle 10/s: 10 a second, on 2 connections")
        << u"a/10 b/10"_s << u"throttleM=10/1 duration=60"_s
        << u"0..59:sent=10; 0..59:open=2; end:delivered=600; end:queue=2400"_s;
    QTest::newRow("messages throttle 600/60: the minute's 600 at once, then 10/s")
        << u"a/10 b/10"_s << u"throttleM=600/60 duration=60"_s
        << u"0:sent=50; 20..59:sent=10; end:delivered=1190"_s;
    QTest::newRow("connections throttle 2/s: the connections ramp up, the queue drains")
        << u"a/10"_s << u"throttleC=2/1 lifetime=0 duration=60"_s
        << u"0:open=2; 1:open=4; 2:open=6; 3:open=8; 4:open=10; 4:queue>=1; end:queue=0; end:open=10"_s;
    QTest::newRow("connections throttle 2/s with recycling keeps up")
        << u"a/10"_s << u"throttleC=2/1 lifetime=10 duration=60"_s << u"end:open=10; end:queue=0"_s;
    // A run starting at 10:00; b is down 10:05-10:20.
    QTest::newRow("outage 10:05-10:20 spills to the tier and comes back")
        << u"a/10 b/10 c/10"_s << u"rate=60/s duration=1800 runs=25 down=b@5m-20m"_s
        << u"299:b.phase=usable; 299:b>=1; 300..1199:b.phase=down; 300..1199:b.high=0; 300..1199:b.delivered=0; "
           u"300..1199:a.expected=6; 300..1199:c.expected=6; 300..1199:queue=0; 600..659:sent=60; "
           u"1200:b.phase=usable; 1500..1799:b.expected=4; 1500..1799:b.low<=4; 1500..1799:b.high>=4"_s;
    QTest::newRow("limits spill to the next tier")
        << u"a/10/4 b/10/4 c/20/8 d/30"_s << u"rate=100/s duration=60 runs=10"_s
        << u"end:a=4; end:b=4; end:c=8; end:d=4; end:a.high=4; end:d.expected=4; end:queue=0"_s;
    QTest::newRow("domain limit: 4 connections deliver 20 of 50, the queue grows")
        << u"a/10 b/10"_s << u"limit=4 duration=10"_s << u"0..9:open=4; 0:queue=30; 9:queue=300"_s;
    QTest::newRow("a host down the whole run (what-if) takes nothing")
        << u"a/10/down b/20"_s << u"duration=30"_s << u"0..29:a.phase=down; 0..29:a=0; 0..29:b=10"_s;
    // Entry 0 (TTL 300) moves from old1/old2 to new1/new2, entry 1 (TTL 60) from b1 to b2;
    // the new zone is published at 100 s.
    QTest::newRow("TTL expiry after a zone switch")
        << u"old1/10/ttl=300 old2/10/ttl=300 b1/50/ttl=60/entry=1"_s
        << u"after=new1/10/ttl=300+new2/10/ttl=300+b2/50/ttl=60/entry=1 switch=100 duration=600"_s
        << u"end:epochs=3; 119:b1.phase=usable; 120:b1.phase=absent; 119:b2.phase=absent; 120:b2.phase=usable; "
           u"299:old1>=1; 299:old2>=1; 300..599:old1=0; 300:old1.phase=absent; 0..299:new1=0; 299:new1.phase=absent; "
           u"300:new1>=1; 300:new2>=1; end:queue=0"_s;
}

void TestSimulation::scenarios()
{
    QFETCH(QString, candidates);
    QFETCH(QString, setup);
    QFETCH(QString, checks);
    TimeSimSetup s;
    int limit = 32;
    QString after;
    for (const QString &word : setup.split(u' ', Qt::SkipEmptyParts)) {
        const QString key = word.section(u'=', 0, 0), value = word.section(u'=', 1);
        if (key == u"limit")
            limit = value.toInt();
        else if (key == u"rate")
            s.arrival = *parseRate(value);
        else if (key == u"duration")
            s.duration = *parseDuration(value);
        else if (key == u"step")
            s.step = *parseDuration(value);
        else if (key == u"runs")
            s.runs = value.toInt();
        else if (key == u"lifetime")
            s.connectionLifetime = *parseDuration(value);
        else if (key == u"down")
            s.outages.append(*parseOutage(value));
        else if (key == u"after")
            after = value;
        else if (key == u"switch")
            s.switchAt = *parseDuration(value);
        else if (key != u"throttleC" && key != u"throttleM")
            QFAIL(qPrintable(u"unknown setup key "_s + key));
    }
    s.explanation = explanationOf(candidates, limit);
    for (const QString &word : setup.split(u' ', Qt::SkipEmptyParts)) {
        const Rate r = parseRate(word.section(u'=', 1)).value_or(Rate{});
        if (word.startsWith(u"throttleC="))
            s.explanation.plan.throttleConnections = Throttle{int(r.count), int(r.seconds)};
        else if (word.startsWith(u"throttleM="))
            s.explanation.plan.throttleMessages = Throttle{int(r.count), int(r.seconds)};
    }
    if (!after.isEmpty())
        s.after = explanationOf(after.replace(u'+', u' '), limit);
    const TimeSimResult r = runTimeSimulation(s);
    QVERIFY(r.stepCount() > 0);

    static const QHash<QString, HostPhase> phases{{u"usable"_s, HostPhase::Usable}, {u"down"_s, HostPhase::Down},
                                                  {u"unresolved"_s, HostPhase::Unresolved}, {u"absent"_s, HostPhase::Absent}};
    for (const QString &item : checks.split(u';', Qt::SkipEmptyParts)) {
        const QString check = item.trimmed();
        const QString steps = check.section(u':', 0, 0);
        const QString rest = check.section(u':', 1);
        const qsizetype opAt = rest.indexOf(QRegularExpression(u"<=|>=|="_s));
        QVERIFY2(opAt > 0, qPrintable(check));
        const QString what = rest.left(opAt);
        const QString op = rest.mid(opAt, rest.at(opAt) == u'=' ? 1 : 2);
        const QString expected = rest.mid(opAt + op.size());
        qsizetype from = 0, to = 0;
        if (steps == u"end") {
            from = to = r.stepCount() - 1;
        } else if (steps.contains(u"..")) {
            from = steps.section(u".."_s, 0, 0).toLongLong();
            to = steps.section(u".."_s, 1).toLongLong();
        } else {
            from = to = steps.toLongLong();
        }
        for (qsizetype k = from; k <= to; ++k) {
            const QString host = what.section(u'.', 0, 0), field = what.section(u'.', 1);
            qint64 value = 0;
            if (field == u"phase") {
                const HostTimeline &h = line(r, host);
                QVERIFY2(h.phase.at(k) == phases.value(expected), qPrintable(QStringLiteral("%1 at step %2: %3").arg(check).arg(k).arg(hostPhaseName(h.phase.at(k)))));
                continue;
            }
            if (what == u"open") {
                value = r.openConnections.at(k).median;
            } else if (what == u"queue") {
                value = r.queue.at(k).median;
            } else if (what == u"sent") {
                for (const HostTimeline &h : r.hosts)
                    value += h.delivered.at(k).median;
            } else if (what == u"delivered") {
                value = r.runs.first().delivered;
            } else if (what == u"epochs") {
                value = r.epochs.size();
            } else {
                const HostTimeline &h = line(r, host);
                value = field.isEmpty()           ? h.connections.at(k).median
                    : field == u"delivered"       ? h.delivered.at(k).median
                    : field == u"expected"        ? h.expected.at(k)
                    : field == u"high"            ? h.connections.at(k).high
                    : field == u"low"             ? h.connections.at(k).low
                                                  : -1;
            }
            const qint64 want = expected.toLongLong();
            const bool ok = op == u"=" ? value == want : op == u"<=" ? value <= want : value >= want;
            QVERIFY2(ok, qPrintable(QStringLiteral("%1 at step %2: %3").arg(check).arg(k).arg(value)));
        }
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
