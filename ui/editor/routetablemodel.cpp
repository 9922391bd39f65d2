// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/routetablemodel.h"

#include "document/configsnapshot.h"
#include "document/document.h"
#include "document/documenttext.h"
#include "editor/diagnostictext.h"
#include "icons.h"
#include "editor/itemroles.h"
#include "live/livetext.h"

#include <QFont>
#include <QPalette>
#include <QMimeData>

#include <algorithm>

namespace rs::ui {

namespace {

const QString kRowsMime = QStringLiteral("application/x-routescope-route-rows");

bool hasParts(const RouteEntry &e)
{
    return (e.kind == EntryKind::HostName || e.kind == EntryKind::IpLiteral)
           && (e.scheme.isEmpty() || e.scheme == u"smtp");
}

QString typeName(LookupType type)
{
    switch (type) {
    case LookupType::Mx:
        return QStringLiteral("mx");
    case LookupType::A:
        return QStringLiteral("a");
    case LookupType::Default:
        break;
    }
    return RouteTableModel::tr("default", "route lookup type");
}

} // namespace

RouteTableModel::RouteTableModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(m_document, &Document::changed, this, &RouteTableModel::onDocumentChanged);
}

RouteTableModel::~RouteTableModel() = default;

void RouteTableModel::setScope(int scope)
{
    m_snapshot = m_document->snapshot();
    m_scope = m_snapshot && scope < m_snapshot->model().scopes().size() ? scope : -1;
    m_scopeKey = m_scope >= 0 ? m_snapshot->scopeKey(m_scope) : QString();
    m_preferredRow = -1;
    reload(true);
}

void RouteTableModel::onDocumentChanged(const DocumentChange &)
{
    m_snapshot = m_document->snapshot();
    const int scope = m_snapshot && !m_scopeKey.isEmpty() ? m_snapshot->findScope(m_scopeKey) : -1;
    const bool sameScope = scope == m_scope;
    m_scope = scope;
    if (m_scope < 0)
        m_scopeKey.clear();
    reload(!sameScope);
}

void RouteTableModel::reload(bool reset)
{
    QList<PlacedEntry> rows;
    m_source = -1;
    m_inherited = false;
    m_gateway = false;
    m_resolution = {};
    if (m_scope >= 0) {
        const RouteModel &model = m_snapshot->model();
        const RoutingScope &s = model.scopes().at(m_scope);
        // What mail that this scope decides sees: the one scope resolver's answer.
        m_resolution = resolve(model, chainForStanza(model, m_scope));
        int source = -1;
        if (s.routesOption) {
            source = m_scope;  // its own list, even where it has no effect (the checks say so)
        } else if (s.gatewayOption) {
            source = m_scope;
            m_gateway = true;
        } else if (s.kind != ScopeKind::Host && s.kind != ScopeKind::Other) {
            source = m_resolution.routeSource.scope;
            m_gateway = m_resolution.route == RouteChoice::Gateway;
            m_inherited = source >= 0 && source != m_scope;
        }
        if (source >= 0) {
            m_source = source;
            if (m_gateway) {
                if (auto g = model.gateway(source))
                    rows.append(*g);
            } else {
                rows = model.routes(source);
            }
        }
    }
    QList<QList<int>> problems;
    for (const PlacedEntry &p : std::as_const(rows)) {
        const quint32 begin = p.location.offset;
        const auto end = quint32(begin + p.entry.text.toUtf8().size() + 2);
        problems.append(m_snapshot->diagnosticsIn(p.location.ref.file, {begin, end}));
    }
    // Same scope and row count (a value edit, undo of one): keep the view's
    // current cell and editor state; anything else starts afresh.
    if (!reset && rows.size() == m_rows.size()) {
        m_rows = rows;
        m_problems = problems;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = rows;
        m_problems = problems;
        endResetModel();
    }
    emit reloaded();
}

bool RouteTableModel::isEditable() const
{
    // Not while an edit is reparsed: the rows would be edited on stale text.
    return m_scope >= 0 && !m_inherited && !m_gateway && !m_document->isReparsing()
        && m_document->canEditScope(m_scope);
}

QString RouteTableModel::scopeTitle() const
{
    if (m_scope < 0)
        return {};
    const RoutingScope &s = m_snapshot->model().scopes().at(m_scope);
    return s.kind == ScopeKind::Global ? tr("the global scope") : s.name;
}

QString RouteTableModel::statusText() const
{
    if (m_scope < 0)
        return tr("Select a scope to see its routes.");
    const RouteModel &model = m_snapshot->model();
    const RoutingScope &s = model.scopes().at(m_scope);
    if (s.kind == ScopeKind::Host)
        return tr("Host scopes set no routes; their Max_Outbound_Connections limits each host.");
    if (m_inherited) {
        const RoutingScope &src = model.scopes().at(m_source);
        const QString from = src.kind == ScopeKind::Global ? tr("the global scope") : src.label();
        return tr("No routes here: mail for this domain follows the routes of %1 (shown read-only). "
                  "Use \"Override here\" to give it its own list.").arg(from);
    }
    if (m_source < 0) {
        if (s.kind == ScopeKind::Domain || s.kind == ScopeKind::Global)
            return tr("No routes anywhere: mail goes to each recipient domain's own MX hosts (__mx__).");
        return tr("This scope sets no routes.");
    }
    QString text;
    if (m_gateway)
        text = tr("Gateway: every message goes to this host, like a one-entry route list. "
                  "Gateway is shown, not edited; add routes to override it.");
    else if (s.gatewayOption)
        text = tr("This scope sets both Routes and Gateway; RouteScope assumes Routes wins.");
    if ((s.kind == ScopeKind::Binding || s.kind == ScopeKind::BindingGroup) && s.routesOption && !m_inherited)
        text += tr("Routes written directly in a Binding or Binding_Group has no effect: Momentum takes routes "
                   "only from Domain stanzas and the global scope.");
    const auto block = m_document->whyNotEditable(m_scope);
    const QString why = block ? DocumentText::blockText(*block) : QString();
    if (!why.isEmpty() && !m_gateway && !text.contains(why))
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + why + u'.';
    return text;
}

QStringList RouteTableModel::entryTexts() const
{
    QStringList out;
    out.reserve(m_rows.size());
    for (const PlacedEntry &p : m_rows)
        out.append(p.entry.text);
    return out;
}

int RouteTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RouteTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RouteTableModel::isRowEditable(int row) const
{
    return isEditable() && row >= 0 && row < m_rows.size();
}

QString RouteTableModel::portSourceText() const
{
    if (m_resolution.port.isDefault())
        return tr("the default SMTP port");
    return LiveText::sourceText(OptionSource::of(m_snapshot->model(), m_resolution.port.scope, m_resolution.port.level,
                                                 RoutingOption::RemoteSmtpPort));
}

QString RouteTableModel::limitText() const
{
    if (m_scope < 0)
        return {};
    const RoutingScope &s = m_snapshot->model().scopes().at(m_scope);
    if (s.kind == ScopeKind::Host || s.kind == ScopeKind::Other)
        return {};
    const QString from = m_resolution.limit.isDefault()
        ? tr("the default")
        : LiveText::sourceText(OptionSource::of(m_snapshot->model(), m_resolution.limit.scope, m_resolution.limit.level,
                                                RoutingOption::MaxOutboundConnections));
    return tr("Up to %n connection(s) at once per domain (%1).", nullptr, m_resolution.limitValue).arg(from);
}

QVariant RouteTableModel::displayData(const PlacedEntry &placed, int column) const
{
    const RouteEntry &e = placed.entry;
    const bool parts = hasParts(e);
    switch (column) {
    case HostColumn:
        if (e.kind == EntryKind::Mx)
            return tr("MX of the recipient domain");
        if (e.kind == EntryKind::OtherScheme)
            return QString(e.scheme + u"://" + e.host);
        if (e.kind == EntryKind::Invalid)
            return tr("(invalid)");
        return e.host;
    case PrefColumn:
        if (e.pref)
            return *e.pref;
        if (e.kind == EntryKind::Mx)
            return tr("DNS");
        return parts ? QVariant(tr("%1 (position)").arg(placed.index)) : QVariant();
    case TtlColumn:
        if (e.ttl)
            return *e.ttl;
        return e.kind == EntryKind::Mx || parts ? tr("DNS") : QString();
    case PortColumn: {
        if (e.port)
            return *e.port;
        if (!parts && e.kind != EntryKind::Mx)
            return {};
        return m_resolution.portValue;
    }
    case TypeColumn:
        if (e.kind == EntryKind::IpLiteral)
            return tr("address");
        return parts ? typeName(e.type) : QString();
    case EntryColumn:
        return e.text;
    default:
        return {};
    }
}

QVariant RouteTableModel::editData(const PlacedEntry &placed, int column) const
{
    const RouteEntry &e = placed.entry;
    switch (column) {
    case HostColumn:
        return e.host;
    case PrefColumn:
        return e.pref ? *e.pref : -1;
    case TtlColumn:
        return e.ttl ? int(*e.ttl) : -1;
    case PortColumn:
        return e.port ? *e.port : 0;
    case TypeColumn:
        return int(e.type);
    case EntryColumn:
        return e.text;
    default:
        return {};
    }
}

int RouteTableModel::worstSeverity(int row) const
{
    int worst = -1;
    for (const int d : m_problems.at(row))
        worst = std::max(worst, int(m_snapshot->diagnostics().at(d).severity));
    for (const EntryProblem &p : m_rows.at(row).entry.problems)
        worst = std::max(worst, int(p.severity));
    return worst;
}

QString RouteTableModel::problemsText(int row) const
{
    QStringList lines;
    for (const int d : m_problems.at(row))
        lines << DiagnosticText::line(m_snapshot->diagnostics().at(d));
    if (lines.isEmpty()) {
        for (const EntryProblem &p : m_rows.at(row).entry.problems)
            lines << DiagnosticText::line(p.diagnostic());
    }
    return lines.join(u'\n');
}

QVariant RouteTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PlacedEntry &placed = m_rows.at(index.row());
    const RouteEntry &e = placed.entry;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(placed, column);
    case Qt::EditRole:
        return editData(placed, column);
    case Qt::DecorationRole: {
        if (column != HostColumn)
            return {};
        const int worst = worstSeverity(index.row());
        if (worst == int(Severity::Error))
            return icon(QStringLiteral("error"));
        if (worst == int(Severity::Warning))
            return icon(QStringLiteral("warning"));
        if (worst == int(Severity::Note))
            return icon(QStringLiteral("note"));
        return {};
    }
    case Qt::ToolTipRole: {
        QString tip = problemsText(index.row());
        if (column == PrefColumn && !e.pref && hasParts(e))
            tip.prepend(tr("No pref=: the preference is the entry's position in the list (%1).")
                            .arg(placed.index) + (tip.isEmpty() ? QString() : QStringLiteral("\n")));
        if (column == PortColumn && !e.port) {
            tip.prepend(tr("Port %1 from %2.").arg(m_resolution.portValue).arg(portSourceText())
                        + (tip.isEmpty() ? QString() : QStringLiteral("\n")));
        }
        if (m_inherited)
            tip.prepend(tr("Inherited; use \"Override here\" to edit.") + (tip.isEmpty() ? QString() : QStringLiteral("\n")));
        return tip.isEmpty() ? QVariant() : tip;
    }
    case Qt::FontRole: {
        const bool implied = (column == PrefColumn && !e.pref) || (column == TtlColumn && !e.ttl)
                             || (column == PortColumn && !e.port) || (column == HostColumn && e.kind == EntryKind::Mx);
        if (!implied && !m_inherited)
            return {};
        QFont f;
        f.setItalic(true);
        return f;
    }
    case Qt::ForegroundRole:
        if (m_inherited)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (column == PrefColumn || column == TtlColumn || column == PortColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case EntryTextRole:
        return e.text;
    case InheritedRole:
        return m_inherited;
    case SeverityRole:
        return worstSeverity(index.row());
    case ProblemCountRole:
        return int(m_problems.at(index.row()).size());
    default:
        return {};
    }
}

Qt::ItemFlags RouteTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return isEditable() ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (!isRowEditable(index.row()))
        return f;
    f |= Qt::ItemIsDragEnabled;
    const RouteEntry &e = m_rows.at(index.row()).entry;
    const bool parts = hasParts(e);
    switch (index.column()) {
    case EntryColumn:
        return f | Qt::ItemIsEditable;
    case TypeColumn:
        return e.kind == EntryKind::HostName && parts ? f | Qt::ItemIsEditable : f;
    default:
        return parts ? f | Qt::ItemIsEditable : f;
    }
}

bool RouteTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const RouteEntry &e = m_rows.at(index.row()).entry;
    QString host = e.host;
    std::optional<int> pref = e.pref;
    std::optional<qint64> ttl = e.ttl;
    std::optional<int> port = e.port;
    LookupType type = e.type;
    QString text;
    // Values are taken as given: the editor API (RouteEditor) validates the entry
    // they make and refuses it with the entry's own diagnostic, worded by DocumentText.
    switch (index.column()) {
    case EntryColumn:
        text = value.toString().trimmed();
        break;
    case HostColumn:
        host = value.toString().trimmed();
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
        break;
    case PrefColumn: {
        const int v = value.toInt();
        pref = v < 0 ? std::nullopt : std::optional<int>(v);
        break;
    }
    case TtlColumn: {
        const qint64 v = value.toLongLong();
        ttl = v < 0 ? std::nullopt : std::optional<qint64>(v);
        break;
    }
    case PortColumn: {
        const int v = value.toInt();
        port = v <= 0 ? std::nullopt : std::optional<int>(v);
        break;
    }
    case TypeColumn:
        type = LookupType(std::clamp(value.toInt(), 0, 2));
        break;
    default:
        return false;
    }
    if (index.column() != EntryColumn) {
        const auto composed = composeRouteEntry(host, pref, ttl, port, type);
        if (!composed) {
            emit editFailed(DiagnosticText::text(composed.error().diagnostic()));
            return false;
        }
        text = *composed;
    }
    if (text == e.text)
        return true;
    QStringList entries = entryTexts();
    entries[index.row()] = text;
    return commit(entries, tr("Set routes of %1").arg(scopeTitle()), index.row());
}

bool RouteTableModel::commit(const QStringList &entries, const QString &text, int preferredRow)
{
    // `entries` were derived from the rows shown; if the document moved on since
    // (an edit still reparsing, say an undo from an open editor), they are stale.
    if (m_document->isReparsing() || m_snapshot != m_document->snapshot()) {
        emit editFailed(tr("The file is still being updated; make the edit again in a moment."));
        return false;
    }
    m_preferredRow = preferredRow;
    const EditOutcome done = entries.isEmpty() ? m_document->clearRoutes(m_scope, text)
                                               : m_document->setRoutes(m_scope, entries, text);
    if (!done)
        emit editFailed(DocumentText::blockText(done.error()));
    return done.ok();
}

bool RouteTableModel::insertEntry(int row, const QString &text)
{
    // A scope without any routes to show may get its first entry here.
    if (!isEditable() && !(m_scope >= 0 && m_source < 0 && m_document->canEditScope(m_scope)))
        return false;
    QStringList entries = isEditable() ? entryTexts() : QStringList();
    row = std::clamp(row, 0, int(entries.size()));
    entries.insert(row, text);
    return commit(entries, tr("Add route"), row);
}

bool RouteTableModel::removeEntries(QList<int> rows)
{
    if (!isEditable() || rows.isEmpty())
        return false;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    QStringList entries = entryTexts();
    for (const int r : std::as_const(rows)) {
        if (r >= 0 && r < entries.size())
            entries.removeAt(r);
    }
    return commit(entries, tr("Remove %n route(s)", nullptr, int(rows.size())),
                  std::min(rows.last(), int(entries.size()) - 1));
}

bool RouteTableModel::duplicateEntry(int row)
{
    if (!isRowEditable(row))
        return false;
    QStringList entries = entryTexts();
    entries.insert(row + 1, entries.at(row));
    return commit(entries, tr("Duplicate route"), row + 1);
}

bool RouteTableModel::moveEntry(int row, int delta)
{
    const int to = row + delta;
    if (!isRowEditable(row) || to < 0 || to >= m_rows.size())
        return false;
    QStringList entries = entryTexts();
    entries.move(row, to);
    return commit(entries, delta < 0 ? tr("Move route up") : tr("Move route down"), to);
}

bool RouteTableModel::moveEntries(QList<int> rows, int destination)
{
    if (!isEditable() || rows.isEmpty())
        return false;
    std::sort(rows.begin(), rows.end());
    const QStringList old = entryTexts();
    QStringList moved, rest;
    int insertAt = destination;
    for (int i = 0; i < old.size(); ++i) {
        if (rows.contains(i)) {
            moved.append(old.at(i));
            if (i < destination)
                --insertAt;
        } else {
            rest.append(old.at(i));
        }
    }
    insertAt = std::clamp(insertAt, 0, int(rest.size()));
    QStringList entries = rest;
    for (int i = 0; i < moved.size(); ++i)
        entries.insert(insertAt + i, moved.at(i));
    if (entries == old)
        return false;
    return commit(entries, tr("Move route"), insertAt);
}

bool RouteTableModel::overrideHere()
{
    if (!m_inherited || !m_document->canEditScope(m_scope))
        return false;
    const QStringList entries = entryTexts();
    return commit(entries.isEmpty() ? QStringList{QStringLiteral("__mx__")} : entries,
                  tr("Override routes in %1").arg(scopeTitle()), 0);
}

bool RouteTableModel::clearRoutes()
{
    if (!isEditable())
        return false;
    return commit({}, tr("Clear routes of %1").arg(scopeTitle()), -1);
}

QVariant RouteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case HostColumn:
            return tr("Host");
        case PrefColumn:
            return tr("Pref");
        case TtlColumn:
            return tr("TTL");
        case PortColumn:
            return tr("Port");
        case TypeColumn:
            return tr("Type");
        case EntryColumn:
            return tr("Entry");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PrefColumn:
            return tr("Preference: lower is tried first; equal values share the load");
        case TtlColumn:
            return tr("Seconds the resolved addresses are kept; DNS when not set");
        case TypeColumn:
            return tr("default and mx: MX lookup falling back to A/AAAA; a: A/AAAA only");
        default:
            return {};
        }
    }
    return {};
}

Qt::DropActions RouteTableModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions RouteTableModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList RouteTableModel::mimeTypes() const
{
    return {kRowsMime, QStringLiteral("text/plain")};
}

QMimeData *RouteTableModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &i : indexes) {
        if (!rows.contains(i.row()))
            rows.append(i.row());
    }
    std::sort(rows.begin(), rows.end());
    QByteArray encoded;
    QStringList texts;
    for (const int r : std::as_const(rows)) {
        encoded += QByteArray::number(r) + ' ';
        texts.append(m_rows.at(r).entry.text);
    }
    auto *data = new QMimeData;
    data->setData(kRowsMime, encoded.trimmed());
    data->setText(texts.join(u' '));
    return data;
}

bool RouteTableModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent)
{
    Q_UNUSED(column)
    if (action != Qt::MoveAction || !data->hasFormat(kRowsMime))
        return false;
    QList<int> rows;
    const QList<QByteArray> parts = data->data(kRowsMime).split(' ');
    for (const QByteArray &p : parts)
        rows.append(p.toInt());
    const int destination = row >= 0 ? row : parent.isValid() ? parent.row() : rowCount();
    moveEntries(rows, destination);
    // The move is done, as one undoable edit. Reporting the drop as not taken keeps
    // the view from removing the source rows itself, which would be a second edit.
    return false;
}

} // namespace rs::ui
