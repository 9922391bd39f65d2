// SPDX-License-Identifier: GPL-3.0-or-later
// routescope-cli explain, run as a user runs it: the real binary, over the offline zone
// and over a real DNS server (Knot, started by the knot_dns ctest fixture) serving the
// same zone. Every row runs on both and the two JSON answers must agree.

#include "dnstestsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {


struct Run {
    int code = -1;
    QByteArray out, err;
};

Run runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(ROUTESCOPE_CLI), args);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QString joined(const QJsonArray &candidates, const char *key)
{
    QStringList parts;
    for (const QJsonValue &c : candidates) {
        const QJsonValue v = c.toObject().value(QLatin1StringView(key));
        parts << (v.isArray() ? v.toVariant().toStringList().join(u'+') : v.toVariant().toString());
    }
    return parts.join(u' ');
}

QString assignedText(const QJsonObject &json)
{
    const QJsonObject sim = json.value(u"simulation").toObject();
    const QJsonObject assigned = sim.value(u"assigned").toObject();
    QStringList parts;
    for (const QJsonValue &c : json.value(u"candidates").toArray()) {
        const QString host = c.toObject().value(u"host").toString();
        parts << host + u'=' + QString::number(assigned.value(host).toInt());
    }
    parts << u"waiting="_s + QString::number(sim.value(u"waiting").toInt());
    return parts.join(u' ');
}

} // namespace

class TestExplainCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bothBackendsAgree_data();
    void bothBackendsAgree();
    void liveServerOnly_data();
    void liveServerOnly();
    void textLooksLikeTheConsole();
    void stepsExplainEachConnection();
    void usageErrors_data();
    void usageErrors();

private:
    QStringList zoneArgs() const { return {u"--zone"_s, m_zone}; }
    QStringList dnsArgs() const { return {u"--dns"_s, rs::dns::test::knotServer(), u"--timeout"_s, u"1000"_s}; }

    QString m_config;
    QString m_zone = rs::dns::test::dataFile("example.test.zone");
};

void TestExplainCli::initTestCase()
{
    // Domains without a Domain scope take the default __mx__; the *.route.test scopes
    // send mail through a named route host instead.
    m_config = QStringLiteral(ROUTESCOPE_CLI_DATA "/explain.conf");
    if (rs::dns::test::knotPort() <= 0)
        QFAIL("no DNS server: run through ctest (the knot_dns fixture writes ROUTESCOPE_KNOT_PORT_FILE)");
}

void TestExplainCli::bothBackendsAgree_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("hosts");
    QTest::addColumn<QString>("lookups");
    QTest::addColumn<QString>("prefs");
    QTest::addColumn<QString>("states");
    QTest::addColumn<QString>("assigned");

    QTest::newRow("mx-equal-preferences-and-host-limit")
        << QStringList{u"--domain"_s, u"direct.example.test"_s} << 0 << u"mx1.example.test mx2.example.test"_s
        << u"mx mx"_s << u"5 5"_s << u"usable usable"_s
        << u"mx1.example.test=3 mx2.example.test=7 waiting=0"_s;
    QTest::newRow("mx-different-preferences")
        << QStringList{u"--domain"_s, u"three.example.test"_s} << 0
        << u"mx1.three.example.test mx2.three.example.test"_s << u"mx mx"_s << u"10 20"_s << u"usable usable"_s
        << u"mx1.three.example.test=10 mx2.three.example.test=0 waiting=0"_s;
    QTest::newRow("implicit-mx")
        << QStringList{u"--domain"_s, u"nomx.example.test"_s} << 0 << u"nomx.example.test"_s << u"implicit-mx"_s
        << u"0"_s << u"usable"_s << u"nomx.example.test=10 waiting=0"_s;
    QTest::newRow("null-mx") << QStringList{u"--domain"_s, u"noreply.example.test"_s} << 1 << QString() << QString()
                             << QString() << QString() << u"waiting=10"_s;
    QTest::newRow("nxdomain") << QStringList{u"--domain"_s, u"nosuch.example.test"_s} << 1
                              << u"nosuch.example.test"_s << u"mx"_s << u"0"_s << u"unresolved"_s
                              << u"nosuch.example.test=0 waiting=10"_s;
    QTest::newRow("mx-exchange-without-addresses")
        << QStringList{u"--domain"_s, u"noaddr.example.test"_s} << 1 << u"noaddr-host.example.test"_s << u"mx"_s
        << u"10"_s << u"unresolved"_s << u"noaddr-host.example.test=0 waiting=10"_s;
    QTest::newRow("aaaa-only-exchange")
        << QStringList{u"--domain"_s, u"v6mx.example.test"_s} << 0 << u"v6host.example.test"_s << u"mx"_s << u"10"_s
        << u"usable"_s << u"v6host.example.test=10 waiting=0"_s;
    QTest::newRow("route-name-with-mx")
        << QStringList{u"--domain"_s, u"viarelay.route.test"_s} << 0 << u"relay-in.example.test"_s << u"mx"_s
        << u"0"_s << u"usable"_s << u"relay-in.example.test=10 waiting=0"_s;
    QTest::newRow("route-name-without-mx")
        << QStringList{u"--domain"_s, u"viahub.route.test"_s} << 0 << u"hub.example.test"_s << u"implicit-mx"_s
        << u"0"_s << u"usable"_s << u"hub.example.test=10 waiting=0"_s;
    QTest::newRow("route-type-a-with-port")
        << QStringList{u"--domain"_s, u"typea.route.test"_s} << 0 << u"relay-in.example.test"_s << u"a"_s << u"0"_s
        << u"usable"_s << u"relay-in.example.test=10 waiting=0"_s;
    QTest::newRow("smart-host-down-fails-over")
        << QStringList{u"--domain"_s, u"failover.route.test"_s, u"--down"_s, u"hub.example.test"_s} << 0
        << u"hub.example.test 192.0.2.9"_s << u"implicit-mx literal"_s << u"10 20"_s << u"down usable"_s
        << u"hub.example.test=0 192.0.2.9=10 waiting=0"_s;
    QTest::newRow("limit-override-and-connections")
        << QStringList{u"--domain"_s, u"direct.example.test"_s, u"--limit"_s, u"mx1.example.test=1"_s,
                       u"--limit"_s, u"mx2.example.test=2"_s, u"--connections"_s, u"5"_s}
        << 0 << u"mx1.example.test mx2.example.test"_s << u"mx mx"_s << u"5 5"_s << u"usable usable"_s
        << u"mx1.example.test=1 mx2.example.test=2 waiting=2"_s;
    QTest::newRow("all-down-is-no-usable-host")
        << QStringList{u"--domain"_s, u"three.example.test"_s, u"--down"_s, u"mx1.three.example.test"_s,
                       u"--down"_s, u"192.0.2.32"_s}
        << 1 << u"mx1.three.example.test mx2.three.example.test"_s << u"mx mx"_s << u"10 20"_s << u"down down"_s
        << u"mx1.three.example.test=0 mx2.three.example.test=0 waiting=10"_s;
}

void TestExplainCli::bothBackendsAgree()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const QStringList common = QStringList{u"explain"_s, m_config, u"--format"_s, u"json"_s} + args;
    const Run zone = runCli(common + zoneArgs());
    const Run live = runCli(common + dnsArgs());
    QCOMPARE(zone.code, code);
    QCOMPARE(live.code, code);
    QJsonObject z = QJsonDocument::fromJson(zone.out).object();
    QJsonObject l = QJsonDocument::fromJson(live.out).object();
    QVERIFY2(!z.isEmpty(), zone.out.constData());
    QVERIFY2(!l.isEmpty(), live.out.constData());

    const QJsonArray candidates = z.value(u"candidates").toArray();
    QTEST(joined(candidates, "host"), "hosts");
    QTEST(joined(candidates, "lookup"), "lookups");
    QTEST(joined(candidates, "pref"), "prefs");
    QTEST(joined(candidates, "state"), "states");
    QTEST(assignedText(z), "assigned");
    QCOMPARE(z.value(u"nullMx").toBool(), QTest::currentDataTag() == "null-mx"_ba);

    // Only the note naming the source differs ("zone example.test.zone" / "c-ares 127.0.0.1:N"),
    // and the detail after a failure's status ("x does not exist" / "Domain name not found").
    for (QJsonObject *o : {&z, &l}) {
        o->remove(u"notes"_s);
        QJsonArray cs = o->value(u"candidates").toArray();
        for (qsizetype i = 0; i < cs.size(); ++i) {
            QJsonObject c = cs.at(i).toObject();
            if (c.value(u"reason").isString())
                c.insert(u"reason"_s, c.value(u"reason").toString().section(u" ("_s, 0, 0));
            cs.replace(i, c);
        }
        o->insert(u"candidates"_s, cs);
    }
    if (z != l) {
        qWarning().noquote() << "zone:" << zone.out << "\ndns:" << live.out;
        QFAIL("the zone file and the DNS server gave different explanations");
    }
}

void TestExplainCli::liveServerOnly_data()
{
    QTest::addColumn<QStringList>("server");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("states");
    QTest::addColumn<QString>("reason");

    // Knot declares broken.test but cannot load it: SERVFAIL; the literal takes over.
    QTest::newRow("servfail-falls-back-to-literal")
        << QStringList{} << u"broken.route.test"_s << 0 << u"unresolved usable"_s << u"SERVFAIL"_s;
    QTest::newRow("servfail-for-the-domain")
        << QStringList{} << u"x.broken.test"_s << 1 << u"unresolved"_s << u"SERVFAIL"_s;
    // A UDP socket that never answers (bound below): every lookup times out.
    QTest::newRow("timeout") << QStringList{u"silent"_s} << u"direct.example.test"_s << 1 << u"unresolved"_s
                             << u"TIMEOUT"_s;
}

void TestExplainCli::liveServerOnly()
{
    QFETCH(QStringList, server);
    QFETCH(QString, domain);
    QFETCH(int, code);
    const rs::dns::test::SilentServer silent;
    QStringList dns = dnsArgs();
    if (server == QStringList{u"silent"_s}) {
        QVERIFY(silent.port() > 0);
        dns = {u"--dns"_s, silent.server(), u"--timeout"_s, u"150"_s};
    }
    QElapsedTimer timer;
    timer.start();
    const Run run = runCli(QStringList{u"explain"_s, m_config, u"--format"_s, u"json"_s, u"--domain"_s, domain} + dns);
    QCOMPARE(run.code, code);
    const QJsonArray candidates = QJsonDocument::fromJson(run.out).object().value(u"candidates").toArray();
    QTEST(joined(candidates, "state"), "states");
    QFETCH(QString, reason);
    QVERIFY2(candidates.first().toObject().value(u"reason").toString().contains(reason, Qt::CaseInsensitive),
             run.out.constData());
    // 150 ms x 2 tries, not c-ares' default of 5 s x 4.
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
}

void TestExplainCli::textLooksLikeTheConsole()
{
    const Run run = runCli({u"explain"_s, m_config, u"--domain"_s, u"three.example.test"_s, u"--zone"_s, m_zone});
    QCOMPARE(run.code, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.startsWith(u"Domain 'three.example.test' has 2 hosts (2 usable) and a TTL of 3600 seconds"_s),
             qPrintable(text));
    QVERIFY(text.contains(u"    [10 mx1.three.example.test. TTL:3600]\n  =>\t[192.0.2.31]:25 IPv4\n"_s));
    QVERIFY(text.contains(u"    [20 mx2.three.example.test. TTL:3600]\n      [192.0.2.32]:25 IPv4\n"_s));
    QVERIFY(text.contains(u"Simulated 10 connections (domain limit 10: Max_Outbound_Connections in the global scope"_s));
    QVERIFY(text.contains(u"note: resolved through zone example.test.zone"_s));

    const Run down = runCli({u"explain"_s, m_config, u"--domain"_s, u"three.example.test"_s, u"--zone"_s, m_zone,
                             u"--down"_s, u"mx1.three.example.test"_s});
    QVERIFY2(QString::fromUtf8(down.out).contains(u"  *\t[192.0.2.31]:25 IPv4\n"_s), down.out.constData());
    QVERIFY(QString::fromUtf8(down.out).contains(u"  =>\t[192.0.2.32]:25 IPv4\n"_s));
}

void TestExplainCli::stepsExplainEachConnection()
{
    const Run run = runCli({u"explain"_s, m_config, u"--domain"_s, u"direct.example.test"_s, u"--zone"_s, m_zone,
                            u"--connections"_s, u"8"_s, u"--steps"_s});
    QCOMPARE(run.code, 0);
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n');
    const auto first = std::find(lines.cbegin(), lines.cend(), u"Connection by connection:"_s);
    QVERIFY(first != lines.cend());
    QCOMPARE(lines.cend() - first > 8, true);
    QVERIFY(first[1].startsWith(u"  #1 mx1.example.test:"_s));
    QVERIFY(first[2].startsWith(u"  #2 mx2.example.test:"_s));
    // mx1 is full after three (Host scope limit): the rest go to mx2.
    QVERIFY2(first[7].startsWith(u"  #7 mx2.example.test:"_s), qPrintable(first[7]));
    QVERIFY2(first[7].contains(u"mx1.example.test"_s), qPrintable(first[7]));
}

void TestExplainCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString zone = rs::dns::test::dataFile("example.test.zone");
    QTest::newRow("no-domain") << QStringList{u"explain"_s, u"CONFIG"_s, u"--zone"_s, zone} << u"--domain"_s;
    QTest::newRow("missing-config") << QStringList{u"explain"_s, u"/nonexistent/ecelerity.conf"_s, u"--domain"_s,
                                                   u"a.test"_s, u"--zone"_s, zone}
                                    << u"cannot read"_s;
    QTest::newRow("missing-zone") << QStringList{u"explain"_s, u"CONFIG"_s, u"--domain"_s, u"a.test"_s, u"--zone"_s,
                                                 u"/nonexistent/x.zone"_s}
                                  << u"x.zone"_s;
    QTest::newRow("zone-and-dns") << QStringList{u"explain"_s, u"CONFIG"_s, u"--domain"_s, u"a.test"_s, u"--zone"_s,
                                                 zone, u"--dns"_s, u"127.0.0.1"_s}
                                  << u"exclude"_s;
    QTest::newRow("bad-server") << QStringList{u"explain"_s, u"CONFIG"_s, u"--domain"_s, u"a.test"_s, u"--dns"_s,
                                               u"not a server"_s}
                                << u"not a server"_s;
    QTest::newRow("bad-limit") << QStringList{u"explain"_s, u"CONFIG"_s, u"--domain"_s, u"a.test"_s, u"--zone"_s,
                                              zone, u"--limit"_s, u"mx1"_s}
                               << u"HOST=N"_s;
    QTest::newRow("bad-connections") << QStringList{u"explain"_s, u"CONFIG"_s, u"--domain"_s, u"a.test"_s,
                                                    u"--zone"_s, zone, u"--connections"_s, u"-3"_s}
                                     << u"--connections"_s;
    QTest::newRow("bad-format") << QStringList{u"explain"_s, u"CONFIG"_s, u"--domain"_s, u"a.test"_s, u"--zone"_s,
                                               zone, u"--format"_s, u"xml"_s}
                                << u"--format"_s;
}

void TestExplainCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    args.replaceInStrings(u"CONFIG"_s, m_config);
    const Run run = runCli(args);
    QCOMPARE(run.code, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
}

QTEST_GUILESS_MAIN(TestExplainCli)
#include "tst_explaincli.moc"
