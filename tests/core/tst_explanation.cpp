// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/explanation.h"

#include <QTest>

using namespace rs;

// Routing plans and candidate building from synthetic DNS answers, as data rows.
class TestExplanation : public QObject
{
    Q_OBJECT
private slots:
    void plan_data();
    void plan();
    void candidates_data();
    void candidates();
    void nullMx();
    void whatIf();
    void whatIfNames_data();
    void whatIfNames();
    void entriesNumberedFromOne();
    void mxBeatsExplicitWarning();
};

static RoutePlan planOf(const QByteArray &config, const QString &domain, ConfigSet &set, RouteModel &model)
{
    set = ConfigSet::fromText(config, u"t.conf"_qs, false);
    model = RouteModel::build(set);
    return planFor(model, domain);
}

void TestExplanation::plan_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("expected");  // option scope name line entries port limit
    const QByteArray esp = "Remote_SMTP_Port = 25\nMax_Outbound_Connections = 32\n"
                           "Routes = ( \"smtp://hub.test?pref=1&type=a\" \"__mx__\" )\n"
                           "Domain \"big.test\" {\n  Routes = ( \"smtp://192.0.2.71?pref=10\" )\n  Max_Outbound_Connections = 40\n}\n"
                           "Domain \"partner.test\" {\n  Routes = ( \"mail.partner.test\" )\n  Remote_SMTP_Port = 587\n}\n"
                           "Domain \"/[.]regional[.]test$/\" {\n  Routes = ( \"relay.test\" )\n}\n"
                           "Domain \"gw.test\" {\n  Gateway = \"10.0.0.25\"\n}\n"
                           "Domain \"limits.test\" {\n  Max_Outbound_Connections = 3\n}\n";
    QTest::newRow("exact domain") << esp << u"big.test"_qs << u"routes domain big.test 5 1 25 40"_qs;
    QTest::newRow("exact domain, trailing dot and case") << esp << u"Big.Test."_qs << u"routes domain big.test 5 1 25 40"_qs;
    QTest::newRow("port from domain scope") << esp << u"partner.test"_qs << u"routes domain partner.test 9 1 587 32"_qs;
    QTest::newRow("regex domain") << esp << u"a.regional.test"_qs << u"routes domain /[.]regional[.]test$/ 13 1 25 32"_qs;
    QTest::newRow("gateway") << esp << u"gw.test"_qs << u"gateway domain gw.test 16 1 25 32"_qs;
    QTest::newRow("global routes, domain limit from domain scope") << esp << u"limits.test"_qs << u"routes global - 3 2 25 3"_qs;
    QTest::newRow("global routes") << esp << u"other.example"_qs << u"routes global - 3 2 25 32"_qs;
    QTest::newRow("nothing set: __mx__") << QByteArray("a = 1\n") << u"x.test"_qs << u"default none - -1 1 25 32"_qs;
}

void TestExplanation::plan()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, domain);
    QFETCH(QString, expected);
    ConfigSet set;
    RouteModel model;
    const RoutePlan p = planOf(config, domain, set, model);
    const QString option = p.route == RouteChoice::Routes ? u"routes"_qs
        : p.route == RouteChoice::Gateway                  ? u"gateway"_qs
                                                           : u"default"_qs;
    const QString scope = p.routeSource.isDefault() ? u"none"_qs : scopeKindName(p.routeSource.scopeKind());
    const QString name = p.routeSource.path.isEmpty() ? u"-"_qs : p.routeSource.scopeName();
    const int line = p.routeSource.isDefault() ? -1 : p.routeSource.line;
    const QString actual = QStringList{option, scope, name,
                                       QString::number(line), QString::number(p.entries.size()),
                                       QString::number(p.defaultPort), QString::number(p.domainLimit)}
                               .join(u' ');
    QCOMPARE(actual, expected);
}

// A compact DNS answer: "Ok implicit? host/mxpref/ttl/addr,addr; ..." or a status name.
static std::optional<LookupResult> answer(const QString &spec)
{
    if (spec == u"none")
        return std::nullopt;
    LookupResult r;
    const QStringList parts = spec.split(u' ');
    const QString status = parts.first();
    if (status == u"NxDomain")
        r.status = LookupResult::Status::NxDomain;
    else if (status == u"ServFail")
        r.status = LookupResult::Status::ServFail;
    else if (status == u"Timeout")
        r.status = LookupResult::Status::Timeout;
    else if (status == u"NullMx")
        r.status = LookupResult::Status::NullMx;
    else
        r.status = LookupResult::Status::Ok;
    r.implicitMx = parts.contains(u"implicit"_qs);
    for (const QString &h : parts.mid(1)) {
        if (h == u"implicit")
            continue;
        const QStringList f = h.split(u'/');
        ResolvedHost host;
        host.name = f.at(0);
        host.mxPreference = f.at(1).toInt();
        host.ttl = f.at(2).toLongLong();
        if (f.size() > 3 && !f.at(3).isEmpty())
            host.addresses = f.at(3).split(u',');
        r.hosts << host;
    }
    return r;
}

void TestExplanation::candidates_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("answers");      // one per entry
    QTest::addColumn<QStringList>("expected");     // "host pref prefSource lookup port ttl state"
    QTest::newRow("__mx__ with different preferences")
        << QByteArray("Routes = ( \"__mx__\" )\n") << u"three.test"_qs
        << QStringList{u"Ok mx2/20/300/192.0.2.32 mx1/10/300/192.0.2.31"_qs}
        << QStringList{u"mx1 10 dns mx 25 300 usable"_qs, u"mx2 20 dns mx 25 300 usable"_qs};
    QTest::newRow("implicit MX counts as preference 0")
        << QByteArray("") << u"nomx.test"_qs << QStringList{u"Ok implicit nomx.test/-1/60/192.0.2.9"_qs}
        << QStringList{u"nomx.test 0 dns implicit-mx 25 60 usable"_qs};
    QTest::newRow("smart host before mx")
        << QByteArray("Routes = ( \"smtp://hub.test?pref=1&type=a&port=2525\" \"__mx__\" )\n") << u"d.test"_qs
        << QStringList{u"Ok hub.test/-1/30/192.0.2.1"_qs, u"Ok mx/10/300/192.0.2.5"_qs}
        << QStringList{u"hub.test 1 explicit a 2525 30 usable"_qs, u"mx 10 dns mx 25 300 usable"_qs};
    QTest::newRow("plain list: implied preferences by position")
        << QByteArray("Routes = ( \"first.test\" \"second.test\" \"192.0.2.7\" )\n") << u"d.test"_qs
        << QStringList{u"Ok implicit first.test/-1/60/192.0.2.1"_qs, u"Ok relay-in/10/60/192.0.2.2"_qs, u"none"_qs}
        << QStringList{u"first.test 0 implied implicit-mx 25 60 usable"_qs, u"relay-in 1 implied mx 25 60 usable"_qs,
                       u"192.0.2.7 2 implied literal 25 - usable"_qs};
    QTest::newRow("entry ttl overrides dns ttl")
        << QByteArray("Routes = ( \"smtp://h.test?ttl=5\" )\n") << u"d.test"_qs << QStringList{u"Ok implicit h.test/-1/600/192.0.2.3"_qs}
        << QStringList{u"h.test 0 implied implicit-mx 25 5 usable"_qs};
    QTest::newRow("exchange without addresses is unresolved")
        << QByteArray("") << u"d.test"_qs << QStringList{u"Ok mx1/10/300/ mx2/20/300/192.0.2.2"_qs}
        << QStringList{u"mx1 10 dns mx 25 300 unresolved"_qs, u"mx2 20 dns mx 25 300 usable"_qs};
    QTest::newRow("nxdomain route host")
        << QByteArray("Routes = ( \"gone.test\" )\n") << u"d.test"_qs << QStringList{u"NxDomain"_qs}
        << QStringList{u"gone.test 0 implied mx 25 - unresolved"_qs};
    QTest::newRow("servfail for __mx__")
        << QByteArray("") << u"broken.test"_qs << QStringList{u"ServFail"_qs}
        << QStringList{u"broken.test 0 implied mx 25 - unresolved"_qs};
    QTest::newRow("ipv6 literal with port")
        << QByteArray("Routes = ( \"smtp://[2001:db8::25]?pref=5&port=26\" )\n") << u"d.test"_qs << QStringList{u"none"_qs}
        << QStringList{u"2001:db8::25 5 explicit literal 26 - usable"_qs};
    QTest::newRow("other scheme listed, not simulated")
        << QByteArray("Routes = ( \"lmtp://10.0.0.5\" \"10.0.0.6\" )\n") << u"d.test"_qs << QStringList{u"none"_qs, u"none"_qs}
        << QStringList{u"10.0.0.6 1 implied literal 25 - usable"_qs};
}

void TestExplanation::candidates()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, domain);
    QFETCH(QStringList, answers);
    QFETCH(QStringList, expected);
    ConfigSet set;
    RouteModel model;
    const RoutePlan p = planOf(config, domain, set, model);
    QList<std::optional<LookupResult>> results;
    for (const QString &a : answers)
        results << answer(a);
    QCOMPARE(lookupsFor(p).size(), p.entries.size());
    const Explanation ex = explain(p, results, {});
    QStringList actual;
    for (const Candidate &c : ex.candidates) {
        actual << QStringList{c.host, QString::number(c.pref), prefSourceName(c.prefSource), lookupKindName(c.lookup),
                              QString::number(c.port), c.ttl ? QString::number(*c.ttl) : u"-"_qs,
                              candidateStateName(c.state)}
                      .join(u' ');
    }
    QCOMPARE(actual, expected);
}

void TestExplanation::nullMx()
{
    ConfigSet set;
    RouteModel model;
    const RoutePlan p = planOf("", u"noreply.test"_qs, set, model);
    const Explanation ex = explain(p, {answer(u"NullMx"_qs)}, {});
    QVERIFY(ex.nullMx);
    QVERIFY(ex.candidates.isEmpty());
    QVERIFY(!ex.hasUsableCandidate());
    QCOMPARE(ex.diagnostics.size(), 1);
    QCOMPARE(ex.diagnostics.first().code, u"null-mx"_qs);
    QCOMPARE(ex.simulation.waiting, 32);
}

void TestExplanation::whatIf()
{
    // routing-model.md's example: tier 10 = A (limit 2), B; tier 20 = C; domain limit 9.
    ConfigSet set;
    RouteModel model;
    const RoutePlan p = planOf("Max_Outbound_Connections = 9\n"
                               "Routes = ( \"smtp://a.test?pref=10\" \"smtp://b.test?pref=10\" \"smtp://c.test?pref=20\" )\n"
                               "Host \"a.test\" { Max_Outbound_Connections = 2 }\n",
                               u"d.test"_qs, set, model);
    const QList<std::optional<LookupResult>> results{answer(u"Ok implicit a.test/-1/60/192.0.2.1"_qs),
                                                     answer(u"Ok implicit b.test/-1/60/192.0.2.2"_qs),
                                                     answer(u"Ok implicit c.test/-1/60/192.0.2.3"_qs)};
    Explanation ex = explain(p, results, {});
    QCOMPARE(ex.connections, 9);
    QCOMPARE(ex.simulation.assigned, (QList<int>{2, 7, 0}));
    QCOMPARE(ex.candidates.at(0).limit, 2);
    QCOMPARE(ex.candidates.at(0).limitOrigin, LimitOrigin::HostStanza);
    QCOMPARE(ex.candidates.at(0).limitSource->path, (QList<ScopeStep>{{ScopeKind::Host, u"a.test"_qs}}));
    QCOMPARE(ex.candidates.at(0).limitSource->line, 3);
    WhatIf w;
    w.down = {u"b.test"_qs};
    ex = reexplain(ex, w);
    QCOMPARE(ex.simulation.assigned, (QList<int>{2, 0, 7}));
    w.down = {u"192.0.2.3"_qs};
    w.limits.insert(u"a.test"_qs, 5);
    w.connections = 12;
    ex = reexplain(ex, w);
    QCOMPARE(ex.simulation.assigned, (QList<int>{5, 4, 0}));
    QCOMPARE(ex.simulation.waiting, 3);
}

// --down and --limit name a host by name or address, any case, with or without the
// final dot; a name that matches no candidate is listed (explain refuses it).
void TestExplanation::whatIfNames_data()
{
    QTest::addColumn<QStringList>("down");
    QTest::addColumn<QString>("limitHost");
    QTest::addColumn<QString>("assigned");
    QTest::addColumn<QStringList>("unmatched");
    QTest::newRow("down-by-name") << QStringList{u"b.test"_qs} << QString() << u"5 0"_qs << QStringList{};
    QTest::newRow("down-by-address") << QStringList{u"192.0.2.2"_qs} << QString() << u"5 0"_qs << QStringList{};
    QTest::newRow("down-any-case-final-dot") << QStringList{u"B.Test."_qs} << QString() << u"5 0"_qs << QStringList{};
    QTest::newRow("limit-by-address") << QStringList{} << u"192.0.2.1"_qs << u"1 4"_qs << QStringList{};
    QTest::newRow("down-unknown-host") << QStringList{u"c.test"_qs} << QString() << u"3 2"_qs << QStringList{u"c.test"_qs};
    QTest::newRow("limit-unknown-host") << QStringList{} << u"mx9.test"_qs << u"3 2"_qs << QStringList{u"mx9.test"_qs};
}

void TestExplanation::whatIfNames()
{
    QFETCH(QStringList, down);
    QFETCH(QString, limitHost);
    QFETCH(QString, assigned);
    QFETCH(QStringList, unmatched);
    ConfigSet set;
    RouteModel model;
    const RoutePlan p = planOf("Max_Outbound_Connections = 5\nRoutes = ( \"smtp://a.test?pref=10\" \"smtp://b.test?pref=10\" )\n",
                               u"d.test"_qs, set, model);
    const Explanation base = explain(p, {answer(u"Ok implicit a.test/-1/60/192.0.2.1"_qs),
                                         answer(u"Ok implicit b.test/-1/60/192.0.2.2"_qs)}, {});
    WhatIf w;
    w.down = down;
    if (!limitHost.isEmpty())
        w.limits.insert(limitHost, 1);
    const Explanation ex = reexplain(base, w);
    QStringList counts;
    for (const int n : ex.simulation.assigned)
        counts.append(QString::number(n));
    QCOMPARE(counts.join(u' '), assigned);
    QCOMPARE(unmatchedWhatIf(ex.candidates, w), unmatched);
}

void TestExplanation::entriesNumberedFromOne()
{
    // "entry 1" is the first entry in every text of explain (JSON keeps 0-based indices).
    ConfigSet set;
    RouteModel model;
    const RoutePlan p = planOf("Routes = ( \"smtp://h?pref=x\" \"lmtp://l.test\" )\n", u"d.test"_qs, set, model);
    const Explanation ex = explain(p, {std::nullopt, std::nullopt}, {});
    QCOMPARE(ex.notes.size(), 2);
    QCOMPARE(ex.notes.at(0).kind, DiagnosticKind::EntryInvalidSkipped);
    QCOMPARE(ex.notes.at(0).args.value(0), u"1"_qs);
    QCOMPARE(ex.notes.at(1).kind, DiagnosticKind::EntryNotSimulated);
    QCOMPARE(ex.notes.at(1).args.value(0), u"2"_qs);
}

void TestExplanation::mxBeatsExplicitWarning()
{
    ConfigSet set;
    RouteModel model;
    const RoutePlan p = planOf("Routes = ( \"smtp://hub.test?pref=1&type=a\" \"__mx__\" )\n", u"four.test"_qs, set, model);
    const Explanation ex = explain(p, {answer(u"Ok hub.test/-1/60/192.0.2.1"_qs), answer(u"Ok mx0.four.test/0/60/192.0.2.40"_qs)}, {});
    QCOMPARE(ex.candidates.first().host, u"mx0.four.test"_qs);
    bool warned = false;
    for (const Diagnostic &d : ex.diagnostics)
        warned |= d.code == u"mx-pref-beats-explicit";
    QVERIFY(warned);
}

QTEST_GUILESS_MAIN(TestExplanation)
#include "tst_explanation.moc"
