// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/scopetreemodel.h"

#include "document/configsnapshot.h"
#include "document/document.h"
#include "icons.h"
#include "editor/itemroles.h"

#include <QFileInfo>
#include <QFont>

namespace rs::ui {

struct ScopeTreeModel::Item {
    ItemKind kind = ScopeItem;
    int scope = -1;     // ScopeItem
    int category = -1;  // CategoryItem: 0 domains, 1 bindings, 2 hosts
    Item *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Item>> children;

    Item *add(std::unique_ptr<Item> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

namespace {

enum Category { Domains, Bindings, Hosts };

QString categoryName(int category)
{
    switch (category) {
    case Domains:
        return ScopeTreeModel::tr("Domains");
    case Bindings:
        return ScopeTreeModel::tr("Bindings");
    default:
        return ScopeTreeModel::tr("Hosts");
    }
}

QString kindIcon(const RoutingScope &s)
{
    switch (s.kind) {
    case ScopeKind::Global:
        return QStringLiteral("global");
    case ScopeKind::Domain:
        return s.isRegex ? QStringLiteral("regex") : QStringLiteral("domain");
    case ScopeKind::Host:
        return QStringLiteral("host");
    case ScopeKind::Binding:
        return QStringLiteral("binding");
    case ScopeKind::BindingGroup:
        return QStringLiteral("bindinggroup");
    case ScopeKind::Other:
        break;
    }
    return QStringLiteral("folder");
}

} // namespace

ScopeTreeModel::ScopeTreeModel(Document *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Item>())
{
    setSnapshot(document->snapshot());
    connect(document, &Document::changed, this, [this, document](const DocumentChange &change) {
        if (change.kind == DocumentChange::Edited && change.sameScopes)
            updateInPlace(document->snapshot(), change);
        else
            setSnapshot(document->snapshot());
    });
}

ScopeTreeModel::~ScopeTreeModel() = default;

void ScopeTreeModel::updateInPlace(std::shared_ptr<const ConfigSnapshot> snapshot, const DocumentChange &change)
{
    // The same scopes at the same indices: keep every item (and the view's expansion
    // and selection), and say which rows show other counts now: the scopes around the
    // edit, whose routes and problems may have changed.
    m_snapshot = std::move(snapshot);
    const int file = m_snapshot->fileIndex(change.file);
    for (int s = file >= 0 ? m_snapshot->scopeAt(file, change.region.begin) : 0; s >= 0;
         s = s > 0 ? m_snapshot->model().scopes().at(s).parent : -1) {
        const QModelIndex i = indexOfScope(s);
        if (i.isValid())
            emit dataChanged(i, index(i.row(), ColumnCount - 1, i.parent()));
    }
}

void ScopeTreeModel::setSnapshot(std::shared_ptr<const ConfigSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    build();
    endResetModel();
}

void ScopeTreeModel::build()
{
    m_root = std::make_unique<Item>();
    m_itemOfScope.clear();
    if (!m_snapshot)
        return;
    const QList<RoutingScope> &scopes = m_snapshot->model().scopes();
    m_itemOfScope.assign(size_t(scopes.size()), nullptr);

    auto scopeItem = [](int scope) {
        auto item = std::make_unique<Item>();
        item->scope = scope;
        return item;
    };
    auto categoryItem = [](int category) {
        auto item = std::make_unique<Item>();
        item->kind = CategoryItem;
        item->category = category;
        return item;
    };
    m_itemOfScope[0] = m_root->add(scopeItem(0));
    Item *domains = m_root->add(categoryItem(Domains));
    Item *bindings = m_root->add(categoryItem(Bindings));
    Item *hosts = m_root->add(categoryItem(Hosts));
    domains->children.reserve(size_t(scopes.size()));

    // Scopes come in declaration order, parents before their children.
    for (int i = 1; i < scopes.size(); ++i) {
        const RoutingScope &s = scopes.at(i);
        Item *parent = nullptr;
        if (s.parent > 0 && m_itemOfScope[size_t(s.parent)]) {
            parent = m_itemOfScope[size_t(s.parent)];
        } else if (s.kind == ScopeKind::Domain) {
            parent = domains;
        } else if (s.kind == ScopeKind::Binding || s.kind == ScopeKind::BindingGroup) {
            parent = bindings;
        } else if (s.kind == ScopeKind::Host) {
            parent = hosts;
        }
        if (parent)
            m_itemOfScope[size_t(i)] = parent->add(scopeItem(i));
    }
}

ScopeTreeModel::Item *ScopeTreeModel::itemOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Item *>(index.internalPointer()) : m_root.get();
}

QModelIndex ScopeTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, itemOf(parent)->children[size_t(row)].get());
}

QModelIndex ScopeTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Item *p = itemOf(child)->parent;
    if (p == nullptr || p == m_root.get())
        return {};
    return createIndex(p->row, 0, const_cast<Item *>(p));
}

int ScopeTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(itemOf(parent)->children.size());
}

int ScopeTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QModelIndex ScopeTreeModel::indexOfScope(int scope) const
{
    if (scope < 0 || size_t(scope) >= m_itemOfScope.size() || !m_itemOfScope[size_t(scope)])
        return {};
    Item *item = m_itemOfScope[size_t(scope)];
    return createIndex(item->row, 0, item);
}

int ScopeTreeModel::scopeOf(const QModelIndex &index) const
{
    return index.isValid() ? itemOf(index)->scope : -1;
}

QVariant ScopeTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Item &item = *itemOf(index);
    if (role == ItemKindRole)
        return item.kind;
    if (role == ScopeIndexRole)
        return item.scope;
    return item.kind == CategoryItem ? categoryData(item, index.column(), role)
                                     : scopeData(item, index.column(), role);
}

QVariant ScopeTreeModel::categoryData(const Item &item, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return categoryName(item.category);
        return QString::number(item.children.size());
    case Qt::DecorationRole:
        return column == NameColumn ? icon(QStringLiteral("folder")) : QVariant();
    case Qt::ToolTipRole:
        return tr("%n scope(s)", nullptr, int(item.children.size()));
    case Qt::TextAlignmentRole:
        return column == RoutesColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case FilterTextRole:
        return QString();
    default:
        return {};
    }
}

QVariant ScopeTreeModel::scopeData(const Item &item, int column, int role) const
{
    const RoutingScope &s = m_snapshot->model().scopes().at(item.scope);
    const int errors = m_snapshot->errorCount(item.scope);
    const int warnings = m_snapshot->warningCount(item.scope);
    switch (role) {
    case Qt::DisplayRole:
        if (column == RoutesColumn) {
            if (!s.setsRouting())
                return QString();
            return QString::number(m_snapshot->routeCount(item.scope));
        }
        if (s.kind == ScopeKind::Global)
            return tr("Global");
        if (s.kind == ScopeKind::Binding || s.kind == ScopeKind::BindingGroup || s.name.isEmpty())
            return s.name.isEmpty() ? s.keyword : QString(s.keyword + u' ' + s.name);
        return s.name;
    case Qt::DecorationRole:
        if (column != NameColumn)
            return {};
        if (errors)
            return icon(QStringLiteral("error"));
        if (warnings)
            return icon(QStringLiteral("warning"));
        return icon(kindIcon(s));
    case Qt::ToolTipRole: {
        QStringList lines{s.kind == ScopeKind::Global ? tr("Global scope") : s.label()};
        if (s.routesOption)
            lines << tr("Sets Routes (%n entries)", nullptr, m_snapshot->routeCount(item.scope));
        if (s.gatewayOption)
            lines << tr("Sets Gateway");
        if (!s.setsRouting() && s.kind == ScopeKind::Domain)
            lines << tr("Sets no routes: falls back to the next matching scope");
        if (s.maxOutboundConnections)
            lines << tr("Max_Outbound_Connections = %1").arg(*s.maxOutboundConnections);
        if (s.remoteSmtpPort)
            lines << tr("Remote_SMTP_Port = %1").arg(*s.remoteSmtpPort);
        if (errors || warnings)
            lines << tr("%n error(s)", nullptr, errors) + u", " + tr("%n warning(s)", nullptr, warnings);
        if (s.kind != ScopeKind::Global)
            lines << tr("%1, line %2").arg(QFileInfo(m_snapshot->model().path(s.location)).fileName()).arg(s.location.line);
        return lines.join(u'\n');
    }
    case Qt::TextAlignmentRole:
        return column == RoutesColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole:
        if (column == NameColumn && s.setsRouting()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case FilterTextRole:
        return s.kind == ScopeKind::Global ? tr("Global") : s.name;
    case ProblemCountRole:
        return errors + warnings;
    case SeverityRole:
        return errors ? int(Severity::Error) : warnings ? int(Severity::Warning) : -1;
    default:
        return {};
    }
}

QVariant ScopeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Scope") : tr("Routes");
}

} // namespace rs::ui
