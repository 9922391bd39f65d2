// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/impactmodel.h"

#include "config/diagnostic.h"
#include "review/impacttext.h"

#include <algorithm>

namespace rs::ui {

namespace {

int bits(ImpactClasses classes)
{
    int out = 0;
    classes.forEach([&out](ImpactClass c) { out |= 1 << int(c); });
    return out;
}

} // namespace

ImpactModel::ImpactModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImpactModel::setResult(std::shared_ptr<const ImpactResult> result)
{
    beginResetModel();
    m_result = std::move(result);
    m_rows.clear();
    if (m_result) {
        std::vector<int> rank(size_t(m_result->changed.size()));
        for (qsizetype i = 0; i < m_result->changed.size(); ++i) {
            const auto c = ImpactText::mostSerious(m_result->changed.at(i).classes);
            rank[size_t(i)] = c ? ImpactText::seriousness(*c) : kImpactClassCount;
            m_rows.push_back(int(i));
        }
        std::stable_sort(m_rows.begin(), m_rows.end(), [&rank](int a, int b) { return rank[size_t(a)] < rank[size_t(b)]; });
    }
    endResetModel();
}

const DomainImpact *ImpactModel::impactAt(int row) const
{
    if (!m_result || row < 0 || size_t(row) >= m_rows.size())
        return nullptr;
    return &m_result->changed.at(m_rows[size_t(row)]);
}

int ImpactModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImpactModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImpactModel::data(const QModelIndex &index, int role) const
{
    const DomainImpact *d = index.isValid() ? impactAt(index.row()) : nullptr;
    if (!d)
        return {};
    if (role == ClassesRole)
        return bits(d->classes);
    if (role == UndeliverableRole)
        return d->classes.has(ImpactClass::Undeliverable);
    QStringList names;
    QStringList descriptions;
    d->classes.forEach([&](ImpactClass c) {
        names << ImpactText::className(c);
        descriptions << ImpactText::className(c) + u": " + ImpactText::classDescription(c);
    });
    switch (index.column()) {
    case DomainColumn:
        if (role == Qt::DisplayRole)
            return printable(d->domain);
        if (role == Qt::DecorationRole) {
            if (const auto c = ImpactText::mostSerious(d->classes))
                return ImpactText::classIcon(*c);
        }
        if (role == Qt::ToolTipRole)
            return descriptions.join(u'\n');
        break;
    case BindingColumn:
        if (role == Qt::DisplayRole)
            return ImpactText::bindingText(d->binding);
        break;
    case ChangesColumn:
        if (role == Qt::DisplayRole)
            return names.join(ImpactText::tr(", "));
        if (role == Qt::ToolTipRole)
            return descriptions.join(u'\n');
        break;
    case BeforeColumn:
    case AfterColumn: {
        const Explanation &ex = index.column() == BeforeColumn ? d->before : d->after;
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return ImpactText::tiersText(ex);
        break;
    }
    default: break;
    }
    return {};
}

QVariant ImpactModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DomainColumn: return tr("Domain");
    case BindingColumn: return tr("Binding");
    case ChangesColumn: return tr("Changes");
    case BeforeColumn: return tr("Before");
    case AfterColumn: return tr("After");
    default: return {};
    }
}

} // namespace rs::ui
