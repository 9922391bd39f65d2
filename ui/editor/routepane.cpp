#include "editor/routepane.h"

#include "live/livetext.h"

#include "document/configsnapshot.h"
#include "document/document.h"
#include "icons.h"
#include "editor/routedelegate.h"
#include "editor/routetablemodel.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

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
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(RouteTableModel::HostColumn, 230);
    m_view->setColumnWidth(RouteTableModel::PrefColumn, 90);
    m_view->setColumnWidth(RouteTableModel::TtlColumn, 80);
    m_view->setColumnWidth(RouteTableModel::PortColumn, 60);
    m_view->setColumnWidth(RouteTableModel::TypeColumn, 70);

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
    updateActions();
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
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Add Route"),
        tr("Route entry: __mx__, a host name, an IP address or smtp://host?pref=10&port=25&type=a"),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
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
