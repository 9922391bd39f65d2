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

bool isRegexName(const QString &name)
{
    return name.size() >= 2 && name.startsWith(u'/') && name.endsWith(u'/');
}

QRegularExpression compileRegex(const QString &name)
{
    return QRegularExpression(name.mid(1, name.size() - 2),
                              QRegularExpression::DontCaptureOption);
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
        m_scopes.append(global);
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
        QHash<QByteArray, NodeRef> seen;
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
                rs.keyword = t.name(s.node);
                rs.name = t.instance(s.node);
                rs.isRegex = isRegexName(rs.name);
                rs.parent = w.routing;
                rs.depth = w.depth + 1;
                rs.location = locate(m_config, s, n.span.begin);
                m_scopes.append(rs);
                children.push_back({s, int(m_scopes.size()) - 1, w.depth + 1, true});
                return;
            }
            if (n.kind != NodeKind::Option)
                return;
            const QByteArray key = t.text(n.name).toByteArray().toLower();
            if (const auto it = seen.constFind(key); it != seen.constEnd()) {
                const Location first = locate(m_config, *it, m_config.tree(it->file).node(it->node).span.begin);
                diag(Severity::Warning, "option-duplicate",
                     QStringLiteral("option '%1' is set again in the same scope (first set at line %2); "
                                    "this value replaces it")
                         .arg(t.name(s.node))
                         .arg(first.line),
                     s, n.span.begin);
            }
            seen.insert(key, s);
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

    PlacedEntry placeEntry(NodeRef item, int index)
    {
        const SyntaxTree &t = m_config.tree(item.file);
        const Node &n = t.node(item.node);
        PlacedEntry p;
        p.index = index;
        p.quoted = n.kind == NodeKind::String;
        p.entry = parseRouteEntry(t.scalar(item.node));
        p.location = locate(m_config, item, n.span.begin);
        return p;
    }

    void routingOption(RoutingScope &scope, const QByteArray &key, NodeRef s)
    {
        const SyntaxTree &t = m_config.tree(s.file);
        if (key == "routes") {
            scope.routesOption = s;
            scope.routes.clear();
            int index = 0;
            for (const NodeId item : t.items(t.value(s.node))) {
                const NodeKind k = t.node(item).kind;
                if (k != NodeKind::Word && k != NodeKind::String) {
                    diag(Severity::Error, "route-bad-item",
                         QStringLiteral("a route entry must be a string, not a nested list or hash"),
                         {s.file, item}, t.node(item).span.begin);
                    continue;
                }
                scope.routes.append(placeEntry({s.file, item}, index++));
            }
        } else if (key == "gateway") {
            scope.gatewayOption = s;
            scope.gateway.reset();
            const NodeId v = t.value(s.node);
            if (v != kNoNode) {
                const NodeKind k = t.node(v).kind;
                if (k == NodeKind::Word || k == NodeKind::String) {
                    scope.gateway = placeEntry({s.file, v}, 0);
                } else {
                    diag(Severity::Error, "gateway-bad-value",
                         QStringLiteral("Gateway takes one host, not a list or hash"), s, t.node(v).span.begin);
                }
            }
        } else if (key == "max_outbound_connections") {
            if (auto n = integerValue(s, QStringLiteral("Max_Outbound_Connections"), -1, 1000000))
                scope.maxOutboundConnections = int(*n);
        } else if (key == "remote_smtp_port") {
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

RouteModel RouteModel::build(const ConfigSet &config)
{
    RouteModel m;
    Builder(config, m.m_scopes, m.m_diagnostics).run();
    for (int i = 0; i < m.m_scopes.size(); ++i) {
        const RoutingScope &s = m.m_scopes.at(i);
        if (!s.isTopLevel())
            continue;
        if (s.kind == ScopeKind::Domain) {
            if (s.isRegex) {
                QRegularExpression re = compileRegex(s.name);
                if (!re.isValid()) {
                    m.m_diagnostics.append({Severity::Error, QStringLiteral("domain-bad-regex"),
                                            QStringLiteral("regular expression %1 does not compile: %2")
                                                .arg(s.name, re.errorString()),
                                            s.location.file, s.location.line, s.location.column,
                                            s.location.offset});
                }
                m.m_regexDomains.append(i);
                m.m_domainRegexes.append(re);
            } else {
                if (!m.m_exactDomains.contains(s.name.toLower()))
                    m.m_exactDomains.insert(s.name.toLower(), i);
            }
        } else if (s.kind == ScopeKind::Host) {
            m.m_hostScopes.append(i);
            m.m_hostRegexes.append(s.isRegex ? compileRegex(s.name) : QRegularExpression());
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
        const QRegularExpression &re = m_domainRegexes.at(i);
        if (re.isValid() && re.match(d).hasMatch())
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
            const QRegularExpression &re = m_hostRegexes.at(i);
            match = re.isValid() && re.match(host.toLower()).hasMatch();
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
    if (isRegexName(name)) {
        for (const int i : m_regexDomains) {
            if (m_scopes.at(i).name == name)
                return i;
        }
        return -1;
    }
    return m_exactDomains.value(name.toLower(), -1);
}

} // namespace rs
