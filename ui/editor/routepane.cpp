// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/routepane.h"

#include "live/livetext.h"

#include "document/configsnapshot.h"
#include "document/document.h"
#include "icons.h"
#include "mnemonictext.h"
#include "editor/routedelegate.h"
#include "editor/routetablemodel.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace rs::ui {

using namespace Qt::StringLiterals;

namespace {

QAction *makeAction(QWidget *owner, const QString &iconName, const QString &text, const QKeySequence &key)
{
    auto *a = new QAction(icon(iconName), text, owner);
    a->setShortcut(key);
    // The shortcuts belong to the table and its buttons, not the whole window:
    // Delete in the filter box must delete text, not a route.
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    a->setToolTip(key.isEmpty() ? text : text + u" (" + key.toString(QKeySequence::NativeText) + u')');
    owner->addAction(a);
    return a;
}

} // namespace

RoutePane::RoutePane(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new RouteTableModel(document, this))
    , m_view(new QTableView(this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_limit(new QLabel(this))
{
    m_add = makeAction(this, QStringLiteral("add"), tr("&Add Route..."), QKeySequence(Qt::Key_Insert));
    m_remove = makeAction(this, QStringLiteral("remove"), tr("&Remove Route"), QKeySequence::Delete);
    m_duplicate = makeAction(this, QStringLiteral("duplicate"), tr("D&uplicate Route"), QKeySequence(Qt::CTRL | Qt::Key_D));
    m_up = makeAction(this, QStringLiteral("up"), tr("Move Route &Up"), QKeySequence(Qt::ALT | Qt::Key_Up));
    m_down = makeAction(this, QStringLiteral("down"), tr("Move Route Do&wn"), QKeySequence(Qt::ALT | Qt::Key_Down));
    m_override = makeAction(this, QStringLiteral("override"), tr("&Override Here"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);  // a long scope path must not widen the window
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Route table status"));
    m_limit->setObjectName(QStringLiteral("routeLimit"));
    m_limit->setWordWrap(true);
    m_limit->setAccessibleName(tr("Connection limit of the scope's mail"));

    m_view->setObjectName(QStringLiteral("routeTable"));
    m_view->setAccessibleName(tr("Routes of the selected scope"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new RouteDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDragEnabled(true);
    m_view->setDropIndicatorShown(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    // Pref, TTL, Port and Type fit their contents; Host is fitted to the scope's hosts
    // and the room (fitColumns, fitHost); Entry, last, takes the rest.
    QHeaderView *header = m_view->horizontalHeader();
    // (Not stretchLastSection: it keeps the last section at least its default size.)
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RouteTableModel::HostColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(RouteTableModel::EntryColumn, QHeaderView::Stretch);
    m_view->viewport()->installEventFilter(this);

    auto *buttons = new QHBoxLayout;
    for (QAction *a : entryActions()) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(a == m_override ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
        buttons->addWidget(b);
    }
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_limit);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_add, &QAction::triggered, this, &RoutePane::addEntry);
    connect(m_remove, &QAction::triggered, this, [this] { m_model->removeEntries(selectedRows()); });
    connect(m_duplicate, &QAction::triggered, this, [this] { m_model->duplicateEntry(currentRow()); });
    connect(m_up, &QAction::triggered, this, [this] { m_model->moveEntry(currentRow(), -1); });
    connect(m_down, &QAction::triggered, this, [this] { m_model->moveEntry(currentRow(), +1); });
    connect(m_override, &QAction::triggered, m_model, &RouteTableModel::overrideHere);
    connect(m_model, &RouteTableModel::editFailed, this, &RoutePane::message);
    connect(m_model, &RouteTableModel::reloaded, this, [this] {
        updateHeader();
        fitColumns();
        if (m_model->preferredRow() >= 0 && m_model->preferredRow() < m_model->rowCount())
            selectRow(m_model->preferredRow());
        updateActions();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                updateActions();
                emit currentEntryChanged(current.isValid() ? current.row() : -1);
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RoutePane::updateActions);
    connect(m_document, &Document::readOnlyChanged, this, &RoutePane::updateActions);
    connect(m_document, &Document::reparsingChanged, this, &RoutePane::updateActions);
    updateHeader();
    fitColumns();
    updateActions();
}

void RoutePane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitColumns();
}

int RoutePane::comfortableWidth() const
{
    const int chars = m_view->fontMetrics().averageCharWidth();
    int width = 28 * chars + 48 * chars;  // Host and Entry
    for (int c = 0; c < RouteTableModel::ColumnCount; ++c) {
        if (c != RouteTableModel::HostColumn && c != RouteTableModel::EntryColumn)
            width += std::max(columnNeed(c), 6 * chars);
    }
    const QMargins margins = layout()->contentsMargins();
    return std::max(minimumSizeHint().width(), width + tableChrome() + margins.left() + margins.right());
}

int RoutePane::tableChrome() const
{
    // The frame, and a vertical scroll bar when the rows do not all fit.
    return 2 * m_view->frameWidth()
           + m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view->verticalScrollBar());
}

int RoutePane::columnNeed(int column) const
{
    const QHeaderView *header = m_view->horizontalHeader();
    const QAbstractItemView *view = m_view;  // QTableView hides the public sizeHintForColumn
    return std::max({header->sectionSizeHint(column), view->sizeHintForColumn(column), header->minimumSectionSize()});
}

void RoutePane::fitColumns()
{
    // The table's minimum width holds every column: Pref, TTL, Port and Type as their
    // contents, Host at 24 characters, Entry at its header and 16 characters. The window
    // gives the table that width before any dock, so that neither a narrow screen nor a
    // dock dragged wide hides a column behind a horizontal scroll bar. Host and Entry
    // share what is left (fitHost).
    const int chars = m_view->fontMetrics().averageCharWidth();
    m_hostLeast = 24 * chars;
    m_hostWanted = std::clamp(columnNeed(RouteTableModel::HostColumn), m_hostLeast, 40 * chars);
    m_fixedColumns = 0;
    for (int c = 0; c < RouteTableModel::ColumnCount; ++c) {
        if (c != RouteTableModel::HostColumn && c != RouteTableModel::EntryColumn)
            m_fixedColumns += columnNeed(c);
    }
    const QHeaderView *header = m_view->horizontalHeader();
    m_entryLeast = std::max({header->sectionSizeHint(RouteTableModel::EntryColumn), header->minimumSectionSize(), 16 * chars});
    m_view->setMinimumWidth(m_hostLeast + m_fixedColumns + m_entryLeast + tableChrome());
    fitHost();
}

void RoutePane::fitHost()
{
    // Host as wide as its longest host (up to 40 characters) where the table has room,
    // down to 24 characters (longer hosts elide) when it is squeezed; Entry the rest.
    const int room = m_view->viewport()->width() - m_fixedColumns - m_entryLeast;
    m_view->setColumnWidth(RouteTableModel::HostColumn, std::clamp(room, m_hostLeast, std::max(m_hostLeast, m_hostWanted)));
}

bool RoutePane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitHost();
    return QWidget::eventFilter(watched, event);
}

QList<QAction *> RoutePane::entryActions() const
{
    return {m_add, m_remove, m_duplicate, m_up, m_down, m_override};
}

void RoutePane::setScope(int scope)
{
    m_model->setScope(scope);
}

void RoutePane::selectRow(int row)
{
    const QModelIndex i = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(i);
}

int RoutePane::currentRow() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.row() : -1;
}

QList<int> RoutePane::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : selected)
        rows.append(i.row());
    if (rows.isEmpty() && currentRow() >= 0)
        rows.append(currentRow());
    return rows;
}

void RoutePane::addEntry()
{
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("addRouteDialog"));
    dialog.setWindowTitle(tr("Add Route"));
    // The label has the line edit as its buddy, so a single '&' would be a mnemonic:
    // the example's "&port=25&type=a" must show as typed.
    dialog.setLabelText(
        escapeMnemonics(tr("Route entry: __mx__, a host name, an IP address or smtp://host?pref=10&port=25&type=a")));
    dialog.setInputMode(QInputDialog::TextInput);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString text = dialog.textValue();
    if (text.trimmed().isEmpty())
        return;
    const int row = currentRow();
    m_model->insertEntry(row < 0 ? m_model->rowCount() : row + 1, text.trimmed());
}

void RoutePane::updateHeader()
{
    const int scope = m_model->scope();
    const auto snapshot = m_document->snapshot();
    if (scope < 0 || !snapshot) {
        m_title->setText(tr("No scope selected"));
    } else {
        const RoutingScope &s = snapshot->model().scopes().at(scope);
        QString title = s.kind == ScopeKind::Global ? tr("Global scope")
                                                    : LiveText::pathText(scopePath(snapshot->model(), scope));
        if (s.location.ref.file > 0)
            title += u"  \u2014  "_s + QFileInfo(snapshot->model().path(s.location)).fileName();
        m_title->setText(title);
    }
    m_limit->setText(m_model->limitText());
    m_limit->setVisible(!m_limit->text().isEmpty());
    m_status->setText(m_model->statusText());
    m_status->setVisible(!m_status->text().isEmpty());
}

void RoutePane::updateActions()
{
    const bool editable = m_model->isEditable();
    const int row = currentRow();
    const bool scopeEditable = m_model->scope() >= 0 && m_document->snapshot() && !m_document->isReparsing()
                               && m_document->canEditScope(m_model->scope());
    m_add->setEnabled(editable || (scopeEditable && m_model->sourceScope() < 0));
    m_remove->setEnabled(editable && row >= 0);
    m_duplicate->setEnabled(editable && row >= 0);
    m_up->setEnabled(editable && row > 0);
    m_down->setEnabled(editable && row >= 0 && row + 1 < m_model->rowCount());
    m_override->setEnabled(m_model->isInherited() && scopeEditable);
    m_view->setDragEnabled(editable);
}

} // namespace rs::ui
