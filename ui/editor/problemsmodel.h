// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include <memory>

namespace rs::ui {

class ConfigSnapshot;
class Document;

/// Every diagnostic of a snapshot: severity, location, message, code.
class ProblemsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsModel)

public:
    enum Column { SeverityColumn, LocationColumn, MessageColumn, CodeColumn, ColumnCount };

    /// Follows the document: every change of it rebuilds or updates the model.
    explicit ProblemsModel(Document *document, QObject *parent = nullptr);
    ~ProblemsModel() override;

    void setSnapshot(std::shared_ptr<const ConfigSnapshot> snapshot);
    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const ConfigSnapshot> m_snapshot;
    int m_errors = 0;
    int m_warnings = 0;
};

} // namespace rs::ui
