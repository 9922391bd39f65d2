// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/selection.h"

#include <QTest>

using namespace rs;

// The selection simulation as data rows. Hosts are written "name:pref[:limit][:down|:unresolved]".
class TestSelection : public QObject
{
    Q_OBJECT
private slots:
    void simulate_data();
    void simulate();
    void stepsExplain();
    void order();
    void preferenceTiers_data();
    void preferenceTiers();
};

static QList<Candidate> makeCandidates(const QStringList &specs)
{
    QList<Candidate> out;
    int entry = 0;
    for (const QString &spec : specs) {
        const QStringList parts = spec.split(u':');
        Candidate c;
        c.host = parts.at(0);
        c.pref = parts.at(1).toInt();
        c.entry = entry++;
        for (qsizetype i = 2; i < parts.size(); ++i) {
            if (parts.at(i) == u"down")
                c.state = CandidateState::Down;
            else if (parts.at(i) == u"unresolved")
                c.state = CandidateState::Unresolved;
            else
                c.limit = parts.at(i).toInt();
        }
        out << c;
    }
    return out;
}

void TestSelection::simulate_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<int>("connections");
    QTest::addColumn<int>("domainLimit");
    QTest::addColumn<QString>("expected");  // "A=2 B=7 C=0 wait=0 next=-"

    // routing-model.md's example: tier 10 = A (limit 2), B; tier 20 = C; domain limit 9.
    QTest::newRow("routing-model example") << QStringList{u"A:10:2"_qs, u"B:10"_qs, u"C:20"_qs} << 9 << 9
                                           << u"A=2 B=7 C=0 wait=0 next=-"_qs;
    QTest::newRow("routing-model example, B down") << QStringList{u"A:10:2"_qs, u"B:10:down"_qs, u"C:20"_qs} << 9 << 9
                                                   << u"A=2 B=0 C=7 wait=0 next=-"_qs;
    QTest::newRow("equal preferences share evenly") << QStringList{u"A:10"_qs, u"B:10"_qs, u"C:10"_qs} << 7 << 32
                                                    << u"A=3 B=2 C=2 wait=0 next=B"_qs;
    QTest::newRow("first listed used exclusively") << QStringList{u"A:0"_qs, u"B:1"_qs} << 5 << 32
                                                   << u"A=5 B=0 wait=0 next=A"_qs;
    QTest::newRow("full host spills to next tier") << QStringList{u"A:0:2"_qs, u"B:1"_qs} << 5 << 32
                                                   << u"A=2 B=3 wait=0 next=B"_qs;
    QTest::newRow("all at limits: connections wait") << QStringList{u"A:0:1"_qs, u"B:1:1"_qs} << 4 << 32
                                                     << u"A=1 B=1 wait=2 next=-"_qs;
    QTest::newRow("domain limit caps the sum") << QStringList{u"A:10"_qs, u"B:10"_qs} << 40 << 32
                                               << u"A=16 B=16 wait=8 next=-"_qs;
    QTest::newRow("unresolved never chosen") << QStringList{u"A:10:unresolved"_qs, u"B:20"_qs} << 3 << 32
                                             << u"A=0 B=3 wait=0 next=B"_qs;
    QTest::newRow("nothing usable") << QStringList{u"A:10:down"_qs} << 2 << 32 << u"A=0 wait=2 next=-"_qs;
    QTest::newRow("no candidates") << QStringList{} << 2 << 32 << u"wait=2 next=-"_qs;
    QTest::newRow("zero connections") << QStringList{u"A:10"_qs} << 0 << 32 << u"A=0 wait=0 next=A"_qs;
    QTest::newRow("limit zero means none") << QStringList{u"A:10:0"_qs, u"B:20"_qs} << 2 << 32 << u"A=0 B=2 wait=0 next=B"_qs;
    QTest::newRow("same host twice shares its limit") << QStringList{u"A:10:3"_qs, u"A:20:3"_qs, u"B:30"_qs} << 5 << 32
                                                      << u"A=3 A=0 B=2 wait=0 next=B"_qs;
    QTest::newRow("higher tier used only when lower has no room")
        << QStringList{u"A:5:1"_qs, u"B:5:1"_qs, u"C:10:2"_qs, u"D:20"_qs} << 6 << 32 << u"A=1 B=1 C=2 D=2 wait=0 next=D"_qs;
}

void TestSelection::simulate()
{
    QFETCH(QStringList, hosts);
    QFETCH(int, connections);
    QFETCH(int, domainLimit);
    QFETCH(QString, expected);
    const QList<Candidate> cs = makeCandidates(hosts);
    const Simulation sim = rs::simulate(cs, connections, domainLimit);
    QStringList parts;
    int sum = 0;
    for (qsizetype i = 0; i < cs.size(); ++i) {
        parts << cs.at(i).host + u'=' + QString::number(sim.assigned.at(i));
        sum += sim.assigned.at(i);
    }
    parts << u"wait="_qs + QString::number(sim.waiting);
    parts << u"next="_qs + (sim.nextCandidate < 0 ? u"-"_qs : cs.at(sim.nextCandidate).host);
    QCOMPARE(parts.join(u' '), expected);
    QCOMPARE(sum + sim.waiting, connections);
    QCOMPARE(sim.steps.size(), connections);
}

void TestSelection::stepsExplain()
{
    const QList<Candidate> cs = makeCandidates({u"A:10:1"_qs, u"B:10:down"_qs, u"C:20"_qs});
    const Simulation sim = rs::simulate(cs, 2, 32);
    // Facts, not sentences: the reason, the hosts passed over and why.
    QCOMPARE(sim.steps.at(0).candidate, 0);
    QCOMPARE(sim.steps.at(0).reason, StepReason::FewestInTier);
    QCOMPARE(sim.steps.at(0).openBefore, 0);
    QCOMPARE(sim.steps.at(0).passedOver, (QList<BlockedHost>{{1, HostBlock::Down}}));
    QVERIFY(sim.steps.at(0).skipped.isEmpty());
    QCOMPARE(sim.steps.at(1).candidate, 2);
    QCOMPARE(sim.steps.at(1).skipped,
             (QList<FullTier>{{10, {{0, HostBlock::AtLimit}, {1, HostBlock::Down}}}}));
    const Simulation full = rs::simulate(cs, 3, 2);
    QCOMPARE(full.steps.at(2).reason, StepReason::DomainLimit);
    QCOMPARE(full.steps.at(2).candidate, -1);
    const Simulation none = rs::simulate({}, 1, 2);
    QCOMPARE(none.steps.at(0).reason, StepReason::NoCandidate);
}

void TestSelection::order()
{
    QList<Candidate> cs;
    auto add = [&](const char *host, int pref, int entry, int mx) {
        Candidate c;
        c.host = QString::fromLatin1(host);
        c.pref = pref;
        c.entry = entry;
        c.mxPreference = mx;
        cs << c;
    };
    add("z", 10, 1, 20);
    add("b", 10, 1, 10);
    add("a", 10, 1, 10);
    add("first", 10, 0, -1);
    add("low", 1, 2, -1);
    sortCandidates(cs);
    QStringList names;
    for (const Candidate &c : cs)
        names << c.host;
    QCOMPARE(names, (QStringList{u"low"_qs, u"first"_qs, u"a"_qs, u"b"_qs, u"z"_qs}));
}

void TestSelection::preferenceTiers_data()
{
    QTest::addColumn<QStringList>("candidates");  // host:pref, sorted
    QTest::addColumn<QString>("tiers");            // [begin,end) of each tier
    QTest::newRow("no candidate") << QStringList() << QString();
    QTest::newRow("one tier") << QStringList{QStringLiteral("a:10"), QStringLiteral("b:10")} << QStringLiteral("[0,2)");
    QTest::newRow("three tiers") << QStringList{QStringLiteral("a:0"), QStringLiteral("b:10"), QStringLiteral("c:10"), QStringLiteral("d:20")} << QStringLiteral("[0,1) [1,3) [3,4)");
}

void TestSelection::preferenceTiers()
{
    QFETCH(QStringList, candidates);
    QFETCH(QString, tiers);
    QStringList got;
    for (const TierSpan &t : rs::preferenceTiers(makeCandidates(candidates)))
        got << QStringLiteral("[%1,%2)").arg(t.begin).arg(t.end);
    QCOMPARE(got.join(u' '), tiers);
}

QTEST_GUILESS_MAIN(TestSelection)
#include "tst_selection.moc"
