// SPDX-License-Identifier: GPL-3.0-or-later
// Loading zone files: what RFC 1035 master files may contain, and errors with file and line
// instead of crashes for what they must not.

#include "dnstestsupport.h"

#include "resolver/zonebackend.h"

using namespace rs::dns;
using namespace rs::dns::test;

class TestZoneBackend final : public QObject
{
    Q_OBJECT

private slots:
    void referenceExample();
    void syntax_data();
    void syntax();
    void loadErrors_data();
    void loadErrors();
    void missingFile();
    void multipleZones();
    void cnameLoop();
    void garbageNeverCrashes();
    void clearForgetsZones();
};

void TestZoneBackend::referenceExample()
{
    // The plain copy of the shared reference example: origin from $ORIGIN, not the file name.
    ZoneBackend zone;
    QVERIFY2(zone.loadFile(dataFile("example.zone")), qPrintable(zone.errors().value(0).toString()));
    QCOMPARE(zone.zones(), QStringList{QStringLiteral("example.test")});
    QCOMPARE(answerText(zone.lookup(QStringLiteral("three.example.test"), QueryType::Mx)),
             QStringLiteral("NOERROR | 10 mx1.three.example.test/3600 | 20 mx2.three.example.test/3600"));
    QCOMPARE(answerText(zone.lookup(QStringLiteral("mail.partner.example.test"), QueryType::A)),
             QStringLiteral("NOERROR | 192.0.2.60/300"));
    QVERIFY(isNullMx(zone.lookup(QStringLiteral("noreply.example.test"), QueryType::Mx)));
    QCOMPARE(zone.describe(), QStringLiteral("zone example.zone"));
}

void TestZoneBackend::syntax_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("expected");
    const QByteArray soa = "@ IN SOA ns hostmaster 1 3600 600 86400 300\n";
    QTest::newRow("relative-names") << QByteArray("$TTL 300\n" + soa + "www IN A 192.0.2.1\n")
                                    << QStringLiteral("www.z.test") << QStringLiteral("A") << QStringLiteral("NOERROR | 192.0.2.1/300");
    QTest::newRow("absolute-names") << QByteArray("$TTL 300\n" + soa + "www.z.test. IN A 192.0.2.1\n")
                                    << QStringLiteral("www.z.test") << QStringLiteral("A") << QStringLiteral("NOERROR | 192.0.2.1/300");
    QTest::newRow("origin-directive") << QByteArray("$ORIGIN z.test.\n$TTL 60\n" + soa + "$ORIGIN sub.z.test.\nhost A 192.0.2.2\n")
                                      << QStringLiteral("host.sub.z.test") << QStringLiteral("A") << QStringLiteral("NOERROR | 192.0.2.2/60");
    QTest::newRow("at-sign") << QByteArray("$TTL 60\n" + soa + "@ IN MX 10 mail\nmail IN A 192.0.2.3\n")
                             << QStringLiteral("z.test") << QStringLiteral("MX") << QStringLiteral("NOERROR | 10 mail.z.test/60");
    QTest::newRow("comments") << QByteArray("; leading comment\n$TTL 60 ; why\n" + soa + "x IN A 192.0.2.4 ; trailing\n")
                              << QStringLiteral("x.z.test") << QStringLiteral("A") << QStringLiteral("NOERROR | 192.0.2.4/60");
    QTest::newRow("parentheses") << QByteArray("$TTL 60\n@ IN SOA ns hostmaster (\n 1 ; serial\n 3600\n 600\n 86400\n 300 )\n"
                                               "m IN MX ( 20\n  x )\nx A 192.0.2.5\n")
                                 << QStringLiteral("m.z.test") << QStringLiteral("MX") << QStringLiteral("NOERROR | 20 x.z.test/60");
    QTest::newRow("owner-carried-over") << QByteArray("$TTL 60\n" + soa + "m IN MX 10 a\n  IN MX 20 b\n")
                                        << QStringLiteral("m.z.test") << QStringLiteral("MX") << QStringLiteral("NOERROR | 10 a.z.test/60 | 20 b.z.test/60");
    QTest::newRow("explicit-ttl") << QByteArray("$TTL 60\n" + soa + "x 5 IN AAAA 2001:db8::1\n")
                                  << QStringLiteral("x.z.test") << QStringLiteral("AAAA") << QStringLiteral("NOERROR | 2001:db8::1/5");
    QTest::newRow("no-class") << QByteArray("$TTL 60\n" + soa + "x AAAA 2001:DB8:0:0::2\n")
                              << QStringLiteral("x.z.test") << QStringLiteral("AAAA") << QStringLiteral("NOERROR | 2001:db8::2/60");
    QTest::newRow("ns-only-name-nodata") << QByteArray("$TTL 60\n" + soa + "@ NS ns\nns A 192.0.2.9\n")
                                         << QStringLiteral("z.test") << QStringLiteral("MX") << QStringLiteral("NODATA");
    QTest::newRow("cname-chain") << QByteArray("$TTL 60\n" + soa + "a CNAME b\nb CNAME c\nc A 192.0.2.6\n")
                                 << QStringLiteral("a.z.test") << QStringLiteral("A") << QStringLiteral("NOERROR cname=c.z.test | 192.0.2.6/60");
    QTest::newRow("cname-out-of-zone") << QByteArray("$TTL 60\n" + soa + "a CNAME elsewhere.example.\n")
                                       << QStringLiteral("a.z.test") << QStringLiteral("A") << QStringLiteral("NODATA cname=elsewhere.example");
    QTest::newRow("cname-to-nxdomain") << QByteArray("$TTL 60\n" + soa + "a CNAME nothing\n")
                                       << QStringLiteral("a.z.test") << QStringLiteral("A") << QStringLiteral("NXDOMAIN cname=nothing.z.test");
    QTest::newRow("out-of-zone-data-ignored") << QByteArray("$TTL 60\n" + soa + "other.example. A 192.0.2.7\n")
                                              << QStringLiteral("other.example") << QStringLiteral("A") << QStringLiteral("REFUSED");
}

void TestZoneBackend::syntax()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    ZoneBackend zone;
    const bool ok = zone.loadText(text, QStringLiteral("z.test"), QStringLiteral("inline"));
    QVERIFY2(ok, qPrintable(zone.errors().value(0).toString()));
    QFETCH(QString, type);
    const QueryType t = type == u"MX" ? QueryType::Mx : type == u"A" ? QueryType::A : QueryType::Aaaa;
    QCOMPARE(answerText(zone.lookup(name, t)), expected);
}

void TestZoneBackend::loadErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    const QByteArray soa = "@ IN SOA ns hostmaster 1 3600 600 86400 300\n";
    QTest::newRow("bad-ipv4") << QByteArray("$TTL 60\n" + soa + "x A 192.0.2.300\n") << 3;
    QTest::newRow("bad-ipv6") << QByteArray("$TTL 60\n" + soa + "\n\nx AAAA 2001:db8::zz\n") << 5;
    QTest::newRow("unknown-type") << QByteArray("$TTL 60\n" + soa + "x BOGUS 1\n") << 3;
    QTest::newRow("mx-missing-exchange") << QByteArray("$TTL 60\n" + soa + "x MX 10\n") << 3;
    QTest::newRow("mx-bad-preference") << QByteArray("$TTL 60\n" + soa + "x MX ten mail\n") << 3;
    QTest::newRow("empty-label") << QByteArray("$TTL 60\n" + soa + "x..y A 192.0.2.1\n") << 3;
    QTest::newRow("label-too-long") << QByteArray("$TTL 60\n" + soa + QByteArray(70, 'a') + " A 192.0.2.1\n") << 3;
    QTest::newRow("no-soa") << QByteArray("$TTL 60\nx A 192.0.2.1\n") << 0;
}

void TestZoneBackend::loadErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    ZoneBackend zone;
    QVERIFY(!zone.loadText(text, QStringLiteral("z.test"), QStringLiteral("bad.zone")));
    QCOMPARE(zone.errors().size(), 1);
    const ZoneLoadError e = zone.errors().constFirst();
    QCOMPARE(e.file, QStringLiteral("bad.zone"));
    QVERIFY2(line == 0 ? e.line == 0 : e.line >= line - 1 && e.line <= line + 1, qPrintable(e.toString()));
    QVERIFY(!e.message.isEmpty());
    QVERIFY(e.toString().startsWith(QStringLiteral("bad.zone:")));
    // A zone that failed to load answers SERVFAIL, as a server holding it would.
    QCOMPARE(zone.lookup(QStringLiteral("x.z.test"), QueryType::A).status, Status::ServFail);
    QCOMPARE(zone.lookup(QStringLiteral("elsewhere.test"), QueryType::A).status, Status::Refused);
}

void TestZoneBackend::missingFile()
{
    ZoneBackend zone;
    QVERIFY(!zone.loadFile(dataFile("nonexistent.test.zone")));
    QCOMPARE(zone.errors().size(), 1);
    QVERIFY(zone.errors().constFirst().toString().contains(QStringLiteral("nonexistent.test.zone")));
    QCOMPARE(zone.lookup(QStringLiteral("nonexistent.test"), QueryType::Mx).status, Status::ServFail);
}

void TestZoneBackend::multipleZones()
{
    ZoneBackend zone;
    QVERIFY(zone.loadFile(dataFile("example.test.zone")));
    QVERIFY(zone.loadFile(dataFile("second.test.zone")));
    // A child zone inside a loaded one takes over its names.
    QVERIFY(zone.loadText("$TTL 5\n@ SOA ns h 1 2 3 4 5\n@ MX 1 inner\n", QStringLiteral("child.example.test")));
    QCOMPARE(zone.zones().size(), 3);
    QCOMPARE(answerText(zone.lookup(QStringLiteral("second.test"), QueryType::Mx)), QStringLiteral("NOERROR | 10 mx.second.test/1800"));
    QCOMPARE(answerText(zone.lookup(QStringLiteral("child.example.test"), QueryType::Mx)),
             QStringLiteral("NOERROR | 1 inner.child.example.test/5"));
    QCOMPARE(zone.lookup(QStringLiteral("three.example.test"), QueryType::Mx).mx.size(), 2);
}

void TestZoneBackend::cnameLoop()
{
    ZoneBackend zone;
    QVERIFY(zone.loadText("$TTL 5\n@ SOA ns h 1 2 3 4 5\na CNAME b\nb CNAME a\n", QStringLiteral("loop.test")));
    const Answer a = zone.lookup(QStringLiteral("a.loop.test"), QueryType::A);
    QCOMPARE(a.status, Status::Error);
    QVERIFY(a.error.contains(QStringLiteral("CNAME")));
}

void TestZoneBackend::garbageNeverCrashes()
{
    // Bounded pseudo-random garbage: the loader must reject or accept, never crash or hang.
    quint32 seed = 12345;
    const auto next = [&seed] { seed = seed * 1103515245u + 12345u; return (seed >> 16) & 0x7fff; };
    const QByteArray alphabet = "abcz019.@$;() \t\n\"\\:INSOAMXCNAME$ORIGIN$TTL$INCLUDE";
    for (int round = 0; round < 200; ++round) {
        QByteArray text;
        const int len = int(next() % 300);
        for (int i = 0; i < len; ++i)
            text.append(next() % 8 ? alphabet.at(int(next() % alphabet.size())) : char(next() & 0xff));
        if (text.contains("$INCLUDE"))
            continue;  // would read other files
        ZoneBackend zone;
        zone.loadText(text, QStringLiteral("g.test"), QStringLiteral("garbage"));
        (void)zone.lookup(QStringLiteral("a.g.test"), QueryType::Mx);
    }
    ZoneBackend empty;
    QVERIFY(!empty.loadText(QByteArray(), QStringLiteral("e.test")));
    QVERIFY(!empty.loadText(QByteArray("\0\0\0", 3), QStringLiteral("e.test")));
    QVERIFY(!empty.loadText("x", QStringLiteral("..")));
}

void TestZoneBackend::clearForgetsZones()
{
    ZoneBackend zone;
    QVERIFY(zone.loadFile(dataFile("second.test.zone")));
    zone.clear();
    QVERIFY(zone.zones().isEmpty());
    QCOMPARE(zone.lookup(QStringLiteral("second.test"), QueryType::Mx).status, Status::Refused);
}

QTEST_GUILESS_MAIN(TestZoneBackend)
#include "tst_zonebackend.moc"
