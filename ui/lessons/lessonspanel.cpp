// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lessonspanel.h"

#include "appsettings.h"
#include "document/documenttext.h"
#include "document/document.h"
#include "lessons/conditionmodel.h"
#include "lessons/lessonlistmodel.h"
#include "lessons/lessonroles.h"
#include "lessons/lessonsandbox.h"
#include "lessons/lessonsession.h"
#include "lessons/lessontextdialog.h"
#include "lessons/lessonwording.h"
#include "lessons/textreplacement.h"
#include "live/livepanel.h"
#include "translation.h"

#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rs::ui {

namespace {

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

bool isDark(const QPalette &p)
{
    return p.color(QPalette::Window).lightness() < 128;
}

} // namespace

LessonsPanel::LessonsPanel(Document *document, LivePanel *live, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_live(live)
    , m_session(new LessonSession(document, this))
    , m_lessonModel(new LessonListModel(this))
    , m_conditionModel(new ConditionModel(this))
    , m_saveGuard([] { return true; })
{
    setObjectName(QStringLiteral("lessonsPanel"));
    m_session->setLanguage(currentLanguage());
    m_lessonModel->setLessons(m_session->lessons().lessons, m_session->language());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createListPage());
    m_pages->addWidget(createLessonPage());
    layout->addWidget(m_pages);
    connectSession();
    if (m_lessonModel->rowCount() > 0)
        m_list->setCurrentIndex(m_lessonModel->index(0));
    refreshListPage();
}

LessonsPanel::~LessonsPanel() = default;

QWidget *LessonsPanel::createListPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_progress = new QLabel(page);
    m_progress->setObjectName(QStringLiteral("lessonProgress"));
    m_progress->setWordWrap(true);
    layout->addWidget(m_progress);

    auto *splitter = new QSplitter(Qt::Vertical, page);
    m_list = new QListView(splitter);
    m_list->setObjectName(QStringLiteral("lessonList"));
    m_list->setAccessibleName(tr("Lessons"));
    m_list->setModel(m_lessonModel);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setIconSize(QSize(16, 16));
    m_preview = new QTextBrowser(splitter);
    m_preview->setObjectName(QStringLiteral("lessonPreview"));
    m_preview->setAccessibleName(tr("Introduction and goal of the selected lesson"));
    splitter->addWidget(m_list);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    m_start = button(tr("&Start Lesson"), QStringLiteral("lessonStart"), page);
    m_start->setDefault(true);
    m_backToLesson = button(tr("&Back to the Lesson"), QStringLiteral("lessonBack"), page);
    m_resetProgress = button(tr("Forget &Progress..."), QStringLiteral("lessonForgetProgress"), page);
    m_resetProgress->setToolTip(tr("Mark every lesson as not passed and forget the hints used "
                                   "(for the next group of learners)"));
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_start, 0, 0);
    buttons->addWidget(m_backToLesson, 0, 1);
    buttons->addWidget(m_resetProgress, 1, 0, 1, 2);
    layout->addLayout(buttons);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { refreshPreview(); });
    connect(m_list, &QAbstractItemView::activated, this, [this](const QModelIndex &i) { startLesson(i.row()); });
    connect(m_start, &QPushButton::clicked, this, [this] {
        const int row = selectedRow();
        if (row >= 0 && row == m_session->index())
            m_pages->setCurrentIndex(1);  // already open: go back to it
        else if (row >= 0)
            startLesson(row);
    });
    connect(m_backToLesson, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(1); });
    connect(m_resetProgress, &QPushButton::clicked, this, &LessonsPanel::resetProgress);
    return page;
}

QWidget *LessonsPanel::createLessonPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("lessonTitle"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);

    // The outcome, coloured once the goal is reached: the one thing a learner looks for.
    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("lessonStatus"));
    m_status->setWordWrap(true);
    m_status->setAutoFillBackground(true);
    m_status->setMargin(4);
    m_status->setAccessibleName(tr("Lesson status"));
    m_nextLesson = button(tr("&Next Lesson"), QStringLiteral("lessonNext"), page);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_nextLesson);
    layout->addLayout(statusRow);

    auto *splitter = new QSplitter(Qt::Vertical, page);
    m_text = new QTextBrowser(splitter);
    m_text->setObjectName(QStringLiteral("lessonText"));
    m_text->setAccessibleName(tr("Lesson text: introduction, goal, hints"));
    m_conditions = new QListView(splitter);
    m_conditions->setObjectName(QStringLiteral("lessonConditions"));
    m_conditions->setAccessibleName(tr("Conditions of the goal"));
    m_conditions->setModel(m_conditionModel);
    m_conditions->setWordWrap(true);
    m_conditions->setUniformItemSizes(false);
    m_conditions->setResizeMode(QListView::Adjust);
    m_conditions->setSpacing(2);
    m_conditions->setIconSize(QSize(16, 16));
    m_conditions->setToolTip(tr("Double-click a condition over time to show it in the Simulation view."));
    splitter->addWidget(m_text);
    splitter->addWidget(m_conditions);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({300, 200});
    layout->addWidget(splitter, 1);

    m_hint = button(tr("Next &Hint"), QStringLiteral("lessonHint"), page);
    m_solution = button(tr("Show S&olution"), QStringLiteral("lessonSolution"), page);
    m_solution->setToolTip(tr("Offered once every hint was shown"));
    m_reset = button(tr("&Reset"), QStringLiteral("lessonReset"), page);
    m_reset->setToolTip(tr("Put the start configuration back (Undo brings your text back)"));
    m_editText = button(tr("&Edit as Text..."), QStringLiteral("lessonEditText"), page);
    m_editText->setToolTip(tr("Edit the whole configuration: limits, throttles, Host and Binding stanzas"));
    m_allLessons = button(tr("&All Lessons"), QStringLiteral("lessonAll"), page);
    m_leave = button(tr("&Leave Lesson"), QStringLiteral("lessonLeave"), page);
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_hint, 0, 0);
    buttons->addWidget(m_solution, 0, 1);
    buttons->addWidget(m_reset, 1, 0);
    buttons->addWidget(m_editText, 1, 1);
    buttons->addWidget(m_allLessons, 2, 0);
    buttons->addWidget(m_leave, 2, 1);
    layout->addLayout(buttons);

    connect(m_hint, &QPushButton::clicked, m_session, &LessonSession::showNextHint);
    connect(m_solution, &QPushButton::clicked, m_session, &LessonSession::showSolution);
    connect(m_reset, &QPushButton::clicked, this, &LessonsPanel::resetLesson);
    connect(m_editText, &QPushButton::clicked, this, &LessonsPanel::editText);
    connect(m_allLessons, &QPushButton::clicked, this, [this] {
        refreshListPage();
        m_pages->setCurrentIndex(0);
    });
    connect(m_leave, &QPushButton::clicked, this, &LessonsPanel::askToLeave);
    connect(m_nextLesson, &QPushButton::clicked, this, [this] { startLesson(m_session->index() + 1); });
    connect(m_conditions, &QAbstractItemView::activated, this, [this](const QModelIndex &i) {
        const Lesson *l = m_session->lesson();
        if (l && i.data(ConditionTimelineRole).toBool())
            emit timelineRequested(l->conditions.at(i.row()));
    });
    return page;
}

void LessonsPanel::connectSession()
{
    connect(m_session, &LessonSession::lessonChanged, this, &LessonsPanel::refreshLesson);
    connect(m_session, &LessonSession::hintsChanged, this, [this] {
        refreshLesson();
        m_lessonModel->refreshProgress();
        // The newest hint (or the solution) is what the learner asked for: show it.
        m_text->scrollToAnchor(m_session->solutionShown() ? QStringLiteral("solution")
                                                          : QStringLiteral("hint%1").arg(m_session->hintsShown()));
    });
    connect(m_session, &LessonSession::checkStarted, this, &LessonsPanel::refreshOutcome);
    connect(m_session, &LessonSession::outcomeChanged, this, [this] {
        if (m_session->outcome())
            m_conditionModel->setOutcome(*m_session->outcome());
        m_lessonModel->refreshProgress();
        refreshOutcome();
    });
    connect(m_session, &LessonSession::left, this, &LessonsPanel::onLeft);
    connect(m_session, &LessonSession::sandboxLoaded, this, [this] {
        const Lesson *l = m_session->lesson();
        if (!std::exchange(m_suggestDomain, false) || !l || l->conditions.isEmpty())
            return;
        emit domainSuggested(l->conditions.first().domain);
    });
}

int LessonsPanel::selectedRow() const
{
    const QModelIndex i = m_list->currentIndex();
    return i.isValid() ? i.row() : -1;
}

bool LessonsPanel::startLesson(int index)
{
    const QList<Lesson> &lessons = m_session->lessons().lessons;
    if (index < 0 || index >= lessons.size())
        return false;
    if (!m_saveGuard())
        return false;
    const Lesson &lesson = lessons.at(index);
    const auto sandbox = LessonSandboxes::prepare(lesson);
    if (!sandbox) {
        QMessageBox::warning(this, tr("Lesson"), sandbox.error());
        return false;
    }
    // The file the user had open, to offer it back when the lesson ends (not
    // another lesson's sandbox).
    if (!m_session->isActive() && m_document->hasFile() && !LessonSandboxes::contains(m_document->path()))
        m_previousFile = m_document->path();
    m_session->end();
    m_live->setLessonZones(sandbox->zones);
    if (const auto opened = m_document->open(sandbox->config); !opened) {
        m_live->setLessonZones({});
        QMessageBox::warning(this, tr("Lesson"), DocumentText::ioErrorText(opened.error()));
        return false;
    }
    m_suggestDomain = true;
    m_session->begin(index, *sandbox);
    m_list->setCurrentIndex(m_lessonModel->index(index));
    m_pages->setCurrentIndex(1);
    return true;
}

bool LessonsPanel::leaveLesson(bool reopen)
{
    if (!m_session->isActive())
        return true;
    if (!m_saveGuard())
        return false;
    const QString previous = std::exchange(m_previousFile, QString());
    m_session->end();
    m_live->setLessonZones({});
    if (reopen && !previous.isEmpty() && QFileInfo::exists(previous)) {
        if (const auto opened = m_document->open(previous); !opened)
            QMessageBox::warning(this, tr("Lesson"), DocumentText::ioErrorText(opened.error()));
    } else {
        m_document->close();
    }
    refreshListPage();
    m_pages->setCurrentIndex(0);
    return true;
}

void LessonsPanel::askToLeave()
{
    bool reopen = false;
    if (!m_previousFile.isEmpty() && QFileInfo::exists(m_previousFile)) {
        QMessageBox box(QMessageBox::Question, tr("Leave Lesson"),
                        tr("Reopen %1, which was open before the lesson?").arg(QFileInfo(m_previousFile).fileName()),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("leaveLessonBox"));
        QPushButton *yes = box.addButton(tr("&Reopen"), QMessageBox::YesRole);
        box.addButton(tr("&Close the Lesson Only"), QMessageBox::NoRole);
        QPushButton *cancel = box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(yes);
        box.exec();
        if (box.clickedButton() == cancel)
            return;
        reopen = box.clickedButton() == yes;
    }
    leaveLesson(reopen);
}

void LessonsPanel::onLeft()
{
    // Another file was opened over the lesson: it is the user's now.
    m_previousFile.clear();
    m_live->setLessonZones({});
    refreshListPage();
    m_pages->setCurrentIndex(0);
}

void LessonsPanel::resetLesson()
{
    if (const auto done = m_session->reset(); !done)
        QMessageBox::warning(this, tr("Reset"), DocumentText::blockText(done.error()));
}

void LessonsPanel::editText()
{
    const Lesson *l = m_session->lesson();
    if (!l || !m_session->documentInSandbox())
        return;
    LessonTextDialog dialog(tr("Lesson %1: %2").arg(l->number).arg(l->title.in(m_session->language())),
                            m_document->bytes(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto done = replaceDocumentText(m_document, dialog.text(), tr("Edit the text of lesson %1").arg(l->number));
        !done)
        QMessageBox::warning(this, tr("Edit as Text"), DocumentText::blockText(done.error()));
}

void LessonsPanel::resetProgress()
{
    if (QMessageBox::question(this, tr("Forget Progress"),
                              tr("Mark every lesson as not passed and forget the hints used? The lessons' "
                                 "configurations are kept."))
        != QMessageBox::Yes)
        return;
    AppSettings::clearLessonProgress();
    m_lessonModel->refreshProgress();
    refreshListPage();
}

void LessonsPanel::refreshPreview()
{
    const int row = selectedRow();
    const QList<Lesson> &lessons = m_session->lessons().lessons;
    if (row < 0 || row >= lessons.size()) {
        m_preview->clear();
        m_start->setEnabled(false);
        m_backToLesson->setVisible(m_session->isActive());
        return;
    }
    const Lesson &l = lessons.at(row);
    const QString lang = m_session->language();
    m_preview->setHtml(u"<h3>" + tr("Lesson %1: %2").arg(l.number).arg(l.title.in(lang).toHtmlEscaped()) + u"</h3>"
                       + LessonWording::html(l.intro.in(lang)) + u"<h4>" + tr("Goal") + u"</h4>"
                       + LessonWording::html(l.goal.in(lang)));
    m_start->setEnabled(true);
    // "Back to the lesson" only when another one is selected (Start then goes there).
    m_backToLesson->setVisible(m_session->isActive() && row != m_session->index());
    if (row == m_session->index())
        m_start->setText(tr("&Go to the Lesson"));
    else if (QFileInfo::exists(LessonSandboxes::folderOf(l) + u"/lesson.conf"))
        m_start->setText(tr("&Continue Lesson"));
    else
        m_start->setText(tr("&Start Lesson"));
    m_start->setToolTip(tr("Opens the lesson's own copy of its configuration in the editor; your files are not "
                           "touched"));
}

void LessonsPanel::refreshListPage()
{
    const int all = m_lessonModel->rowCount();
    QString text = tr("%1 of %n lesson(s) passed.", nullptr, all).arg(m_lessonModel->passedCount());
    if (const LessonSandbox &box = m_session->sandbox(); m_session->isActive() && !box.folder.isEmpty())
        text += u' ' + tr("Lesson %1 is open.").arg(m_session->lesson()->number);
    m_progress->setText(text);
    refreshPreview();
}

void LessonsPanel::refreshLesson()
{
    const Lesson *l = m_session->lesson();
    m_conditionModel->setLesson(l, m_session->language());
    if (!l) {
        m_title->clear();
        m_text->clear();
        refreshOutcome();
        return;
    }
    const QString lang = m_session->language();
    m_title->setText(tr("Lesson %1 of %2: %3").arg(l->number).arg(m_session->lessons().lessons.size()).arg(l->title.in(lang)));
    QString html;
    if (m_session->sandbox().resumed)
        html += u"<p><i>" + tr("You are continuing your saved work from an earlier session; Reset starts afresh.")
            + u"</i></p>";
    html += u"<h4>" + tr("Introduction") + u"</h4>" + LessonWording::html(l->intro.in(lang));
    html += u"<h4>" + tr("Goal") + u"</h4>" + LessonWording::html(l->goal.in(lang));
    for (int i = 0; i < m_session->hintsShown(); ++i) {
        html += QStringLiteral("<h4><a name=\"hint%1\"></a>").arg(i + 1)
            + tr("Hint %1 of %2").arg(i + 1).arg(l->hints.size()) + u"</h4>" + LessonWording::html(l->hints.at(i).in(lang));
    }
    if (m_session->solutionShown()) {
        html += u"<h4><a name=\"solution\"></a>" + tr("Solution") + u"</h4><p>"
            + tr("A configuration that meets every condition (there are others):") + u"</p>"
            + LessonWording::configHtml(l->solutionConfig);
    }
    const int scroll = m_text->verticalScrollBar()->value();
    m_text->setHtml(html);
    m_text->verticalScrollBar()->setValue(scroll);
    if (m_session->outcome())
        m_conditionModel->setOutcome(*m_session->outcome());
    refreshOutcome();
}

void LessonsPanel::refreshOutcome()
{
    const auto &outcome = m_session->outcome();
    const bool passed = outcome && outcome->passed() && !m_session->isChecking();
    QString text;
    if (!m_session->isActive())
        text.clear();
    else if (!outcome)
        text = tr("Checking the goal\u2026");
    else if (passed)
        text = LessonWording::summaryText(*outcome) + u' ' + tr("Well done!");
    else
        text = LessonWording::summaryText(*outcome);
    m_status->setText(text);
    QPalette p = palette();
    if (passed) {
        // Green on both palettes, with the palette's text colour on it.
        p.setColor(QPalette::Window, isDark(p) ? QColor(0x1e, 0x5a, 0x32) : QColor(0xd4, 0xf0, 0xd9));
        p.setColor(QPalette::WindowText, isDark(p) ? QColor(0xf0, 0xff, 0xf2) : QColor(0x0b, 0x3d, 0x1a));
    } else {
        p.setColor(QPalette::Window, p.color(QPalette::AlternateBase));
    }
    m_status->setPalette(p);
    m_nextLesson->setVisible(passed && m_session->index() + 1 < m_session->lessons().lessons.size());
    refreshButtons();
}

void LessonsPanel::refreshButtons()
{
    const Lesson *l = m_session->lesson();
    const bool inSandbox = m_session->documentInSandbox();
    m_hint->setEnabled(m_session->canShowHint());
    m_hint->setText(l && !l->hints.isEmpty()
                        ? tr("Next &Hint (%1 of %2)").arg(std::min<qsizetype>(m_session->hintsShown() + 1, l->hints.size()))
                              .arg(l->hints.size())
                        : tr("Next &Hint"));
    m_solution->setEnabled(m_session->canShowSolution());
    m_reset->setEnabled(inSandbox);
    m_editText->setEnabled(inSandbox);
    m_leave->setEnabled(m_session->isActive());
}

void LessonsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refreshOutcome();
}

} // namespace rs::ui
