// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "live/livesession.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QScrollArea;
class QPushButton;
class QSpinBox;
class QGridLayout;
class QSplitter;
class QVBoxLayout;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace rs::ui {

class Document;
class LiveCandidateModel;
class TierView;

/// The live panel: shows what its LiveSession resolves for the selected (or typed)
/// recipient domain and binding as the user edits: the candidates as preference
/// tiers and as a table, the what-if controls, the step through the simulated
/// connections, and an explanation. It holds no routing state of its own.
class LivePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LivePanel)

public:
    explicit LivePanel(Document *document, QWidget *parent = nullptr);
    ~LivePanel() override;

    LiveSession *session() const { return m_session; }

    /// Follows the scope selected in the window (see LiveSession::setScope).
    void setScope(int scope);
    void setDomain(const QString &domain);
    /// Session overrides from the command line (--zone, --dns); each switches the source.
    void setZoneFile(const QString &path);
    void setDnsServer(const QString &server);
    /// While a lesson is open: resolve through its zones (and nothing else); an
    /// empty list goes back to the zone or DNS server chosen before.
    void setLessonZones(const QStringList &zones);
    QStringList lessonZones() const { return m_lessonZones; }
    /// Re-reads the zone file, server and timeout from the settings.
    void reloadSettings();
    /// The line under the controls: what is resolved, from where, and whether the
    /// selected scope decides it.
    QString statusText() const;
    /// Puts the keyboard focus in the domain field.
    void focusDomain();
    /// The width at which the panel's controls fit and two tiers of hosts show side by
    /// side, its least: the main window puts the panel beside the editor only when it
    /// has that.
    int comfortableWidth() const;

signals:
    /// A host card's context menu, or the table's: every domain that routes to the host.
    void hostUsageRequested(const QString &host);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void setWide(bool wide);
    int tiersWidth(int columns) const;

private:
    QWidget *createControls();
    void connectControls();
    void refresh();
    void refreshBindings();
    void refreshHosts();
    void updateHostControls();
    void onCardActivated(int candidate);
    QString currentHost() const;

    Document *m_document;
    LiveSession *m_session;
    std::optional<QString> m_zoneOverride;
    std::optional<QString> m_dnsOverride;
    QStringList m_lessonZones;

    QLineEdit *m_domain = nullptr;
    QComboBox *m_binding = nullptr;
    QComboBox *m_sourceBox = nullptr;
    QPushButton *m_refresh = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QSpinBox *m_connections = nullptr;
    QComboBox *m_host = nullptr;
    QCheckBox *m_hostDown = nullptr;
    QCheckBox *m_limitOverride = nullptr;
    QSpinBox *m_limit = nullptr;
    QPushButton *m_resetWhatIf = nullptr;
    QPushButton *m_stepFirst = nullptr;
    QPushButton *m_stepBack = nullptr;
    QPushButton *m_stepNext = nullptr;
    QPushButton *m_stepAll = nullptr;
    QLabel *m_stepLabel = nullptr;
    QLabel *m_stepWhy = nullptr;
    QSplitter *m_splitter = nullptr;  ///< tiers and table | explanation
    QGridLayout *m_controlsGrid = nullptr;
    QWidget *m_side = nullptr;  ///< the explanation (and, when wide, the status sentences)
    QVBoxLayout *m_sideLayout = nullptr;
    QTabWidget *m_tabs = nullptr;
    TierView *m_tiers = nullptr;
    QScrollArea *m_tierScroll = nullptr;
    QTableView *m_table = nullptr;
    LiveCandidateModel *m_model = nullptr;
    QTextBrowser *m_explain = nullptr;
};

} // namespace rs::ui
