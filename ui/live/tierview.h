// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/explanation.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace rs::ui {

/// One candidate host as a box: name, addresses, port, TTL, limit, where its
/// preference came from, its state, and a bar with the connections it holds.
/// Clicking it (or Space/Enter when focused) asks to toggle it down.
class HostCard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostCard)

public:
    explicit HostCard(int candidate, QWidget *parent = nullptr);

    struct Content {
        Candidate candidate;
        QString provenance;   ///< where the preference came from, short
        QString prefReason;   ///< the same in a sentence
        QString portReason;   ///< where the port came from
        int connections = 0;
        int scale = 1;        ///< connections of a full bar
        bool next = false;    ///< the next connection goes here
        bool stepped = false; ///< the connection of the step shown went here
    };
    void setContent(const Content &content);
    const Content &content() const { return m_content; }
    int candidate() const { return m_candidate; }

    QSize sizeHint() const override;

signals:
    void activated(int candidate);
    /// The context menu key or a right click: show every domain that routes to the host.
    void usageRequested(int candidate);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QStringList lines() const;

    int m_candidate;
    Content m_content;
};

/// The candidates as preference tiers: one column per preference (lowest first),
/// a HostCard per host, and a column for connections that wait.
class TierView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TierView)

public:
    explicit TierView(QWidget *parent = nullptr);

    /// Shows the candidates of `ex` with `counts` connections each; `next` and
    /// `stepped` are candidate indexes (-1: none); `waiting` connections wait.
    void setExplanation(const Explanation &ex, const QList<int> &counts, int next, int stepped, int waiting,
                        const QString &waitingWhy);
    void showMessage(const QString &text);

    QList<HostCard *> cards() const { return m_cards; }
    /// The width that shows `columns` tiers of hosts side by side at the least card width.
    int widthForColumns(int columns) const;
    HostCard *card(int candidate) const { return m_cards.value(candidate); }
    /// Preferences of the columns shown, left to right ("tiers").
    QList<int> tiers() const { return m_tiers; }
    int waitingShown() const { return m_waiting; }

signals:
    void hostActivated(int candidate);
    void hostUsageRequested(int candidate);

private:
    void clearColumns();

    QHBoxLayout *m_columns;
    QLabel *m_message;
    QList<QWidget *> m_columnWidgets;
    QList<HostCard *> m_cards;
    QList<int> m_tiers;
    QStringList m_structure;  ///< host@pref per candidate: rebuild only when it changes
    QLabel *m_waitingLabel = nullptr;
    int m_waiting = 0;
};

} // namespace rs::ui
