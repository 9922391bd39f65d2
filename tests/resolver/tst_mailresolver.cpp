// SPDX-License-Identifier: GPL-3.0-or-later
// MailResolver over both backends: the hosts routing gets for each kind of name.

#include "dnstestsupport.h"

#include "resolver/caresbackend.h"
#include "resolver/zonebackend.h"

#include <memory>

using namespace rs::dns;
using namespace rs::dns::test;

Q_DECLARE_METATYPE(rs::dns::MailLookupMode)

class TestMailResolver final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void overZone_data() { rows(); }
    void overZone();
    void overCares_data() { rows(); }
    void overCares();
    void hostDetails();
    void timeout();
    void cancel();
    void concurrentJobs();
    void deleteResolverInsideCallback();

private:
    static void rows();
    std::unique_ptr<CaresBackend> cares(const QString &server, int timeoutMs = 1000);
    ZoneBackend m_zone;
};

void TestMailResolver::initTestCase()
{
    QVERIFY(m_zone.loadFile(dataFile("example.test.zone")));
    QVERIFY(m_zone.loadFile(dataFile("second.test.zone")));
    QVERIFY(!m_zone.loadFile(dataFile("broken.test.zone")));
}

std::unique_ptr<CaresBackend> TestMailResolver::cares(const QString &server, int timeoutMs)
{
    CaresOptions o;
    o.servers = {server};
    o.timeoutMs = timeoutMs;
    o.tries = 2;
    return std::make_unique<CaresBackend>(o);
}

void TestMailResolver::rows()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<MailLookupMode>("mode");
    QTest::addColumn<QString>("expected");
    const auto mx = MailLookupMode::MxWithFallback;
    const auto addr = MailLookupMode::AddressOnly;
    const auto row = [](const char *tag, const char *name, MailLookupMode mode, const char *expected) {
        QTest::newRow(tag) << QString::fromLatin1(name) << mode << QString::fromLatin1(expected);
    };
    row("mx-single", "relay.example.test", mx, "NOERROR\nrelay-in.example.test 10 ttl=3600 resolved 192.0.2.2/3600");
    row("mx-different-prefs", "three.example.test", mx,
        "NOERROR\nmx1.three.example.test 10 ttl=3600 resolved 192.0.2.31/3600"
        "\nmx2.three.example.test 20 ttl=3600 resolved 192.0.2.32/3600");
    row("mx-equal-prefs-dual-stack", "direct.example.test", mx,
        "NOERROR\nmx1.example.test 5 ttl=3600 resolved 192.0.2.51/3600"
        "\nmx2.example.test 5 ttl=3600 resolved 192.0.2.52/3600 2001:db8::52/3600");
    row("mx-null", "noreply.example.test", mx, "NOERROR nullmx");
    row("implicit-mx-dual-stack", "nomx.example.test", mx,
        "NOERROR implicit\nnomx.example.test -1 ttl=-1 resolved 192.0.2.70/3600 2001:db8::70/3600");
    row("implicit-mx-a-only", "hub.example.test", mx, "NOERROR implicit\nhub.example.test -1 ttl=-1 resolved 192.0.2.1/3600");
    row("implicit-mx-no-addresses", "partner.example.test", mx, "NODATA implicit\npartner.example.test -1 ttl=-1 no addresses");
    row("nxdomain", "missing.example.test", mx, "NXDOMAIN");
    row("exchange-without-addresses", "noaddr.example.test", mx, "NOERROR\nnoaddr-host.example.test 10 ttl=3600 no addresses");
    row("exchange-nxdomain", "dangling.example.test", mx, "NOERROR\nmissing-host.example.test 10 ttl=3600 nxdomain");
    row("exchange-v6-only", "v6mx.example.test", mx, "NOERROR\nv6host.example.test 10 ttl=3600 resolved 2001:db8::80/3600");
    row("servfail", "broken.test", mx, "SERVFAIL");
    row("refused", "example.org", mx, "REFUSED");
    row("many", "many.example.test", mx,
        "NOERROR\nm1.many.example.test 10 ttl=3600 resolved 192.0.2.101/3600"
        "\nm2.many.example.test 10 ttl=3600 resolved 192.0.2.102/3600 192.0.2.112/3600"
        "\nm3.many.example.test 10 ttl=3600 resolved 2001:db8::103/3600"
        "\nm4.many.example.test 20 ttl=3600 resolved 192.0.2.104/3600"
        "\nm5.many.example.test 30 ttl=3600 resolved 192.0.2.105/3600"
        "\nmx.second.test 30 ttl=3600 resolved 198.51.100.10/1800"
        "\nm1.many.example.test 40 ttl=3600 resolved 192.0.2.101/3600");
    row("exchange-is-cname", "cnexch.example.test", mx, "NOERROR\nalias.example.test 10 ttl=3600 resolved 192.0.2.1/3600");
    row("mx-via-cname", "mxalias.example.test", mx,
        "NOERROR cname=three.example.test\nmx1.three.example.test 10 ttl=3600 resolved 192.0.2.31/3600"
        "\nmx2.three.example.test 20 ttl=3600 resolved 192.0.2.32/3600");
    row("own-ttls", "shortttl.example.test", mx,
        "NOERROR\nshort-mx.example.test 10 ttl=120 resolved 192.0.2.90/60 2001:db8::90/30");
    row("address-only", "hub.example.test", addr, "NOERROR\nhub.example.test -1 ttl=-1 resolved 192.0.2.1/3600");
    row("address-only-mx-name", "three.example.test", addr, "NODATA\nthree.example.test -1 ttl=-1 no addresses");
    row("address-only-nxdomain", "missing.example.test", addr, "NXDOMAIN\nmissing.example.test -1 ttl=-1 nxdomain");
    row("address-only-servfail", "broken.test", addr, "SERVFAIL\nbroken.test -1 ttl=-1 servfail");
    row("address-only-refused", "example.org", addr, "REFUSED\nexample.org -1 ttl=-1 refused");
    row("address-only-trailing-dot", "mx2.example.test.", addr,
        "NOERROR\nmx2.example.test -1 ttl=-1 resolved 192.0.2.52/3600 2001:db8::52/3600");
}

void TestMailResolver::overZone()
{
    QFETCH(QString, name);
    QFETCH(MailLookupMode, mode);
    QFETCH(QString, expected);
    MailResolver resolver(&m_zone);
    const auto result = resolveMail(resolver, name, mode);
    QVERIFY(result);
    QCOMPARE(describe(*result), expected);
    QCOMPARE(result->name, name);
    QCOMPARE(result->mode, mode);
    QCOMPARE(result->status == Status::NoError && !result->nullMx, result->error.isEmpty());
}

void TestMailResolver::overCares()
{
    if (!knotPort())
        QSKIP("no Knot fixture (run through ctest)");
    QFETCH(QString, name);
    QFETCH(MailLookupMode, mode);
    QFETCH(QString, expected);
    auto backend = cares(knotServer());
    MailResolver resolver(backend.get());
    const auto fromCares = resolveMail(resolver, name, mode);
    QVERIFY(fromCares);
    QCOMPARE(describe(*fromCares), expected);
    // Field for field the same as from the zone files, apart from why a lookup failed
    // (c-ares' words, the zone's causes).
    MailResolver zoneResolver(&m_zone);
    auto fromZone = resolveMail(zoneResolver, name, mode);
    QVERIFY(fromZone);
    MailHostSet c = *fromCares;
    for (auto *set : {&c, &*fromZone}) {
        set->error.clear();
        set->cause = Cause::None;
        set->detail.clear();
        for (MailHost &h : set->hosts) {
            h.error.clear();
            h.cause = Cause::None;
            h.detail.clear();
        }
    }
    QVERIFY(c == *fromZone);
}

void TestMailResolver::hostDetails()
{
    MailResolver resolver(&m_zone);
    const auto r = resolveMail(resolver, QStringLiteral("shortttl.example.test"), MailLookupMode::MxWithFallback);
    QVERIFY(r);
    QCOMPARE(r->hosts.size(), 1);
    const MailHost &h = r->hosts.constFirst();
    QCOMPARE(h.ttl(), 30);  // the lowest of MX 120, A 60, AAAA 30
    QCOMPARE(h.addressTexts(), (QStringList{QStringLiteral("192.0.2.90"), QStringLiteral("2001:db8::90")}));
    QCOMPARE(h.ipv4Status, Status::NoError);
    QCOMPARE(h.ipv6Status, Status::NoError);
    QCOMPARE(r->resolvedCount(), 1);

    const auto v6 = resolveMail(resolver, QStringLiteral("v6mx.example.test"), MailLookupMode::MxWithFallback);
    QVERIFY(v6);
    QCOMPARE(v6->hosts.constFirst().ipv4Status, Status::NoData);
    QVERIFY(v6->hosts.constFirst().error.isEmpty());

    const auto dangling = resolveMail(resolver, QStringLiteral("dangling.example.test"), MailLookupMode::MxWithFallback);
    QVERIFY(dangling);
    QVERIFY(dangling->hosts.constFirst().error.contains(QStringLiteral("does not exist")));
    QCOMPARE(dangling->resolvedCount(), 0);

    const auto nullMx = resolveMail(resolver, QStringLiteral("noreply.example.test"), MailLookupMode::MxWithFallback);
    QVERIFY(nullMx);
    QVERIFY(nullMx->nullMx);
    QVERIFY(nullMx->hosts.isEmpty());
    QVERIFY(nullMx->error.contains(QStringLiteral("RFC 7505")));
}

void TestMailResolver::timeout()
{
    SilentServer silent;
    auto backend = cares(silent.server(), 150);
    MailResolver resolver(backend.get());
    const auto mx = resolveMail(resolver, QStringLiteral("three.example.test"), MailLookupMode::MxWithFallback);
    QVERIFY(mx);
    QCOMPARE(describe(*mx), QStringLiteral("TIMEOUT"));
    QVERIFY(mx->error.contains(QStringLiteral("MX lookup")));
    const auto a = resolveMail(resolver, QStringLiteral("hub.example.test"), MailLookupMode::AddressOnly);
    QVERIFY(a);
    QCOMPARE(describe(*a), QStringLiteral("TIMEOUT\nhub.example.test -1 ttl=-1 timeout"));
}

void TestMailResolver::cancel()
{
    MailResolver resolver(&m_zone);
    QSignalSpy spy(&resolver, &MailResolver::finished);
    const quint64 stale = resolver.resolve(QStringLiteral("three.example.test"));
    const quint64 kept = resolver.resolve(QStringLiteral("relay.example.test"));
    QCOMPARE(resolver.pendingCount(), 2);
    resolver.cancel(stale);
    QVERIFY(spinUntil([&] { return spy.size() == 1; }));
    spinUntil([] { return false; }, 50);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toULongLong(), kept);
    QCOMPARE(m_zone.pendingCount(), 0);  // the stale job's backend queries went too
    resolver.resolve(QStringLiteral("three.example.test"));
    resolver.cancelAll();
    spinUntil([] { return false; }, 50);
    QCOMPARE(spy.size(), 1);
}

void TestMailResolver::concurrentJobs()
{
    if (!knotPort())
        QSKIP("no Knot fixture (run through ctest)");
    auto backend = cares(knotServer());
    MailResolver resolver(backend.get());
    QSignalSpy spy(&resolver, &MailResolver::finished);
    const QStringList names{QStringLiteral("three.example.test"), QStringLiteral("many.example.test"),
                            QStringLiteral("nomx.example.test"), QStringLiteral("missing.example.test")};
    for (int i = 0; i < 100; ++i)
        resolver.resolve(names.at(i % names.size()));
    QVERIFY(spinUntil([&] { return spy.size() == 100; }, 10000));
    for (const auto &args : std::as_const(spy)) {
        const auto r = args.at(1).value<MailHostSet>();
        QCOMPARE(r.status, r.name.startsWith(u"missing") ? Status::NxDomain : Status::NoError);
    }
}

void TestMailResolver::deleteResolverInsideCallback()
{
    auto *resolver = new MailResolver(&m_zone);
    QPointer<MailResolver> guard(resolver);
    int calls = 0;
    QObject context;
    for (int i = 0; i < 3; ++i)
        resolver->resolve(QStringLiteral("three.example.test"), MailLookupMode::MxWithFallback, &context,
                          [&, resolver](const MailHostSet &) { ++calls; delete resolver; });
    QVERIFY(spinUntil([&] { return guard.isNull(); }));
    spinUntil([] { return false; }, 50);
    QCOMPARE(calls, 1);
    QCOMPARE(m_zone.pendingCount(), 0);
}

QTEST_GUILESS_MAIN(TestMailResolver)
#include "tst_mailresolver.moc"
