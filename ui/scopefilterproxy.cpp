#include "ui/scopefilterproxy.h"

#include "ui/itemroles.h"
#include "ui/scopetreemodel.h"

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
    invalidateRowsFilter();
}

void ScopeFilterProxy::setProblemsOnly(bool on)
{
    if (on == m_problemsOnly)
        return;
    m_problemsOnly = on;
    invalidateRowsFilter();
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
