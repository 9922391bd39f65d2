// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace rs::ui {

class ConfigSnapshot;
class Document;
struct DocumentChange;

/// The routing scopes of a configuration as a tree: Global, Domains (exact and
/// regex), Bindings and Binding groups with what they hold, Hosts. Rebuilt from
/// each snapshot; scopes are identified by their index in the RouteModel.
class ScopeTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopeTreeModel)

public:
    enum ItemKind { CategoryItem, ScopeItem };
    enum Column { NameColumn, RoutesColumn, ColumnCount };

    /// Follows the document: every change of it rebuilds or updates the model.
    explicit ScopeTreeModel(Document *document, QObject *parent = nullptr);
    ~ScopeTreeModel() override;

    void setSnapshot(std::shared_ptr<const ConfigSnapshot> snapshot);
    std::shared_ptr<const ConfigSnapshot> snapshot() const { return m_snapshot; }

    QModelIndex indexOfScope(int scope) const;
    int scopeOf(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void updateInPlace(std::shared_ptr<const ConfigSnapshot> snapshot, const DocumentChange &change);
    struct Item;
    Item *itemOf(const QModelIndex &index) const;
    QVariant scopeData(const Item &item, int column, int role) const;
    QVariant categoryData(const Item &item, int column, int role) const;
    void build();

    std::shared_ptr<const ConfigSnapshot> m_snapshot;
    std::unique_ptr<Item> m_root;
    std::vector<Item *> m_itemOfScope;
};

} // namespace rs::ui
