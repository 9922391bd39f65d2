// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/configsnapshot.h"

#include "config/reparse.h"

#include <algorithm>

namespace rs::ui {

namespace {

// FNV-1a over UTF-16 code units: the hash of a key continues from the hash of any
// prefix, so a scope's key hash follows from its parent's.
constexpr quint64 kFnvOffset = 14695981039346656037ULL;
constexpr quint64 kFnvPrime = 1099511628211ULL;

quint64 continueHash(quint64 h, QStringView text)
{
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= kFnvPrime;
    }
    return h;
}

// The hash of parent key + "kind:name/" with the name lower-cased, as scopeKey() writes it.
quint64 segmentHash(quint64 h, const RoutingScope &s)
{
    h = continueHash(h, scopeKindName(s.kind));
    h = continueHash(h, u":");
    bool ascii = true;
    for (const QChar c : s.name)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii) {
        for (const QChar c : s.name) {
            const char16_t u = c.unicode();
            h ^= (u >= 'A' && u <= 'Z') ? u + ('a' - 'A') : u;
            h *= kFnvPrime;
        }
    } else {
        h = continueHash(h, s.name.toLower());  // full case mapping, as toLower() in scopeKey()
    }
    return continueHash(h, u"/");
}

size_t folded(quint64 h)
{
    return size_t(h ^ (h >> 32));
}

} // namespace

void ConfigSnapshot::index()
{
    const QStringList paths = m_config.filePaths();
    for (int i = 0; i < paths.size(); ++i)
        m_fileIndex.insert(paths.at(i), i);
    m_syntaxErrors = m_config.mainTree().hasSyntaxErrors();

    const QList<RoutingScope> &scopes = m_model.scopes();
    m_scopesByFile.resize(m_config.fileCount());
    std::vector<quint64> hashes(size_t(scopes.size()));
    std::vector<ScopeNameIndex::Entry> entries;
    entries.reserve(hashes.size());
    for (int i = 0; i < scopes.size(); ++i) {
        const RoutingScope &s = scopes.at(i);
        if (i > 0 && s.location.ref.file >= 0)
            m_scopesByFile[s.location.ref.file].append(i);
        // Parents come first, so the parent's hash is there to continue from.
        hashes[size_t(i)] = s.parent >= 0 && s.parent < i ? segmentHash(hashes[size_t(s.parent)], s)
                                                          : continueHash(kFnvOffset, scopeKey(i));
        if (i > 0)
            entries.push_back(ScopeNameIndex::entry(folded(hashes[size_t(i)]), i));
    }
    (void)m_scopeKeys.build({std::move(entries)}, [this](int scope) { return scopeKey(scope); });

    // Declaration order is offset order within one file except where an include
    // interleaves; sort to make the binary search in scopeAt() safe.
    for (QList<int> &list : m_scopesByFile) {
        std::vector<quint32> begins;
        begins.reserve(size_t(list.size()));
        for (const int scope : std::as_const(list))
            begins.push_back(scopeSpan(scope).begin);
        if (std::is_sorted(begins.begin(), begins.end()))
            continue;
        std::stable_sort(list.begin(), list.end(), [this](int a, int b) {
            return scopeSpan(a).begin < scopeSpan(b).begin;
        });
    }

    placeDiagnostics();
}

void ConfigSnapshot::placeDiagnostics()
{
    const QList<RoutingScope> &scopes = m_model.scopes();
    m_scopeErrors.fill(0, scopes.size());
    m_scopeWarnings.fill(0, scopes.size());
    m_placed.clear();
    m_placed.reserve(size_t(m_diagnostics.size()));
    for (int d = 0; d < m_diagnostics.size(); ++d) {
        const Diagnostic &diag = m_diagnostics.at(d);
        const int file = fileIndex(diag.file);
        m_placed.push_back({file, diag.offset, d});
        const int scope = file < 0 ? 0 : scopeAt(file, diag.offset);
        if (scope < 0)
            continue;
        if (diag.severity == Severity::Error)
            ++m_scopeErrors[scope];
        else if (diag.severity == Severity::Warning)
            ++m_scopeWarnings[scope];
    }
    std::stable_sort(m_placed.begin(), m_placed.end());
}

Span ConfigSnapshot::scopeSpan(int scope) const
{
    const RoutingScope &s = m_model.scopes().at(scope);
    if (s.kind == ScopeKind::Global || !s.location.ref.isValid())
        return {0, quint32(m_config.mainTree().bytes().size())};
    return m_config.tree(s.location.ref.file).node(s.location.ref.node).span;
}

int ConfigSnapshot::scopeAt(int file, quint32 offset) const
{
    if (file < 0 || file >= m_scopesByFile.size())
        return -1;
    const QList<int> &list = m_scopesByFile.at(file);
    // The last scope starting at or before the offset, then out through its
    // parents until one holds the offset.
    auto it = std::upper_bound(list.begin(), list.end(), offset, [this](quint32 o, int s) {
        return o < scopeSpan(s).begin;
    });
    while (it != list.begin()) {
        --it;
        for (int s = *it; s > 0; s = m_model.scopes().at(s).parent) {
            const Span span = scopeSpan(s);
            if (offset >= span.begin && offset < span.end)
                return s;
        }
        // A sibling ending before the offset: earlier scopes of the same depth end
        // earlier still, so only the top-level chain is left to check.
        break;
    }
    return file == 0 ? 0 : -1;
}

QList<int> ConfigSnapshot::diagnosticsIn(int file, Span span) const
{
    QList<int> out;
    auto it = std::lower_bound(m_placed.begin(), m_placed.end(), Placed{file, span.begin, 0});
    for (; it != m_placed.end() && it->file == file && it->offset < span.end; ++it)
        out.append(it->diagnostic);
    return out;
}

int ConfigSnapshot::findScope(const QString &key) const
{
    if (m_model.scopes().isEmpty())
        return -1;
    if (key == scopeKey(0))
        return 0;
    return m_scopeKeys.find(folded(continueHash(kFnvOffset, key)), key,
                            [this](int scope) { return scopeKey(scope); });
}

QString ConfigSnapshot::scopeKey(int scope) const
{
    QString key;
    for (int s = scope; s >= 0; s = m_model.scopes().at(s).parent) {
        const RoutingScope &rs = m_model.scopes().at(s);
        key.prepend(scopeKindName(rs.kind) + u':' + rs.name.toLower() + u'/');
        if (rs.parent == s)
            break;
    }
    return key;
}

int ConfigSnapshot::routeCount(int scope) const
{
    const RoutingScope &s = m_model.scopes().at(scope);
    if (!s.routesOption)
        return s.gatewayOption ? 1 : 0;
    const SyntaxTree &t = m_config.tree(s.routesOption->file);
    const NodeId value = t.value(s.routesOption->node);
    return value == kNoNode ? 0 : int(t.items(value).size());
}

} // namespace rs::ui

namespace rs::ui {

std::shared_ptr<const ConfigSnapshot> ConfigSnapshot::updated(int file, Span oldRegion, const QByteArray &newBytes) const
{
    if (file < 0 || file >= m_config.fileCount())
        return nullptr;
    auto reparsed = reparseStatements(m_config.tree(file), oldRegion, newBytes);
    if (!reparsed)
        return nullptr;
    const NodeShift shift = reparsed->second;
    std::optional<ConfigSet> config = m_config.withFileReplaced(file, std::move(reparsed->first), shift);
    if (!config)
        return nullptr;
    std::shared_ptr<ConfigSnapshot> s(new ConfigSnapshot);
    s->m_config = std::move(*config);
    std::optional<RouteModel> model = m_model.updated(s->m_config, file, shift);
    if (!model)
        return nullptr;
    s->m_model = std::move(*model);
    const QString &path = s->m_config.tree(file).path();

    // Diagnostics: those of the statements parsed again come from the updated model
    // and the checks of the scopes there; those after them in the file move.
    Diagnostics out;
    out.reserve(m_diagnostics.size());
    for (Diagnostic d : m_diagnostics) {
        if (d.file == path) {
            if (d.offset >= shift.oldSpan.begin && d.offset < shift.oldSpan.end)
                continue;
            if (d.offset >= shift.oldSpan.end) {
                d.offset = shift.offset(d.offset);
                d.line = shift.line(d.line);
            }
        }
        out.append(d);
    }
    for (const Diagnostics *fresh : {&s->m_config.tree(file).syntaxDiagnostics(), &s->m_model.diagnostics()}) {
        for (const Diagnostic &d : *fresh) {
            if (d.file == path && d.offset >= shift.newSpan.begin && d.offset < shift.newSpan.end)
                out.append(d);
        }
    }
    Locator locate(s->m_config);
    const QList<RoutingScope> &scopes = s->m_model.scopes();
    for (int i = 1; i < scopes.size(); ++i) {
        const NodeRef ref = scopes.at(i).location.ref;
        if (ref.file == file && ref.node >= shift.firstId && ref.node < shift.newEnd)
            out.append(validateScope(s->m_model, i, locate));
    }
    sortDiagnostics(out, s->m_config.filePaths());
    s->m_diagnostics = std::move(out);

    // Scopes keep their indices and names: the name index and the per-file lists stay.
    s->m_fileIndex = m_fileIndex;
    s->m_scopeKeys = m_scopeKeys;
    s->m_scopesByFile = m_scopesByFile;
    s->m_syntaxErrors = false;
    s->m_isUpdate = true;
    s->placeDiagnostics();
    return s;
}

QString ConfigSnapshot::differenceFrom(const ConfigSnapshot &other) const
{
    const QList<RoutingScope> &a = m_model.scopes(), &b = other.m_model.scopes();
    if (a.size() != b.size())
        return QStringLiteral("%1 scopes, not %2").arg(a.size()).arg(b.size());
    auto ref = [](const std::optional<NodeRef> &r) { return r ? QStringLiteral("%1:%2").arg(r->file).arg(r->node) : QString(); };
    for (int i = 0; i < a.size(); ++i) {
        const RoutingScope &x = a.at(i), &y = b.at(i);
        const bool same = x.kind == y.kind && x.name == y.name && x.keyword == y.keyword && x.parent == y.parent
            && x.depth == y.depth && x.location.ref == y.location.ref && x.location.line == y.location.line
            && x.location.column == y.location.column && x.location.offset == y.location.offset
            && ref(x.routesOption) == ref(y.routesOption) && ref(x.gatewayOption) == ref(y.gatewayOption)
            && x.maxOutboundConnections == y.maxOutboundConnections && x.remoteSmtpPort == y.remoteSmtpPort
            && x.maxOutboundConnectionsOption == y.maxOutboundConnectionsOption
            && x.remoteSmtpPortOption == y.remoteSmtpPortOption && x.throttleConnections == y.throttleConnections
            && x.throttleMessages == y.throttleMessages && x.throttleConnectionsOption == y.throttleConnectionsOption
            && x.throttleMessagesOption == y.throttleMessagesOption;
        if (!same)
            return QStringLiteral("scope %1 (%2) differs").arg(i).arg(x.name);
    }
    if (m_diagnostics.size() != other.m_diagnostics.size())
        return QStringLiteral("%1 diagnostics, not %2").arg(m_diagnostics.size()).arg(other.m_diagnostics.size());
    for (qsizetype i = 0; i < m_diagnostics.size(); ++i) {
        const Diagnostic &x = m_diagnostics.at(i), &y = other.m_diagnostics.at(i);
        const bool same = x.severity == y.severity && x.kind == y.kind && x.code == y.code && x.args == y.args
            && x.file == y.file && x.line == y.line && x.column == y.column && x.offset == y.offset;
        if (!same)
            return QStringLiteral("diagnostic %1: %2 at %3:%4 / %5 at %6:%7")
                .arg(i)
                .arg(x.code, x.file)
                .arg(x.line)
                .arg(y.code, y.file)
                .arg(y.line);
    }
    for (int f = 0; f < m_config.fileCount(); ++f) {
        if (m_config.tree(f).bytes() != other.m_config.tree(f).bytes())
            return QStringLiteral("file %1 differs").arg(f);
    }
    return {};
}

} // namespace rs::ui
