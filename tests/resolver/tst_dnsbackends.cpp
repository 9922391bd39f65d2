// SPDX-License-Identifier: GPL-3.0-or-later
// The same questions to CaresBackend (against Knot serving tests/data/dns) and ZoneBackend
// (reading the same files): each must give the expected answer, and both the same one.

#include "dnstestsupport.h"

#include "resolver/caresbackend.h"
#include "resolver/zonebackend.h"

#include <memory>

using namespace rs::dns;
using namespace rs::dns::test;

Q_DECLARE_METATYPE(rs::dns::QueryType)

class TestDnsBackends final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void zoneAnswers_data() { rows(); }
    void zoneAnswers();
    void caresAnswers_data() { rows(); }
    void caresAnswers();
    void backendsAgree_data() { rows(); }
    void backendsAgree();

    void neverSynchronous_data();
    void neverSynchronous();
    void cancelledNeverDelivered_data();
    void cancelledNeverDelivered();
    void callbackContextGone();

    void caresTimeout();
    void caresClosedPort();
    void caresBadServer();
    void caresDestroyedWithPending();
    void caresDeletedInsideCallback();
    void caresManyInFlight();
    void nullMxHelper();

private:
    static void rows();
    std::unique_ptr<Backend> cares(const QStringList &servers = {}, int timeoutMs = 1000, int tries = 2);
    ZoneBackend m_zone;
};

void TestDnsBackends::initTestCase()
{
    QVERIFY(m_zone.loadFile(dataFile("example.test.zone")));
    QVERIFY(m_zone.loadFile(dataFile("second.test.zone")));
    // Declared but missing, as in the Knot fixture: SERVFAIL.
    QVERIFY(!m_zone.loadFile(dataFile("broken.test.zone")));
    QCOMPARE(m_zone.errors().size(), 1);
}

std::unique_ptr<Backend> TestDnsBackends::cares(const QStringList &servers, int timeoutMs, int tries)
{
    CaresOptions o;
    o.servers = servers.isEmpty() ? QStringList{knotServer()} : servers;
    o.timeoutMs = timeoutMs;
    o.tries = tries;
    o.hermetic = true;
    return std::make_unique<CaresBackend>(o);
}

void TestDnsBackends::rows()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QueryType>("type");
    QTest::addColumn<QString>("expected");
    const auto mx = QueryType::Mx;
    const auto a = QueryType::A;
    const auto aaaa = QueryType::Aaaa;
    const auto row = [](const char *tag, const char *name, QueryType t, const char *expected) {
        QTest::newRow(tag) << QString::fromLatin1(name) << t << QString::fromLatin1(expected);
    };
    row("mx-single", "relay.example.test", mx, "NOERROR | 10 relay-in.example.test/3600");
    row("mx-different-prefs", "three.example.test", mx,
        "NOERROR | 10 mx1.three.example.test/3600 | 20 mx2.three.example.test/3600");
    row("mx-equal-prefs", "direct.example.test", mx, "NOERROR | 5 mx1.example.test/3600 | 5 mx2.example.test/3600");
    row("mx-pref-zero", "four.example.test", mx, "NOERROR | 0 mx0.four.example.test/3600");
    row("mx-many", "many.example.test", mx,
        "NOERROR | 10 m1.many.example.test/3600 | 10 m2.many.example.test/3600 | 10 m3.many.example.test/3600"
        " | 20 m4.many.example.test/3600 | 30 m5.many.example.test/3600 | 30 mx.second.test/3600"
        " | 40 m1.many.example.test/3600");
    row("mx-null", "noreply.example.test", mx, "NOERROR | 0 /3600");
    row("mx-nodata-has-address", "nomx.example.test", mx, "NODATA");
    row("mx-nodata-plain-host", "hub.example.test", mx, "NODATA");
    row("mx-nxdomain", "missing.example.test", mx, "NXDOMAIN");
    row("mx-servfail", "broken.test", mx, "SERVFAIL");
    row("mx-servfail-below", "www.broken.test", mx, "SERVFAIL");
    row("mx-refused", "example.org", mx, "REFUSED");
    row("mx-refused-invalid-tld", "mail.invalid", mx, "REFUSED");
    row("mx-via-cname", "mxalias.example.test", mx,
        "NOERROR cname=three.example.test | 10 mx1.three.example.test/3600 | 20 mx2.three.example.test/3600");
    row("mx-own-ttl", "shortttl.example.test", mx, "NOERROR | 10 short-mx.example.test/120");
    row("mx-multiline", "multi.example.test", mx, "NOERROR | 15 relay-in.example.test/3600");
    row("mx-second-zone-apex", "second.test", mx, "NOERROR | 10 mx.second.test/1800");
    row("mx-empty-non-terminal", "partner.example.test", mx, "NODATA");
    row("mx-deep-ent", "deep.ent.example.test", mx, "NODATA");
    row("mx-case-and-dot", "ThReE.Example.TEST.", mx,
        "NOERROR | 10 mx1.three.example.test/3600 | 20 mx2.three.example.test/3600");
    row("a-single", "hub.example.test", a, "NOERROR | 192.0.2.1/3600");
    row("a-two", "m2.many.example.test", a, "NOERROR | 192.0.2.102/3600 | 192.0.2.112/3600");
    row("a-dual-stack", "mx2.example.test", a, "NOERROR | 192.0.2.52/3600");
    row("aaaa-dual-stack", "mx2.example.test", aaaa, "NOERROR | 2001:db8::52/3600");
    row("a-v6-only", "v6host.example.test", a, "NODATA");
    row("aaaa-v6-only", "v6host.example.test", aaaa, "NOERROR | 2001:db8::80/3600");
    row("aaaa-none", "hub.example.test", aaaa, "NODATA");
    row("a-cname", "alias.example.test", a, "NOERROR cname=hub.example.test | 192.0.2.1/3600");
    row("aaaa-cname-nodata", "alias.example.test", aaaa, "NODATA cname=hub.example.test");
    row("a-nxdomain", "missing-host.example.test", a, "NXDOMAIN");
    row("a-name-without-addresses", "noaddr-host.example.test", a, "NODATA");
    row("a-own-ttl", "short-mx.example.test", a, "NOERROR | 192.0.2.90/60");
    row("aaaa-own-ttl", "short-mx.example.test", aaaa, "NOERROR | 2001:db8::90/30");
    row("a-record-ttl", "mail.partner.example.test", a, "NOERROR | 192.0.2.60/300");
    row("a-servfail", "broken.test", a, "SERVFAIL");
    row("aaaa-refused", "example.com", aaaa, "REFUSED");
    row("a-second-zone", "mx.second.test", a, "NOERROR | 198.51.100.10/1800");
}

void TestDnsBackends::zoneAnswers()
{
    QFETCH(QString, name);
    QFETCH(QueryType, type);
    QFETCH(QString, expected);
    const auto answer = ask(m_zone, name, type);
    QVERIFY(answer);
    QCOMPARE(answerText(*answer), expected);
    QCOMPARE(answer->name, name);
    QCOMPARE(answer->type, type);
    QCOMPARE(answer->error.isEmpty(), answer->status == Status::NoError);
}

void TestDnsBackends::caresAnswers()
{
    if (!knotPort())
        QSKIP("no Knot fixture (run through ctest)");
    QFETCH(QString, name);
    QFETCH(QueryType, type);
    QFETCH(QString, expected);
    auto backend = cares();
    const auto answer = ask(*backend, name, type);
    QVERIFY(answer);
    QCOMPARE(answerText(*answer), expected);
    QCOMPARE(answer->name, name);
    QCOMPARE(answer->error.isEmpty(), answer->status == Status::NoError);
}

void TestDnsBackends::backendsAgree()
{
    if (!knotPort())
        QSKIP("no Knot fixture (run through ctest)");
    QFETCH(QString, name);
    QFETCH(QueryType, type);
    auto backend = cares();
    auto fromCares = ask(*backend, name, type);
    auto fromZone = ask(m_zone, name, type);
    QVERIFY(fromCares && fromZone);
    // Identical apart from why a query failed (c-ares' words, the zone's causes) and
    // the RRset order.
    for (Answer *answer : {&*fromCares, &*fromZone}) {
        answer->error.clear();
        answer->cause = Cause::None;
    }
    const auto sortAll = [](Answer &x) {
        std::sort(x.mx.begin(), x.mx.end(), [](const MxRecord &l, const MxRecord &r) {
            return std::tie(l.preference, l.exchange) < std::tie(r.preference, r.exchange);
        });
        std::sort(x.addresses.begin(), x.addresses.end(),
                  [](const AddressRecord &l, const AddressRecord &r) { return l.address < r.address; });
    };
    sortAll(*fromCares);
    sortAll(*fromZone);
    QCOMPARE(answerText(*fromCares), answerText(*fromZone));
    QVERIFY(*fromCares == *fromZone);
}

void TestDnsBackends::neverSynchronous_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("name");
    QTest::newRow("zone-hit") << QStringLiteral("zone") << QStringLiteral("hub.example.test");
    QTest::newRow("zone-refused") << QStringLiteral("zone") << QStringLiteral("example.org");
    QTest::newRow("cares-hit") << QStringLiteral("cares") << QStringLiteral("hub.example.test");
    QTest::newRow("cares-bad-name") << QStringLiteral("cares") << QStringLiteral("..bad..");
    QTest::newRow("cares-bad-server") << QStringLiteral("cares-bad") << QStringLiteral("hub.example.test");
}

void TestDnsBackends::neverSynchronous()
{
    QFETCH(QString, backend);
    QFETCH(QString, name);
    if (backend != u"zone" && !knotPort())
        QSKIP("no Knot fixture (run through ctest)");
    std::unique_ptr<Backend> owned = backend == u"cares" ? cares()
                                   : backend == u"cares-bad" ? cares({QStringLiteral("not-an-ip")})
                                                             : nullptr;
    Backend &b = owned ? *owned : static_cast<Backend &>(m_zone);
    QSignalSpy spy(&b, &Backend::answered);
    bool synchronous = true;
    const auto answer = ask(b, name, QueryType::A, &synchronous);
    QVERIFY(!synchronous);
    QVERIFY(answer);
    QCOMPARE(spy.size(), 1);
    if (backend == u"cares-bad" || name.startsWith(u'.'))
        QCOMPARE(answer->status, Status::Error);
}

void TestDnsBackends::cancelledNeverDelivered_data()
{
    QTest::addColumn<bool>("useCares");
    QTest::newRow("zone") << false;
    QTest::newRow("cares") << true;
}

void TestDnsBackends::cancelledNeverDelivered()
{
    QFETCH(bool, useCares);
    if (useCares && !knotPort())
        QSKIP("no Knot fixture (run through ctest)");
    std::unique_ptr<Backend> owned = useCares ? cares() : nullptr;
    Backend &b = owned ? *owned : static_cast<Backend &>(m_zone);
    QSignalSpy spy(&b, &Backend::answered);
    int calls = 0;
    QObject context;
    const quint64 stale = b.query(QStringLiteral("three.example.test"), QueryType::Mx, &context, [&](const Answer &) { ++calls; });
    const quint64 kept = b.query(QStringLiteral("hub.example.test"), QueryType::A);
    b.cancel(stale);
    QVERIFY(!b.isPending(stale));
    QVERIFY(spinUntil([&] { return spy.size() == 1; }));
    QCOMPARE(spy.at(0).at(0).toULongLong(), kept);
    // Let a late answer to the stale query arrive if it were going to.
    spinUntil([] { return false; }, 100);
    QCOMPARE(calls, 0);
    QCOMPARE(spy.size(), 1);
}

void TestDnsBackends::callbackContextGone()
{
    int calls = 0;
    auto context = std::make_unique<QObject>();
    QSignalSpy spy(&m_zone, &Backend::answered);
    m_zone.query(QStringLiteral("hub.example.test"), QueryType::A, context.get(), [&](const Answer &) { ++calls; });
    context.reset();
    QVERIFY(spinUntil([&] { return spy.size() == 1; }));
    QCOMPARE(calls, 0);  // the signal still fires; the callback's owner is gone
}

void TestDnsBackends::caresTimeout()
{
    SilentServer silent;
    QVERIFY(silent.port() > 0);
    auto backend = cares({silent.server()}, 150, 2);
    QElapsedTimer t;
    t.start();
    const auto answer = ask(*backend, QStringLiteral("three.example.test"), QueryType::Mx);
    QVERIFY(answer);
    QCOMPARE(answer->status, Status::Timeout);
    QVERIFY2(!answer->error.isEmpty(), "a timeout says so");
    QVERIFY2(t.elapsed() >= 250 && t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
}

void TestDnsBackends::caresClosedPort()
{
    auto backend = cares({QStringLiteral("127.0.0.1:%1").arg(closedPort())}, 300, 1);
    const auto answer = ask(*backend, QStringLiteral("three.example.test"), QueryType::Mx);
    QVERIFY(answer);
    // Nothing listening is neither a timeout nor a DNS status.
    QCOMPARE(answer->status, Status::Error);
    QVERIFY(!answer->error.isEmpty());
}

void TestDnsBackends::caresBadServer()
{
    CaresBackend bad(CaresOptions{{QStringLiteral("256.1.1.1")}, 100, 1, true, 0});
    QVERIFY(!bad.isValid());
    QVERIFY(bad.initError().contains(QStringLiteral("256.1.1.1")));
    QVERIFY(bad.describe().contains(QStringLiteral("unusable")));
    CaresBackend good(CaresOptions{{QStringLiteral("127.0.0.1:5353"), QStringLiteral("[::1]:5354"), QStringLiteral("::1")}, 100, 1, true, 0});
    QVERIFY2(good.isValid(), qPrintable(good.initError()));
    QCOMPARE(good.describe(), QStringLiteral("c-ares 127.0.0.1:5353,[::1]:5354,[::1]:53"));
}

void TestDnsBackends::caresDestroyedWithPending()
{
    SilentServer silent;
    auto backend = cares({silent.server()}, 2000, 1);
    int calls = 0;
    QObject context;
    for (int i = 0; i < 10; ++i)
        backend->query(QStringLiteral("h%1.example.test").arg(i), QueryType::A, &context, [&](const Answer &) { ++calls; });
    spinUntil([] { return false; }, 50);  // let the queries go out
    backend.reset();                       // channel destroyed with 10 queries pending
    spinUntil([] { return false; }, 50);   // the retired notifiers' deleteLater runs
    QCOMPARE(calls, 0);
}

void TestDnsBackends::caresDeletedInsideCallback()
{
    if (!knotPort())
        QSKIP("no Knot fixture (run through ctest)");
    auto *backend = cares().release();
    QPointer<Backend> guard(backend);
    int calls = 0;
    QObject context;
    for (int i = 0; i < 5; ++i)
        backend->query(QStringLiteral("hub.example.test"), QueryType::A, &context, [&, backend](const Answer &) {
            ++calls;
            delete backend;  // the receiver drops the backend from inside the first answer
        });
    QVERIFY(spinUntil([&] { return guard.isNull(); }));
    spinUntil([] { return false; }, 100);
    QCOMPARE(calls, 1);
}

void TestDnsBackends::caresManyInFlight()
{
    if (!knotPort())
        QSKIP("no Knot fixture (run through ctest)");
    auto backend = cares();
    QSignalSpy spy(backend.get(), &Backend::answered);
    QHash<quint64, bool> ids;
    for (int i = 0; i < 300; ++i)
        ids.insert(backend->query(i % 2 ? QStringLiteral("many.example.test") : QStringLiteral("m2.many.example.test"),
                                  i % 2 ? QueryType::Mx : QueryType::A), true);
    QVERIFY(spinUntil([&] { return spy.size() == 300; }, 10000));
    for (const auto &args : std::as_const(spy)) {
        QVERIFY(ids.remove(args.at(0).toULongLong()));
        QCOMPARE(args.at(1).value<Answer>().status, Status::NoError);
    }
    QVERIFY(ids.isEmpty());
    QCOMPARE(backend->pendingCount(), 0);
}

void TestDnsBackends::nullMxHelper()
{
    QVERIFY(isNullMx(QList<MxRecord>{{0, QString(), 300}}));
    QVERIFY(isNullMx(QList<MxRecord>{{0, QStringLiteral("."), 300}}));
    QVERIFY(!isNullMx(QList<MxRecord>{{0, QString(), 300}, {10, QStringLiteral("mx.example"), 300}}));
    QVERIFY(!isNullMx(QList<MxRecord>{{0, QStringLiteral("mx.example"), 300}}));
    QVERIFY(!isNullMx(QList<MxRecord>{}));
}

QTEST_GUILESS_MAIN(TestDnsBackends)
#include "tst_dnsbackends.moc"
