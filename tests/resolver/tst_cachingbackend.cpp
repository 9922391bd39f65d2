// SPDX-License-Identifier: GPL-3.0-or-later
// CachingBackend in front of a ZoneBackend: what it keeps, for how long, and that it never
// changes the answer or the delivery contract.

#include "dnstestsupport.h"

#include "resolver/cachingbackend.h"
#include "resolver/zonebackend.h"

using namespace rs::dns;
using namespace rs::dns::test;

Q_DECLARE_METATYPE(rs::dns::QueryType)

class TestCachingBackend final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void keeps_data();
    void keeps();
    void sameAnswerAsUpstream();
    void ttlCountsDownAndExpires();
    void clearForgets();
    void sharesQueriesInFlight();
    void cancelOneOfShared();
    void overMailResolver();

private:
    std::unique_ptr<ZoneBackend> m_zone;
    std::unique_ptr<CachingBackend> m_cache;
    std::unique_ptr<QSignalSpy> m_upstream;
};

void TestCachingBackend::init()
{
    m_cache.reset();
    m_zone = std::make_unique<ZoneBackend>();
    QVERIFY(m_zone->loadFile(dataFile("example.test.zone")));
    QVERIFY(m_zone->loadText("$TTL 2\n@ SOA ns h 1 2 3 4 5\nquick A 192.0.2.200\n", QStringLiteral("quick.test")));
    QVERIFY(!m_zone->loadFile(dataFile("broken.test.zone")));
    m_cache = std::make_unique<CachingBackend>(m_zone.get());
    m_upstream = std::make_unique<QSignalSpy>(m_zone.get(), &Backend::answered);
}

void TestCachingBackend::keeps_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QueryType>("type");
    QTest::addColumn<int>("upstreamQueries");
    QTest::newRow("positive-kept") << QStringLiteral("three.example.test") << QueryType::Mx << 1;
    QTest::newRow("nodata-kept") << QStringLiteral("nomx.example.test") << QueryType::Mx << 1;
    QTest::newRow("nxdomain-kept") << QStringLiteral("missing.example.test") << QueryType::A << 1;
    QTest::newRow("servfail-not-kept") << QStringLiteral("broken.test") << QueryType::Mx << 2;
    QTest::newRow("refused-not-kept") << QStringLiteral("example.org") << QueryType::Mx << 2;
}

void TestCachingBackend::keeps()
{
    QFETCH(QString, name);
    QFETCH(QueryType, type);
    QFETCH(int, upstreamQueries);
    bool synchronous = true;
    const auto first = ask(*m_cache, name, type, &synchronous);
    QVERIFY(!synchronous);
    const auto second = ask(*m_cache, name.toUpper(), type, &synchronous);
    QVERIFY2(!synchronous, "a cache hit still arrives through the event loop");
    QVERIFY(first && second);
    QCOMPARE(answerText(*second), answerText(*first));
    QCOMPARE(second->name, name.toUpper());
    QCOMPARE(m_upstream->size(), upstreamQueries);
    QCOMPARE(m_cache->hits(), quint64(upstreamQueries == 1 ? 1 : 0));
}

void TestCachingBackend::sameAnswerAsUpstream()
{
    const auto cached = ask(*m_cache, QStringLiteral("many.example.test"), QueryType::Mx);
    const auto direct = ask(*m_zone, QStringLiteral("many.example.test"), QueryType::Mx);
    QVERIFY(cached && direct);
    QVERIFY(*cached == *direct);
    QVERIFY(m_cache->describe().startsWith(m_zone->describe()));
}

void TestCachingBackend::ttlCountsDownAndExpires()
{
    const auto fresh = ask(*m_cache, QStringLiteral("quick.quick.test"), QueryType::A);
    QVERIFY(fresh);
    QCOMPARE(fresh->addresses.value(0).ttl, 2u);
    spinUntil([] { return false; }, 1100);
    const auto aged = ask(*m_cache, QStringLiteral("quick.quick.test"), QueryType::A);
    QVERIFY(aged);
    QCOMPARE(aged->addresses.value(0).ttl, 1u);
    QCOMPARE(m_upstream->size(), 1);
    spinUntil([] { return false; }, 1000);
    const auto refetched = ask(*m_cache, QStringLiteral("quick.quick.test"), QueryType::A);
    QVERIFY(refetched);
    QCOMPARE(refetched->addresses.value(0).ttl, 2u);
    QCOMPARE(m_upstream->size(), 2);
}

void TestCachingBackend::clearForgets()
{
    QVERIFY(ask(*m_cache, QStringLiteral("hub.example.test"), QueryType::A));
    QCOMPARE(m_cache->size(), 1);
    m_cache->clear();
    QCOMPARE(m_cache->size(), 0);
    QVERIFY(ask(*m_cache, QStringLiteral("hub.example.test"), QueryType::A));
    QCOMPARE(m_upstream->size(), 2);
}

void TestCachingBackend::sharesQueriesInFlight()
{
    QSignalSpy answers(m_cache.get(), &Backend::answered);
    for (int i = 0; i < 5; ++i)
        m_cache->query(QStringLiteral("three.example.test"), QueryType::Mx);
    QVERIFY(spinUntil([&] { return answers.size() == 5; }));
    QCOMPARE(m_upstream->size(), 1);
}

void TestCachingBackend::cancelOneOfShared()
{
    QSignalSpy answers(m_cache.get(), &Backend::answered);
    const quint64 a = m_cache->query(QStringLiteral("three.example.test"), QueryType::Mx);
    const quint64 b = m_cache->query(QStringLiteral("three.example.test"), QueryType::Mx);
    m_cache->cancel(a);
    QVERIFY(spinUntil([&] { return answers.size() == 1; }));
    QCOMPARE(answers.at(0).at(0).toULongLong(), b);
    const quint64 c = m_cache->query(QStringLiteral("hub.example.test"), QueryType::A);
    m_cache->cancel(c);  // the only waiter: the upstream query goes too
    QCOMPARE(m_zone->pendingCount(), 0);
    spinUntil([] { return false; }, 50);
    QCOMPARE(answers.size(), 1);
}

void TestCachingBackend::overMailResolver()
{
    MailResolver resolver(m_cache.get());
    const auto first = resolveMail(resolver, QStringLiteral("direct.example.test"), MailLookupMode::MxWithFallback);
    const int upstreamAfterFirst = int(m_upstream->size());
    const auto second = resolveMail(resolver, QStringLiteral("direct.example.test"), MailLookupMode::MxWithFallback);
    QVERIFY(first && second);
    QCOMPARE(describe(*second), describe(*first));
    QCOMPARE(upstreamAfterFirst, 5);  // MX, then A and AAAA of two exchanges
    QCOMPARE(m_upstream->size(), upstreamAfterFirst);
}

QTEST_GUILESS_MAIN(TestCachingBackend)
#include "tst_cachingbackend.moc"
