// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/scopefilterproxy.h"

#include "editor/itemroles.h"
#include "editor/scopetreemodel.h"

namespace rs::ui {

ScopeFilterProxy::ScopeFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setFilterRole(FilterTextRole);
}

void ScopeFilterProxy::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    // invalidate(), not invalidateRowsFilter(): the latter removes hidden rows one
    // interval at a time, and the view handles each removal on its own; a name
    // that hides every eighth of 100,000 domains took half a second. One layout
    // change with the mappings rebuilt on demand costs a single pass.
    invalidate();
}

void ScopeFilterProxy::setProblemsOnly(bool on)
{
    if (on == m_problemsOnly)
        return;
    m_problemsOnly = on;
    invalidate();
}

bool ScopeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty() && !m_problemsOnly)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // Categories match only through their children (recursive filtering).
    if (index.data(ItemKindRole).toInt() == ScopeTreeModel::CategoryItem)
        return false;
    if (m_problemsOnly && index.data(ProblemCountRole).toInt() == 0)
        return false;
    return m_text.isEmpty() || index.data(FilterTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace rs::ui
