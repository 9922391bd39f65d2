// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/scopenameindex.h"
#include "routing/scopewalk.h"

#include <QTest>

using namespace rs;
using Entry = ScopeNameIndex::Entry;
using Runs = std::vector<std::vector<Entry>>;

Q_DECLARE_METATYPE(Runs)

static Entry e(size_t hash, int scope)
{
    return ScopeNameIndex::entry(hash, scope);
}

// The index behind RouteModel::findDomainScope and firstDeclaration: runs of
// (hash, scope) in scope order, names told apart by key where hashes are equal.
class TestScopeNameIndex : public QObject
{
    Q_OBJECT
private slots:
    void repeats_data();
    void repeats();
    void findsFirstDeclaration();
    void domainKeyHash_data();
    void domainKeyHash();
    void hashSpreadsGeneratedNames();
};

void TestScopeNameIndex::repeats_data()
{
    QTest::addColumn<Runs>("runs");       // hashes made up, to force collisions
    QTest::addColumn<QStringList>("keys");  // key of scope i is keys[i]
    QTest::addColumn<QString>("expected");  // "scope>first" per repeat

    const QStringList abc{u""_qs, u"a"_qs, u"b"_qs, u"c"_qs, u"a"_qs, u"b"_qs};
    QTest::newRow("no repeats") << Runs{{e(1, 1), e(2, 2), e(3, 3)}} << abc.mid(0, 4) << QString();
    QTest::newRow("repeat across runs")
        << Runs{{e(10, 1), e(20, 2)}, {e(30, 3), e(10, 4)}} << abc.mid(0, 5) << u"4>1"_qs;
    QTest::newRow("shared hash, different names") << Runs{{e(7, 1), e(7, 2), e(7, 3)}} << abc.mid(0, 4) << QString();
    QTest::newRow("shared hash, a repeat among strangers")
        << Runs{{e(7, 1), e(7, 2)}, {e(7, 3), e(7, 4), e(7, 5)}} << abc << u"4>1 5>2"_qs;
    QTest::newRow("third declaration points at the first")
        << Runs{{e(9, 1)}, {e(9, 2)}, {e(9, 3)}} << QStringList{u""_qs, u"x"_qs, u"x"_qs, u"x"_qs} << u"2>1 3>1"_qs;
    QTest::newRow("empty") << Runs{} << QStringList{} << QString();
    // Hashes that land in neighbouring slots make probe runs cross each other.
    QTest::newRow("probe runs that meet")
        << Runs{{e(1, 1), e(2, 2), e(1, 3), e(17, 4), e(2, 5)}} << abc << u"5>2"_qs;
}

void TestScopeNameIndex::repeats()
{
    QFETCH(Runs, runs);
    QFETCH(QStringList, keys);
    QFETCH(QString, expected);
    ScopeNameIndex index;
    QStringList got;
    for (const auto &r : index.build(runs, [&](int scope) { return keys.at(scope); }))
        got << QStringLiteral("%1>%2").arg(r.scope).arg(r.first);
    QCOMPARE(got.join(u' '), expected);
}

void TestScopeNameIndex::findsFirstDeclaration()
{
    const QStringList keys{u""_qs, u"a.test"_qs, u"b.test"_qs, u"a.test"_qs, u"/re/"_qs};
    std::vector<Entry> run;
    for (int i = 1; i < keys.size(); ++i)
        run.push_back(e(ScopeNameIndex::hashOf(keys.at(i)), i));
    ScopeNameIndex index;
    const auto keyOf = [&](int scope) { return keys.at(scope); };
    QCOMPARE(index.find(u"a.test"_qs, keyOf), -1);  // not built yet
    index.build({run}, keyOf);
    QCOMPARE(index.find(u"a.test"_qs, keyOf), 1);
    QCOMPARE(index.find(u"b.test"_qs, keyOf), 2);
    QCOMPARE(index.find(u"/re/"_qs, keyOf), 4);
    QCOMPARE(index.find(u"c.test"_qs, keyOf), -1);
}

void TestScopeNameIndex::domainKeyHash_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");  // what domainKey() makes of it
    QTest::newRow("lower case") << u"a.example.test"_qs << u"a.example.test"_qs;
    QTest::newRow("mixed case") << u"Mail.Example.TEST"_qs << u"mail.example.test"_qs;
    QTest::newRow("non-ASCII, folded by Unicode") << u"B\u00dcCHER.Example"_qs << u"b\u00fccher.example"_qs;
    QTest::newRow("regex as written") << u"/^A[.]Test$/"_qs << u"/^A[.]Test$/"_qs;
    QTest::newRow("letters next to the A-Z range") << u"@[Z]`{"_qs << u"@[z]`{"_qs;
    QTest::newRow("empty") << QString() << QString();
}

// The walk hashes names without making their keys; lookups hash the keys.
void TestScopeNameIndex::domainKeyHash()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QCOMPARE(domainKey(name), key);
    QCOMPARE(rs::domainKeyHash(name), ScopeNameIndex::hashOf(key));
    if (name != key)
        QVERIFY(ScopeNameIndex::hashOf(name) != ScopeNameIndex::hashOf(key));
}

// Names that differ in a digit or two, as a generated or customer-numbered file
// has them: the slot bits and the kept bits must both spread.
void TestScopeNameIndex::hashSpreadsGeneratedNames()
{
    constexpr int count = 100000;
    std::vector<quint32> kept;
    std::vector<bool> slotUsed(1 << 16);
    for (int i = 0; i < count; ++i) {
        const size_t h = ScopeNameIndex::hashOf(QStringLiteral("d%1.example.test").arg(i));
        kept.push_back(ScopeNameIndex::hashPart(ScopeNameIndex::entry(h, 1)));
        slotUsed[h & 0xffff] = true;
    }
    std::sort(kept.begin(), kept.end());
    const auto distinct = std::unique(kept.begin(), kept.end()) - kept.begin();
    QVERIFY2(distinct >= count - 5, qPrintable(QString::number(distinct)));
    // 100,000 uniform hashes fill 1 - e^(-100000/65536), about 78%, of 65,536 slots.
    const auto used = std::count(slotUsed.cbegin(), slotUsed.cend(), true);
    QVERIFY2(used > 65536 * 3 / 4, qPrintable(QString::number(used)));
}

QTEST_GUILESS_MAIN(TestScopeNameIndex)
#include "tst_scopenameindex.moc"
