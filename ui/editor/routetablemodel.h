// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/routemodel.h"
#include "routing/scoperesolver.h"

#include <QAbstractTableModel>

#include <memory>

namespace rs::ui {

class ConfigSnapshot;
class Document;
struct DocumentChange;

/// The route entries of one scope as a table (Host, Pref, TTL, Port, Type, Entry).
/// A thin adapter: every change becomes one Document edit (one undo step), and the
/// rows are re-read from the document's new snapshot. A Domain scope without
/// routes shows the routes it inherits, read-only.
class RouteTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouteTableModel)

public:
    enum Column { HostColumn, PrefColumn, TtlColumn, PortColumn, TypeColumn, EntryColumn, ColumnCount };

    explicit RouteTableModel(Document *document, QObject *parent = nullptr);
    ~RouteTableModel() override;

    void setScope(int scope);
    int scope() const { return m_scope; }
    /// The scope whose entries are shown: scope() itself, or the one it inherits from.
    int sourceScope() const { return m_source; }
    bool isInherited() const { return m_inherited; }
    bool showsGateway() const { return m_gateway; }
    /// True when the rows may be changed (edits go to scope()).
    bool isEditable() const;
    /// A sentence about what the table shows (inherited, gateway, read-only, ...).
    QString statusText() const;
    /// The port an entry without port= uses, and the domain connection limit, for
    /// mail that this scope decides: both from the one scope resolver.
    int defaultPort() const { return m_resolution.portValue; }
    int domainLimit() const { return m_resolution.limitValue; }
    /// "Up to 40 connections at once (Max_Outbound_Connections in Domain "x", line 12)".
    QString limitText() const;
    const PlacedEntry &entry(int row) const { return m_rows.at(row); }
    QStringList entryTexts() const;
    /// The row to select after the last operation, or -1.
    int preferredRow() const { return m_preferredRow; }

    // Each operation is one undoable edit; false (and editFailed) when refused.
    bool insertEntry(int row, const QString &text);
    bool removeEntries(QList<int> rows);
    bool duplicateEntry(int row);
    bool moveEntry(int row, int delta);
    bool moveEntries(QList<int> rows, int destination);
    bool overrideHere();
    bool clearRoutes();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    void editFailed(const QString &message);
    /// The rows were re-read (after a scope change or an edit).
    void reloaded();

private:
    void onDocumentChanged(const DocumentChange &change);
    void reload(bool reset);
    bool isRowEditable(int row) const;
    bool commit(const QStringList &entries, const QString &text, int preferredRow);
    QString scopeTitle() const;
    QVariant displayData(const PlacedEntry &placed, int column) const;
    QVariant editData(const PlacedEntry &placed, int column) const;
    QString problemsText(int row) const;
    int worstSeverity(int row) const;
    QString portSourceText() const;

    Document *m_document;
    std::shared_ptr<const ConfigSnapshot> m_snapshot;
    int m_scope = -1;
    QString m_scopeKey;
    int m_source = -1;
    bool m_inherited = false;
    bool m_gateway = false;
    ScopeResolution m_resolution;
    int m_preferredRow = -1;
    QList<PlacedEntry> m_rows;
    QList<QList<int>> m_problems;  ///< per row: indexes into the snapshot's diagnostics
};

} // namespace rs::ui
