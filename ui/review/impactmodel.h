// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "impact/impact.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace rs::ui {

/// The (domain, binding)s a change affects, one row each: the undeliverable first,
/// then by their most serious class, each in the order the comparison gives (the
/// file order of the deciding stanzas, then listed domains):
/// the domain with the icon of its most serious class, the binding, the classes in
/// words, and the hosts before and after.
class ImpactModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImpactModel)

public:
    enum Column { DomainColumn, BindingColumn, ChangesColumn, BeforeColumn, AfterColumn, ColumnCount };
    enum Role {
        /// The row's ImpactClasses as an int bit set (tests, filters).
        ClassesRole = Qt::UserRole + 1,
        /// True when the row is undeliverable after the change.
        UndeliverableRole,
    };

    explicit ImpactModel(QObject *parent = nullptr);

    void setResult(std::shared_ptr<const ImpactResult> result);
    const std::shared_ptr<const ImpactResult> &result() const { return m_result; }
    /// The change of a row; null outside the rows.
    const DomainImpact *impactAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const ImpactResult> m_result;
    std::vector<int> m_rows;  ///< indexes into m_result->changed, the most serious first
};

} // namespace rs::ui
