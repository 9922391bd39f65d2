// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/routemodel.h"

#include "config/diagnosticcodes.h"
#include "config/reparse.h"
#include "platform/parallel.h"
#include "routing/provenance.h"
#include "routing/scopewalk.h"

namespace rs {

Location locate(const ConfigSet &config, NodeRef ref, quint32 offset)
{
    return Locator(config)(ref, offset);
}

Location Locator::operator()(NodeRef ref, quint32 offset)
{
    if (ref.file != m_file) {
        m_file = ref.file;
        m_line = 0;
    }
    const LineColumn lc = m_config->tree(ref.file).source().position(offset, m_line);
    return {ref, lc.line, lc.column, offset};
}

QString scopeKindName(ScopeKind kind)
{
    switch (kind) {
    case ScopeKind::Global: return QStringLiteral("global");
    case ScopeKind::Domain: return QStringLiteral("domain");
    case ScopeKind::Host: return QStringLiteral("host");
    case ScopeKind::Binding: return QStringLiteral("binding");
    case ScopeKind::BindingGroup: return QStringLiteral("binding_group");
    case ScopeKind::Other: return QStringLiteral("other");
    }
    return {};
}

QString RoutingScope::label() const
{
    if (kind == ScopeKind::Global)
        return QStringLiteral("global");
    return keyword + u' ' + name;
}

PlacedEntry RouteModel::entryAt(NodeRef item, int index, Locator &locate) const
{
    const SyntaxTree &t = m_config->tree(item.file);
    PlacedEntry p;
    p.index = index;
    p.quoted = t.node(item.node).kind == NodeKind::String;
    p.entry = parseRouteEntry(t.scalar(item.node));
    p.location = locate(item, t.node(item.node).span.begin);
    return p;
}

QList<PlacedEntry> RouteModel::routes(int scope) const
{
    Locator locate(*m_config);
    return routes(scope, locate);
}

QList<PlacedEntry> RouteModel::routes(int scope, Locator &locate) const
{
    QList<PlacedEntry> out;
    const auto &option = m_scopes.at(scope).routesOption;
    if (!option)
        return out;
    const SyntaxTree &t = m_config->tree(option->file);
    int index = 0;
    const NodeId value = t.value(option->node);
    qsizetype count = 0;
    t.forEachItem(value, [&count](NodeId) { ++count; });
    out.reserve(count);  // one allocation per list; PlacedEntry is large to move
    t.forEachItem(value, [&](NodeId item) {
        const NodeKind k = t.node(item).kind;
        if (k == NodeKind::Word || k == NodeKind::String)
            out.append(entryAt({option->file, item}, index++, locate));
    });
    return out;
}

std::optional<PlacedEntry> RouteModel::gateway(int scope) const
{
    Locator locate(*m_config);
    return gateway(scope, locate);
}

std::optional<PlacedEntry> RouteModel::gateway(int scope, Locator &locate) const
{
    const auto &option = m_scopes.at(scope).gatewayOption;
    if (!option)
        return std::nullopt;
    const SyntaxTree &t = m_config->tree(option->file);
    const NodeId v = t.value(option->node);
    if (v == kNoNode || (t.node(v).kind != NodeKind::Word && t.node(v).kind != NodeKind::String))
        return std::nullopt;
    return entryAt({option->file, v}, 0, locate);
}

Location RouteModel::locationOf(NodeRef ref) const
{
    return locate(*m_config, ref, m_config->tree(ref.file).node(ref.node).span.begin);
}

RouteModel RouteModel::build(const ConfigSet &config)
{
    RouteModel m;
    m.m_config = &config;
    // Threads take runs of the main file's nodes; ~5 nodes per Domain scope.
    std::vector<ScopeBatch> batches = splitAcrossCores<ScopeBatch>(
        qsizetype(config.mainTree().nodes().size()), 10000,
        [&](qsizetype begin, qsizetype end) { return walkTopLevel(config, NodeId(begin), NodeId(end)); });
    RoutingScope global;
    global.kind = ScopeKind::Global;
    {
        std::vector<NodeRef> options;
        for (const ScopeBatch &b : batches)
            options.insert(options.end(), b.globalOptions.cbegin(), b.globalOptions.cend());
        readGlobalOptions(config, options, global, m.m_diagnostics);
        m.m_globalDiagnostics = m.m_diagnostics.size();
    }

    // Join the batches: the first holds the global scope and has room for the rest,
    // so its list becomes the model's; each other batch is moved in and freed.
    std::vector<int> base;
    for (int next = 0; const ScopeBatch &b : batches) {
        base.push_back(next);
        next += int(b.scopes.size());
    }
    for (size_t k = 0; k < batches.size(); ++k) {
        ScopeBatch &b = batches[k];
        for (RoutingScope &s : b.scopes)
            s.parent = s.parent == kGlobalScope ? 0 : s.parent + base[k];
        if (k == 0) {
            m.m_scopes = std::move(b.scopes);
            m.m_scopes[0] = std::move(global);
        } else {
            std::move(b.scopes.begin(), b.scopes.end(), std::back_inserter(m.m_scopes));
            b.scopes = {};
        }
    }

    m.m_firstDeclaration.fill(-1, m.m_scopes.size());
    std::vector<std::vector<ScopeNameIndex::Entry>> names;
    for (size_t k = 0; k < batches.size(); ++k) {
        m.m_diagnostics.append(batches[k].diagnostics);
        qsizetype pattern = 0;
        const auto &patterns = batches[k].patterns;
        for (const int local : batches[k].topLevel) {
            const int i = base[k] + local;
            const RoutingScope &s = m.m_scopes.at(i);
            DomainPattern re;
            QString suffix;
            if (pattern < patterns.size() && patterns.at(pattern).scope == local) {
                re = patterns.at(pattern).compiled;
                suffix = patterns.at(pattern++).suffix;
            }
            if (s.kind == ScopeKind::Domain) {
                if (s.isRegex) {
                    m.m_regexDomains.add(i, re, suffix);
                    m.m_regexRoutingOptions |= s.routingOptionsSet();
                }
                m.m_firstDeclaration[i] = i;
            } else if (s.kind == ScopeKind::Host) {
                m.m_hostScopes.append(i);
                m.m_hostRegexes.append(re);
            }
        }
        // Batch indices to model indices.
        for (ScopeNameIndex::Entry &e : batches[k].names)
            e += quint32(base[k]);
        names.push_back(std::move(batches[k].names));
    }
    const auto keyOf = [&m](int scope) { return domainKey(m.m_scopes.at(scope).name); };
    for (const auto &repeat : m.m_domainNames.build(names, keyOf))
        m.m_firstDeclaration[repeat.scope] = repeat.first;
    m.indexContainers();
    return m;
}

void RouteModel::indexContainers()
{
    // Bindings and their stanzas are few next to the top-level Domain scopes: one
    // pass over the scopes after the join is enough. Pools repeat the same patterns
    // in every binding: each is compiled once.
    QHash<QString, DomainPattern> compiled;
    for (int i = 1; i < m_scopes.size(); ++i) {
        const RoutingScope &s = m_scopes.at(i);
        const RoutingScope &parent = m_scopes.at(s.parent);
        const bool direct = s.depth == parent.depth + 1;
        if (s.kind == ScopeKind::BindingGroup && s.isTopLevel()) {
            m_bindingGroups.append(i);
            m_containers.insert(i, {});
            continue;
        }
        if (s.kind == ScopeKind::Binding
            && (s.isTopLevel() || (direct && parent.kind == ScopeKind::BindingGroup && parent.isTopLevel()))) {
            m_bindings.append(i);
            m_containers.insert(i, {});
            continue;
        }
        if (!direct || (s.kind != ScopeKind::Domain && s.kind != ScopeKind::Host))
            continue;
        const auto c = m_containers.find(s.parent);
        if (c == m_containers.end())
            continue;
        DomainPattern re;
        if (s.isRegex) {
            auto hit = compiled.find(s.name);
            if (hit == compiled.end())
                hit = compiled.insert(s.name, DomainPattern::fromScopeName(s.name));
            re = *hit;
        }
        if (s.kind == ScopeKind::Domain) {
            c->domains.append(i);
            if (!c->exact.contains(domainKey(s.name)))
                c->exact.insert(domainKey(s.name), i);
            if (s.isRegex) {
                if (!re.isValid()) {
                    Diagnostic d = makeDiagnostic(DiagnosticKind::DomainBadRegex, {s.name, re.errorString()});
                    d.file = path(s.location);
                    d.line = s.location.line;
                    d.column = s.location.column;
                    d.offset = s.location.offset;
                    m_diagnostics.append(std::move(d));
                }
                c->regexDomains.add(i, std::move(re), requiredSuffix(patternOf(s.name)));
                c->regexRoutingOptions |= s.routingOptionsSet();
            }
        } else {
            c->hosts.append(i);
            c->hostRegexes.append(std::move(re));
        }
    }
}

int RouteModel::findBinding(const QString &name) const
{
    for (const int b : m_bindings) {
        if (m_scopes.at(b).name.compare(name, Qt::CaseInsensitive) == 0)
            return b;
    }
    return -1;
}

int RouteModel::groupOf(int binding) const
{
    if (binding <= 0 || binding >= m_scopes.size())
        return -1;
    const int parent = m_scopes.at(binding).parent;
    return m_scopes.at(parent).kind == ScopeKind::BindingGroup ? parent : -1;
}

int RouteModel::matchDomain(int container, const QString &domain) const
{
    const QString d = foldCase(domain);
    if (container == 0) {
        if (const int exact = isRegexName(d) ? -1 : findDomainScope(d); exact > 0)
            return exact;
        return m_regexDomains.firstMatch(d);
    }
    const auto c = m_containers.constFind(container);
    if (c == m_containers.cend())
        return -1;
    if (!isRegexName(d)) {
        if (const auto e = c->exact.constFind(d); e != c->exact.cend())
            return *e;
    }
    return c->regexDomains.firstMatch(d);
}

int RouteModel::matchDomainRegex(int container, const QString &domain) const
{
    const QString d = foldCase(domain);
    if (container == 0)
        return m_regexDomains.firstMatch(d);
    const auto c = m_containers.constFind(container);
    return c == m_containers.cend() ? -1 : c->regexDomains.firstMatch(d);
}

quint8 RouteModel::regexRoutingOptionsIn(int container) const
{
    if (container == 0)
        return m_regexRoutingOptions;
    const auto c = m_containers.constFind(container);
    return c == m_containers.cend() ? 0 : c->regexRoutingOptions;
}

int RouteModel::containerOf(int stanza) const
{
    if (stanza <= 0 || stanza >= m_scopes.size())
        return -1;
    const RoutingScope &s = m_scopes.at(stanza);
    if (s.isTopLevel())
        return 0;
    const RoutingScope &parent = m_scopes.at(s.parent);
    return s.depth == parent.depth + 1 && m_containers.contains(s.parent) ? s.parent : -1;
}

int RouteModel::findDomainIn(int container, const QString &name) const
{
    if (container == 0)
        return findDomainScope(name);
    const auto c = m_containers.constFind(container);
    return c == m_containers.cend() ? -1 : c->exact.value(domainKey(name), -1);
}

int RouteModel::matchHost(int container, const QString &host, const QStringList &addresses) const
{
    const QList<int> *hosts = &m_hostScopes;
    const QList<DomainPattern> *regexes = &m_hostRegexes;
    if (container != 0) {
        const auto c = m_containers.constFind(container);
        if (c == m_containers.cend())
            return -1;
        hosts = &c->hosts;
        regexes = &c->hostRegexes;
    }
    const QString lower = host.toLower();
    const int picked = pickHostStanza(
        hosts->size(), host, addresses, [&](qsizetype i) -> const QString & { return m_scopes.at(hosts->at(i)).name; },
        [&](qsizetype i) { return regexes->at(i).matches(lower); });
    return picked < 0 ? -1 : hosts->at(picked);
}

QList<int> RouteModel::domainsIn(int container) const
{
    if (container != 0)
        return m_containers.value(container).domains;
    QList<int> out;
    for (int i = 1; i < m_scopes.size(); ++i) {
        if (m_scopes.at(i).kind == ScopeKind::Domain && m_scopes.at(i).isTopLevel())
            out.append(i);
    }
    return out;
}

QList<int> RouteModel::hostsIn(int container) const
{
    return container == 0 ? m_hostScopes : m_containers.value(container).hosts;
}

QList<DomainPattern> RouteModel::hostPatternsIn(int container) const
{
    return container == 0 ? m_hostRegexes : m_containers.value(container).hostRegexes;
}

int RouteModel::findDomainScope(const QString &name) const
{
    return m_domainNames.find(domainKey(name), [this](int scope) { return domainKey(m_scopes.at(scope).name); });
}

} // namespace rs

namespace rs {

namespace {

// A diagnostic whose arguments name a line elsewhere ("first set at line N"): moving
// it by lines would leave that number stale.
bool namesAnotherLine(const Diagnostic &d)
{
    return diagnosticSpec(d.kind).argNames.contains(u"line");
}

bool sameShape(const RoutingScope &a, const RoutingScope &b)
{
    return a.kind == b.kind && a.name == b.name && a.depth == b.depth && a.isRegex == b.isRegex
        && a.keyword == b.keyword;
}

void moveRef(NodeRef &ref, int file, const NodeShift &shift)
{
    if (ref.file == file)
        ref.node = shift.node(ref.node);
}

void moveRef(std::optional<NodeRef> &ref, int file, const NodeShift &shift)
{
    if (ref)
        moveRef(*ref, file, shift);
}

} // namespace

std::optional<RouteModel> RouteModel::updated(const ConfigSet &config, int file, const NodeShift &shift) const
{
    // The file's top level must be the model's: every include on the way to it
    // stands at the top level of its file.
    for (NodeRef at = config.file(file).includedBy; at.isValid(); at = config.file(at.file).includedBy) {
        if (config.tree(at.file).node(at.node).parent != SyntaxTree::root())
            return std::nullopt;
    }
    const QString &path = config.tree(file).path();
    if (shift.lineDelta != 0) {
        for (const Diagnostic &d : m_diagnostics) {
            if (d.file == path && d.offset >= shift.oldSpan.end && namesAnotherLine(d))
                return std::nullopt;
        }
    }
    // The scopes the old statements held: a run of the declaration order.
    qsizetype first = -1, last = -1;
    for (qsizetype i = 1; i < m_scopes.size(); ++i) {
        const NodeRef ref = m_scopes.at(i).location.ref;
        if (ref.file == file && shift.replaced(ref.node)) {
            if (first < 0)
                first = i;
            last = i;
        }
    }
    std::vector<NodeRef> statements;
    const SyntaxTree &tree = config.tree(file);
    for (NodeId c = tree.node(SyntaxTree::root()).firstChild; c != kNoNode; c = tree.node(c).nextSibling) {
        if (c >= shift.firstId && c < shift.newEnd)
            statements.push_back({file, c});
    }
    ScopeBatch batch = walkStatements(config, statements);
    const qsizetype count = first < 0 ? 0 : last - first + 1;
    if (batch.scopes.size() != count)
        return std::nullopt;
    for (qsizetype k = 0; k < count; ++k) {
        const RoutingScope &was = m_scopes.at(first + k);
        const RoutingScope &now = batch.scopes.at(k);
        const int parentWas = was.parent;
        const int parentNow = now.parent == kGlobalScope ? 0 : int(first + now.parent);
        if (!sameShape(was, now) || parentWas != parentNow || was.isRegex)
            return std::nullopt;
    }

    RouteModel m = *this;
    m.m_config = &config;
    for (qsizetype i = 1; i < m.m_scopes.size(); ++i) {
        RoutingScope &s = m.m_scopes[i];
        if (i >= first && i <= last && first >= 0) {
            RoutingScope fresh = std::move(batch.scopes[i - first]);
            fresh.parent = s.parent;
            s = std::move(fresh);
            continue;
        }
        if (s.location.ref.file == file && s.location.offset >= shift.oldSpan.end) {
            s.location.ref.node = shift.node(s.location.ref.node);
            s.location.offset = shift.offset(s.location.offset);
            s.location.line = shift.line(s.location.line);
        }
        moveRef(s.routesOption, file, shift);
        moveRef(s.gatewayOption, file, shift);
        moveRef(s.maxOutboundConnectionsOption, file, shift);
        moveRef(s.remoteSmtpPortOption, file, shift);
        moveRef(s.throttleConnectionsOption, file, shift);
        moveRef(s.throttleMessagesOption, file, shift);
    }

    // The walk's diagnostics of the statements parsed again are replaced; those
    // after them in the file move.
    Diagnostics walk;
    for (qsizetype d = m_globalDiagnostics; d < m_diagnostics.size(); ++d) {
        Diagnostic diag = m_diagnostics.at(d);
        if (diag.file == path) {
            if (diag.offset >= shift.oldSpan.begin && diag.offset < shift.oldSpan.end)
                continue;
            if (diag.offset >= shift.oldSpan.end) {
                diag.offset = shift.offset(diag.offset);
                diag.line = shift.line(diag.line);
            }
        }
        walk.append(diag);
    }
    walk.append(batch.diagnostics);

    // An option of the global scope parsed again (the global Routes, say) decides
    // which of the top level's options apply: build the model anew then.
    if (!batch.globalOptions.empty())
        return std::nullopt;
    RoutingScope &kept = m.m_scopes[0];
    for (NodeRef *ref : {&kept.maxOutboundConnectionsOption, &kept.remoteSmtpPortOption, &kept.throttleConnectionsOption,
                         &kept.throttleMessagesOption}) {
        if (ref->file == file && shift.replaced(ref->node))
            return std::nullopt;
        moveRef(*ref, file, shift);
    }
    for (std::optional<NodeRef> *ref : {&kept.routesOption, &kept.gatewayOption}) {
        if (*ref && (*ref)->file == file && shift.replaced((*ref)->node))
            return std::nullopt;
        moveRef(*ref, file, shift);
    }
    Diagnostics global;
    for (qsizetype d = 0; d < m_globalDiagnostics; ++d) {
        Diagnostic diag = m_diagnostics.at(d);
        if (diag.file == path && diag.offset >= shift.oldSpan.end) {
            diag.offset = shift.offset(diag.offset);
            diag.line = shift.line(diag.line);
        }
        global.append(diag);
    }
    m.m_globalDiagnostics = global.size();
    m.m_diagnostics = global + walk;
    return m;
}

} // namespace rs
