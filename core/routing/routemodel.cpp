#include "routing/routemodel.h"

#include "platform/parallel.h"

namespace rs {

namespace {

ScopeKind classify(QByteArrayView keyword)
{
    auto is = [keyword](const char *k) { return sameName(keyword, k); };
    if (is("domain"))
        return ScopeKind::Domain;
    if (is("host"))
        return ScopeKind::Host;
    if (is("binding"))
        return ScopeKind::Binding;
    if (is("binding_group"))
        return ScopeKind::BindingGroup;
    return ScopeKind::Other;
}

// The usual spellings share one string instead of a copy per scope.
QString keywordText(QByteArrayView written)
{
    static const QString usual[] = {QStringLiteral("Domain"), QStringLiteral("domain"), QStringLiteral("Host"),
                                    QStringLiteral("host"), QStringLiteral("Binding"), QStringLiteral("binding"),
                                    QStringLiteral("Binding_Group"), QStringLiteral("binding_group")};
    for (const QString &u : usual) {
        if (QLatin1StringView(written) == u)
            return u;
    }
    return decodeText(written);
}

bool isRegexName(const QString &name)
{
    return name.size() >= 2 && name.startsWith(u'/') && name.endsWith(u'/');
}

DomainPattern compileRegex(const QString &name)
{
    return DomainPattern(name.mid(1, name.size() - 2));
}

// Domain names compare case-insensitively; nearly all are written in lower-case
// ASCII already, and then the name itself is the key (no copy).
QString foldCase(const QString &name)
{
    for (const QChar c : name) {
        if (c.unicode() >= 0x80 || (c >= u'A' && c <= u'Z'))
            return name.toLower();
    }
    return name;
}

// How a Domain scope's name is indexed: a /pcre/ as written, a domain name
// case-folded. No domain name looks like a /pcre/, so the two never meet.
QString domainKey(const QString &name)
{
    return isRegexName(name) ? name : foldCase(name);
}

// Scope indices inside a ScopeBatch: top-level scopes first, then the nested ones;
// the global scope, which no batch holds, is kGlobal.
constexpr int kGlobal = -1;

/// The routing scopes under a run of top-level statements, found by one thread.
struct ScopeBatch {
    QList<RoutingScope> scopes;  ///< in declaration order; parents are batch indices or kGlobal
    std::vector<int> topLevel;   ///< batch indices of the top-level scopes
    QList<std::pair<int, DomainPattern>> patterns;  ///< compiled /pcre/ names of top-level scopes
    std::vector<ScopeNameIndex::Entry> names;  ///< top-level Domain names (batch indices)
    std::vector<NodeRef> globalOptions;  ///< options of the global scope met on the way
    Diagnostics diagnostics;
};

struct Work {
    NodeRef scope;
    int routing;  ///< batch index of this routing scope or of its nearest routing ancestor
    int depth;
    bool isRouting;
};

/// Walks scopes and collects their routing options. One Builder reads the global
/// scope's own statements; the top-level scopes are split into runs, each walked by
/// its own Builder on its own core (a 100,000-domain file has nothing to share
/// between them), and RouteModel::build joins the batches in the order one walk
/// would have produced.
class Builder
{
public:
    Builder(const ConfigSet &config, ScopeBatch &out)
        : m_config(config), m_out(out), m_locate(config)
    {
    }

    /// The top-level statements with node ids in [begin, end) of the main file (and
    /// what they include): their scopes into the batch in declaration order (each
    /// scope, then the scopes inside it), the global scope's options to
    /// `globalOptions` for readGlobalOptions(). The batch that starts the file keeps
    /// index 0 for the global scope and room for every scope, so that RouteModel
    /// can adopt its list.
    void visitTopLevel(NodeId begin, NodeId end)
    {
        const qsizetype nodes = qsizetype(m_config.mainTree().nodes().size());
        if (begin == 0) {
            // About one routing scope per 100 bytes in real files; only pages that
            // are written take memory.
            m_out.scopes.reserve(m_config.mainTree().bytes().size() / 100 + 16);
            m_out.scopes.append(RoutingScope());
        } else {
            m_out.scopes.reserve((end - begin) * qsizetype(m_config.mainTree().bytes().size() / 100 + 16) / nodes);
        }
        // Each top-level scope is walked as soon as it is found, while its nodes
        // are in cache.
        std::vector<Work> pending;  // statements to enter; the last one is next
        m_config.forEachTopLevelStatement(begin, end, [&](NodeRef top) {
            const NodeKind kind = m_config.tree(top.file).node(top.node).kind;
            if (kind == NodeKind::Option)
                m_out.globalOptions.push_back(top);
            if (kind != NodeKind::Scope)
                return;
            pending.push_back({top, kGlobal, 1, false});
            while (!pending.empty()) {
                const Work p = pending.back();
                pending.pop_back();
                const Work w = enter(p.scope, p.routing, p.depth);
                RoutingScope *target = w.isRouting ? &m_out.scopes[w.routing] : nullptr;
                const size_t inner = pending.size();
                visitStatements(w.scope, target,
                                [&](NodeRef s) { pending.push_back({s, w.routing, w.depth + 1, false}); });
                std::reverse(pending.begin() + qsizetype(inner), pending.end());
            }
        });
    }

    /// The global scope's options, in file order, read into `global`.
    void readGlobalOptions(RoutingScope &global, const std::vector<NodeRef> &options)
    {
        global.location = m_locate({0, SyntaxTree::root()}, 0);
        m_seen.clear();
        for (const NodeRef s : options)
            option(s, &global);
    }

private:
    void diag(Severity s, const char *code, const QString &message, NodeRef ref, quint32 offset)
    {
        const Location l = m_locate(ref, offset);
        m_out.diagnostics.append({s, QString::fromLatin1(code), message, m_config.tree(ref.file).path(), l.line,
                                  l.column, offset});
    }

    // A scope statement: a new routing scope, or a scope whose inside is still
    // searched for routing scopes (listener, module, ...).
    Work enter(NodeRef s, int parent, int depth)
    {
        const SyntaxTree &t = m_config.tree(s.file);
        const Node &n = t.node(s.node);
        const ScopeKind kind = classify(t.text(n.name));
        if (kind == ScopeKind::Other)
            return {s, parent, depth, false};
        RoutingScope rs;
        rs.kind = kind;
        rs.keyword = keywordText(t.text(n.name));
        rs.name = t.instance(s.node);
        rs.isRegex = isRegexName(rs.name);
        rs.parent = parent;
        rs.depth = depth;
        rs.location = m_locate(s, n.span.begin);
        const int index = int(m_out.scopes.size());
        if (depth == 1) {
            m_out.topLevel.push_back(index);
            if (kind == ScopeKind::Domain)
                m_out.names.push_back(ScopeNameIndex::entry(ScopeNameIndex::hashOf(domainKey(rs.name)), index));
        }
        if (rs.isRegex && depth == 1 && (kind == ScopeKind::Domain || kind == ScopeKind::Host)) {
            DomainPattern re = compileRegex(rs.name);
            if (kind == ScopeKind::Domain && !re.isValid()) {
                diag(Severity::Error, "domain-bad-regex",
                     QStringLiteral("regular expression %1 does not compile: %2").arg(rs.name, re.errorString()), s,
                     n.span.begin);
            }
            m_out.patterns.append({index, std::move(re)});
        }
        m_out.scopes.append(std::move(rs));
        return {s, index, depth, true};
    }

    // The statements of one scope: options are checked for repeats and, when
    // `target` is the routing scope they belong to, read into it; scope statements
    // go to `onScope`, which may add scopes to the batch.
    template<typename OnScope>
    void visitStatements(NodeRef scope, RoutingScope *target, const OnScope &onScope)
    {
        // Scopes found here are appended after the options are read: `target` may
        // point into m_out.scopes, which appending can move.
        m_found.clear();
        // Options seen in this scope, for duplicates. Scopes hold a handful of
        // options, so a linear scan beats hashing.
        m_seen.clear();
        m_config.forEachStatement(scope, [&](NodeRef s) {
            const SyntaxTree &t = m_config.tree(s.file);
            const Node &n = t.node(s.node);
            if (n.kind == NodeKind::Scope) {
                m_found.push_back(s);
                return;
            }
            if (n.kind != NodeKind::Option)
                return;
            option(s, target);
        });
        for (const NodeRef s : m_found)
            onScope(s);
    }

    // An option: a repeat of one already seen in this scope is reported; in a
    // routing scope (`target`) its value is read.
    void option(NodeRef s, RoutingScope *target)
    {
        const SyntaxTree &t = m_config.tree(s.file);
        const Node &n = t.node(s.node);
        const QByteArrayView key = t.text(n.name);
        const auto it = std::find_if(m_seen.cbegin(), m_seen.cend(), [key](const auto &e) {
            return sameName(e.first, key);
        });
        if (it != m_seen.cend()) {
            const NodeRef firstRef = it->second;
            const Location first = locate(m_config, firstRef, m_config.tree(firstRef.file).node(firstRef.node).span.begin);
            diag(Severity::Warning, "option-duplicate",
                 QStringLiteral("option '%1' is set again in the same scope (first set at line %2); "
                                "this value replaces it")
                     .arg(t.name(s.node))
                     .arg(first.line),
                 s, n.span.begin);
        }
        m_seen.emplace_back(key, s);
        if (target)
            routingOption(*target, key, s);
    }

    std::optional<qint64> integerValue(NodeRef option, const QString &what, qint64 min, qint64 max)
    {
        const SyntaxTree &t = m_config.tree(option.file);
        const NodeId v = t.value(option.node);
        if (v == kNoNode)
            return std::nullopt;  // the parser reported the missing value
        const Node &vn = t.node(v);
        bool ok = false;
        const qint64 n = (vn.kind == NodeKind::Word || vn.kind == NodeKind::String)
            ? t.scalarBytes(v).toLongLong(&ok) : 0;
        if (!ok || n < min || n > max) {
            diag(Severity::Error, "option-bad-value",
                 QStringLiteral("%1 must be a whole number from %2 to %3, not %4")
                     .arg(what).arg(min).arg(max).arg(decodeText(t.text(v))),
                 option, vn.span.begin);
            return std::nullopt;
        }
        return n;
    }

    void routingOption(RoutingScope &scope, QByteArrayView key, NodeRef s)
    {
        auto is = [key](const char *name) { return sameName(key, name); };
        if (is("routes")) {
            scope.routesOption = s;
        } else if (is("gateway")) {
            scope.gatewayOption = s;
        } else if (is("max_outbound_connections")) {
            if (auto n = integerValue(s, QStringLiteral("Max_Outbound_Connections"), -1, 1000000))
                scope.maxOutboundConnections = int(*n);
        } else if (is("remote_smtp_port")) {
            if (auto n = integerValue(s, QStringLiteral("Remote_SMTP_Port"), 1, 65535))
                scope.remoteSmtpPort = int(*n);
        }
    }

    const ConfigSet &m_config;
    ScopeBatch &m_out;
    Locator m_locate;  // scopes and options come in file order
    std::vector<std::pair<QByteArrayView, NodeRef>> m_seen;  // reused: one allocation, not one per scope
    std::vector<NodeRef> m_found;
};

} // namespace

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

static PlacedEntry placeEntry(const ConfigSet &config, Locator &locate, NodeRef item, int index)
{
    const SyntaxTree &t = config.tree(item.file);
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
            out.append(placeEntry(*m_config, locate, {option->file, item}, index++));
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
    return placeEntry(*m_config, locate, {option->file, v}, 0);
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
        qsizetype(config.mainTree().nodes().size()), 10000, [&](qsizetype begin, qsizetype end) {
            ScopeBatch batch;
            Builder(config, batch).visitTopLevel(NodeId(begin), NodeId(end));
            return batch;
        });
    RoutingScope global;
    global.kind = ScopeKind::Global;
    {
        std::vector<NodeRef> options;
        for (const ScopeBatch &b : batches)
            options.insert(options.end(), b.globalOptions.cbegin(), b.globalOptions.cend());
        ScopeBatch globalBatch;
        Builder(config, globalBatch).readGlobalOptions(global, options);
        m.m_diagnostics = std::move(globalBatch.diagnostics);
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
            s.parent = s.parent == kGlobal ? 0 : s.parent + base[k];
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
            if (pattern < patterns.size() && patterns.at(pattern).first == local)
                re = patterns.at(pattern++).second;
            if (s.kind == ScopeKind::Domain) {
                if (s.isRegex) {
                    m.m_regexDomains.append(i);
                    m.m_domainRegexes.append(re);
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
    return m;
}

QList<int> RouteModel::matchingDomainScopes(const QString &domain) const
{
    QList<int> chain;
    const QString d = foldCase(domain);
    if (const int exact = isRegexName(d) ? -1 : findDomainScope(d); exact > 0)
        chain.append(exact);
    for (qsizetype i = 0; i < m_regexDomains.size(); ++i) {
        if (m_domainRegexes.at(i).matches(d))
            chain.append(m_regexDomains.at(i));
    }
    chain.append(0);
    return chain;
}

int RouteModel::decidingScope(const QString &domain) const
{
    for (const int i : matchingDomainScopes(domain)) {
        if (m_scopes.at(i).setsRouting())
            return i;
    }
    return -1;
}

QList<int> RouteModel::hostScopesFor(const QString &host, const QStringList &addresses) const
{
    QList<int> out;
    for (qsizetype i = 0; i < m_hostScopes.size(); ++i) {
        const RoutingScope &s = m_scopes.at(m_hostScopes.at(i));
        bool match = false;
        if (s.isRegex) {
            match = m_hostRegexes.at(i).matches(host.toLower());
        } else {
            match = s.name.compare(host, Qt::CaseInsensitive) == 0
                || addresses.contains(s.name, Qt::CaseInsensitive);
        }
        if (match)
            out.append(m_hostScopes.at(i));
    }
    return out;
}

int RouteModel::findDomainScope(const QString &name) const
{
    return m_domainNames.find(domainKey(name), [this](int scope) { return domainKey(m_scopes.at(scope).name); });
}

} // namespace rs
