// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "impact/hostusage.h"

#include <QAbstractTableModel>

namespace rs::ui {

/// Every (domain, binding) that routes to one host: at which tier, preference and
/// port, in what state, and its connections and share at the domain limit.
class HostRoutesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostRoutesModel)

public:
    enum Column {
        DomainColumn,
        BindingColumn,
        TierColumn,
        PrefColumn,
        PortColumn,
        StateColumn,
        ConnectionsColumn,
        ShareColumn,
        ColumnCount
    };

    explicit HostRoutesModel(QObject *parent = nullptr);

    void setRoutes(const QList<HostRoute> &routes);
    const QList<HostRoute> &routes() const { return m_routes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<HostRoute> m_routes;
};

} // namespace rs::ui
