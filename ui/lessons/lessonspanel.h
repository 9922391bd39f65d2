// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/lesson.h"

#include <QWidget>

#include <functional>

class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace rs::ui {

class ConditionModel;
class Document;
class LessonListModel;
class LessonSession;
class LivePanel;

/// The Lessons panel: pick a lesson and read it, then work on it in a sandbox copy
/// opened in the editor (never the user's files), with the goal's conditions checked
/// live, hints one by one, the solution after the hints, and a reset. The live panel
/// resolves through the lesson's zones while it is open.
class LessonsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonsPanel)

public:
    LessonsPanel(Document *document, LivePanel *live, QWidget *parent = nullptr);
    ~LessonsPanel() override;

    LessonSession *session() const { return m_session; }
    LessonListModel *lessonModel() const { return m_lessonModel; }
    ConditionModel *conditionModel() const { return m_conditionModel; }
    /// Asked before the document switches files: false keeps it (the window's
    /// "save your changes first?").
    void setSaveGuard(std::function<bool()> guard) { m_saveGuard = std::move(guard); }

    /// Opens lesson `index`'s sandbox (lessons().lessons index) in the editor; false
    /// when it did not (refused by the save guard, or an error, shown).
    bool startLesson(int index);
    /// Closes the lesson; `reopen` opens the file that was open before it, if any.
    bool leaveLesson(bool reopen);
    /// The user's file that was open when the lesson started.
    QString previousFile() const { return m_previousFile; }

signals:
    /// A domain of the lesson to show in the live panel, once its sandbox is loaded.
    void domainSuggested(const QString &domain);
    /// The learner asked to see a condition over time in the simulation view.
    void timelineRequested(const rs::LessonCondition &condition);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createListPage();
    QWidget *createLessonPage();
    void connectSession();
    int selectedRow() const;
    void refreshPreview();
    void refreshListPage();
    void refreshLesson();
    void refreshOutcome();
    void refreshButtons();
    void askToLeave();
    void editText();
    void resetLesson();
    void resetProgress();
    void onLeft();

    Document *m_document;
    LivePanel *m_live;
    LessonSession *m_session;
    LessonListModel *m_lessonModel;
    ConditionModel *m_conditionModel;
    std::function<bool()> m_saveGuard;
    QString m_previousFile;
    bool m_suggestDomain = false;

    QStackedWidget *m_pages = nullptr;
    // The list of lessons.
    QLabel *m_progress = nullptr;
    QListView *m_list = nullptr;
    QTextBrowser *m_preview = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_backToLesson = nullptr;
    QPushButton *m_resetProgress = nullptr;
    // The lesson in progress.
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_nextLesson = nullptr;
    QTextBrowser *m_text = nullptr;
    QListView *m_conditions = nullptr;
    QPushButton *m_hint = nullptr;
    QPushButton *m_solution = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_editText = nullptr;
    QPushButton *m_allLessons = nullptr;
    QPushButton *m_leave = nullptr;
};

} // namespace rs::ui
