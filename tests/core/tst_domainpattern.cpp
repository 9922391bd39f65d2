// SPDX-License-Identifier: GPL-3.0-or-later
// Domain regexes: the plain subset that is compiled on first match must only hold
// patterns PCRE2 compiles, and a pattern must match the same whether compiled at once
// or on first use.
#include "routing/domainpattern.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <QRandomGenerator>
#include <QTest>

#include <thread>
#include <vector>

using namespace rs;

namespace {

// PCRE2 on its own, as Momentum compiles a scope name.
struct Pcre {
    pcre2_code *code = nullptr;
    explicit Pcre(const QString &pattern)
    {
        const QByteArray utf8 = pattern.toUtf8();
        int error = 0;
        PCRE2_SIZE offset = 0;
        code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(utf8.constData()), PCRE2_SIZE(utf8.size()), PCRE2_UTF,
                             &error, &offset, nullptr);
    }
    ~Pcre() { pcre2_code_free(code); }
    Pcre(const Pcre &) = delete;
    Pcre &operator=(const Pcre &) = delete;
    bool matches(const QString &subject) const
    {
        const QByteArray utf8 = subject.toUtf8();
        pcre2_match_data *data = pcre2_match_data_create_from_pattern(code, nullptr);
        const int rc = pcre2_match(code, reinterpret_cast<PCRE2_SPTR>(utf8.constData()), PCRE2_SIZE(utf8.size()), 0,
                                   0, data, nullptr);
        pcre2_match_data_free(data);
        return rc >= 0;
    }
};

// The patterns of `patterns` the subset takes, which must all compile; the first that
// does not, if any (empty: none).
template<typename Patterns>
QString firstPlainThatFails(const Patterns &patterns, int &plain)
{
    QString failed;
    patterns([&](const QString &p) {
        if (!failed.isEmpty() || !isPlainDomainPattern(p))
            return;
        ++plain;
        if (!Pcre(p).code)
            failed = p;
    });
    return failed;
}

// The characters the subset is made of, and a few that take a pattern out of it.
const QString kAlphabet = u"a-.\\[]()?:|^$*+{"_qs;

} // namespace

class TestDomainPattern : public QObject
{
    Q_OBJECT
private slots:
    void plain_data();
    void plain();
    void everyShortPlainPatternCompiles();
    void randomPlainPatternsCompile();
    void matchesAsPcre_data();
    void matchesAsPcre();
    void invalidPatternReportsError();
    void firstMatchFromSeveralThreads();
};

void TestDomainPattern::plain_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("plain");
    QTest::newRow("suffix with optional label start") << u"(?:^|[.])example[.]com$"_qs << true;
    QTest::newRow("escaped dots") << u"^mx[0-9]\\.example\\.net$"_qs << false;
    QTest::newRow("escaped dots and hyphen") << u"^mail\\-out\\.example\\.net$"_qs << true;
    QTest::newRow("dot star") << u"^.*[.]test$"_qs << true;
    QTest::newRow("capturing group with alternation") << u"(^|\\.)yahoo\\.(com|co[.]uk)$"_qs << true;
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("inline option") << u"(?i)example$"_qs << false;
    QTest::newRow("class") << u"mx[0-9]+$"_qs << false;
    QTest::newRow("counted repeat") << u"a{2}"_qs << false;
    QTest::newRow("quantifier first") << u"*a"_qs << false;
    QTest::newRow("quantifier after anchor") << u"^*a"_qs << false;
    QTest::newRow("quantifier after group") << u"(ab)+"_qs << false;
    QTest::newRow("double quantifier") << u"a**"_qs << false;
    QTest::newRow("unbalanced open") << u"(a"_qs << false;
    QTest::newRow("unbalanced close") << u"a)"_qs << false;
    QTest::newRow("lookahead") << u"(?=a)"_qs << false;
    QTest::newRow("trailing backslash") << u"a\\"_qs << false;
    QTest::newRow("other escape") << u"\\d"_qs << false;
    QTest::newRow("non-ASCII") << u"b\u00fccher[.]example$"_qs << false;
    QTest::newRow("33 nested groups") << QString(u"("_qs.repeated(33) + u"a"_qs + u")"_qs.repeated(33)) << false;
    QTest::newRow("32 nested groups") << QString(u"("_qs.repeated(32) + u"a"_qs + u")"_qs.repeated(32)) << true;
    QTest::newRow("1001 characters") << u"a"_qs.repeated(1001) << false;
}

void TestDomainPattern::plain()
{
    QFETCH(QString, pattern);
    QFETCH(bool, plain);
    QCOMPARE(isPlainDomainPattern(pattern), plain);
    // Plain or not, a pattern PCRE2 compiles is valid, and one it refuses is not.
    QCOMPARE(DomainPattern(pattern).isValid(), Pcre(pattern).code != nullptr);
}

// Every string of up to 4 characters of the alphabet: none the subset takes fails to compile.
void TestDomainPattern::everyShortPlainPatternCompiles()
{
    int plain = 0;
    const qsizetype n = kAlphabet.size();
    const QString failed = firstPlainThatFails([n](const auto &check) {
        QString p;
        for (int length = 0; length <= 4; ++length) {
            qsizetype total = 1;
            for (int k = 0; k < length; ++k)
                total *= n;
            for (qsizetype index = 0; index < total; ++index) {
                p.resize(length);
                for (qsizetype k = 0, rest = index; k < length; ++k, rest /= n)
                    p[k] = kAlphabet.at(rest % n);
                check(p);
            }
        }
    }, plain);
    QVERIFY2(failed.isEmpty(), qPrintable(u"plain but PCRE2 refuses it: "_qs + failed));
    QVERIFY2(plain > 1000, qPrintable(QString::number(plain)));
}

// Longer patterns made of the subset's pieces (and a few others), drawn with a fixed
// seed so a failure repeats.
void TestDomainPattern::randomPlainPatternsCompile()
{
    const QStringList pieces{u"a"_qs, u"-"_qs,   u"."_qs, u"\\."_qs, u"[.]"_qs, u"[-]"_qs, u"("_qs, u"(?:"_qs,
                             u")"_qs, u"?"_qs,   u"*"_qs, u"+"_qs,   u"|"_qs,   u"^"_qs,   u"$"_qs, u"{"_qs,
                             u"["_qs, u"\\"_qs};
    QRandomGenerator random(20261130);
    int plain = 0;
    const QString failed = firstPlainThatFails([&](const auto &check) {
        for (int round = 0; round < 40000; ++round) {
            QString p;
            for (int k = random.bounded(1, 16); k > 0; --k)
                p += pieces.at(random.bounded(int(pieces.size())));
            check(p);
        }
    }, plain);
    QVERIFY2(failed.isEmpty(), qPrintable(u"plain but PCRE2 refuses it: "_qs + failed));
    QVERIFY2(plain > 100, qPrintable(QString::number(plain)));
}

void TestDomainPattern::matchesAsPcre_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::newRow("label suffix") << u"(?:^|[.])example[.]com$"_qs;
    QTest::newRow("anchored both ends") << u"^mail\\.example\\.com$"_qs;
    QTest::newRow("alternation") << u"(^|\\.)(yahoo|ymail)\\.com$"_qs;
    QTest::newRow("unanchored") << u"mx-?[.]"_qs;
    QTest::newRow("not plain: class") << u"^mx[0-9]+[.]example[.]com$"_qs;
}

// The same answer for each subject as PCRE2 compiled at once.
void TestDomainPattern::matchesAsPcre()
{
    QFETCH(QString, pattern);
    const Pcre reference(pattern);
    QVERIFY(reference.code);
    const DomainPattern lazy(pattern);
    for (const QString &subject : {u"example.com"_qs, u"a.example.com"_qs, u"aexample.com"_qs, u"mail.example.com"_qs,
                                   u"yahoo.com"_qs, u"x.ymail.com"_qs, u"mx7.example.com"_qs, u"mx-.b"_qs, QString()}) {
        QCOMPARE(lazy.matches(subject), reference.matches(subject));
    }
}

void TestDomainPattern::invalidPatternReportsError()
{
    const DomainPattern p(u"a(b"_qs);
    QVERIFY(!p.isValid());
    QVERIFY(!p.errorString().isEmpty());
    QCOMPARE(p.errorOffset(), 3);
    QVERIFY(!p.matches(u"ab"_qs));
}

// Copies share the code compiled on first match; threads racing to it agree.
void TestDomainPattern::firstMatchFromSeveralThreads()
{
    for (int round = 0; round < 50; ++round) {
        const DomainPattern shared(u"(?:^|[.])r"_qs + QString::number(round) + u"[.]example[.]test$"_qs);
        const QString hit = u"mail.r"_qs + QString::number(round) + u".example.test"_qs;
        std::vector<int> answers(4, -1);
        std::vector<std::thread> threads;
        for (size_t t = 0; t < answers.size(); ++t)
            threads.emplace_back([&, t, copy = shared] { answers[t] = copy.matches(hit) && !copy.matches(u"x.test"_qs); });
        for (std::thread &t : threads)
            t.join();
        for (const int a : answers)
            QCOMPARE(a, 1);
    }
}

QTEST_GUILESS_MAIN(TestDomainPattern)
#include "tst_domainpattern.moc"
