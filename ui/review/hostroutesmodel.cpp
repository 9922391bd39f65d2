// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/hostroutesmodel.h"

#include "config/diagnostic.h"
#include "live/livetext.h"
#include "review/impacttext.h"

#include <QLocale>

namespace rs::ui {

HostRoutesModel::HostRoutesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HostRoutesModel::setRoutes(const QList<HostRoute> &routes)
{
    beginResetModel();
    m_routes = routes;
    endResetModel();
}

int HostRoutesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_routes.size());
}

int HostRoutesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HostRoutesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_routes.size())
        return {};
    const HostRoute &r = m_routes.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() >= TierColumn && index.column() != StateColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == ShareColumn)
        return tr("%1 of the domain's %2 connections (domain limit %3)")
            .arg(r.connections)
            .arg(r.domainConnections)
            .arg(LiveText::limitText(r.domainLimit));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DomainColumn: return printable(r.domain);
    case BindingColumn: return ImpactText::bindingText(r.binding);
    case TierColumn: return r.tier + 1;  // the first tier is 1 to a reader
    case PrefColumn: return r.pref;
    case PortColumn: return r.port;
    case StateColumn: return LiveText::stateName(r.state);
    case ConnectionsColumn: return r.connections;
    case ShareColumn:
        return r.domainConnections > 0 ? QLocale().toString(r.share() * 100, 'f', 0) + u" %" : tr("backup");
    default: return {};
    }
}

QVariant HostRoutesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DomainColumn: return tr("Domain");
    case BindingColumn: return tr("Binding");
    case TierColumn: return tr("Tier");
    case PrefColumn: return tr("Pref");
    case PortColumn: return tr("Port");
    case StateColumn: return tr("State");
    case ConnectionsColumn: return tr("Connections");
    case ShareColumn: return tr("Share");
    default: return {};
    }
}

} // namespace rs::ui
