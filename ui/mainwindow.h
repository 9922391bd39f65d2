// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QAction;
class QCheckBox;
class QDockWidget;
class QFrame;
class QLabel;
class QPushButton;
class QToolButton;
class QLineEdit;
class QMenu;
class QProgressBar;
class QTableView;
class QTreeView;

namespace rs::ui {

class Document;
struct DocumentChange;
class LessonsPanel;
class HostUsageView;
class LivePanel;
class ProblemsModel;
class ReviewSession;
class ReviewView;
class RoutePane;
class ScopeFilterProxy;
class ScopeTreeModel;
class SimulationView;
class SourceView;

/// The editor window: scope tree (left), route table and source (centre),
/// problems (bottom), menus, shortcuts, recent files, drag and drop, layout memory.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a file (asynchronously parsed); false with a message box when unreadable.
    bool openFile(const QString &path);
    /// Selects a scope by its RouteModel index in the tree, the table and the source.
    void selectScope(int scope);
    /// Selects a problem's scope, entry and source line, as activating it does.
    void showProblem(int row);

    Document *document() const { return m_document; }
    LivePanel *livePanel() const { return m_livePanel; }
    /// Shows every domain that routes to `host` in the Host Usage dock.
    void showHostUsage(const QString &host);
    /// Shows a domain (and binding) in the editor: its stanza in the tree, else typed
    /// in the live panel.
    void showDomain(const QString &domain, const QString &binding = {});
    int currentScope() const;
    /// The window's size on first start on a screen with `available` room.
    static QSize firstRunSize(const QSize &available);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *createCentre();
    QWidget *createDiskBanner(QWidget *parent);
    void createScopeDock();
    void createStatusArea();
    void connectDocument();
    void restoreLayout();
    /// Puts the docks where they fit the window's width: the scope tree left, the live
    /// panel right where it has room for two tiers of hosts, else below the editor in a
    /// tab beside Problems. The first show does this when there is no saved layout.
    void arrangeDocks();
    bool layoutFitsScreen() const;
    void placeDocksBelow();
    void createActions();
    void createMenus();
    QWidget *createScopePanel();
    void fitScopeTree();
    void createProblemsDock();
    void createLiveDock();
    void createTeachingDocks();
    void createReviewDocks();
    void giveRoom(QDockWidget *dock);
    void onDocumentChanged(const DocumentChange &change);
    void onLoaded(bool ok, const QString &error);
    void onScopeSelected(const QModelIndex &current);
    void onEntrySelected(int row);
    void showSourceOf(int file, quint32 begin, quint32 end);
    void expandMatches();
    void updateTitle();
    void updateStatus();
    void updateScopeActions();
    void fillRecentMenu();
    bool maybeSave();
    bool save();
    bool saveAs();
    void openDialog();
    void addDomainScope();
    void removeDomainScope();
    void showAbout();
    void showMessage(const QString &text);
    void updateDiskBanner();
    void showDiskChanges();
    void reloadFromDisk();
    bool mergeWithDisk();
    enum class DiskChoice : quint8 { Cancel, Reload, Merge, Overwrite };
    DiskChoice askAboutDiskChange(const QStringList &paths);
    static int changedLineCount(const QByteArray &diff);
    QString fileNames(const QStringList &paths) const;

    Document *m_document;
    ScopeTreeModel *m_scopeModel;
    ScopeFilterProxy *m_proxy;
    ProblemsModel *m_problemsModel;
    QTreeView *m_scopeView = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_problemsOnly = nullptr;
    RoutePane *m_routePane = nullptr;
    SourceView *m_source = nullptr;
    QTableView *m_problemsView = nullptr;
    QDockWidget *m_scopeDock = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QDockWidget *m_liveDock = nullptr;
    LivePanel *m_livePanel = nullptr;
    QDockWidget *m_lessonsDock = nullptr;
    LessonsPanel *m_lessonsPanel = nullptr;
    QDockWidget *m_simulationDock = nullptr;
    SimulationView *m_simulationView = nullptr;
    ReviewSession *m_reviewSession = nullptr;
    QDockWidget *m_reviewDock = nullptr;
    ReviewView *m_reviewView = nullptr;
    QDockWidget *m_hostDock = nullptr;
    HostUsageView *m_hostView = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_mergeButton = nullptr;
    QToolButton *m_cancelLoad = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_problemCounts = nullptr;
    QLabel *m_readOnly = nullptr;
    QMenu *m_recentMenu = nullptr;
    QString m_currentScopeKey;
    int m_sourceFile = -1;

    QAction *m_open = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_reload = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_addDomain = nullptr;
    QAction *m_removeDomain = nullptr;
    QAction *m_findScope = nullptr;
    QAction *m_resolveDomain = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_helpRouting = nullptr;
    QAction *m_about = nullptr;
    /// What the first show does with the docks: arrange them for the window's size (no
    /// saved layout), or check that a restored one fits the screen.
    enum class LayoutOnShow : quint8 { Nothing, Arrange, CheckRestored };
    LayoutOnShow m_layoutOnShow = LayoutOnShow::Nothing;
};

} // namespace rs::ui
