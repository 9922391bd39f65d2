// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QSplitter;
class QPushButton;
class QTableView;

namespace rs {
class ImpactRunner;
struct ImpactResult;
} // namespace rs

namespace rs::ui {

class HostRoutesModel;
class ImpactModel;
class ReviewSession;

/// One receiving host seen from every domain: which (domain, binding)s route to it,
/// at which tier and with what share, the connections they would open to it at
/// their domain limits added up against the host's own limit (a Host stanza counts
/// every domain's connections), and the maintenance what-if: with the host down,
/// where each domain's mail goes and which can no longer be delivered.
class HostUsageView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostUsageView)

public:
    explicit HostUsageView(ReviewSession *session, QWidget *parent = nullptr);
    ~HostUsageView() override;

    void setHost(const QString &host);
    QString host() const { return m_host; }
    HostRoutesModel *routesModel() const { return m_routesModel; }
    ImpactModel *whatIfModel() const { return m_whatIfModel; }
    /// Compares the edited configuration with itself, the host marked down.
    void runWhatIf();
    bool isWhatIfRunning() const;

signals:
    void domainActivated(const QString &domain, const QString &binding);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    void showWhatIf(std::shared_ptr<const ImpactResult> result);

    ReviewSession *m_session;  ///< outlives the view (MainWindow deletes its docks first)
    QString m_host;
    QComboBox *m_hostBox;
    QLabel *m_totals;
    QLabel *m_warning;
    QLabel *m_warningIcon;
    QStringList m_hostList;  ///< the combo box's items
    QSplitter *m_splitter;
    QTableView *m_routes;
    HostRoutesModel *m_routesModel;
    QPushButton *m_whatIf;
    QWidget *m_whatIfBox;  ///< hidden until the first what-if
    QProgressBar *m_whatIfProgress;
    QLabel *m_whatIfSummary;
    QTableView *m_whatIfTable;
    ImpactModel *m_whatIfModel;
    ImpactRunner *m_runner;
};

} // namespace rs::ui
