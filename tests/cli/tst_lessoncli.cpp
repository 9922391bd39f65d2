// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// routescope-cli lesson, run as a program: list, show, start and check with their exit
// codes, the languages, and a trainer's own lesson folder.
class TestLessonCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void listsEveryLesson();
    void showInBothLanguages();
    void showHintsOneByOne();
    void startWritesTheSandbox();
    void checkSaysWhatIsMissing();
    void checkJson();
    void ownLessonFolder();

private:
    struct Result {
        int code = -1;
        QByteArray out, err;
    };
    static Result run(const QStringList &args);
    static QString lessonFile(const QString &lesson, const QString &file);
    QTemporaryDir m_dir;
};

static const QString kLessons = QStringLiteral(ROUTESCOPE_LESSONS_DIR);

TestLessonCli::Result TestLessonCli::run(const QStringList &args)
{
    QProcess p;
    // The lesson texts follow the locale: pin it, so that the rows see English by default.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C"_s);
    env.insert(u"LANG"_s, u"C"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ROUTESCOPE_CLI), QStringList{u"lesson"_s} + args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QString TestLessonCli::lessonFile(const QString &lesson, const QString &file)
{
    return kLessons + u'/' + lesson + u'/' + file;
}

void TestLessonCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestLessonCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    const QString start1 = lessonFile(u"01-mx-preference"_s, u"start.conf"_s);
    const QString solution1 = lessonFile(u"01-mx-preference"_s, u"solution.conf"_s);
    QTest::newRow("list") << QStringList{u"list"_s} << 0;
    QTest::newRow("list json") << QStringList{u"list"_s, u"--format"_s, u"json"_s} << 0;
    QTest::newRow("help") << QStringList{u"--help"_s} << 0;
    QTest::newRow("show by number") << QStringList{u"show"_s, u"1"_s} << 0;
    QTest::newRow("show by id") << QStringList{u"show"_s, u"smart-host-fallback"_s} << 0;
    QTest::newRow("show the solution") << QStringList{u"show"_s, u"1"_s, u"--solution"_s} << 0;
    QTest::newRow("show an unknown lesson") << QStringList{u"show"_s, u"99"_s} << 2;
    QTest::newRow("show without a number") << QStringList{u"show"_s} << 2;
    QTest::newRow("show in an unknown language") << QStringList{u"show"_s, u"1"_s, u"--lang"_s, u"fr"_s} << 2;
    QTest::newRow("show with bad hints") << QStringList{u"show"_s, u"1"_s, u"--hints"_s, u"x"_s} << 2;
    QTest::newRow("no action") << QStringList{} << 2;
    QTest::newRow("unknown action") << QStringList{u"solve"_s, u"1"_s} << 2;
    QTest::newRow("check the start configuration") << QStringList{u"check"_s, u"1"_s, start1} << 1;
    QTest::newRow("check the solution") << QStringList{u"check"_s, u"1"_s, solution1} << 0;
    QTest::newRow("check the solution, json") << QStringList{u"check"_s, u"1"_s, solution1, u"--format"_s, u"json"_s} << 0;
    QTest::newRow("check another lesson's solution") << QStringList{u"check"_s, u"3"_s, solution1} << 1;
    QTest::newRow("check a missing file") << QStringList{u"check"_s, u"1"_s, u"/nonexistent.conf"_s} << 2;
    QTest::newRow("check an unknown lesson") << QStringList{u"check"_s, u"nope"_s, solution1} << 2;
    QTest::newRow("check without a file") << QStringList{u"check"_s, u"1"_s} << 2;
    QTest::newRow("lessons from a folder without any") << QStringList{u"list"_s, u"--lessons"_s, m_dir.path()} << 2;
}

void TestLessonCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const Result r = run(args);
    QVERIFY2(r.code == code, r.err.constData());
}

void TestLessonCli::listsEveryLesson()
{
    const Result r = run({u"list"_s, u"--format"_s, u"json"_s});
    const QJsonArray lessons = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(lessons.size(), QDir(kLessons).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
    QVERIFY(lessons.size() >= 8);
    QCOMPARE(lessons.first().toObject().value(u"number").toInt(), 1);
    QCOMPARE(lessons.first().toObject().value(u"id").toString(), u"01-mx-preference"_s);
    const Result text = run({u"list"_s});
    QVERIFY(text.out.contains("  3  A smart host first, MX as the fallback  (03-smart-host-fallback)\n"));
}

void TestLessonCli::showInBothLanguages()
{
    const Result en = run({u"show"_s, u"3"_s});
    QVERIFY(en.out.startsWith("Lesson 3: A smart host first, MX as the fallback  (03-smart-host-fallback)\n"));
    QVERIFY(en.out.contains("Routes = ( \"smtp://my.local.smart.host?pref=1\" \"__mx__\" )"));
    QVERIFY(en.out.contains("\nGoal:\n"));
    QVERIFY(en.out.contains("\nHints:\n  1. "));
    const Result de = run({u"show"_s, u"3"_s, u"--lang"_s, u"de"_s});
    QCOMPARE(de.code, 0);
    QVERIFY(de.out.startsWith("Lesson 3: Erst der Smarthost, dann MX als Rückfallebene"));
    QVERIFY(de.out.contains("Ist der Smarthost ausgefallen"));
    const Result solution = run({u"show"_s, u"3"_s, u"--solution"_s});
    QFile f(lessonFile(u"03-smart-host-fallback"_s, u"solution.conf"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(solution.out, f.readAll());
}

void TestLessonCli::showHintsOneByOne()
{
    const Result none = run({u"show"_s, u"2"_s, u"--hints"_s, u"0"_s});
    QVERIFY(!none.out.contains("Hints:"));
    QVERIFY(none.out.contains("(0 of 4 hints shown; --hints 1 shows the next)"));
    const Result one = run({u"show"_s, u"2"_s, u"--hints"_s, u"1"_s});
    QVERIFY(one.out.contains("\n  1. "));
    QVERIFY(one.out.contains("(1 of 4 hints shown; --hints 2 shows the next)"));
}

void TestLessonCli::startWritesTheSandbox()
{
    const QString sandbox = m_dir.filePath(u"lesson3"_s);
    const Result r = run({u"start"_s, u"3"_s, sandbox});
    QCOMPARE(r.code, 0);
    QVERIFY(QFile::exists(sandbox + u"/lesson.conf"_s));
    QVERIFY(QFile::exists(sandbox + u"/lesson.zone"_s));
    QVERIFY(QFile::exists(sandbox + u"/host.zone"_s));
    QVERIFY(r.out.contains("routescope-cli lesson check 3 "));
    // The learner's work is not overwritten by accident.
    QCOMPARE(run({u"start"_s, u"3"_s, sandbox}).code, 2);
    QCOMPARE(run({u"start"_s, u"3"_s, sandbox, u"--force"_s}).code, 0);
    QCOMPARE(run({u"check"_s, u"3"_s, sandbox + u"/lesson.conf"_s}).code, 1);
    // The sandbox works with explain and the zones as written.
    QProcess explain;
    explain.start(QStringLiteral(ROUTESCOPE_CLI), {u"explain"_s, sandbox + u"/lesson.conf"_s, u"--zone"_s, sandbox + u"/lesson.zone"_s,
                                                   u"--zone"_s, sandbox + u"/host.zone"_s, u"--domain"_s, u"shop.example"_s});
    QVERIFY(explain.waitForFinished(30000));
    QCOMPARE(explain.exitCode(), 0);
    QVERIFY(explain.readAllStandardOutput().contains("my.local.smart.host"));
}

void TestLessonCli::checkSaysWhatIsMissing()
{
    const Result r = run({u"check"_s, u"4"_s, lessonFile(u"04-pref-against-list-order"_s, u"start.conf"_s)});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains("  [ ] Mail for shop.example goes first to mx1.shop.example.\n"
                           "        still missing: first tier: expected mx1.shop.example, now backup.relay.example\n"));
    QVERIFY(r.out.contains("  [x] With both MX hosts down, mail goes to backup.relay.example.\n"));
    QVERIFY(r.out.endsWith("1 of 3 conditions met.\n"));
    const Result solved = run({u"check"_s, u"4"_s, lessonFile(u"04-pref-against-list-order"_s, u"solution.conf"_s)});
    QVERIFY(solved.out.endsWith("3 of 3 conditions met: lesson solved.\n"));
}

void TestLessonCli::checkJson()
{
    const Result r = run({u"check"_s, u"5"_s, lessonFile(u"05-limits-and-spill-over"_s, u"start.conf"_s), u"--format"_s, u"json"_s,
                          u"--lang"_s, u"de"_s});
    QCOMPARE(r.code, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"lesson").toString(), u"05-limits-and-spill-over"_s);
    QCOMPARE(o.value(u"passed").toBool(), false);
    const QJsonObject first = o.value(u"conditions").toArray().first().toObject();
    QCOMPARE(first.value(u"kind").toString(), u"hostLimit"_s);
    QCOMPARE(first.value(u"code").toString(), u"differs"_s);
    QCOMPARE(first.value(u"actual").toObject().value(u"value").toInt(), -1);
    QCOMPARE(first.value(u"text").toString(), u"mx1.shop.example nimmt höchstens 4 Verbindungen an."_s);
}

// A trainer's lesson in a folder of their own: read with --lessons.
void TestLessonCli::ownLessonFolder()
{
    const QString root = m_dir.filePath(u"own"_s);
    QVERIFY(QDir().mkpath(root + u"/01-copy"_s));
    for (const QString &f : {u"lesson.json"_s, u"start.conf"_s, u"solution.conf"_s, u"lesson.zone"_s})
        QVERIFY(QFile::copy(lessonFile(u"01-mx-preference"_s, f), root + u"/01-copy/"_s + f));
    QCOMPARE(run({u"check"_s, u"1"_s, lessonFile(u"01-mx-preference"_s, u"solution.conf"_s), u"--lessons"_s, root}).code, 0);
    QFile broken(root + u"/02-broken/lesson.json"_s);
    QVERIFY(QDir().mkpath(root + u"/02-broken"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": 1}");
    broken.close();
    const Result r = run({u"list"_s, u"--lessons"_s, root});
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.contains("02-broken/lesson.json: title is missing"));
}

QTEST_GUILESS_MAIN(TestLessonCli)
#include "tst_lessoncli.moc"
