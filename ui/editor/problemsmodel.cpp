// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/problemsmodel.h"

#include "document/configsnapshot.h"
#include "document/document.h"
#include "editor/diagnostictext.h"
#include "editor/itemroles.h"
#include "icons.h"

#include <QFileInfo>

namespace rs::ui {

ProblemsModel::ProblemsModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
{
    setSnapshot(document->snapshot());
    connect(document, &Document::changed, this, [this, document] { setSnapshot(document->snapshot()); });
}

ProblemsModel::~ProblemsModel() = default;

void ProblemsModel::setSnapshot(std::shared_ptr<const ConfigSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_errors = m_warnings = 0;
    if (m_snapshot) {
        for (const Diagnostic &d : m_snapshot->diagnostics()) {
            m_errors += d.severity == Severity::Error;
            m_warnings += d.severity == Severity::Warning;
        }
    }
    endResetModel();
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : int(m_snapshot->diagnostics().size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString severityIcon(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Note:
        break;
    }
    return QStringLiteral("note");
}

} // namespace

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Diagnostic &d = m_snapshot->diagnostics().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return DiagnosticText::severityText(d.severity);
        case LocationColumn:
            return tr("%1:%2:%3").arg(QFileInfo(d.file).fileName()).arg(d.line).arg(d.column);
        case MessageColumn:
            return DiagnosticText::text(d);
        case CodeColumn:
            return d.code;
        default:
            return {};
        }
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? icon(severityIcon(d.severity)) : QVariant();
    case Qt::ToolTipRole:
        //: %1 file, %2 line, %3 column, %4 "Warning: what [code]"
        return tr("%1:%2:%3: %4").arg(printable(d.file), QString::number(d.line), QString::number(d.column),
                                      DiagnosticText::line(d));
    case SeverityRole:
        return int(d.severity);
    case FileRole:
        return d.file;
    case OffsetRole:
        return d.offset;
    case LineRole:
        return d.line;
    case ColumnRole:
        return d.column;
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case LocationColumn:
        return tr("Location");
    case MessageColumn:
        return tr("Message");
    case CodeColumn:
        return tr("Code");
    default:
        return {};
    }
}

} // namespace rs::ui
