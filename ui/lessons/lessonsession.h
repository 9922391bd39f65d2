// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"
#include "lessons/lessoncheck.h"
#include "lessons/lessonloader.h"
#include "lessons/lessonsandbox.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace rs::ui {

class Document;

/// The lesson being worked on, without a widget: which lesson, its sandbox, the
/// hints and solution shown, and the outcome of checking the document's current
/// text against its goal. It checks as the learner edits (debounced; a new check
/// cancels the one in flight, so only the answer to the latest text is shown) and
/// keeps the progress in the settings. The lesson ends when the document leaves
/// the sandbox.
class LessonSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonSession)

public:
    explicit LessonSession(Document *document, QObject *parent = nullptr);
    ~LessonSession() override;

    /// The built-in lessons unless set otherwise (a trainer's folder, tests).
    const LessonSet &lessons() const { return m_lessons; }
    void setLessons(const LessonSet &lessons);
    /// What the lesson texts are shown in: the app language.
    QString language() const { return m_language; }
    void setLanguage(const QString &language) { m_language = language; }

    /// Follows the document from now on: `index` into lessons(), its sandbox opened
    /// (or being opened) in the document.
    void begin(int index, const LessonSandbox &sandbox);
    /// Stops following the document; the lesson is closed.
    void end();
    bool isActive() const { return m_index >= 0; }
    int index() const { return m_index; }
    const Lesson *lesson() const;
    const LessonSandbox &sandbox() const { return m_sandbox; }
    /// True when the document holds the sandbox's configuration.
    bool documentInSandbox() const;

    int hintsShown() const { return m_hintsShown; }
    bool canShowHint() const;
    void showNextHint();
    /// The solution is offered once every hint was shown.
    bool canShowSolution() const;
    bool solutionShown() const { return m_solutionShown; }
    void showSolution();

    /// Puts the start configuration back, as one undoable edit (Undo brings the
    /// learner's text back).
    EditOutcome reset();

    void schedule();
    void checkNow();
    bool isChecking() const;
    const std::optional<LessonOutcome> &outcome() const { return m_outcome; }
    int checksDone() const { return m_checks; }

signals:
    /// A lesson began or ended.
    void lessonChanged();
    void checkStarted();
    void outcomeChanged();
    /// Every condition is met (each time a check finds it so after one that did not).
    void goalReached();
    void hintsChanged();
    /// The document opened another file or closed: the lesson ended.
    void left();
    /// The sandbox's configuration finished loading in the document.
    void sandboxLoaded();

private:
    void onFinished(const LessonOutcome &outcome);
    void onPathChanged();

    Document *m_document;
    LessonChecker *m_checker;
    QTimer m_debounce;
    LessonSet m_lessons;
    QString m_language = QStringLiteral("en");
    int m_index = -1;
    LessonSandbox m_sandbox;
    int m_hintsShown = 0;
    bool m_solutionShown = false;
    std::optional<LessonOutcome> m_outcome;
    int m_checks = 0;
};

} // namespace rs::ui
