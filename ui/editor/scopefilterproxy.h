// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace rs::ui {

/// Filters the scope tree by name (case-insensitive substring) and, optionally, to
/// scopes with problems; a parent stays when one of its children matches.
class ScopeFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopeFilterProxy)

public:
    explicit ScopeFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    void setProblemsOnly(bool on);
    bool problemsOnly() const { return m_problemsOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_problemsOnly = false;
};

} // namespace rs::ui
