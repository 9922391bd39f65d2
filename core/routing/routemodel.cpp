#include "routing/routemodel.h"

namespace rs {

namespace {

ScopeKind classify(QByteArrayView keyword)
{
    auto is = [keyword](const char *k) { return keyword.compare(k, Qt::CaseInsensitive) == 0; };
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

struct Work {
    NodeRef scope;
    int routing;  ///< index of the routing scope this node is, or its nearest routing ancestor
    int depth;
    bool isRouting;
};

class Builder
{
public:
    Builder(const ConfigSet &config, QList<RoutingScope> &scopes, Diagnostics &diagnostics)
        : m_config(config), m_scopes(scopes), m_diagnostics(diagnostics)
    {
    }

    void run()
    {
        RoutingScope global;
        global.kind = ScopeKind::Global;
        global.location = locate(m_config, {0, SyntaxTree::root()}, 0);
        m_scopes.append(std::move(global));
        // About one routing scope per 100 bytes in real files; avoids regrowth copies.
        m_scopes.reserve(m_config.mainTree().bytes().size() / 100 + 16);
        std::vector<Work> stack{{{0, SyntaxTree::root()}, 0, 0, true}};
        while (!stack.empty()) {
            const Work w = stack.back();
            stack.pop_back();
            visitScope(w, stack);
        }
    }

private:
    void diag(Severity s, const char *code, const QString &message, NodeRef ref, quint32 offset)
    {
        const Location l = locate(m_config, ref, offset);
        m_diagnostics.append({s, QString::fromLatin1(code), message, l.file, l.line, l.column, offset});
    }

    void visitScope(const Work &w, std::vector<Work> &stack)
    {
        std::vector<Work> children;
        // Options seen in this scope, for duplicates. Scopes hold a handful of
        // options, so a linear scan beats hashing.
        std::vector<std::pair<QByteArrayView, NodeRef>> seen;
        m_config.forEachStatement(w.scope, [&](NodeRef s) {
            const SyntaxTree &t = m_config.tree(s.file);
            const Node &n = t.node(s.node);
            if (n.kind == NodeKind::Scope) {
                const ScopeKind kind = classify(t.text(n.name));
                if (kind == ScopeKind::Other) {
                    children.push_back({s, w.routing, w.depth + 1, false});
                    return;
                }
                RoutingScope rs;
                rs.kind = kind;
                rs.keyword = keywordText(t.text(n.name));
                rs.name = t.instance(s.node);
                rs.isRegex = isRegexName(rs.name);
                rs.parent = w.routing;
                rs.depth = w.depth + 1;
                rs.location = locate(m_config, s, n.span.begin);
                m_scopes.append(std::move(rs));
                children.push_back({s, int(m_scopes.size()) - 1, w.depth + 1, true});
                return;
            }
            if (n.kind != NodeKind::Option)
                return;
            const QByteArrayView key = t.text(n.name);
            const auto it = std::find_if(seen.cbegin(), seen.cend(), [key](const auto &e) {
                return e.first.compare(key, Qt::CaseInsensitive) == 0;
            });
            if (it != seen.cend()) {
                const NodeRef firstRef = it->second;
                const Location first = locate(m_config, firstRef, m_config.tree(firstRef.file).node(firstRef.node).span.begin);
                diag(Severity::Warning, "option-duplicate",
                     QStringLiteral("option '%1' is set again in the same scope (first set at line %2); "
                                    "this value replaces it")
                         .arg(t.name(s.node))
                         .arg(first.line),
                     s, n.span.begin);
            }
            seen.emplace_back(key, s);
            if (w.isRouting)
                routingOption(m_scopes[w.routing], key, s);
        });
        for (auto it = children.rbegin(); it != children.rend(); ++it)
            stack.push_back(*it);
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
            ? t.scalar(v).toLongLong(&ok) : 0;
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
        auto is = [key](const char *name) { return key.compare(name, Qt::CaseInsensitive) == 0; };
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
    QList<RoutingScope> &m_scopes;
    Diagnostics &m_diagnostics;
};

} // namespace

Location locate(const ConfigSet &config, NodeRef ref, quint32 offset)
{
    const SyntaxTree &t = config.tree(ref.file);
    const LineColumn lc = t.position(offset);
    return {ref, t.path(), lc.line, lc.column, offset};
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

static PlacedEntry placeEntry(const ConfigSet &config, NodeRef item, int index)
{
    const SyntaxTree &t = config.tree(item.file);
    PlacedEntry p;
    p.index = index;
    p.quoted = t.node(item.node).kind == NodeKind::String;
    p.entry = parseRouteEntry(t.scalar(item.node));
    p.location = locate(config, item, t.node(item.node).span.begin);
    return p;
}

QList<PlacedEntry> RouteModel::routes(int scope) const
{
    QList<PlacedEntry> out;
    const auto &option = m_scopes.at(scope).routesOption;
    if (!option)
        return out;
    const SyntaxTree &t = m_config->tree(option->file);
    int index = 0;
    for (const NodeId item : t.items(t.value(option->node))) {
        const NodeKind k = t.node(item).kind;
        if (k == NodeKind::Word || k == NodeKind::String)
            out.append(placeEntry(*m_config, {option->file, item}, index++));
    }
    return out;
}

std::optional<PlacedEntry> RouteModel::gateway(int scope) const
{
    const auto &option = m_scopes.at(scope).gatewayOption;
    if (!option)
        return std::nullopt;
    const SyntaxTree &t = m_config->tree(option->file);
    const NodeId v = t.value(option->node);
    if (v == kNoNode || (t.node(v).kind != NodeKind::Word && t.node(v).kind != NodeKind::String))
        return std::nullopt;
    return placeEntry(*m_config, {option->file, v}, 0);
}

Location RouteModel::locationOf(NodeRef ref) const
{
    return locate(*m_config, ref, m_config->tree(ref.file).node(ref.node).span.begin);
}

RouteModel RouteModel::build(const ConfigSet &config)
{
    RouteModel m;
    m.m_config = &config;
    Builder(config, m.m_scopes, m.m_diagnostics).run();
    m.m_exactDomains.reserve(m.m_scopes.size());
    m.m_firstDeclaration.fill(-1, m.m_scopes.size());
    for (int i = 0; i < m.m_scopes.size(); ++i) {
        const RoutingScope &s = m.m_scopes.at(i);
        if (!s.isTopLevel())
            continue;
        if (s.kind == ScopeKind::Domain) {
            if (s.isRegex) {
                DomainPattern re = compileRegex(s.name);
                if (!re.isValid()) {
                    m.m_diagnostics.append({Severity::Error, QStringLiteral("domain-bad-regex"),
                                            QStringLiteral("regular expression %1 does not compile: %2")
                                                .arg(s.name, re.errorString()),
                                            s.location.file, s.location.line, s.location.column,
                                            s.location.offset});
                }
                m.m_regexDomains.append(i);
                m.m_domainRegexes.append(re);
            }
            // One hash operation per scope; 0 is the global scope, never a Domain, so a
            // fresh slot means the first declaration of this name.
            int &first = s.isRegex ? m.m_regexDomainsByName[s.name] : m.m_exactDomains[s.name.toLower()];
            if (first == 0)
                first = i;
            m.m_firstDeclaration[i] = first;
        } else if (s.kind == ScopeKind::Host) {
            m.m_hostScopes.append(i);
            m.m_hostRegexes.append(s.isRegex ? compileRegex(s.name) : DomainPattern());
        }
    }
    return m;
}

QList<int> RouteModel::matchingDomainScopes(const QString &domain) const
{
    QList<int> chain;
    const QString d = domain.toLower();
    if (const auto it = m_exactDomains.constFind(d); it != m_exactDomains.constEnd())
        chain.append(*it);
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
    if (isRegexName(name))
        return m_regexDomainsByName.value(name, -1);
    return m_exactDomains.value(name.toLower(), -1);
}

} // namespace rs
