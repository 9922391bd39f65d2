// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/scoperesolver.h"
#include "routing/validator.h"

#include <QTest>

using namespace rs;

class TestValidator : public QObject
{
    Q_OBJECT
private slots:
    void diagnostics_data();
    void diagnostics();
    void scopeMatching_data();
    void scopeMatching();
    void hostScopes();
    void modelReadsLimitsAndPorts();
};

static QStringList check(const QByteArray &text)
{
    const ConfigSet config = ConfigSet::fromText(text, u"t.conf"_qs, false);
    QStringList out;
    for (const Diagnostic &d : validate(config, RouteModel::build(config)))
        out << QStringLiteral("%1:%2 %3 %4").arg(d.line).arg(d.column).arg(severityName(d.severity), d.code);
    return out;
}

void TestValidator::diagnostics_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("clean esp-like")
        << QByteArray("Routes = ( \"smtp://hub.example.test?pref=1&type=a\" \"__mx__\" )\n"
                      "Domain \"a.test\" {\n  Routes = ( \"smtp://10.0.0.1?pref=10\" \"smtp://10.0.0.2?pref=10\" )\n}\n")
        << QStringList{};
    QTest::newRow("bad pref at its column")
        << QByteArray("Domain \"a.test\" {\n  Routes = ( \"smtp://h.test?pref=99999\" )\n}\n")
        << QStringList{u"2:34 error route-bad-pref"_qs};
    QTest::newRow("unknown key is a warning")
        << QByteArray("Routes = ( \"smtp://h.test?prf=1\" )\n") << QStringList{u"1:27 warning route-unknown-key"_qs};
    QTest::newRow("bare entry column")
        << QByteArray("Routes = ( bad!host )\n") << QStringList{u"1:12 error route-bad-host"_qs};
    QTest::newRow("duplicate option")
        << QByteArray("Domain a.test {\n  Max_Outbound_Connections = 3\n  max_outbound_connections = 4\n}\n")
        << QStringList{u"3:3 warning option-duplicate"_qs};
    QTest::newRow("routes and gateway in one scope")
        << QByteArray("Domain a.test {\n  Routes = ( \"__mx__\" )\n  Gateway = \"10.0.0.1\"\n}\n")
        << QStringList{u"3:3 warning routes-and-gateway"_qs};
    QTest::newRow("routes inside binding")
        << QByteArray("Binding b1 {\n  Routes = ( \"__mx__\" )\n}\n") << QStringList{u"2:3 warning routes-in-binding"_qs};
    // Domain stanzas inside bindings and groups are the manual's binding::domain scopes.
    QTest::newRow("routes in domain inside binding group is valid")
        << QByteArray("Binding_Group g {\n  Domain a.test {\n    Routes = ( \"relay.test\" )\n  }\n}\n")
        << QStringList{};
    QTest::newRow("routes directly in binding group")
        << QByteArray("Binding_Group g {\n  Routes = ( \"relay.test\" )\n}\n")
        << QStringList{u"2:3 warning routes-in-binding"_qs};
    QTest::newRow("scope shadowed: exact without the port a regex sets")
        << QByteArray("Domain \"/example[.]org$/\" { Remote_SMTP_Port = 587 }\n"
                      "Domain \"a.example.org\" { Routes = ( \"smtp://192.0.2.9\" ) }\n")
        << QStringList{u"2:1 warning scope-shadowed"_qs};
    QTest::newRow("scope shadowed: routes of a regex")
        << QByteArray("Domain \"/[.]test$/\" { Routes = ( \"relay.test\" ) }\n"
                      "Domain \"a.test\" { Max_Outbound_Connections = 3 }\n")
        << QStringList{u"2:1 warning scope-shadowed"_qs};
    QTest::newRow("scope shadowed inside a binding")
        << QByteArray("Binding b {\n  Domain \"/[.]test$/\" { Max_Outbound_Connections = 3 }\n"
                      "  Domain \"a.test\" { Remote_SMTP_Port = 2525 }\n}\n")
        << QStringList{u"3:3 warning scope-shadowed"_qs};
    QTest::newRow("not shadowed: the exact stanza sets the same options")
        << QByteArray("Domain \"/[.]test$/\" { Routes = ( \"relay.test\" ) }\n"
                      "Domain \"a.test\" { Gateway = \"gw.test\" }\n")
        << QStringList{};
    QTest::newRow("not shadowed: regex of another level")
        << QByteArray("Domain \"/[.]test$/\" { Routes = ( \"relay.test\" ) }\n"
                      "Binding b {\n  Domain \"a.test\" { Max_Outbound_Connections = 3 }\n}\n")
        << QStringList{};
    QTest::newRow("scope shadowed: a later regex sets what the exact one lacks")
        << QByteArray("Domain \"/^x[.]/\" { Remote_SMTP_Port = 587 }\n"
                      "Domain \"/[.]test$/\" { Max_Outbound_Connections = 3 }\n"
                      "Domain \"a.test\" { Remote_SMTP_Port = 2525 }\n")
        << QStringList{u"3:1 warning scope-shadowed"_qs};
    QTest::newRow("not shadowed: the matching regex sets only what the exact one sets")
        << QByteArray("Domain \"/[.]test$/\" { Remote_SMTP_Port = 587 }\n"
                      "Domain \"/^x[.]/\" { Max_Outbound_Connections = 3 }\n"
                      "Domain \"a.test\" { Remote_SMTP_Port = 2525 }\n")
        << QStringList{};
    QTest::newRow("not shadowed: another binding's regex sets the limit")
        << QByteArray("Binding b {\n  Domain \"/[.]test$/\" { Max_Outbound_Connections = 3 }\n}\n"
                      "Binding c {\n  Domain \"/[.]test$/\" { Remote_SMTP_Port = 25 }\n"
                      "  Domain \"a.test\" { Remote_SMTP_Port = 2525 }\n}\n")
        << QStringList{};
    QTest::newRow("duplicate domain inside a binding")
        << QByteArray("Binding b {\n  Domain a.test { }\n  Domain A.TEST { }\n}\n")
        << QStringList{u"3:3 warning domain-duplicate"_qs};
    QTest::newRow("gateway inside binding is documented")
        << QByteArray("Binding b1 {\n  Gateway = \"10.0.0.1\"\n}\n") << QStringList{};
    QTest::newRow("implied pref mixed with mx")
        << QByteArray("Routes = ( \"__mx__\" \"backup.test\" )\n")
        << QStringList{u"1:21 warning route-implied-pref-mixed"_qs};
    QTest::newRow("implied pref mixed with explicit")
        << QByteArray("Routes = ( \"smtp://a.test?pref=10\" \"b.test\" )\n")
        << QStringList{u"1:36 warning route-implied-pref-mixed"_qs};
    QTest::newRow("all implied is fine") << QByteArray("Routes = ( \"a.test\" \"b.test\" )\n") << QStringList{};
    QTest::newRow("explicit before mx is fine")
        << QByteArray("Routes = ( \"smtp://my.local.smart.host?pref=1\" \"__mx__\" )\n") << QStringList{};
    QTest::newRow("empty routes")
        << QByteArray("Domain a.test {\n  Routes = ( )\n}\n") << QStringList{u"2:3 warning routes-empty"_qs};
    QTest::newRow("bad connection limit")
        << QByteArray("Max_Outbound_Connections = many\n") << QStringList{u"1:28 error option-bad-value"_qs};
    QTest::newRow("bad remote port")
        << QByteArray("Domain a.test { Remote_SMTP_Port = 0 }\n") << QStringList{u"1:36 error option-bad-value"_qs};
    QTest::newRow("bad domain regex")
        << QByteArray("Domain \"/a(/\" { Routes = ( \"__mx__\" ) }\n") << QStringList{u"1:1 error domain-bad-regex"_qs};
    QTest::newRow("duplicate domain")
        << QByteArray("Domain a.test { }\nDomain \"A.TEST\" { }\n") << QStringList{u"2:1 warning domain-duplicate"_qs};
    QTest::newRow("syntax error and route error both reported in order")
        << QByteArray("Domain a.test {\n  Routes = ( \"smtp://h?pref=x\" )\n}\n}\n")
        << QStringList{u"2:29 error route-bad-pref"_qs, u"4:1 error syntax-unexpected"_qs};
    QTest::newRow("checking goes on after an unclosed list")
        << QByteArray("Domain a.test {\n  Routes = ( \"__mx__\"\n}\nDomain b.test {\n  Routes = ( \"smtp://h?port=0\" )\n}\n")
        << QStringList{u"2:12 error syntax-unclosed-list"_qs, u"5:29 error route-bad-port"_qs};
    QTest::newRow("gateway entry checked")
        << QByteArray("Gateway = \"smtp://h?pref=x\"\n") << QStringList{u"1:26 error route-bad-pref"_qs};
    QTest::newRow("routes in host scope")
        << QByteArray("Host h.test {\n  Routes = ( \"__mx__\" )\n}\n") << QStringList{u"2:3 warning routes-unsupported-scope"_qs};
}

void TestValidator::diagnostics()
{
    QFETCH(QByteArray, config);
    QFETCH(QStringList, expected);
    QCOMPARE(check(config), expected);
}

void TestValidator::scopeMatching_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("deciding");  // name of the deciding scope, "global", or "__mx__"
    const QByteArray config = "Domain \"exact.test\" { Routes = ( \"a.test\" ) }\n"
                              "Domain \"/(?:^|[.])regional[.]test$/\" { Routes = ( \"r1.test\" ) }\n"
                              "Domain \"/[.]test$/\" { Routes = ( \"r2.test\" ) }\n"
                              "Domain \"nothing.test\" { Max_Outbound_Connections = 3 }\n"
                              "Domain \"gw.test\" { Gateway = \"10.0.0.1\" }\n";
    QTest::newRow("exact") << u"exact.test"_qs << u"exact.test"_qs;
    QTest::newRow("exact ignores case") << u"EXACT.Test"_qs << u"exact.test"_qs;
    QTest::newRow("first regex in declaration order") << u"mail.regional.test"_qs << u"/(?:^|[.])regional[.]test$/"_qs;
    QTest::newRow("second regex") << u"other.test"_qs << u"/[.]test$/"_qs;
    // One matched stanza per level: the exact stanza is the level's stanza, and it
    // sets no routes, so the regexes are not consulted (routing-model.md).
    QTest::newRow("exact stanza without routes does not fall to a regex") << u"nothing.test"_qs << u"__mx__"_qs;
    QTest::newRow("gateway decides") << u"gw.test"_qs << u"gw.test"_qs;
    QTest::newRow("no scope, no global routes") << u"example.org"_qs << u"__mx__"_qs;
}

void TestValidator::scopeMatching()
{
    QFETCH(QString, domain);
    QFETCH(QString, deciding);
    const QByteArray config = "Domain \"exact.test\" { Routes = ( \"a.test\" ) }\n"
                              "Domain \"/(?:^|[.])regional[.]test$/\" { Routes = ( \"r1.test\" ) }\n"
                              "Domain \"/[.]test$/\" { Routes = ( \"r2.test\" ) }\n"
                              "Domain \"nothing.test\" { Max_Outbound_Connections = 3 }\n"
                              "Domain \"gw.test\" { Gateway = \"10.0.0.1\" }\n";
    const ConfigSet set = ConfigSet::fromText(config, u"t.conf"_qs, false);
    const RouteModel model = RouteModel::build(set);
    const int i = resolve(model, domain).routeSource.scope;
    QCOMPARE(i < 0 ? u"__mx__"_qs : (model.scopes().at(i).kind == ScopeKind::Global ? u"global"_qs : model.scopes().at(i).name),
             deciding);
}

void TestValidator::hostScopes()
{
    const ConfigSet set = ConfigSet::fromText("Host \"192.0.2.71\" { Max_Outbound_Connections = 4 }\n"
                                              "Host \"/^mx[0-9]+[.]example[.]test$/\" { Max_Outbound_Connections = 8 }\n"
                                              "Host \"Relay.Test\" { }\n",
                                              u"t.conf"_qs, false);
    const RouteModel model = RouteModel::build(set);
    QCOMPARE(model.matchHost(0, u"mx1.example.test"_qs, {}), 2);
    QCOMPARE(model.matchHost(0, u"other.test"_qs, {u"192.0.2.71"_qs}), 1);
    QCOMPARE(model.matchHost(0, u"relay.test"_qs, {}), 3);
    QCOMPARE(model.matchHost(0, u"nope.test"_qs, {u"192.0.2.1"_qs}), -1);
}

void TestValidator::modelReadsLimitsAndPorts()
{
    const ConfigSet set = ConfigSet::fromText("Remote_SMTP_Port = 2525\nMax_Outbound_Connections = 20\n"
                                              "Domain a.test { Max_Outbound_Connections = 5 }\n",
                                              u"t.conf"_qs, false);
    const RouteModel model = RouteModel::build(set);
    QCOMPARE(model.global().remoteSmtpPort, std::optional<int>(2525));
    QCOMPARE(model.global().maxOutboundConnections, std::optional<int>(20));
    const int a = model.findDomainScope(u"A.TEST"_qs);
    QVERIFY(a > 0);
    QCOMPARE(model.scopes().at(a).maxOutboundConnections, std::optional<int>(5));
    QCOMPARE(model.scopes().at(a).location.line, 3);
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
