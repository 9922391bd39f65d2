// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "appsettings.h"
#include "document/configsnapshot.h"
#include "editor/diffdialog.h"
#include "document/documenttext.h"
#include "document/document.h"
#include "helpdialog.h"
#include "icons.h"
#include "mnemonictext.h"
#include "editor/itemroles.h"
#include "lessons/lessonspanel.h"
#include "live/livepanel.h"
#include "editor/problemsmodel.h"
#include "editor/routepane.h"
#include "editor/routetablemodel.h"
#include "review/hostusageview.h"
#include "review/reviewsession.h"
#include "review/reviewview.h"
#include "editor/scopefilterproxy.h"
#include "editor/scopetreemodel.h"
#include "settingsdialog.h"
#include "simulation/simulationview.h"
#include "editor/sourceview.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace rs::ui {

namespace {

// The version of the dock arrangement in a saved window state: a state saved by an
// older arrangement is ignored (restoreState refuses another version) and the window
// starts with the layout that fits its screen. Version 2: the live panel beside the
// editor only where there is room, else below it; side docks run the full height.
// Version 3: Review Changes and Host Usage, hidden tabs beside Problems.
constexpr int layoutVersion = 3;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_scopeModel(new ScopeTreeModel(m_document, this))
    , m_proxy(new ScopeFilterProxy(this))
    , m_problemsModel(new ProblemsModel(m_document, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_document->setObjectName(QStringLiteral("document"));
    m_scopeModel->setObjectName(QStringLiteral("scopeModel"));
    m_proxy->setObjectName(QStringLiteral("scopeProxy"));
    m_problemsModel->setObjectName(QStringLiteral("problemsModel"));
    setWindowIcon(icon(QStringLiteral("routescope")));
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    // The scope tree and a live panel beside the editor run the full height; what is
    // docked below (problems, or the live panel on a narrow screen) spans the editor.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_proxy->setSourceModel(m_scopeModel);

    setCentralWidget(createCentre());
    createScopeDock();
    createProblemsDock();
    createLiveDock();
    createTeachingDocks();
    createReviewDocks();
    createStatusArea();
    createActions();
    createMenus();
    connectDocument();
    restoreLayout();
    updateTitle();
    updateStatus();
    updateScopeActions();
}

QWidget *MainWindow::createCentre()
{
    // An external-change banner, the route table and the source text.
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(createDiskBanner(centre));

    auto *splitter = new QSplitter(Qt::Vertical, centre);
    splitter->setObjectName(QStringLiteral("centreSplitter"));
    m_routePane = new RoutePane(m_document, splitter);
    m_routePane->setObjectName(QStringLiteral("routePane"));
    m_source = new SourceView(splitter);
    m_source->setObjectName(QStringLiteral("sourceView"));
    splitter->addWidget(m_routePane);
    splitter->addWidget(m_source);
    splitter->setStretchFactor(0, 3);  // the table first: on a short screen it keeps its rows
    splitter->setStretchFactor(1, 2);
    centreLayout->addWidget(splitter, 1);
    connect(m_routePane, &RoutePane::currentEntryChanged, this, &MainWindow::onEntrySelected);
    connect(m_routePane, &RoutePane::message, this, &MainWindow::showMessage);
    return centre;
}

QWidget *MainWindow::createDiskBanner(QWidget *parent)
{
    // Shown while a file of the tree differs on disk from what was read or written.
    m_banner = new QFrame(parent);
    m_banner->setObjectName(QStringLiteral("diskBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, bannerPalette.color(QPalette::ToolTipBase));
    bannerPalette.setColor(QPalette::WindowText, bannerPalette.color(QPalette::ToolTipText));
    m_banner->setPalette(bannerPalette);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("diskBannerText"));
    m_bannerText->setWordWrap(true);
    auto *showButton = new QPushButton(tr("S&how Changes"), m_banner);
    showButton->setObjectName(QStringLiteral("diskShowChanges"));
    auto *reloadButton = new QPushButton(icon(QStringLiteral("reload")), tr("&Reload from Disk"), m_banner);
    reloadButton->setObjectName(QStringLiteral("diskReload"));
    m_mergeButton = new QPushButton(tr("&Merge My Edits"), m_banner);
    m_mergeButton->setObjectName(QStringLiteral("diskMerge"));
    m_mergeButton->setToolTip(tr("Apply your unsaved edits to the file as it is now on disk"));
    auto *ignoreButton = new QPushButton(tr("&Keep My Version"), m_banner);
    ignoreButton->setToolTip(tr("Hide this; saving will still ask before writing over the change"));
    bannerLayout->addWidget(m_bannerText, 1);
    for (QPushButton *b : {showButton, reloadButton, m_mergeButton, ignoreButton})
        bannerLayout->addWidget(b);
    m_banner->hide();
    connect(showButton, &QPushButton::clicked, this, &MainWindow::showDiskChanges);
    connect(reloadButton, &QPushButton::clicked, this, &MainWindow::reloadFromDisk);
    connect(m_mergeButton, &QPushButton::clicked, this, &MainWindow::mergeWithDisk);
    connect(ignoreButton, &QPushButton::clicked, m_banner, &QWidget::hide);
    return m_banner;
}

void MainWindow::createScopeDock()
{
    m_scopeDock = new QDockWidget(tr("Scopes"), this);
    m_scopeDock->setObjectName(QStringLiteral("scopeDock"));
    m_scopeDock->setWidget(createScopePanel());
    addDockWidget(Qt::LeftDockWidgetArea, m_scopeDock);
}

void MainWindow::createStatusArea()
{
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(200);
    m_progress->setAccessibleName(tr("Loading progress"));
    m_progress->hide();
    m_cancelLoad = new QToolButton(this);
    m_cancelLoad->setObjectName(QStringLiteral("cancelLoad"));
    m_cancelLoad->setText(tr("Cancel"));
    m_cancelLoad->setToolTip(tr("Stop reading the configuration"));
    m_cancelLoad->hide();
    connect(m_cancelLoad, &QToolButton::clicked, m_document, &Document::cancelLoad);
    m_problemCounts = new QLabel(this);
    m_readOnly = new QLabel(this);
    m_readOnly->setObjectName(QStringLiteral("readOnlyLabel"));
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelLoad);
    statusBar()->addPermanentWidget(m_readOnly);
    statusBar()->addPermanentWidget(m_problemCounts);
}

void MainWindow::connectDocument()
{
    connect(m_document, &Document::changed, this, &MainWindow::onDocumentChanged);
    connect(m_document, &Document::loaded, this, &MainWindow::onLoaded);
    connect(m_document, &Document::loadingStarted, this, [this](const QString &path) {
        m_progress->setValue(0);
        m_progress->show();
        m_cancelLoad->show();
        statusBar()->showMessage(tr("Reading %1...").arg(QFileInfo(path).fileName()));
    });
    connect(m_document, &Document::loadingProgress, m_progress, &QProgressBar::setValue);
    connect(m_document, &Document::reparsingChanged, this, [this](bool reparsing) {
        // A large file's edit is reparsed in a worker: show that the views will follow.
        m_progress->setRange(0, reparsing ? 0 : 100);
        m_progress->setVisible(reparsing);
        if (reparsing)
            statusBar()->showMessage(tr("Updating the routing model\u2026"));
        else
            statusBar()->clearMessage();
    });
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::pathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::readOnlyChanged, this, &MainWindow::updateStatus);
    connect(m_document, &Document::externallyModified, this, &MainWindow::updateDiskBanner);
}

void MainWindow::restoreLayout()
{
    // First run: most of the screen; the docks are arranged for it once the window is
    // shown (before that the layout has no size and overrides them).
    resize(firstRunSize(screen() ? screen()->availableSize() : QSize(1280, 800)));
    const bool geometryRestored = restoreGeometry(AppSettings::windowGeometry());
    const bool stateRestored = restoreState(AppSettings::windowState(), layoutVersion);
    m_layoutOnShow = geometryRestored && stateRestored ? LayoutOnShow::CheckRestored : LayoutOnShow::Arrange;
}

QSize MainWindow::firstRunSize(const QSize &available)
{
    return {std::max(std::min(1180, available.width()), available.width() * 9 / 10),
            std::max(std::min(760, available.height()), available.height() * 9 / 10)};
}

void MainWindow::placeDocksBelow()
{
    // The scope tree left (the lessons under it, hidden), problems and the live panel in
    // tabs below the editor: the arrangement that needs the least width.
    for (QDockWidget *dock : {m_scopeDock, m_problemsDock, m_liveDock, m_lessonsDock, m_reviewDock, m_hostDock}) {
        dock->setFloating(false);
        removeDockWidget(dock);
    }
    addDockWidget(Qt::LeftDockWidgetArea, m_scopeDock);
    addDockWidget(Qt::LeftDockWidgetArea, m_lessonsDock);
    splitDockWidget(m_scopeDock, m_lessonsDock, Qt::Vertical);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_liveDock);
    tabifyDockWidget(m_problemsDock, m_liveDock);
    // Review Changes and Host Usage: tabs there too, shown when asked for.
    addDockWidget(Qt::BottomDockWidgetArea, m_reviewDock);
    tabifyDockWidget(m_problemsDock, m_reviewDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_hostDock);
    tabifyDockWidget(m_reviewDock, m_hostDock);
    m_scopeDock->show();
    m_problemsDock->show();
    m_liveDock->show();
    m_lessonsDock->hide();
    m_simulationDock->hide();
    m_reviewDock->hide();
    m_hostDock->hide();
}

void MainWindow::arrangeDocks()
{
    // Scope names readable (the tree's minimum width holds a 30-character domain), the
    // route table with all its columns (the centre's minimum width), and the live panel
    // beside them where it gets room for two tiers of hosts; else below the editor, in
    // a tab beside Problems, where its tiers have the width of the editor.
    placeDocksBelow();
    const int w = width();
    const int scopes = std::max(m_scopeDock->minimumSizeHint().width(), w / 5);
    const int editor = std::max(centralWidget()->minimumSizeHint().width(), m_routePane->comfortableWidth());
    const int live = w - scopes - editor;
    const bool beside = live >= m_livePanel->comfortableWidth();
    if (beside) {
        removeDockWidget(m_liveDock);
        addDockWidget(Qt::RightDockWidgetArea, m_liveDock);
        m_liveDock->show();
        resizeDocks({m_scopeDock, m_liveDock}, {scopes, std::min(live, w * 2 / 5)}, Qt::Horizontal);
        resizeDocks({m_problemsDock}, {height() / 6}, Qt::Vertical);
    } else {
        // Its tab in front once the layout has taken the re-added docks in.
        QMetaObject::invokeMethod(m_liveDock, &QWidget::raise, Qt::QueuedConnection);
        resizeDocks({m_scopeDock}, {scopes}, Qt::Horizontal);
        resizeDocks({m_liveDock}, {std::max(height() * 9 / 20, m_liveDock->minimumSizeHint().height())}, Qt::Vertical);
    }
}

bool MainWindow::layoutFitsScreen() const
{
    // A state saved on a larger screen, or with docks dragged wide, may need more room
    // than this screen has: the window would grow past it and squeeze nothing.
    const QScreen *s = screen();
    if (!s)
        return true;
    const QSize least = minimumSizeHint();
    const QSize room = s->availableSize();
    return least.width() <= room.width() && least.height() <= room.height();
}

void MainWindow::updateDiskBanner()
{
    const QStringList changed = m_document->changedOnDisk();
    if (changed.isEmpty()) {
        m_banner->hide();
        return;
    }
    QStringList names;
    for (const QString &p : changed)
        names << QFileInfo(p).fileName();
    m_bannerText->setText(m_document->isModified()
                              ? tr("%1 changed on disk. Reloading discards your unsaved edits; merging applies them "
                                   "to the new text.").arg(names.join(u", "))
                              : tr("%1 changed on disk.").arg(names.join(u", ")));
    m_mergeButton->setVisible(m_document->isModified());
    m_banner->show();
}

void MainWindow::showDiskChanges()
{
    QList<FileDiff> diffs;
    for (const QString &p : m_document->changedOnDisk())
        diffs.append({p, m_document->diskDiff(p)});
    if (diffs.isEmpty())
        return;
    DiffDialog(diffs, DiffDialog::Purpose::DiskChange, this).exec();
}

void MainWindow::reloadFromDisk()
{
    if (m_document->isModified()
        && QMessageBox::question(this, tr("Reload"),
                                 tr("Reloading discards your unsaved edits in %1. Reload anyway?")
                                     .arg(fileNames(m_document->modifiedFiles())))
               != QMessageBox::Yes)
        return;
    m_banner->hide();
    m_document->reload();
}

bool MainWindow::mergeWithDisk()
{
    const MergeReport report = m_document->mergeWithDisk();
    if (!report.ok()) {
        QStringList where;
        for (const auto &[path, ranges] : report.conflicts) {
            QStringList lines;
            for (const auto &[first, last] : ranges)
                lines << (last > first ? tr("lines %1-%2").arg(first).arg(last) : tr("line %1").arg(first));
            where << tr("%1 (%2)").arg(QFileInfo(path).fileName(), lines.join(u", "));
        }
        QMessageBox::warning(this, tr("Merge"),
                             tr("Your edits and the changes on disk touch the same lines, so nothing was merged: "
                                "%1.\n\nReload to take the file from disk, or save and overwrite the change.")
                                 .arg(where.join(u"; ")));
        return false;
    }
    updateDiskBanner();
    showMessage(report.merged.isEmpty() ? tr("Nothing to merge: the files on disk are as read.")
                                        : tr("Your edits are now applied to %1 as it is on disk; review and save.")
                                              .arg(fileNames(report.merged)));
    return true;
}

QString MainWindow::fileNames(const QStringList &paths) const
{
    QStringList names;
    for (const QString &p : paths)
        names << QFileInfo(p).fileName();
    return names.join(u", ");
}

MainWindow::~MainWindow()
{
    // The review and host views use the review session, a child created before them.
    delete m_hostDock;
    delete m_reviewDock;
}

QWidget *MainWindow::createScopePanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);
    m_filter = new QLineEdit(panel);
    m_filter->setObjectName(QStringLiteral("scopeFilter"));
    m_filter->setPlaceholderText(tr("Filter scopes"));
    m_filter->setAccessibleName(tr("Filter scopes by name"));
    m_filter->setClearButtonEnabled(true);
    m_problemsOnly = new QCheckBox(tr("Only scopes with &problems"), panel);
    m_scopeView = new QTreeView(panel);
    m_scopeView->setObjectName(QStringLiteral("scopeTree"));
    m_scopeView->setAccessibleName(tr("Routing scopes"));
    m_scopeView->setModel(m_proxy);
    m_scopeView->setUniformRowHeights(true);
    m_scopeView->header()->setStretchLastSection(false);
    m_scopeView->header()->setSectionResizeMode(ScopeTreeModel::NameColumn, QHeaderView::Stretch);
    m_scopeView->header()->setSectionResizeMode(ScopeTreeModel::RoutesColumn, QHeaderView::ResizeToContents);
    m_scopeView->setContextMenuPolicy(Qt::ActionsContextMenu);
    fitScopeTree();
    layout->addWidget(m_filter);
    layout->addWidget(m_problemsOnly);
    layout->addWidget(m_scopeView, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        if (!text.isEmpty())
            expandMatches();
    });
    connect(m_problemsOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setProblemsOnly(on);
        if (on)
            expandMatches();
    });
    connect(m_scopeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onScopeSelected);
    return panel;
}

void MainWindow::fitScopeTree()
{
    // Room for a 30-character domain under "Domains" (in bold: it has routes) with its
    // indentation and icon, beside the Routes column and a vertical scroll bar. The dock
    // cannot be dragged narrower than this.
    const QStyle *style = m_scopeView->style();
    QFont bold = m_scopeView->font();
    bold.setBold(true);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_scopeView) + 1;
    const int icon = m_scopeView->iconSize().isValid() ? m_scopeView->iconSize().width()
                                                        : style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_scopeView);
    const int name = 2 * m_scopeView->indentation() + icon + 4 * margin
                     + QFontMetrics(bold).horizontalAdvance(QStringLiteral("mail-gateway-07.example-isp.de"));
    const int routes = m_scopeView->header()->sectionSizeHint(ScopeTreeModel::RoutesColumn);
    m_scopeView->setMinimumWidth(name + routes + 2 * m_scopeView->frameWidth()
                                 + style->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scopeView));
}

void MainWindow::createProblemsDock()
{
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsView = new QTableView(m_problemsDock);
    m_problemsView->setObjectName(QStringLiteral("problemsView"));
    m_problemsView->setAccessibleName(tr("Problems"));
    m_problemsView->setModel(m_problemsModel);
    m_problemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_problemsView->setWordWrap(false);
    m_problemsView->verticalHeader()->setVisible(false);
    m_problemsView->horizontalHeader()->setStretchLastSection(false);
    m_problemsView->horizontalHeader()->setSectionResizeMode(ProblemsModel::MessageColumn, QHeaderView::Stretch);
    m_problemsView->setColumnWidth(ProblemsModel::SeverityColumn, 100);
    m_problemsView->setColumnWidth(ProblemsModel::LocationColumn, 150);
    m_problemsView->setColumnWidth(ProblemsModel::CodeColumn, 190);
    m_problemsDock->setWidget(m_problemsView);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    connect(m_problemsView, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { showProblem(index.row()); });
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Once, on the first show (before it the layout has no size and overrides sizes):
    // no saved layout, or one that does not fit this screen.
    switch (std::exchange(m_layoutOnShow, LayoutOnShow::Nothing)) {
    case LayoutOnShow::Nothing: return;
    case LayoutOnShow::CheckRestored:
        if (layoutFitsScreen())
            return;
        // Arranged anew for a window that fits the screen (first the docks that let it).
        placeDocksBelow();
        layout()->activate();  // the window's minimum size follows now, not later
        if (screen())
            resize(size().boundedTo(screen()->availableSize()));
        break;
    case LayoutOnShow::Arrange: break;
    }
    arrangeDocks();
}

void MainWindow::createLiveDock()
{
    m_liveDock = new QDockWidget(tr("Live"), this);
    m_liveDock->setObjectName(QStringLiteral("liveDock"));
    m_livePanel = new LivePanel(m_document, m_liveDock);
    m_liveDock->setWidget(m_livePanel);
    // Below the editor until the first show knows the window's width (arrangeDocks):
    // beside it, the window could not be narrower than the three side by side.
    addDockWidget(Qt::BottomDockWidgetArea, m_liveDock);
    tabifyDockWidget(m_problemsDock, m_liveDock);
}

void MainWindow::createTeachingDocks()
{
    // Lessons (left, under the scopes) and the simulation over time (its own window at
    // first: charts need room; it docks anywhere). Both stay hidden until asked for.
    m_lessonsDock = new QDockWidget(tr("Lessons"), this);
    m_lessonsDock->setObjectName(QStringLiteral("lessonsDock"));
    m_lessonsPanel = new LessonsPanel(m_document, m_livePanel, m_lessonsDock);
    m_lessonsPanel->setSaveGuard([this] { return maybeSave(); });
    m_lessonsDock->setWidget(m_lessonsPanel);
    addDockWidget(Qt::LeftDockWidgetArea, m_lessonsDock);
    splitDockWidget(m_scopeDock, m_lessonsDock, Qt::Vertical);
    m_lessonsDock->hide();
    QAction *lessons = m_lessonsDock->toggleViewAction();
    lessons->setText(tr("Lesso&ns"));
    lessons->setShortcut(QKeySequence(Qt::ALT | Qt::Key_4));
    connect(lessons, &QAction::triggered, this, [this](bool shown) {
        // Room to read: most of the left column, which grows a little (lesson configs
        // have few scopes).
        if (!shown || m_lessonsDock->isFloating() || dockWidgetArea(m_lessonsDock) != Qt::LeftDockWidgetArea)
            return;
        resizeDocks({m_scopeDock, m_lessonsDock}, {height() / 4, height() * 3 / 4}, Qt::Vertical);
        resizeDocks({m_lessonsDock}, {std::max(width() / 4, 340)}, Qt::Horizontal);
    });

    m_simulationDock = new QDockWidget(tr("Simulation over Time"), this);
    m_simulationDock->setObjectName(QStringLiteral("simulationDock"));
    m_simulationView = new SimulationView(m_livePanel->session(), m_simulationDock);
    m_simulationDock->setWidget(m_simulationView);
    addDockWidget(Qt::BottomDockWidgetArea, m_simulationDock);
    m_simulationDock->hide();
    m_simulationDock->setFloating(true);  // a saved layout (restoreLayout) puts it where the user left it
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    m_simulationDock->setGeometry(screen.x() + screen.width() / 10, screen.y() + screen.height() * 2 / 5,
                                  screen.width() * 4 / 5, screen.height() * 11 / 20);
    QAction *simulation = m_simulationDock->toggleViewAction();
    simulation->setText(tr("Si&mulation over Time"));
    simulation->setShortcut(QKeySequence(Qt::ALT | Qt::Key_5));
    connect(simulation, &QAction::triggered, this, [this](bool shown) {
        // It follows the live panel's domain, which resolves only while on view.
        if (shown)
            m_liveDock->show();
    });

    connect(m_lessonsPanel, &LessonsPanel::domainSuggested, this, [this](const QString &domain) {
        // The lesson's domain in the tree (its routes in the table), else typed in the live panel.
        const auto snapshot = m_document->snapshot();
        const int scope = snapshot ? snapshot->model().findDomainScope(domain) : -1;
        if (scope > 0)
            selectScope(scope);
        else
            m_livePanel->setDomain(domain);
        m_liveDock->show();
    });
    connect(m_lessonsPanel, &LessonsPanel::timelineRequested, this, [this](const LessonCondition &condition) {
        if (!condition.timeline)
            return;
        m_livePanel->setDomain(condition.domain);
        m_simulationView->setInputs(SimulationInputs::fromTimeline(*condition.timeline, m_simulationView->inputs().runs));
        if (!m_simulationDock->isVisible())
            m_simulationDock->toggleViewAction()->trigger();
        m_simulationDock->raise();
    });
}

void MainWindow::createReviewDocks()
{
    // What the unsaved edits do to every domain (under the editor, with Problems), and
    // one receiving host seen from every domain (hidden until a host is chosen).
    m_reviewSession = new ReviewSession(m_document, m_livePanel->session(), this);
    m_reviewSession->setObjectName(QStringLiteral("reviewSession"));
    m_reviewDock = new QDockWidget(tr("Review Changes"), this);
    m_reviewDock->setObjectName(QStringLiteral("reviewDock"));
    m_reviewView = new ReviewView(m_reviewSession, m_reviewDock);
    m_reviewDock->setWidget(m_reviewView);
    addDockWidget(Qt::BottomDockWidgetArea, m_reviewDock);
    tabifyDockWidget(m_problemsDock, m_reviewDock);
    m_problemsDock->raise();
    m_reviewDock->hide();
    QAction *review = m_reviewDock->toggleViewAction();
    review->setText(tr("Re&view Changes"));
    review->setIcon(icon(QStringLiteral("review")));
    review->setToolTip(tr("What your unsaved edits do to every domain"));
    review->setShortcut(QKeySequence(Qt::ALT | Qt::Key_6));
    connect(review, &QAction::triggered, this, [this](bool shown) {
        if (shown)
            giveRoom(m_reviewDock);
    });

    m_hostDock = new QDockWidget(tr("Host Usage"), this);
    m_hostDock->setObjectName(QStringLiteral("hostUsageDock"));
    m_hostView = new HostUsageView(m_reviewSession, m_hostDock);
    m_hostDock->setWidget(m_hostView);
    addDockWidget(Qt::BottomDockWidgetArea, m_hostDock);
    tabifyDockWidget(m_reviewDock, m_hostDock);
    m_hostDock->hide();
    QAction *hosts = m_hostDock->toggleViewAction();
    hosts->setText(tr("&Host Usage"));
    hosts->setShortcut(QKeySequence(Qt::ALT | Qt::Key_7));

    connect(m_reviewView, &ReviewView::domainActivated, this, &MainWindow::showDomain);
    connect(m_hostView, &HostUsageView::domainActivated, this, &MainWindow::showDomain);
    connect(m_livePanel, &LivePanel::hostUsageRequested, this, &MainWindow::showHostUsage);
}

void MainWindow::showHostUsage(const QString &host)
{
    m_hostView->setHost(host);
    m_hostDock->show();
    giveRoom(m_hostDock);
}

void MainWindow::giveRoom(QDockWidget *dock)
{
    // A list and two tier diagrams: below the editor they need more than Problems' few
    // lines. Raised once the layout has taken a dock shown just now in.
    if (!dock->isFloating() && dockWidgetArea(dock) == Qt::BottomDockWidgetArea)
        resizeDocks({dock}, {std::max(height() * 2 / 5, dock->minimumSizeHint().height())}, Qt::Vertical);
    QMetaObject::invokeMethod(dock, &QWidget::raise, Qt::QueuedConnection);
}

void MainWindow::showDomain(const QString &domain, const QString &binding)
{
    const auto snapshot = m_document->snapshot();
    if (!snapshot)
        return;
    const RouteModel &model = snapshot->model();
    int container = 0;
    if (!binding.isEmpty()) {
        for (const int b : model.bindings()) {
            if (model.scopes().at(b).name.compare(binding, Qt::CaseInsensitive) == 0)
                container = b;
        }
    }
    const int scope = container > 0 ? model.findDomainIn(container, domain) : model.findDomainScope(domain);
    if (scope > 0)
        selectScope(scope);
    else
        m_livePanel->setDomain(domain);
    m_liveDock->show();
}

void MainWindow::createActions()
{
    m_open = new QAction(icon(QStringLiteral("open")), tr("&Open..."), this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &MainWindow::openDialog);
    m_save = new QAction(icon(QStringLiteral("save")), tr("&Save..."), this);
    m_save->setObjectName(QStringLiteral("saveAction"));
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, this, &MainWindow::save);
    m_saveAs = new QAction(tr("Save &As..."), this);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAs, &QAction::triggered, this, &MainWindow::saveAs);
    m_reload = new QAction(icon(QStringLiteral("reload")), tr("&Reload"), this);
    m_reload->setShortcut(QKeySequence::Refresh);
    connect(m_reload, &QAction::triggered, this, [this] {
        if (!m_document->isModified()
            || QMessageBox::question(this, tr("Reload"), tr("Discard your unsaved edits and read the file again?"))
                   == QMessageBox::Yes)
            m_document->reload();
    });
    m_quit = new QAction(icon(QStringLiteral("quit")), tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setIcon(icon(QStringLiteral("undo")));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setIcon(icon(QStringLiteral("redo")));
    m_redo->setShortcut(QKeySequence::Redo);

    m_addDomain = new QAction(icon(QStringLiteral("domain")), tr("Add &Domain Scope..."), this);
    m_addDomain->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_addDomain, &QAction::triggered, this, &MainWindow::addDomainScope);
    m_removeDomain = new QAction(icon(QStringLiteral("remove")), tr("Remove Domain S&cope"), this);
    m_removeDomain->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    connect(m_removeDomain, &QAction::triggered, this, &MainWindow::removeDomainScope);
    m_scopeView->addAction(m_addDomain);
    m_scopeView->addAction(m_removeDomain);

    m_findScope = new QAction(tr("&Find Scope"), this);
    m_findScope->setShortcut(QKeySequence::Find);
    connect(m_findScope, &QAction::triggered, this, [this] {
        m_scopeDock->show();
        m_filter->setFocus();
        m_filter->selectAll();
    });
    m_resolveDomain = new QAction(tr("&Resolve a Domain..."), this);
    m_resolveDomain->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_resolveDomain, &QAction::triggered, this, [this] {
        m_liveDock->show();
        m_liveDock->raise();
        m_livePanel->focusDomain();
    });
    m_settings = new QAction(icon(QStringLiteral("settings")), tr("&Settings..."), this);
    m_settings->setShortcut(QKeySequence::Preferences);
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_settings, &QAction::triggered, this, [this] {
        if (SettingsDialog(this).exec() == QDialog::Accepted)
            m_livePanel->reloadSettings();
    });
    m_helpRouting = new QAction(icon(QStringLiteral("help")), tr("How MX &Routing Works"), this);
    m_helpRouting->setShortcut(QKeySequence::HelpContents);
    connect(m_helpRouting, &QAction::triggered, this, [this] { HelpDialog(this).exec(); });
    m_about = new QAction(tr("&About RouteScope"), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    file->addAction(m_save);
    file->addAction(m_saveAs);
    file->addAction(m_reload);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addActions(m_routePane->entryActions());
    edit->addSeparator();
    edit->addAction(m_addDomain);
    edit->addAction(m_removeDomain);
    edit->addSeparator();
    edit->addAction(m_settings);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *scopes = m_scopeDock->toggleViewAction();
    scopes->setText(tr("&Scopes"));
    scopes->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    view->addAction(scopes);
    QAction *problems = m_problemsDock->toggleViewAction();
    problems->setText(tr("&Problems"));
    problems->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    view->addAction(problems);
    QAction *live = m_liveDock->toggleViewAction();
    live->setText(tr("&Live Panel"));
    live->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    view->addAction(live);
    view->addAction(m_lessonsDock->toggleViewAction());
    view->addAction(m_simulationDock->toggleViewAction());
    view->addAction(m_reviewDock->toggleViewAction());
    view->addAction(m_hostDock->toggleViewAction());
    view->addSeparator();
    view->addAction(m_findScope);
    view->addAction(m_resolveDomain);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_helpRouting);
    help->addAction(m_about);

    QToolBar *tools = addToolBar(tr("Main Toolbar"));
    tools->setObjectName(QStringLiteral("mainToolbar"));
    tools->addAction(m_open);
    tools->addAction(m_save);
    tools->addAction(m_reload);
    tools->addSeparator();
    tools->addAction(m_undo);
    tools->addAction(m_redo);
    tools->addSeparator();
    tools->addAction(m_addDomain);
    tools->addAction(m_reviewDock->toggleViewAction());
    tools->addSeparator();
    tools->addAction(m_helpRouting);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = AppSettings::recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        QAction *a = m_recentMenu->addAction(u'&' + QString::number(i + 1) + u"  "
                                             + escapeMnemonics(QFileInfo(path).fileName()));
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this, [] {
        AppSettings::clearRecentFiles();
    });
}

bool MainWindow::openFile(const QString &path)
{
    if (const auto opened = m_document->open(path); !opened) {
        QMessageBox::warning(this, tr("Open"), DocumentText::ioErrorText(opened.error()));
        return false;
    }
    m_currentScopeKey.clear();
    AppSettings::addRecentFile(m_document->path());
    return true;
}

void MainWindow::openDialog()
{
    if (!maybeSave())
        return;
    const QString start = m_document->hasFile() ? QFileInfo(m_document->path()).absolutePath() : QString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Configuration"), start,
                                                      tr("Momentum configuration (*.conf);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::onLoaded(bool ok, const QString &error)
{
    m_progress->hide();
    m_cancelLoad->hide();
    if (!ok) {
        if (error.isEmpty())
            statusBar()->showMessage(tr("Reading was cancelled."), 5000);
        else
            QMessageBox::warning(this, tr("Reload"), error);
        return;
    }
    updateDiskBanner();
    const auto snapshot = m_document->snapshot();
    statusBar()->showMessage(tr("Opened %1: %n scope(s)", nullptr, int(snapshot->model().scopes().size()))
                                 .arg(m_document->displayName()),
                             5000);
}

void MainWindow::onDocumentChanged(const DocumentChange &change)
{
    // The models follow the document themselves (they were connected first).
    const auto snapshot = m_document->snapshot();
    const QString key = m_currentScopeKey;
    m_scopeView->expand(m_proxy->mapFromSource(m_scopeModel->index(1, 0)));
    if (!m_filter->text().isEmpty() || m_problemsOnly->isChecked())
        expandMatches();
    updateStatus();

    if (!snapshot) {
        m_routePane->setScope(-1);
        m_source->setSource({}, {});
        return;
    }
    // After an edit the source view shows the file that changed; after a load the
    // opened one.
    const int edited = change.kind == DocumentChange::Edited ? snapshot->fileIndex(change.file) : -1;
    const int file = edited >= 0 ? edited : 0;
    m_sourceFile = file;
    m_source->setSource(snapshot->config().filePaths().at(file), snapshot->config().tree(file).bytes());

    int scope = key.isEmpty() ? -1 : snapshot->findScope(key);
    if (scope < 0)
        scope = 0;
    selectScope(scope);
    if (change.kind == DocumentChange::Edited && edited >= 0) {
        const SyntaxTree &tree = snapshot->config().tree(file);
        const int first = tree.position(change.region.begin).line;
        const int last = tree.position(change.region.isEmpty() ? change.region.begin : change.region.end - 1).line;
        m_source->markEdited(first, last);
        const int row = m_routePane->currentRow();
        if (row >= 0)
            onEntrySelected(row);
    }
}

void MainWindow::expandMatches()
{
    // Domains hold one level only; expandAll() would walk all 100,000 of them.
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex top = m_proxy->index(r, 0);
        if (top.data(ItemKindRole).toInt() != ScopeTreeModel::CategoryItem)
            continue;
        if (m_scopeModel->index(1, 0) == m_proxy->mapToSource(top))
            m_scopeView->expand(top);
        else
            m_scopeView->expandRecursively(top);
    }
}

int MainWindow::currentScope() const
{
    return m_scopeModel->scopeOf(m_proxy->mapToSource(m_scopeView->currentIndex()));
}

void MainWindow::selectScope(int scope)
{
    QModelIndex index = m_proxy->mapFromSource(m_scopeModel->indexOfScope(scope));
    if (!index.isValid() && scope >= 0) {
        // Hidden by the filter: clear it rather than show a selection nobody sees.
        m_filter->clear();
        m_problemsOnly->setChecked(false);
        index = m_proxy->mapFromSource(m_scopeModel->indexOfScope(scope));
    }
    // Selecting the row that is already the selection still re-lays the 100,000-row
    // tree out (the header sizes its columns to the contents): after an in-place edit
    // that cost a fifth of the edit's time.
    QItemSelectionModel *selection = m_scopeView->selectionModel();
    const bool already = selection->currentIndex() == index
        && (!index.isValid()
            || (selection->isRowSelected(index.row(), index.parent()) && selection->selectedRows().size() == 1));
    if (!already)
        selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_scopeView->scrollTo(index);
    // The tree may already show this scope as current (no signal); sync the rest.
    onScopeSelected(index);
}

void MainWindow::onScopeSelected(const QModelIndex &current)
{
    const int scope = m_scopeModel->scopeOf(m_proxy->mapToSource(current));
    const auto snapshot = m_document->snapshot();
    updateScopeActions();
    if (!snapshot || scope < 0)
        return;
    const bool moved = m_currentScopeKey != snapshot->scopeKey(scope);
    m_currentScopeKey = snapshot->scopeKey(scope);
    m_livePanel->setScope(scope);
    if (const RoutingScope &s = snapshot->model().scopes().at(scope); moved && s.kind == ScopeKind::Host)
        showHostUsage(s.name);  // a Host stanza: every domain that routes to it
    // After an edit the table has already followed its scope into the new snapshot.
    if (scope != m_routePane->model()->scope())
        m_routePane->setScope(scope);
    if (m_routePane->currentRow() >= 0)
        return;  // the entry's line is shown instead
    const RoutingScope &s = snapshot->model().scopes().at(scope);
    if (s.kind == ScopeKind::Global) {
        m_source->showLines(0, 0);
        return;
    }
    const Span span = snapshot->scopeSpan(scope);
    showSourceOf(s.location.ref.file, span.begin, span.end);
}

void MainWindow::onEntrySelected(int row)
{
    const RouteTableModel *model = m_routePane->model();
    const auto snapshot = m_document->snapshot();
    if (!snapshot || row < 0 || row >= model->rowCount())
        return;
    const PlacedEntry &p = model->entry(row);
    showSourceOf(p.location.ref.file, p.location.offset, p.location.offset + 1);
}

void MainWindow::showSourceOf(int file, quint32 begin, quint32 end)
{
    const auto snapshot = m_document->snapshot();
    if (!snapshot || file < 0 || file >= snapshot->config().fileCount())
        return;
    if (file != m_sourceFile) {
        m_sourceFile = file;
        m_source->setSource(snapshot->config().filePaths().at(file), snapshot->config().tree(file).bytes());
    }
    const SyntaxTree &tree = snapshot->config().tree(file);
    m_source->showLines(tree.position(begin).line, tree.position(end > begin ? end - 1 : begin).line);
}

void MainWindow::showProblem(int row)
{
    const auto snapshot = m_document->snapshot();
    if (!snapshot || row < 0 || row >= m_problemsModel->rowCount())
        return;
    const QModelIndex index = m_problemsModel->index(row, 0);
    m_problemsView->selectRow(row);
    const int file = snapshot->fileIndex(index.data(FileRole).toString());
    const quint32 offset = index.data(OffsetRole).toUInt();
    const int scope = file >= 0 ? snapshot->scopeAt(file, offset) : 0;
    selectScope(std::max(0, scope));
    // The entry that holds the offset, when the problem is inside a route list.
    const RouteTableModel *model = m_routePane->model();
    int entryRow = -1;
    for (int r = 0; r < model->rowCount() && !model->isInherited(); ++r) {
        const Location &l = model->entry(r).location;
        if (l.ref.file == file && l.offset <= offset)
            entryRow = r;
    }
    if (entryRow >= 0) {
        const Location &l = model->entry(entryRow).location;
        const auto end = quint32(l.offset + model->entry(entryRow).entry.text.toUtf8().size() + 2);
        if (offset < end)
            m_routePane->selectRow(entryRow);
    }
    showSourceOf(file, offset, offset + 1);
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_document->hasFile() ? m_document->displayName() + QStringLiteral("[*] \u2014 RouteScope")
                                         : QStringLiteral("RouteScope"));
    setWindowModified(m_document->isModified());
    m_save->setEnabled(m_document->hasFile() && !m_document->isReadOnly());
    m_saveAs->setEnabled(m_document->hasFile() && m_document->snapshot());
    m_reload->setEnabled(m_document->hasFile());
}

void MainWindow::updateStatus()
{
    const int errors = m_problemsModel->errorCount();
    const int warnings = m_problemsModel->warningCount();
    m_problemCounts->setText(tr("%n error(s)", nullptr, errors) + u", " + tr("%n warning(s)", nullptr, warnings));
    // Read-only is a matter of the selected scope's file (an include, syntax errors).
    const auto block = m_document->hasFile() && m_document->snapshot() ? m_document->whyNotEditable(std::max(0, currentScope()))
                                                                       : std::nullopt;
    const bool ro = block && block->code != EditBlock::NotAScope;
    m_readOnly->setText(ro ? tr("Read-only") : QString());
    m_readOnly->setToolTip(ro ? DocumentText::blockText(*block) : QString());
    m_readOnly->setVisible(ro);
    updateTitle();
}

void MainWindow::updateScopeActions()
{
    const int scope = currentScope();
    const auto snapshot = m_document->snapshot();
    const bool canEdit = snapshot && !m_document->isReadOnly();
    m_addDomain->setEnabled(canEdit);
    updateStatus();
    bool removable = false;
    if (canEdit && scope > 0) {
        const RoutingScope &s = snapshot->model().scopes().at(scope);
        removable = s.kind == ScopeKind::Domain && m_document->canEditScope(scope);
    }
    m_removeDomain->setEnabled(removable);
}

void MainWindow::addDomainScope()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add Domain Scope"),
                                               tr("Domain name, or /regex/ for a pattern:"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    // Inside the selected Binding or Binding_Group, else at the top level.
    const auto before = m_document->snapshot();
    const int scope = currentScope();
    int container = 0;
    if (before && scope > 0) {
        const ScopeKind kind = before->model().scopes().at(scope).kind;
        if (kind == ScopeKind::Binding || kind == ScopeKind::BindingGroup)
            container = scope;
    }
    const QString key = container > 0 ? before->scopeKey(container) : QString();
    if (const auto done = m_document->addDomainScope(name, {QStringLiteral("__mx__")}, tr("Add domain %1").arg(name), container);
        !done) {
        showMessage(DocumentText::blockText(done.error()));
        return;
    }
    const auto snapshot = m_document->snapshot();
    const int where = key.isEmpty() ? 0 : snapshot->findScope(key);
    selectScope(snapshot->model().findDomainIn(std::max(0, where), name));
}

void MainWindow::removeDomainScope()
{
    const int scope = currentScope();
    const auto snapshot = m_document->snapshot();
    if (!snapshot || scope <= 0)
        return;
    const QString name = snapshot->model().scopes().at(scope).name;
    if (QMessageBox::question(this, tr("Remove Domain Scope"),
                              tr("Remove the Domain scope \"%1\" and everything in it?").arg(name))
        != QMessageBox::Yes)
        return;
    if (const auto done = m_document->removeScope(scope, tr("Remove domain %1").arg(name)); !done)
        showMessage(DocumentText::blockText(done.error()));
}

bool MainWindow::save()
{
    if (!m_document->hasFile())
        return false;
    if (!m_document->isModified())
        return true;
    DiffDialog dialog(m_document->pendingDiffs(), DiffDialog::Purpose::Save, this, m_reviewSession);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    SaveReport report = m_document->save();
    if (!report.changedOnDisk.isEmpty()) {
        // Never silent: show what changed, and let the user reload, merge or overwrite.
        switch (askAboutDiskChange(report.changedOnDisk)) {
        case DiskChoice::Cancel: return false;
        case DiskChoice::Reload:
            m_banner->hide();
            m_document->reload();
            return false;
        case DiskChoice::Merge:
            // The merged text is shown in the save dialog again before it is written.
            return mergeWithDisk() && save();
        case DiskChoice::Overwrite:
            report = m_document->save(Document::SaveMode::Overwrite);
            break;
        }
    }
    updateDiskBanner();
    if (!report.failed.isEmpty()) {
        QStringList failed;
        for (const auto &[path, error] : report.failed)
            failed << DocumentText::ioErrorText(error);
        QString text = tr("Not written (your edits are kept): %1.").arg(failed.join(u"; "));
        if (!report.written.isEmpty())
            text.prepend(tr("Written: %1.").arg(fileNames(report.written)) + u"\n\n");
        QMessageBox::critical(this, tr("Save"), text);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(fileNames(report.written)), 5000);
    return true;
}

MainWindow::DiskChoice MainWindow::askAboutDiskChange(const QStringList &paths)
{
    QMessageBox box(QMessageBox::Warning, tr("Changed on Disk"),
                    tr("%1 changed on disk since RouteScope read it. Saving now would write over that change.")
                        .arg(fileNames(paths)),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("diskChangeBox"));
    QList<FileDiff> diffs;
    QString details;
    for (const QString &p : paths) {
        diffs.append({p, m_document->diskDiff(p)});
        details += decodeText(diffs.last().diff);
    }
    box.setDetailedText(printable(details, KeepControls::Layout));
    QPushButton *merge = box.addButton(tr("&Merge My Edits"), QMessageBox::AcceptRole);
    QPushButton *reload = box.addButton(tr("&Reload (Discard My Edits)"), QMessageBox::DestructiveRole);
    QPushButton *overwrite = box.addButton(tr("&Overwrite..."), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(merge);
    box.exec();
    if (box.clickedButton() == merge)
        return DiskChoice::Merge;
    if (box.clickedButton() == reload) {
        return QMessageBox::question(this, tr("Reload"),
                                     tr("Discard your unsaved edits in %1 and read the files from disk?")
                                         .arg(fileNames(m_document->modifiedFiles())))
                == QMessageBox::Yes
            ? DiskChoice::Reload
            : DiskChoice::Cancel;
    }
    if (box.clickedButton() == overwrite) {
        // The confirmation names what will be lost: the lines changed on disk.
        QStringList lost;
        for (const FileDiff &d : std::as_const(diffs))
            lost << tr("%1: %n line(s) changed on disk", nullptr, changedLineCount(d.diff)).arg(QFileInfo(d.path).fileName());
        return QMessageBox::warning(this, tr("Overwrite"),
                                    tr("Overwriting loses what was changed on disk: %1. Overwrite?")
                                        .arg(lost.join(u"; ")),
                                    QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                == QMessageBox::Yes
            ? DiskChoice::Overwrite
            : DiskChoice::Cancel;
    }
    return DiskChoice::Cancel;
}

int MainWindow::changedLineCount(const QByteArray &diff)
{
    int n = 0;
    for (const QByteArray &line : diff.split('\n')) {
        if ((line.startsWith('+') || line.startsWith('-')) && !line.startsWith("+++") && !line.startsWith("---"))
            ++n;
    }
    return n;
}

bool MainWindow::saveAs()
{
    if (m_document->modifiedFiles().size() > (m_document->isModified() && m_document->file(m_document->path())->modified ? 1 : 0)) {
        QMessageBox::information(this, tr("Save As"),
                                 tr("Included files have unsaved edits; save them first (Save As writes only %1).")
                                     .arg(m_document->displayName()));
        return false;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Configuration As"), m_document->path(),
                                                      tr("Momentum configuration (*.conf);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (const auto saved = m_document->saveAs(path); !saved) {
        QMessageBox::critical(this, tr("Save As"), DocumentText::ioErrorText(saved.error()));
        return false;
    }
    AppSettings::addRecentFile(m_document->path());
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"), tr("%1 has unsaved changes. Save them first?").arg(fileNames(m_document->modifiedFiles())),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Quitting during a load stops it; the document waits only for the stop.
    m_document->cancelLoad();
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    AppSettings::setWindowLayout(saveGeometry(), saveState(layoutVersion));
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().first().toLocalFile();
    event->acceptProposedAction();
    if (maybeSave())
        openFile(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About RouteScope"),
                       tr("<h3>RouteScope %1</h3><p>Edits the outbound routing of the Momentum MTA "
                          "(Routes, Gateway, Remote_SMTP_Port, Max_Outbound_Connections) without disturbing "
                          "the rest of the file, and shows what the MTA would do with it.</p>")
                           .arg(QStringLiteral(ROUTESCOPE_VERSION)));
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

} // namespace rs::ui
