// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/livecandidatemodel.h"

#include "live/livetext.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace rs::ui {

LiveCandidateModel::LiveCandidateModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LiveCandidateModel::setExplanation(const Explanation &ex, const QList<int> &counts, int next)
{
    // Same hosts in the same order (a what-if change, a step): update in place,
    // so that views keep their selection.
    bool sameRows = ex.candidates.size() == m_ex.candidates.size();
    for (int i = 0; sameRows && i < ex.candidates.size(); ++i)
        sameRows = ex.candidates.at(i).host == m_ex.candidates.at(i).host;
    if (!sameRows)
        beginResetModel();
    m_ex = ex;
    m_counts = counts;
    m_counts.resize(ex.candidates.size());
    m_next = next;
    if (!sameRows)
        endResetModel();
    else if (!m_ex.candidates.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void LiveCandidateModel::clear()
{
    setExplanation({}, {}, -1);
}

int LiveCandidateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ex.candidates.size());
}

int LiveCandidateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LiveCandidateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Candidate &c = m_ex.candidates.at(index.row());
    const int connections = m_counts.value(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case HostColumn: return index.row() == m_next ? tr("%1 (next)").arg(c.host) : c.host;
        case PreferenceColumn: return c.pref;
        case AddressesColumn: return c.addresses.join(tr(", "));
        case PortColumn: return c.port;
        case TtlColumn: return c.ttl ? QVariant(*c.ttl) : QVariant();
        case LimitColumn: return LiveText::limitText(c.limit);
        case StateColumn: return c.state == CandidateState::Usable ? LiveText::stateName(c.state) : LiveText::stateText(c);
        case ConnectionsColumn: return connections;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case PreferenceColumn: return LiveText::prefReason(c, m_ex.plan);
        case PortColumn: return LiveText::portReason(c, m_ex.plan);
        case TtlColumn: return LiveText::ttlText(c);
        case LimitColumn: return LiveText::limitReason(c);
        default: return LiveText::lookupText(c);
        }
    case Qt::ForegroundRole:
        if (c.state != CandidateState::Usable)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (index.row() == m_next && index.column() == HostColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PreferenceColumn || index.column() == PortColumn || index.column() == TtlColumn
            || index.column() == LimitColumn || index.column() == ConnectionsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case PreferenceRole: return c.pref;
    case StateRole: return int(c.state);
    case ConnectionsRole: return connections;
    case NextRole: return index.row() == m_next;
    case HostRole: return c.host;
    default: return {};
    }
}

QVariant LiveCandidateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HostColumn: return tr("Host");
    case PreferenceColumn: return tr("Preference");
    case AddressesColumn: return tr("Addresses");
    case PortColumn: return tr("Port");
    case TtlColumn: return tr("TTL");
    case LimitColumn: return tr("Limit");
    case StateColumn: return tr("State");
    case ConnectionsColumn: return tr("Connections");
    }
    return {};
}

} // namespace rs::ui
