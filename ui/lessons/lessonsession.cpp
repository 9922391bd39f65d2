// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lessonsession.h"

#include "appsettings.h"
#include "document/configsnapshot.h"
#include "document/document.h"
#include "lessons/textreplacement.h"

#include <QDir>
#include <QFileInfo>

namespace rs::ui {

namespace {

// As the live panel: long enough for a burst of edits, short enough to feel live.
constexpr int debounceMs = 300;

QString cleanPath(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

LessonSession::LessonSession(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_checker(new LessonChecker(this))
    , m_lessons(loadLessons())
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &LessonSession::checkNow);
    connect(m_checker, &LessonChecker::finished, this, &LessonSession::onFinished);
    connect(m_document, &Document::changed, this, [this] {
        if (documentInSandbox())
            schedule();
    });
    connect(m_document, &Document::pathChanged, this, &LessonSession::onPathChanged);
    connect(m_document, &Document::loaded, this, [this](bool ok) {
        if (ok && documentInSandbox())
            emit sandboxLoaded();
    });
}

LessonSession::~LessonSession() = default;

void LessonSession::setLessons(const LessonSet &lessons)
{
    end();
    m_lessons = lessons;
    emit lessonChanged();
}

const Lesson *LessonSession::lesson() const
{
    return m_index >= 0 && m_index < m_lessons.lessons.size() ? &m_lessons.lessons.at(m_index) : nullptr;
}

void LessonSession::begin(int index, const LessonSandbox &sandbox)
{
    if (index < 0 || index >= m_lessons.lessons.size())
        return;
    m_checker->cancel();
    m_index = index;
    m_sandbox = sandbox;
    m_outcome.reset();
    const QString &id = m_lessons.lessons.at(index).id;
    m_hintsShown = std::min<int>(AppSettings::lessonHintsUsed(id), int(m_lessons.lessons.at(index).hints.size()));
    m_solutionShown = AppSettings::lessonSolutionShown(id);
    emit lessonChanged();
    if (documentInSandbox() && m_document->snapshot())
        schedule();
}

void LessonSession::end()
{
    m_debounce.stop();
    m_checker->cancel();
    if (m_index < 0)
        return;
    m_index = -1;
    m_sandbox = {};
    m_outcome.reset();
    m_hintsShown = 0;
    m_solutionShown = false;
    emit lessonChanged();
}

bool LessonSession::documentInSandbox() const
{
    return isActive() && m_document->hasFile() && cleanPath(m_document->path()) == cleanPath(m_sandbox.config);
}

void LessonSession::onPathChanged()
{
    if (isActive() && !documentInSandbox()) {
        end();
        emit left();
    }
}

bool LessonSession::canShowHint() const
{
    const Lesson *l = lesson();
    return l && m_hintsShown < l->hints.size();
}

void LessonSession::showNextHint()
{
    if (!canShowHint())
        return;
    ++m_hintsShown;
    const QString &id = lesson()->id;
    AppSettings::setLessonHintsUsed(id, std::max(m_hintsShown, AppSettings::lessonHintsUsed(id)));
    emit hintsChanged();
}

bool LessonSession::canShowSolution() const
{
    const Lesson *l = lesson();
    return l && !m_solutionShown && m_hintsShown >= l->hints.size();
}

void LessonSession::showSolution()
{
    if (!canShowSolution())
        return;
    m_solutionShown = true;
    AppSettings::setLessonSolutionShown(lesson()->id);
    emit hintsChanged();
}

EditOutcome LessonSession::reset()
{
    if (!documentInSandbox())
        return Unexpected{EditBlock{EditBlock::NoFile, {}, {}, 0, {}}};
    return replaceDocumentText(m_document, lesson()->startConfig, tr("Reset lesson %1").arg(lesson()->number));
}

void LessonSession::schedule()
{
    // A stale outcome must never be shown for the new text: cancel now, not when the pause ends.
    m_checker->cancel();
    m_debounce.start();
    emit checkStarted();
}

void LessonSession::checkNow()
{
    m_debounce.stop();
    const auto snapshot = m_document->snapshot();
    if (!documentInSandbox() || !snapshot)
        return;
    m_checker->check(*lesson(), snapshot->config());
}

bool LessonSession::isChecking() const
{
    return m_debounce.isActive() || m_checker->isBusy();
}

void LessonSession::onFinished(const LessonOutcome &outcome)
{
    const Lesson *l = lesson();
    if (!l || outcome.lesson != l->id)
        return;
    const bool wasPassed = m_outcome && m_outcome->passed();
    m_outcome = outcome;
    ++m_checks;
    if (outcome.passed())
        AppSettings::setLessonPassed(l->id);
    emit outcomeChanged();
    if (outcome.passed() && !wasPassed)
        emit goalReached();
}

} // namespace rs::ui
