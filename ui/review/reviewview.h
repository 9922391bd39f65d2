// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QScrollArea;
class QSplitter;
class QTableView;

namespace rs {
struct DomainImpact;
struct ImpactProgress;
} // namespace rs

namespace rs::ui {

class ImpactModel;
class ReviewSession;
class TierView;

/// Review Changes: what the unsaved edits do to every domain. A summary line, the
/// changed domains with their classes (icon and words), and for the selected one the
/// preference tiers before and after, side by side. Follows the ReviewSession, which
/// compares while this view is shown (in its dock or in the save dialog).
class ReviewView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewView)

public:
    explicit ReviewView(ReviewSession *session, QWidget *parent = nullptr);
    ~ReviewView() override;

    ImpactModel *model() const { return m_model; }
    /// Selects a changed (domain, binding) by row and shows its tiers.
    void selectRow(int row);

signals:
    /// Double-click or Enter on a row: show that domain in the editor.
    void domainActivated(const QString &domain, const QString &binding);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    void fitSplitter();
    void showProgress(const ImpactProgress &progress);
    void showDetail(const DomainImpact *impact);

    ReviewSession *m_session;  ///< outlives the view (MainWindow deletes its docks first)
    ImpactModel *m_model;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QSplitter *m_splitter;
    bool m_userSized = false;  ///< the user dragged the splitter: keep their sizes
    QTableView *m_table;
    QLabel *m_beforeTitle;
    QLabel *m_afterTitle;
    TierView *m_before;
    TierView *m_after;
};

} // namespace rs::ui
