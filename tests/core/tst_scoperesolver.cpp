// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/regexindex.h"
#include "routing/routeplan.h"

#include <QRandomGenerator>
#include <QTest>

using namespace rs;
using namespace Qt::StringLiterals;

// The one scope resolver (routing-model.md, "Which scope applies to a recipient
// domain"): rows named after the case, the manual's examples 15.1-15.3 among them.
class TestScopeResolver : public QObject
{
    Q_OBJECT
private slots:
    void resolve_data();
    void resolve();
    void hostLimit_data();
    void hostLimit();
    void stanzaChain_data();
    void stanzaChain();
    void throttles();
    void requiredSuffix_data();
    void requiredSuffix();
    void regexIndexAgreesWithEveryPattern();
};

namespace {

QString levelName(ScopeLevel l)
{
    switch (l) {
    case ScopeLevel::BindingDomain: return u"B::D"_s;
    case ScopeLevel::GroupDomain: return u"G::D"_s;
    case ScopeLevel::Binding: return u"B"_s;
    case ScopeLevel::Group: return u"G"_s;
    case ScopeLevel::Domain: return u"D"_s;
    case ScopeLevel::Global: return u"global"_s;
    case ScopeLevel::Default: return u"default"_s;
    }
    return {};
}

// "routes@B::D 10.0.0.1 | port 587@D | limit 15@B" — the deciding entries' texts.
QString describe(const RouteModel &model, const ScopeResolution &r)
{
    QString route;
    switch (r.route) {
    case RouteChoice::Routes: {
        QStringList entries;
        for (const PlacedEntry &p : model.routes(r.routeSource.scope))
            entries << p.entry.text;
        route = u"routes@"_s + levelName(r.routeSource.level) + u' ' + entries.join(u',');
        break;
    }
    case RouteChoice::Gateway:
        route = u"gateway@"_s + levelName(r.routeSource.level) + u' ' + model.gateway(r.routeSource.scope)->entry.text;
        break;
    case RouteChoice::Default: route = u"mx@default"_s; break;
    }
    return u"%1 | port %2@%3 | limit %4@%5"_s.arg(route)
        .arg(r.portValue)
        .arg(levelName(r.port.level))
        .arg(r.limitValue)
        .arg(levelName(r.limit.level));
}

struct Loaded {
    ConfigSet set;
    RouteModel model;
};

std::unique_ptr<Loaded> load(const QByteArray &text)
{
    auto l = std::make_unique<Loaded>();
    l->set = ConfigSet::fromText(text, u"t.conf"_s, false);
    l->model = RouteModel::build(l->set);
    return l;
}

const QByteArray kEsp = R"(Remote_SMTP_Port = 25
Max_Outbound_Connections = 32
Routes = ( "smtp://hub.test?pref=1" "__mx__" )
Domain "big.test" {
  Routes = ( "192.0.2.71" )
  Max_Outbound_Connections = 40
}
Domain "/(?:^|[.])example[.]org$/" { Remote_SMTP_Port = 587 }
Domain "a.example.org" { Routes = ( "smtp://192.0.2.9" ) }
Domain "/[.]test$/" { Routes = ( "regex.test" ) }
Binding_Group "transactional" {
  Max_Outbound_Connections = 16
  Binding "tx1" {
    Domain "big.test" { Max_Outbound_Connections = 10 }
  }
  Binding "tx2" {
    Gateway = "tx-gw.test"
    Remote_SMTP_Port = 2525
  }
  Domain "big.test" { Routes = ( "group-relay.test" ) }
  Domain "/[.]org$/" { Max_Outbound_Connections = 6 }
}
Binding "solo" {
  Routes = ( "ignored.test" )
  Domain "big.test" { Remote_SMTP_Port = 465 }
}
)";

} // namespace

void TestScopeResolver::resolve_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("binding");
    QTest::addColumn<QString>("expected");

    // The manual's example 15.1: a Domain stanza's limit, other domains the global one.
    const QByteArray ex151 = "max_outbound_connections = 40\n"
                             "domain \"example.com\" {\n  max_outbound_connections = 20\n}\n"
                             "domain \"someotherexample.com\" {\n  max_resident_active_queue_size = 500\n}\n";
    QTest::newRow("15.1 domain stanza sets the limit") << ex151 << u"example.com"_s << QString()
                                                       << u"mx@default | port 25@default | limit 20@D"_s;
    QTest::newRow("15.1 stanza without the option: global") << ex151 << u"someotherexample.com"_s << QString()
                                                             << u"mx@default | port 25@default | limit 40@global"_s;
    // 15.2: the binding's own Domain stanza sets another option; the top-level one applies.
    const QByteArray ex152 = "binding \"example3\" {\n  domain \"example.com\" {\n    max_resident_active_queue_size = 5\n  }\n}\n"
                             "domain \"example.com\" {\n  max_outbound_connections = 120\n}\n";
    QTest::newRow("15.2 binding domain without the option: top-level domain")
        << ex152 << u"example.com"_s << u"example3"_s << u"mx@default | port 25@default | limit 120@D"_s;
    // 15.3: 30 global, 5 in the group, 15 in the binding, a domain inside the binding.
    const QByteArray ex153 = "max_outbound_connections = 30\n"
                             "binding_group \"group1\" {\n  max_outbound_connections = 5\n"
                             "  binding \"example\" {\n    max_outbound_connections = 15\n"
                             "    domain \"example.com\" {\n      max_resident_active_queue_size = 5\n    }\n  }\n}\n";
    QTest::newRow("15.3 binding in a group: the binding's value") << ex153 << u"example.com"_s << u"example"_s
                                                                  << u"mx@default | port 25@default | limit 15@B"_s;
    QByteArray ex153b = ex153;
    ex153b.replace("    max_outbound_connections = 15\n", "");
    QTest::newRow("15.3 binding's line removed: the group's value") << ex153b << u"example.com"_s << u"example"_s
                                                                    << u"mx@default | port 25@default | limit 5@G"_s;

    QTest::newRow("no binding: top-level stanza") << kEsp << u"big.test"_s << QString()
                                                  << u"routes@D 192.0.2.71 | port 25@global | limit 40@D"_s;
    QTest::newRow("binding in a group: B::D limit, G::D routes")
        << kEsp << u"big.test"_s << u"tx1"_s << u"routes@G::D group-relay.test | port 25@global | limit 10@B::D"_s;
    // G::D is more specific than B: the group's Domain routes beat the binding's Gateway.
    QTest::newRow("binding in a group without its own stanza: G::D routes, G limit")
        << kEsp << u"big.test"_s << u"tx2"_s << u"routes@G::D group-relay.test | port 2525@B | limit 16@G"_s;
    QTest::newRow("gateway in a binding beats routes in a top-level domain")
        << kEsp << u"other.test"_s << u"tx2"_s << u"gateway@B tx-gw.test | port 2525@B | limit 16@G"_s;
    QTest::newRow("binding alone: B::D port, routes of the top-level domain")
        << kEsp << u"big.test"_s << u"solo"_s << u"routes@D 192.0.2.71 | port 465@B::D | limit 40@D"_s;
    QTest::newRow("routes written in a binding have no effect")
        << kEsp << u"plain.example"_s << u"solo"_s
        << u"routes@global smtp://hub.test?pref=1,__mx__ | port 25@global | limit 32@global"_s;
    QTest::newRow("regex shadowed by exact: the regex's port never applies")
        << kEsp << u"a.example.org"_s << QString() << u"routes@D smtp://192.0.2.9 | port 25@global | limit 32@global"_s;
    QTest::newRow("regex applies where no exact stanza") << kEsp << u"b.example.org"_s << QString()
                                                         << u"routes@global smtp://hub.test?pref=1,__mx__ | port 587@D | limit 32@global"_s;
    QTest::newRow("regex stanza in a group") << kEsp << u"b.example.org"_s << u"tx1"_s
                                             << u"routes@global smtp://hub.test?pref=1,__mx__ | port 587@D | limit 6@G::D"_s;
    QTest::newRow("first matching regex in declaration order") << kEsp << u"x.test"_s << QString()
                                                               << u"routes@D regex.test | port 25@global | limit 32@global"_s;
    QTest::newRow("case and final dot") << kEsp << u"BIG.Test."_s << QString()
                                        << u"routes@D 192.0.2.71 | port 25@global | limit 40@D"_s;
    QTest::newRow("routes and gateway in one stanza: routes")
        << QByteArray("Domain d.test { Gateway = \"gw.test\"\n Routes = ( \"r.test\" ) }\n") << u"d.test"_s << QString()
        << u"routes@D r.test | port 25@default | limit 32@default"_s;
    QTest::newRow("gateway at the global scope, routes in the domain: routes")
        << QByteArray("Gateway = \"gw.test\"\nDomain d.test { Routes = ( \"r.test\" ) }\n") << u"d.test"_s << QString()
        << u"routes@D r.test | port 25@default | limit 32@default"_s;
    QTest::newRow("nothing set: __mx__ and the defaults") << QByteArray("a = 1\n") << u"x.test"_s << QString()
                                                          << u"mx@default | port 25@default | limit 32@default"_s;
}

void TestScopeResolver::resolve()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, domain);
    QFETCH(QString, binding);
    QFETCH(QString, expected);
    const auto l = load(config);
    BindingChoice b;
    if (!binding.isEmpty()) {
        const int i = l->model.findBinding(binding);
        QVERIFY2(i > 0, qPrintable(binding));
        b = BindingChoice::of(l->model, i);
    }
    QCOMPARE(describe(l->model, rs::resolve(l->model, domain, b)), expected);
}

void TestScopeResolver::hostLimit_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QStringList>("addresses");
    QTest::addColumn<QString>("binding");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("line");

    QTest::newRow("top-level host by name") << u"mx1.test"_s << QStringList() << QString() << 8 << 2;
    QTest::newRow("by address") << u"other.test"_s << QStringList{u"192.0.2.71"_s} << QString() << 4 << 1;
    QTest::newRow("exact name before regex at one level") << u"mx9.test"_s << QStringList() << QString() << 1 << 3;
    QTest::newRow("host in the binding first") << u"mx1.test"_s << QStringList() << u"b1"_s << 2 << 6;
    QTest::newRow("host in the group when the binding has none") << u"mx1.test"_s << QStringList() << u"b2"_s << 3 << 9;
    QTest::newRow("binding's stanza without a limit: next level") << u"mx2.test"_s << QStringList() << u"b1"_s << 8 << 2;
    QTest::newRow("no host stanza: unlimited") << u"nobody.test"_s << QStringList() << u"b1"_s << -1 << 0;
}

void TestScopeResolver::hostLimit()
{
    QFETCH(QString, host);
    QFETCH(QStringList, addresses);
    QFETCH(QString, binding);
    QFETCH(int, limit);
    QFETCH(int, line);
    const auto l = load("Host \"192.0.2.71\" { Max_Outbound_Connections = 4 }\n"
                        "Host \"/^mx[0-9]+[.]test$/\" { Max_Outbound_Connections = 8 }\n"
                        "Host \"mx9.test\" { Max_Outbound_Connections = 1 }\n"
                        "Binding_Group g {\n"
                        "  Binding b1 {\n"
                        "    Host \"mx1.test\" { Max_Outbound_Connections = 2 }\n"
                        "    Host \"mx2.test\" { Bind_Address = \"x\" }\n  }\n"
                        "  Host \"/^mx1[.]/\" { Max_Outbound_Connections = 3 }\n"
                        "  Binding b2 { }\n"
                        "}\n");
    const RoutePlan plan = planFor(l->model, u"d.test"_s,
                                   binding.isEmpty() ? BindingChoice{} : BindingChoice::of(l->model, l->model.findBinding(binding)));
    const HostLimit h = plan.hostLimits.limitFor(host, addresses);
    QCOMPARE(h.limit, limit);
    QCOMPARE(h.source ? h.source->line : 0, line);
}

void TestScopeResolver::stanzaChain_data()
{
    QTest::addColumn<QString>("path");  // the stanza, as "Binding tx1 > Domain big.test"
    QTest::addColumn<QString>("expected");
    QTest::newRow("top-level exact: its own chain") << u"Domain big.test"_s
                                                    << u"routes@D 192.0.2.71 | port 25@global | limit 40@D"_s;
    QTest::newRow("binding domain: binding, group, top-level")
        << u"Binding_Group transactional > Binding tx1 > Domain big.test"_s
        << u"routes@G::D group-relay.test | port 25@global | limit 10@B::D"_s;
    QTest::newRow("group domain: group, top-level") << u"Binding_Group transactional > Domain big.test"_s
                                                    << u"routes@G::D group-relay.test | port 25@global | limit 16@G"_s;
    QTest::newRow("regex: only stanzas with the same pattern elsewhere")
        << u"Domain /(?:^|[.])example[.]org$/"_s << u"routes@global smtp://hub.test?pref=1,__mx__ | port 587@D | limit 32@global"_s;
    QTest::newRow("exact shadowing a regex keeps its own chain")
        << u"Domain a.example.org"_s << u"routes@D smtp://192.0.2.9 | port 25@global | limit 32@global"_s;
}

void TestScopeResolver::stanzaChain()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const auto l = load(kEsp);
    int stanza = -1;
    for (int i = 1; i < l->model.scopes().size() && stanza < 0; ++i) {
        QStringList parts;
        for (const ScopeStep &s : scopePath(l->model, i))
            parts << (s.kind == ScopeKind::BindingGroup ? u"Binding_Group"_s
                      : s.kind == ScopeKind::Binding    ? u"Binding"_s
                                                        : u"Domain"_s) + u' ' + s.name;
        if (parts.join(u" > "_s) == path)
            stanza = i;
    }
    QVERIFY2(stanza > 0, qPrintable(path));
    QCOMPARE(describe(l->model, rs::resolve(l->model, chainForStanza(l->model, stanza))), expected);
}

void TestScopeResolver::throttles()
{
    const auto l = load("Outbound_Throttle_Connections = 10\n"
                        "Domain \"big.test\" {\n  Outbound_Throttle_Messages = \"1000/3600\"\n}\n"
                        "Binding b {\n  Outbound_Throttle_Connections = \"5/2\"\n}\n"
                        "Domain \"bad.test\" { Outbound_Throttle_Messages = \"x/3\" }\n");
    const RoutePlan none = planFor(l->model, u"big.test"_s);
    QCOMPARE(none.throttleConnections, std::optional<Throttle>(Throttle{10, 1}));
    QCOMPARE(none.throttleConnectionsSource.level, ScopeLevel::Global);
    QCOMPARE(none.throttleMessages, std::optional<Throttle>(Throttle{1000, 3600}));
    QCOMPARE(none.throttleMessagesSource.line, 3);
    const RoutePlan through = planFor(l->model, u"big.test"_s, BindingChoice::of(l->model, l->model.findBinding(u"b"_s)));
    QCOMPARE(through.throttleConnections, std::optional<Throttle>(Throttle{5, 2}));
    QCOMPARE(through.throttleConnectionsSource.level, ScopeLevel::Binding);
    QVERIFY(!planFor(l->model, u"bad.test"_s).throttleMessages);
    bool reported = false;
    for (const Diagnostic &d : l->model.diagnostics())
        reported |= d.code == u"option-bad-value" && d.line == 8;
    QVERIFY(reported);
}

void TestScopeResolver::requiredSuffix_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("anchored name with classes") << u"(?:^|[.])example[.]com$"_s << u"example.com"_s;
    QTest::newRow("escaped dots") << u"\\.example\\.co\\.uk$"_s << u".example.co.uk"_s;
    QTest::newRow("hyphen") << u"[.]my-isp[.]net$"_s << u".my-isp.net"_s;
    QTest::newRow("not anchored") << u"example[.]com"_s << QString();
    QTest::newRow("top-level alternation") << u"foo|bar[.]com$"_s << QString();
    QTest::newRow("alternation inside a group is fine") << u"(?:a|b)[.]com$"_s << u".com"_s;
    QTest::newRow("caseless option") << u"(?i)example[.]com$"_s << QString();
    QTest::newRow("quantifier before the anchor") << u"examples?$"_s << QString();
    QTest::newRow("any character before the anchor") << u"example.$"_s << QString();
    QTest::newRow("escaped anchor") << u"example\\$"_s << QString();
    QTest::newRow("escaped backslash then any char") << u"a\\\\.$"_s << QString();
    QTest::newRow("class other than a dot") << u"[a-z]com$"_s << u"com"_s;
    QTest::newRow("quoted literal") << u"\\Qa.b\\E$"_s << QString();
    QTest::newRow("digit escape stops") << u"mx\\d[.]test$"_s << u".test"_s;
}

void TestScopeResolver::requiredSuffix()
{
    QFETCH(QString, pattern);
    QFETCH(QString, suffix);
    QCOMPARE(rs::requiredSuffix(pattern), suffix);
}

// The index must give the same answer as trying every pattern in order.
void TestScopeResolver::regexIndexAgreesWithEveryPattern()
{
    const QStringList patterns{u"(?:^|[.])example[.]com$"_s, u"[.]com$"_s, u"^mail"_s, u"\\.co\\.uk$"_s,
                               u"(?:^|[.])isp[.]example$"_s, u"ex(ample)?[.]org$"_s, u"[0-9]+[.]net$"_s,
                               u"a$"_s, u"(?:a|b)[.]io$"_s, u"x[.]example[.]com$"_s};
    RegexIndex index;
    QList<DomainPattern> compiled;
    for (int i = 0; i < patterns.size(); ++i) {
        compiled.append(DomainPattern(patterns.at(i)));
        index.add(100 + i, compiled.last(), rs::requiredSuffix(patterns.at(i)));
    }
    const QStringList labels{u"example"_s, u"com"_s, u"mail"_s, u"co"_s, u"uk"_s, u"isp"_s, u"org"_s, u"ex"_s,
                             u"42"_s, u"net"_s, u"a"_s, u"b"_s, u"io"_s, u"x"_s, u"xa"_s};
    QRandomGenerator rng(7);
    for (int n = 0; n < 5000; ++n) {
        QStringList parts;
        const int count = 1 + int(rng.bounded(4));
        for (int k = 0; k < count; ++k)
            parts << labels.at(int(rng.bounded(labels.size())));
        const QString domain = parts.join(u'.');
        int expected = -1;
        for (int i = 0; i < patterns.size() && expected < 0; ++i) {
            if (compiled.at(i).matches(domain))
                expected = 100 + i;
        }
        QCOMPARE(index.firstMatch(domain), expected);
    }
}

QTEST_GUILESS_MAIN(TestScopeResolver)
#include "tst_scoperesolver.moc"
