// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/explanation.h"

#include <QAbstractTableModel>

namespace rs::ui {

/// The live panel's candidates as a table (the accessible twin of the tier
/// view): one row per candidate in selection order, with the connections it holds
/// at the step shown and a mark on the host of the next connection.
class LiveCandidateModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveCandidateModel)

public:
    enum Column { HostColumn, PreferenceColumn, AddressesColumn, PortColumn, TtlColumn, LimitColumn, StateColumn,
                  ConnectionsColumn, ColumnCount };
    enum Role {
        PreferenceRole = Qt::UserRole + 200,  ///< int
        StateRole,                            ///< int: rs::CandidateState
        ConnectionsRole,                      ///< int: connections at the step shown
        NextRole,                             ///< bool: the next connection goes here
        HostRole,                             ///< QString
    };

    explicit LiveCandidateModel(QObject *parent = nullptr);

    /// Shows `ex` with `counts` connections per candidate and `next` marked (-1: none).
    void setExplanation(const Explanation &ex, const QList<int> &counts, int next);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Explanation m_ex;
    QList<int> m_counts;
    int m_next = -1;
};

} // namespace rs::ui
