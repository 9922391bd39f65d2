// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/configset.h"
#include "lessons/lessoncheck.h"
#include "lessons/lessonloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;
using namespace Qt::Literals::StringLiterals;

// The built-in lessons (every start configuration fails its check, every solution
// passes), the loader's errors, and the checker's facts per kind of condition.
class TestLessons : public QObject
{
    Q_OBJECT
private slots:
    void builtInLessonsAreComplete();
    void startFailsSolutionPasses_data();
    void startFailsSolutionPasses();
    void evaluate_data();
    void evaluate();
    void loaderErrors_data();
    void loaderErrors();
    void findByNumberOrId();
    void unknownBindingIsAFact();
    void newCheckCancelsTheOldOne();
    void configErrorsFailTheLesson();
};

static LessonOutcome checkNow(LessonChecker &checker, const Lesson &lesson, const QByteArray &config)
{
    QSignalSpy spy(&checker, &LessonChecker::finished);
    checker.check(lesson, ConfigSet::fromText(config, u"lesson.conf"_s, false));
    if (!spy.wait(10000))
        return {};
    return spy.takeFirst().at(0).value<LessonOutcome>();
}

void TestLessons::builtInLessonsAreComplete()
{
    const LessonSet set = loadLessons();
    QVERIFY2(set.errors.isEmpty(), set.errors.isEmpty() ? "" : qPrintable(set.errors.first().file + u' ' + set.errors.first().detail));
    QVERIFY(set.lessons.size() >= 8);
    for (const Lesson &l : set.lessons) {
        QVERIFY2(l.hints.size() >= 3, qPrintable(l.id));
        QVERIFY2(!l.conditions.isEmpty(), qPrintable(l.id));
        QVERIFY2(!l.zoneFiles.isEmpty(), qPrintable(l.id));
        // A German user sees German: every text exists in both languages.
        for (const QString &lang : lessonLanguages()) {
            QList<LessonText> texts{l.title, l.intro, l.goal};
            texts += l.hints;
            for (const LessonCondition &c : l.conditions)
                texts.append(c.text);
            for (const LessonText &t : texts)
                QVERIFY2(t.has(lang), qPrintable(l.id + u' ' + lang + u": " + t.in(u"en"_s)));
        }
    }
}

void TestLessons::startFailsSolutionPasses_data()
{
    QTest::addColumn<int>("index");
    const LessonSet set = loadLessons();
    for (qsizetype i = 0; i < set.lessons.size(); ++i)
        QTest::newRow(qPrintable(set.lessons.at(i).id)) << int(i);
}

void TestLessons::startFailsSolutionPasses()
{
    QFETCH(int, index);
    const Lesson lesson = loadLessons().lessons.at(index);
    LessonChecker checker;
    const LessonOutcome start = checkNow(checker, lesson, lesson.startConfig);
    QCOMPARE(start.lesson, lesson.id);
    QCOMPARE(start.results.size(), lesson.conditions.size());
    QVERIFY(start.zoneErrors.isEmpty());
    QVERIFY2(!start.passed(), "the start configuration already solves the lesson");
    QVERIFY(start.metCount() < start.results.size());

    const LessonOutcome solution = checkNow(checker, lesson, lesson.solutionConfig);
    for (const ConditionResult &r : solution.results) {
        QVERIFY2(r.met(), qPrintable(QStringLiteral("condition %1 (%2): expected %3, actual %4")
                                         .arg(r.condition + 1)
                                         .arg(expectKindKey(r.kind),
                                              QString::fromUtf8(QJsonDocument(QJsonArray{r.expected}).toJson(QJsonDocument::Compact)),
                                              QString::fromUtf8(QJsonDocument(QJsonArray{r.actual}).toJson(QJsonDocument::Compact)))));
    }
    QVERIFY(solution.configErrors.isEmpty());
    QVERIFY(solution.passed());
}

// "host/pref[/down|unresolved][/limit=N][/implicit]" separated by spaces.
static Explanation explanationOf(const QString &spec, int connections, int domainLimit = 32)
{
    Explanation ex;
    ex.plan.domain = u"d.test"_s;
    ex.plan.domainLimit = domainLimit;
    for (const QString &c : spec.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList f = c.split(u'/');
        Candidate cand;
        cand.host = f.at(0);
        cand.pref = f.at(1).toInt();
        cand.lookup = LookupKind::Mx;
        for (qsizetype i = 2; i < f.size(); ++i) {
            if (f.at(i) == u"down")
                cand.state = CandidateState::Down;
            else if (f.at(i) == u"unresolved")
                cand.state = CandidateState::Unresolved;
            else if (f.at(i) == u"implicit")
                cand.lookup = LookupKind::ImplicitMx;
            else if (f.at(i).startsWith(u"limit="))
                cand.limit = f.at(i).mid(6).toInt();
        }
        ex.candidates.append(cand);
    }
    sortCandidates(ex.candidates);
    ex.connections = connections;
    ex.simulation = simulate(ex.candidates, connections, domainLimit);
    return ex;
}

void TestLessons::evaluate_data()
{
    QTest::addColumn<QString>("candidates");
    QTest::addColumn<int>("connections");
    QTest::addColumn<QString>("expect");  // lesson.json's "expect" object
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("actual");  // compact JSON of the actual value

    QTest::newRow("first tier met, order and case ignored")
        << u"B/10 a/10 c/20"_s << 10 << uR"({"firstTier": ["a", "b"]})"_s << u"met"_s << uR"(["b","a"])"_s;
    QTest::newRow("first tier skips a down host")
        << u"a/10/down b/10 c/20"_s << 10 << uR"({"firstTier": ["b"]})"_s << u"met"_s << uR"(["b"])"_s;
    QTest::newRow("first tier when a tier is down")
        << u"a/10/down c/20"_s << 10 << uR"({"firstTier": ["a"]})"_s << u"differs"_s << uR"(["c"])"_s;
    QTest::newRow("first tier when nothing is usable")
        << u"a/10/unresolved"_s << 10 << uR"({"firstTier": ["a"]})"_s << u"differs"_s << u"[]"_s;
    QTest::newRow("tiers in order")
        << u"a/10 b/10 c/20 d/30/down"_s << 10 << uR"({"tiers": [["b", "a"], ["c"]]})"_s << u"met"_s << uR"([["a","b"],["c"]])"_s;
    QTest::newRow("tiers out of order")
        << u"a/1 b/10"_s << 10 << uR"({"tiers": [["b"], ["a"]]})"_s << u"differs"_s << uR"([["a"],["b"]])"_s;
    QTest::newRow("spread exact with waiting")
        << u"a/10/limit=2 b/10/limit=2"_s << 6 << uR"({"spread": {"a": 2, "b": 2, "waiting": 2}})"_s << u"met"_s
        << uR"({"a":2,"b":2,"waiting":2})"_s;
    QTest::newRow("spread names a host that gets none")
        << u"a/10 b/20"_s << 4 << uR"({"spread": {"a": 2, "b": 2}})"_s << u"differs"_s << uR"({"a":4})"_s;
    QTest::newRow("evenly met") << u"a/10 b/10"_s << 5 << uR"({"evenly": ["a", "b"]})"_s << u"met"_s << uR"({"a":3,"b":2})"_s;
    QTest::newRow("evenly, uneven by limits")
        << u"a/10/limit=1 b/10"_s << 6 << uR"({"evenly": ["a", "b"]})"_s << u"not-even"_s << uR"({"a":1,"b":5})"_s;
    QTest::newRow("evenly, wrong hosts")
        << u"a/10 b/20"_s << 4 << uR"({"evenly": ["a", "b"]})"_s << u"differs"_s << uR"({"a":4})"_s;
    QTest::newRow("undeliverable") << u"a/10/down"_s << 4 << uR"({"deliverable": false})"_s << u"met"_s << u"false"_s;
    QTest::newRow("deliverable expected") << u"a/10/down"_s << 4 << uR"({"deliverable": true})"_s << u"differs"_s << u"false"_s;
    QTest::newRow("host limit") << u"a/10/limit=4"_s << 4 << uR"({"hostLimit": {"host": "A", "value": 4}})"_s << u"met"_s
                                << uR"({"host":"a","value":4})"_s;
    QTest::newRow("host limit of a missing host")
        << u"a/10"_s << 4 << uR"({"hostLimit": {"host": "z", "value": 4}})"_s << u"host-missing"_s << u"null"_s;
    QTest::newRow("port") << u"a/10"_s << 4 << uR"({"port": {"host": "a", "value": 2525}})"_s << u"differs"_s
                          << uR"({"host":"a","value":25})"_s;
    QTest::newRow("implicit MX") << u"a/0/implicit"_s << 4 << uR"({"implicitMx": "a"})"_s << u"met"_s << uR"("implicit-mx")"_s;
    QTest::newRow("not an implicit MX") << u"a/10"_s << 4 << uR"({"implicitMx": "a"})"_s << u"differs"_s << uR"("mx")"_s;
    QTest::newRow("domain limit") << u"a/10"_s << 4 << uR"({"domainLimit": 12})"_s << u"differs"_s << u"32"_s;
    QTest::newRow("decided by the default") << u"a/10"_s << 4 << uR"({"decidedBy": "default"})"_s << u"met"_s << uR"("default")"_s;
}

void TestLessons::evaluate()
{
    QFETCH(QString, candidates);
    QFETCH(int, connections);
    QFETCH(QString, expect);
    QFETCH(QString, code);
    QFETCH(QString, actual);
    // The loader reads the expectation, so the rows are written as lesson.json writes them.
    QTemporaryDir dir;
    QJsonObject lesson{{u"format"_s, kLessonFormat},
                       {u"title"_s, QJsonObject{{u"en"_s, u"t"_s}}},
                       {u"intro"_s, QJsonObject{{u"en"_s, u"i"_s}}},
                       {u"goal"_s, QJsonObject{{u"en"_s, u"g"_s}}},
                       {u"hints"_s, QJsonArray{QJsonObject{{u"en"_s, u"h"_s}}}},
                       {u"zones"_s, QJsonArray{u"z.zone"_s}},
                       {u"conditions"_s, QJsonArray{QJsonObject{{u"text"_s, QJsonObject{{u"en"_s, u"c"_s}}},
                                                                {u"domain"_s, u"d.test"_s},
                                                                {u"expect"_s, QJsonDocument::fromJson(expect.toUtf8()).object()}}}}};
    for (const auto &[name, bytes] : {std::pair{u"lesson.json"_s, QJsonDocument(lesson).toJson()},
                                      {u"start.conf"_s, QByteArray()}, {u"solution.conf"_s, QByteArray()},
                                      {u"z.zone"_s, QByteArray()}}) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    QList<LessonError> errors;
    const auto loaded = loadLesson(dir.path(), errors);
    QVERIFY2(loaded, errors.isEmpty() ? "" : qPrintable(errors.first().detail));
    const Explanation ex = explanationOf(candidates, connections);
    const ConditionResult r = evaluateCondition(loaded->conditions.first(), 0, ex, nullptr);
    static const QHash<ConditionCode, QString> codes{{ConditionCode::Met, u"met"_s},
                                                     {ConditionCode::Differs, u"differs"_s},
                                                     {ConditionCode::NotEven, u"not-even"_s},
                                                     {ConditionCode::HostMissing, u"host-missing"_s}};
    QCOMPARE(codes.value(r.code), code);
    QCOMPARE(QString::fromUtf8(QJsonDocument(QJsonArray{r.actual}).toJson(QJsonDocument::Compact)), u'[' + actual + u']');
}

void TestLessons::loaderErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("detail");
    const QByteArray good = R"({"format": 1, "title": {"en": "t"}, "intro": {"en": "i"}, "goal": {"en": "g"},
        "hints": [{"en": "h"}], "zones": ["z.zone"],
        "conditions": [{"text": {"en": "c"}, "domain": "d.test", "expect": {"firstTier": ["a"]}}]})";
    QTest::newRow("not JSON") << QByteArray("{") << int(LessonProblem::BadJson) << QString();
    QTest::newRow("wrong format") << QByteArray(good).replace("\"format\": 1", "\"format\": 2") << int(LessonProblem::BadValue)
                                  << u"format"_s;
    QTest::newRow("title without English") << QByteArray(good).replace(R"({"en": "t"})", R"({"de": "t"})")
                                           << int(LessonProblem::MissingField) << u"title.en"_s;
    QTest::newRow("no domain") << QByteArray(good).replace(R"("domain": "d.test", )", "") << int(LessonProblem::MissingField)
                               << u"conditions[0].domain"_s;
    QTest::newRow("unknown expectation") << QByteArray(good).replace("firstTier", "fristTier") << int(LessonProblem::BadValue)
                                         << u"conditions[0].expect.fristTier"_s;
    QTest::newRow("timeline kind without a timeline")
        << QByteArray(good).replace(R"({"firstTier": ["a"]})", R"({"maxQueue": 10})") << int(LessonProblem::MissingField)
        << u"conditions[0].timeline"_s;
    QTest::newRow("bad duration")
        << QByteArray(good).replace(R"("expect")", R"("timeline": {"duration": "10x"}, "expect")") << int(LessonProblem::BadValue)
        << u"conditions[0].timeline.duration"_s;
    QTest::newRow("bad outage")
        << QByteArray(good).replace(R"("expect")", R"("timeline": {"duration": "1m", "down": ["a@5-1"]}, "expect")")
        << int(LessonProblem::BadValue) << u"conditions[0].timeline.down[0]"_s;
    QTest::newRow("spread of text") << QByteArray(good).replace(R"({"firstTier": ["a"]})", R"({"spread": {"a": "x"}})")
                                    << int(LessonProblem::BadValue) << u"conditions[0].expect.spread.a"_s;
    QTest::newRow("no hints") << QByteArray(good).replace(R"([{"en": "h"}])", "[]") << int(LessonProblem::MissingField) << u"hints"_s;
    QTest::newRow("zone file missing") << QByteArray(good).replace("z.zone", "missing.zone") << int(LessonProblem::Unreadable)
                                       << QString();
}

void TestLessons::loaderErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(int, problem);
    QFETCH(QString, detail);
    QTemporaryDir dir;
    for (const auto &[name, bytes] : {std::pair{u"lesson.json"_s, json}, {u"start.conf"_s, QByteArray()},
                                      {u"solution.conf"_s, QByteArray()}, {u"z.zone"_s, QByteArray()}}) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    QList<LessonError> errors;
    QVERIFY(!loadLesson(dir.path(), errors));
    QVERIFY(!errors.isEmpty());
    QCOMPARE(int(errors.first().problem), problem);
    if (!detail.isEmpty())
        QCOMPARE(errors.first().detail, detail);
    const LessonSet none = loadLessons(dir.path());
    QVERIFY(none.lessons.isEmpty());
}

void TestLessons::findByNumberOrId()
{
    const LessonSet set = loadLessons();
    QCOMPARE(findLesson(set, u"3"_s)->id, u"03-smart-host-fallback"_s);
    QCOMPARE(findLesson(set, u"03-smart-host-fallback"_s)->number, 3);
    QCOMPARE(findLesson(set, u"smart-host-fallback"_s)->number, 3);
    QVERIFY(!findLesson(set, u"99"_s));
    QVERIFY(!findLesson(set, u"nonsense"_s));
}

void TestLessons::unknownBindingIsAFact()
{
    const LessonSet set = loadLessons();
    const Lesson lesson = *findLesson(set, u"bindings"_s);
    LessonChecker checker;
    // A learner who renamed the binding: the conditions through tx1 cannot be checked.
    const LessonOutcome o = checkNow(checker, lesson, QByteArray(lesson.solutionConfig).replace("\"tx1\"", "\"tx9\""));
    QCOMPARE(o.results.first().code, ConditionCode::BindingMissing);
    QVERIFY(o.results.last().met());
    QVERIFY(!o.passed());
}

void TestLessons::newCheckCancelsTheOldOne()
{
    const LessonSet set = loadLessons();
    const Lesson lesson = *findLesson(set, u"1"_s);
    LessonChecker checker;
    QSignalSpy spy(&checker, &LessonChecker::finished);
    checker.check(lesson, ConfigSet::fromText(lesson.startConfig, u"a.conf"_s, false));
    QVERIFY(checker.isBusy());
    checker.check(lesson, ConfigSet::fromText(lesson.solutionConfig, u"b.conf"_s, false));
    QVERIFY(spy.wait(10000));
    QTest::qWait(50);
    QCOMPARE(spy.size(), 1);
    QVERIFY(spy.first().at(0).value<LessonOutcome>().passed());
    QVERIFY(!checker.isBusy());
}

void TestLessons::configErrorsFailTheLesson()
{
    const LessonSet set = loadLessons();
    const Lesson lesson = *findLesson(set, u"1"_s);
    LessonChecker checker;
    // The solution with a stray unclosed scope at the end: the conditions hold, the file does not.
    const LessonOutcome o = checkNow(checker, lesson, lesson.solutionConfig + "Domain \"x.example\" {\n");
    QCOMPARE(o.metCount(), o.results.size());
    QVERIFY(!o.configErrors.isEmpty());
    QVERIFY(!o.passed());
}

QTEST_GUILESS_MAIN(TestLessons)
#include "tst_lessons.moc"
