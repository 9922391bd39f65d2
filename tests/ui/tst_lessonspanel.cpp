// SPDX-License-Identifier: GPL-3.0-or-later
// The Lessons panel in the real window: a lesson opens its sandbox copy (never the
// user's file), its conditions are checked live as the document changes, the shipped
// solution meets them, progress is kept in the settings, and leaving offers the
// user's file back.
#include "uitestsupport.h"

#include "appsettings.h"
#include "document/configsnapshot.h"
#include "document/document.h"
#include "lessons/conditionmodel.h"
#include "lessons/lessonlistmodel.h"
#include "lessons/lessonroles.h"
#include "lessons/lessonsandbox.h"
#include "lessons/lessonsession.h"
#include "lessons/lessonspanel.h"
#include "lessons/lessonwording.h"
#include "lessons/textreplacement.h"
#include "live/livepanel.h"
#include "mainwindow.h"
#include "translation.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDockWidget>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace rs;
using namespace rs::ui;
using namespace Qt::StringLiterals;

class TestLessonsPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void modelsPassTheTester();
    void lessonInTheSandbox_data();
    void lessonInTheSandbox();
    void liveAndHintsFollowTheLesson();
    void savedWorkResumesAndResetIsUndoable();
    void leavingOffersTheUsersFileBack();
    void openingAnotherFileEndsTheLesson();
    void replacementEditsTouchOnlyWhatDiffers_data();
    void replacementEditsTouchOnlyWhatDiffers();
    void inputsHaveAccessibleNames();
    void germanTextsAndWording();  // last: it installs the German translation for the process

private:
    QTemporaryDir m_dir;
    QString m_userFile;
    QByteArray m_userBytes;
};

namespace {

// Waits (event loop running) until the session's check of the current text is done.
bool waitForCheck(LessonSession *session, int timeoutMs = 8000)
{
    QElapsedTimer t;
    t.start();
    while ((session->isChecking() || !session->outcome()) && t.elapsed() < timeoutMs)
        QTest::qWait(20);
    return !session->isChecking() && session->outcome().has_value();
}

int lessonRow(const LessonSession *session, const QString &id)
{
    const QList<Lesson> &lessons = session->lessons().lessons;
    for (int i = 0; i < lessons.size(); ++i) {
        if (lessons.at(i).id == id)
            return i;
    }
    return -1;
}

QString sameFile(const QString &path)
{
    return QFileInfo(path).canonicalFilePath();
}

} // namespace

void TestLessonsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"RouteScopeTestLessons"_s);
    // As the editor starts in English: the catalogue gives "%n condition(s)" its plural.
    QCOMPARE(installTranslations(*qApp, u"en"_s), u"en"_s);
    m_userFile = test::copyExample(m_dir);
    m_userBytes = test::readFile(m_userFile);
    QVERIFY(!m_userBytes.isEmpty());
}

void TestLessonsPanel::init()
{
    // Every test starts with no progress and no sandboxes.
    QSettings().clear();
    QDir(LessonSandboxes::root()).removeRecursively();
}

void TestLessonsPanel::modelsPassTheTester()
{
    const LessonSet set = loadLessons();
    QVERIFY(set.errors.isEmpty());
    QCOMPARE(set.lessons.size(), 10);
    LessonListModel list;
    QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.setLessons(set.lessons, u"en"_s);
    QCOMPARE(list.rowCount(), 10);
    QCOMPARE(list.index(2).data().toString(), u"3. A smart host first, MX as the fallback"_s);
    QCOMPARE(list.index(2).data(LessonPassedRole).toBool(), false);
    QSignalSpy changed(&list, &QAbstractItemModel::dataChanged);
    AppSettings::setLessonPassed(set.lessons.at(2).id);
    AppSettings::setLessonHintsUsed(set.lessons.at(2).id, 2);
    list.refreshProgress();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(list.index(2).data(LessonPassedRole).toBool(), true);
    QCOMPARE(list.index(2).data(LessonHintsUsedRole).toInt(), 2);
    QCOMPARE(list.passedCount(), 1);

    ConditionModel conditions;
    QAbstractItemModelTester conditionTester(&conditions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Lesson &lesson = set.lessons.at(2);
    conditions.setLesson(&lesson, u"en"_s);
    QCOMPARE(conditions.rowCount(), lesson.conditions.size());
    QVERIFY(!conditions.index(0).data(ConditionMetRole).isValid());
    LessonOutcome outcome;
    outcome.lesson = lesson.id;
    outcome.results.append({0, ExpectKind::FirstTier, ConditionCode::Met, QJsonArray{u"my.local.smart.host"_s},
                            QJsonArray{u"my.local.smart.host"_s}});
    outcome.results.append({1, ExpectKind::FirstTier, ConditionCode::Differs,
                            QJsonArray{u"mx1.shop.example"_s, u"mx2.shop.example"_s}, QJsonArray{}});
    conditions.setOutcome(outcome);
    QCOMPARE(conditions.index(0).data(ConditionMetRole).toBool(), true);
    QCOMPARE(conditions.index(1).data(ConditionMetRole).toBool(), false);
    QCOMPARE(conditions.index(1).data(ConditionMissingRole).toString(),
             u"First tier: expected mx1.shop.example, mx2.shop.example; now none."_s);
    QVERIFY(conditions.index(1).data().toString().contains(u"Still missing: First tier"_s));
    conditions.setLesson(nullptr, u"en"_s);
    QCOMPARE(conditions.rowCount(), 0);
}

// Every built-in lesson, in the window with the user's file open: the sandbox is
// opened, not the user's file; the start fails the goal; the shipped solution,
// applied as an edit of the document, meets it; the lesson counts as passed.
void TestLessonsPanel::lessonInTheSandbox_data()
{
    QTest::addColumn<QString>("id");
    for (const Lesson &l : loadLessons().lessons)
        QTest::newRow(qPrintable(l.id)) << l.id;
}

void TestLessonsPanel::lessonInTheSandbox()
{
    QFETCH(QString, id);
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(m_userFile));
    w.document()->waitForLoaded();
    LessonsPanel *panel = test::part<LessonsPanel>(w, u"lessonsPanel"_s);
    LessonSession *session = panel->session();
    const int row = lessonRow(session, id);
    QVERIFY(row >= 0);
    const Lesson lesson = session->lessons().lessons.at(row);

    QVERIFY(panel->startLesson(row));
    w.document()->waitForLoaded();
    const QString sandbox = LessonSandboxes::folderOf(lesson) + u"/lesson.conf";
    QCOMPARE(sameFile(w.document()->path()), sameFile(sandbox));
    QVERIFY(sandbox.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QCOMPARE(w.document()->bytes(), lesson.startConfig);
    QCOMPARE(panel->previousFile(), QFileInfo(m_userFile).absoluteFilePath());
    QCOMPARE(w.livePanel()->lessonZones().size(), lesson.zoneFiles.size());

    QVERIFY(waitForCheck(session));
    QVERIFY(!session->outcome()->passed());
    QVERIFY(session->outcome()->metCount() < lesson.conditions.size());
    QVERIFY(!AppSettings::lessonPassed(id));
    const auto *status = panel->findChild<QLabel *>(u"lessonStatus"_s);
    QVERIFY2(status->text().contains(u"of %1 conditions met"_s.arg(lesson.conditions.size())), qPrintable(status->text()));

    QSignalSpy reached(session, &LessonSession::goalReached);
    QVERIFY(replaceDocumentText(w.document(), lesson.solutionConfig, u"apply the solution"_s));
    QVERIFY(waitForCheck(session));
    QVERIFY2(session->outcome()->passed(), qPrintable(LessonWording::summaryText(*session->outcome())));
    QCOMPARE(reached.count(), 1);
    QVERIFY(status->text().startsWith(u"Goal reached: all %1 conditions met."_s.arg(lesson.conditions.size())));
    for (int r = 0; r < panel->conditionModel()->rowCount(); ++r)
        QCOMPARE(panel->conditionModel()->index(r).data(ConditionMetRole).toBool(), true);
    QVERIFY(AppSettings::lessonPassed(id));
    QCOMPARE(panel->lessonModel()->index(row).data(LessonPassedRole).toBool(), true);
    // Nothing was written anywhere: the user's file as it was, the sandbox as started.
    QCOMPARE(test::readFile(m_userFile), m_userBytes);
    QCOMPARE(test::readFile(sandbox), lesson.startConfig);
}

void TestLessonsPanel::liveAndHintsFollowTheLesson()
{
    MainWindow w;
    w.show();
    LessonsPanel *panel = test::part<LessonsPanel>(w, u"lessonsPanel"_s);
    LessonSession *session = panel->session();
    const int row = lessonRow(session, u"03-smart-host-fallback"_s);
    const Lesson lesson = session->lessons().lessons.at(row);
    QVERIFY(panel->startLesson(row));
    w.document()->waitForLoaded();

    // The live panel resolves the lesson's domain through both of its zones (the
    // smart host's name is in the second).
    QVERIFY(replaceDocumentText(w.document(), lesson.solutionConfig, u"solution"_s));
    LiveSession *live = w.livePanel()->session();
    QTRY_COMPARE_WITH_TIMEOUT(live->domain(), u"shop.example"_s, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!live->isResolving() && live->explanation()
                                 && live->explanation()->candidates.size() == 3,
                             8000);
    QCOMPARE(live->explanation()->candidates.first().host, u"my.local.smart.host"_s);
    QCOMPARE(live->explanation()->candidates.first().state, CandidateState::Usable);

    // Hints one by one, the solution only after the last; kept for the next session.
    auto *hint = panel->findChild<QPushButton *>(u"lessonHint"_s);
    auto *solution = panel->findChild<QPushButton *>(u"lessonSolution"_s);
    auto *text = panel->findChild<QTextBrowser *>(u"lessonText"_s);
    QVERIFY(!solution->isEnabled());
    for (int i = 1; i <= lesson.hints.size(); ++i) {
        QVERIFY(hint->isEnabled());
        hint->click();
        QCOMPARE(session->hintsShown(), i);
        QVERIFY(text->toPlainText().contains(lesson.hints.at(i - 1).in(u"en"_s).section(u'`', 0, 0).trimmed()));
        QCOMPARE(AppSettings::lessonHintsUsed(lesson.id), i);
        QCOMPARE(solution->isEnabled(), i == lesson.hints.size());
    }
    QVERIFY(!hint->isEnabled());
    QVERIFY(!text->toPlainText().contains(u"Solution"_s));
    solution->click();
    QVERIFY(session->solutionShown());
    QVERIFY(text->toPlainText().contains(u"smtp://my.local.smart.host?pref=1"_s));
    QVERIFY(AppSettings::lessonSolutionShown(lesson.id));

    LessonsPanel again(w.document(), w.livePanel());
    QCOMPARE(again.lessonModel()->index(row).data(LessonHintsUsedRole).toInt(), lesson.hints.size());
}

void TestLessonsPanel::savedWorkResumesAndResetIsUndoable()
{
    MainWindow w;
    w.show();
    LessonsPanel *panel = test::part<LessonsPanel>(w, u"lessonsPanel"_s);
    LessonSession *session = panel->session();
    const int row = lessonRow(session, u"05-limits-and-spill-over"_s);
    const Lesson lesson = session->lessons().lessons.at(row);
    QVERIFY(panel->startLesson(row));
    w.document()->waitForLoaded();
    QVERIFY(!session->sandbox().resumed);
    QVERIFY(replaceDocumentText(w.document(), lesson.solutionConfig, u"solution"_s));
    QVERIFY(w.document()->save().ok());
    QVERIFY(panel->leaveLesson(false));
    QVERIFY(!w.document()->hasFile());
    QVERIFY(!session->isActive());
    QVERIFY(w.livePanel()->lessonZones().isEmpty());

    // Started again: the saved work, said so; Reset is one edit, and Undo takes it back.
    QVERIFY(panel->startLesson(row));
    w.document()->waitForLoaded();
    QVERIFY(session->sandbox().resumed);
    QCOMPARE(w.document()->bytes(), lesson.solutionConfig);
    QVERIFY(panel->findChild<QTextBrowser *>(u"lessonText"_s)->toPlainText().contains(u"saved work"_s));
    panel->findChild<QPushButton *>(u"lessonReset"_s)->click();
    QCOMPARE(w.document()->bytes(), lesson.startConfig);
    QVERIFY(w.document()->undoStack()->undoText().startsWith(u"Reset lesson"_s));
    QVERIFY(waitForCheck(session));
    QVERIFY(!session->outcome()->passed());
    w.document()->undoStack()->undo();
    QCOMPARE(w.document()->bytes(), lesson.solutionConfig);
    QVERIFY(waitForCheck(session));
    QVERIFY(session->outcome()->passed());
    QVERIFY(!w.document()->isModified());
}

void TestLessonsPanel::leavingOffersTheUsersFileBack()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(m_userFile));
    w.document()->waitForLoaded();
    LessonsPanel *panel = test::part<LessonsPanel>(w, u"lessonsPanel"_s);
    QVERIFY(panel->startLesson(0));
    // A second lesson while in the first: the user's file is still the one to go back to.
    QVERIFY(panel->startLesson(1));
    w.document()->waitForLoaded();
    QCOMPARE(panel->previousFile(), QFileInfo(m_userFile).absoluteFilePath());
    QVERIFY(panel->leaveLesson(true));
    QCOMPARE(w.document()->path(), QFileInfo(m_userFile).absoluteFilePath());
    w.document()->waitForLoaded();
    QCOMPARE(w.document()->bytes(), m_userBytes);
    QVERIFY(!panel->session()->isActive());
    QVERIFY(w.livePanel()->lessonZones().isEmpty());
}

void TestLessonsPanel::openingAnotherFileEndsTheLesson()
{
    MainWindow w;
    w.show();
    LessonsPanel *panel = test::part<LessonsPanel>(w, u"lessonsPanel"_s);
    QVERIFY(panel->startLesson(0));
    w.document()->waitForLoaded();
    QSignalSpy left(panel->session(), &LessonSession::left);
    QVERIFY(w.openFile(m_userFile));
    QCOMPARE(left.count(), 1);
    QVERIFY(!panel->session()->isActive());
    QVERIFY(w.livePanel()->lessonZones().isEmpty());
    QVERIFY(panel->previousFile().isEmpty());
}

void TestLessonsPanel::replacementEditsTouchOnlyWhatDiffers_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<int>("begin");
    QTest::addColumn<int>("end");
    QTest::addColumn<QByteArray>("replacement");
    QTest::newRow("one word changed") << QByteArray("a = 1\nb = 2\n") << QByteArray("a = 1\nb = 3\n") << 10 << 11
                                      << QByteArray("3");
    QTest::newRow("lines added at the end") << QByteArray("a\n") << QByteArray("a\nb\n") << 2 << 2 << QByteArray("b\n");
    QTest::newRow("everything removed") << QByteArray("abc") << QByteArray() << 0 << 3 << QByteArray();
    QTest::newRow("repeated text") << QByteArray("xx") << QByteArray("xxx") << 2 << 2 << QByteArray("x");
    QTest::newRow("equal") << QByteArray("same") << QByteArray("same") << -1 << -1 << QByteArray();
}

void TestLessonsPanel::replacementEditsTouchOnlyWhatDiffers()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(int, begin);
    QFETCH(int, end);
    QFETCH(QByteArray, replacement);
    const TextEdits edits = replacementEdits(before, after);
    if (begin < 0) {
        QVERIFY(edits.isEmpty());
        return;
    }
    QCOMPARE(edits.size(), 1);
    QCOMPARE(int(edits.first().begin), begin);
    QCOMPARE(int(edits.first().end), end);
    QCOMPARE(edits.first().replacement, replacement);
    QCOMPARE(applyEdits(before, edits), after);
}

void TestLessonsPanel::inputsHaveAccessibleNames()
{
    MainWindow w;
    LessonsPanel *panel = test::part<LessonsPanel>(w, u"lessonsPanel"_s);
    for (QWidget *input : panel->findChildren<QWidget *>()) {
        if (qobject_cast<QListView *>(input) || qobject_cast<QTextBrowser *>(input))
            QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(input->objectName()));
        if (auto *b = qobject_cast<QPushButton *>(input))
            QVERIFY2(b->text().contains(u'&'), qPrintable(b->objectName()));  // a key for the keyboard
    }
}

void TestLessonsPanel::germanTextsAndWording()
{
    installTranslations(*qApp, u"de"_s);
    QCOMPARE(currentLanguage(), u"de"_s);
    MainWindow w;
    LessonsPanel *panel = test::part<LessonsPanel>(w, u"lessonsPanel"_s);
    QCOMPARE(panel->lessonModel()->index(2).data().toString(), u"3. Erst der Smarthost, dann MX als Rückfallebene"_s);
    LessonCondition c;
    c.host = u"mx1.shop.example"_s;
    const ConditionResult differs{0, ExpectKind::MaxQueue, ConditionCode::Differs, 100, 240};
    QCOMPARE(LessonWording::missingText(differs, c),
             u"Warteschlange: erwartet höchstens 100 wartende; sie erreicht 240."_s);
    LessonOutcome outcome;
    outcome.results.append(differs);
    outcome.results.append({1, ExpectKind::Deliverable, ConditionCode::Met, true, true});
    QCOMPARE(LessonWording::summaryText(outcome), u"1 von 2 Bedingungen erfüllt."_s);
}

QTEST_MAIN(TestLessonsPanel)
#include "tst_lessonspanel.moc"
