// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/scopewalk.h"

#include "config/diagnosticcodes.h"
#include "routing/routeentry.h"

#include <algorithm>
#include <cstring>

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
QString keywordText(ScopeKind kind, QByteArrayView written)
{
    struct Spelling {
        ScopeKind kind;
        QByteArrayView bytes;
        QString text;
    };
    static const Spelling usual[] = {
        {ScopeKind::Domain, "Domain", QStringLiteral("Domain")},
        {ScopeKind::Domain, "domain", QStringLiteral("domain")},
        {ScopeKind::Host, "Host", QStringLiteral("Host")},
        {ScopeKind::Host, "host", QStringLiteral("host")},
        {ScopeKind::Binding, "Binding", QStringLiteral("Binding")},
        {ScopeKind::Binding, "binding", QStringLiteral("binding")},
        {ScopeKind::BindingGroup, "Binding_Group", QStringLiteral("Binding_Group")},
        {ScopeKind::BindingGroup, "binding_group", QStringLiteral("binding_group")},
    };
    for (const Spelling &u : usual) {
        if (u.kind == kind && written.size() == u.bytes.size()
            && std::memcmp(written.data(), u.bytes.data(), size_t(written.size())) == 0)
            return u.text;
    }
    return decodeText(written);
}

// QByteArrayView::toLongLong(), with plain decimal digits read here: every limit,
// port and throttle of a file comes through, and Qt's conversion costs some 200
// instructions a call. Anything else (a sign, spaces, 19 digits) goes to Qt.
qint64 toInteger(QByteArrayView text, bool *ok)
{
    if (!text.isEmpty() && text.size() <= 18
        && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        qint64 n = 0;
        for (const char c : text)
            n = n * 10 + (c - '0');
        *ok = true;
        return n;
    }
    return text.toLongLong(ok);
}

struct Work {
    NodeRef scope;
    int routing;  ///< batch index of this routing scope or of its nearest routing ancestor
    int depth;
    bool isRouting;
};

/// Walks scopes and collects their routing options into a batch. Each thread of
/// RouteModel::build has its own Builder (a 100,000-domain file has nothing to share
/// between them); one more reads the global scope's options once the batches are in.
class Builder
{
public:
    Builder(const ConfigSet &config, ScopeBatch &out)
        : m_config(config), m_out(out), m_locate(config)
    {
    }

    /// See walkTopLevel().
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
        m_config.forEachTopLevelStatement(begin, end, [&](NodeRef top) { walkTop(top); });
    }

    /// See walkStatements().
    void visitStatementList(const std::vector<NodeRef> &statements)
    {
        for (const NodeRef top : statements)
            walkTop(top);
    }

    /// See rs::readGlobalOptions().
    void readGlobalOptions(RoutingScope &global, const std::vector<NodeRef> &options)
    {
        global.location = m_locate({0, SyntaxTree::root()}, 0);
        m_seen.clear();
        for (const NodeRef s : options)
            option(s, &global);
    }

private:
    // A top-level statement: a global option, or a scope and every scope inside it.
    void walkTop(NodeRef top)
    {
        const NodeKind kind = m_config.tree(top.file).node(top.node).kind;
        if (kind == NodeKind::Option)
            m_out.globalOptions.push_back(top);
        if (kind != NodeKind::Scope)
            return;
        m_pending.push_back({top, kGlobalScope, 1, false});
        while (!m_pending.empty()) {
            const Work p = m_pending.back();
            m_pending.pop_back();
            const Work w = enter(p.scope, p.routing, p.depth);
            RoutingScope *target = w.isRouting ? &m_out.scopes[w.routing] : nullptr;
            const size_t inner = m_pending.size();
            visitStatements(w.scope, target,
                            [&](NodeRef s) { m_pending.push_back({s, w.routing, w.depth + 1, false}); });
            std::reverse(m_pending.begin() + qsizetype(inner), m_pending.end());
        }
    }

    void diag(DiagnosticKind kind, QStringList args, NodeRef ref, quint32 offset)
    {
        const Location l = m_locate(ref, offset);
        Diagnostic d = makeDiagnostic(kind, std::move(args));
        d.file = m_config.tree(ref.file).path();
        d.line = l.line;
        d.column = l.column;
        d.offset = offset;
        m_out.diagnostics.append(std::move(d));
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
        // Made in place: a RoutingScope is some 200 bytes, and 100,000 of them move.
        const int index = int(m_out.scopes.size());
        RoutingScope &rs = m_out.scopes.emplaceBack();
        rs.kind = kind;
        rs.keyword = keywordText(kind, t.text(n.name));
        rs.name = t.instance(s.node);
        rs.isRegex = isRegexName(rs.name);
        rs.parent = parent;
        rs.depth = depth;
        rs.location = m_locate(s, n.span.begin);
        // Only top-level Domain and Host scopes take part in matching.
        if (depth == 1) {
            m_out.topLevel.push_back(index);
            if (kind == ScopeKind::Domain)
                m_out.names.push_back(ScopeNameIndex::entry(domainKeyHash(rs.name), index));
            if (rs.isRegex && (kind == ScopeKind::Domain || kind == ScopeKind::Host)) {
                DomainPattern re = DomainPattern::fromScopeName(rs.name);
                if (kind == ScopeKind::Domain && !re.isValid()) {
                    diag(DiagnosticKind::DomainBadRegex, {rs.name, re.errorString()}, s, n.span.begin);
                }
                QString suffix = kind == ScopeKind::Domain ? requiredSuffix(patternOf(rs.name)) : QString();
                m_out.patterns.append({index, std::move(re), std::move(suffix)});
            }
        }
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
            diag(DiagnosticKind::OptionDuplicate, {t.name(s.node), QString::number(first.line)}, s, n.span.begin);
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
            ? toInteger(t.scalarBytes(v), &ok) : 0;
        if (!ok || n < min || n > max) {
            diag(DiagnosticKind::OptionNotInteger,
                 {what, QString::number(min), QString::number(max), decodeText(t.text(v))}, option, vn.span.begin);
            return std::nullopt;
        }
        return n;
    }

    // `N` or `N/S` (at most N per S seconds), N >= 0, S >= 1.
    std::optional<Throttle> throttleValue(NodeRef option, const QString &what)
    {
        const SyntaxTree &t = m_config.tree(option.file);
        const NodeId v = t.value(option.node);
        if (v == kNoNode)
            return std::nullopt;
        const Node &vn = t.node(v);
        const QByteArrayView text = (vn.kind == NodeKind::Word || vn.kind == NodeKind::String) ? t.scalarBytes(v)
                                                                                                 : QByteArrayView();
        const qsizetype slash = text.indexOf('/');
        bool okCount = false, okSeconds = true;
        const qint64 count = toInteger(slash < 0 ? text : text.first(slash), &okCount);
        const qint64 seconds = slash < 0 ? 1 : toInteger(text.sliced(slash + 1), &okSeconds);
        if (!okCount || !okSeconds || count < 0 || count > 100000000 || seconds < 1 || seconds > 86400 * 366) {
            diag(DiagnosticKind::OptionNotThrottle, {what, decodeText(t.text(v))}, option, vn.span.begin);
            return std::nullopt;
        }
        return Throttle{int(count), int(seconds)};
    }

    void routingOption(RoutingScope &scope, QByteArrayView key, NodeRef s)
    {
        auto is = [key](const char *name) { return sameName(key, name); };
        if (is("routes")) {
            scope.routesOption = s;
        } else if (is("gateway")) {
            scope.gatewayOption = s;
        } else if (is("max_outbound_connections")) {
            if (auto n = integerValue(s, QStringLiteral("Max_Outbound_Connections"), -1, 1000000)) {
                scope.maxOutboundConnections = int(*n);
                scope.maxOutboundConnectionsOption = s;
            }
        } else if (is("remote_smtp_port")) {
            if (auto n = integerValue(s, QStringLiteral("Remote_SMTP_Port"), 1, kMaxPort)) {
                scope.remoteSmtpPort = int(*n);
                scope.remoteSmtpPortOption = s;
            }
        } else if (is("outbound_throttle_connections")) {
            if (auto t = throttleValue(s, QStringLiteral("Outbound_Throttle_Connections"))) {
                scope.throttleConnections = t;
                scope.throttleConnectionsOption = s;
            }
        } else if (is("outbound_throttle_messages")) {
            if (auto t = throttleValue(s, QStringLiteral("Outbound_Throttle_Messages"))) {
                scope.throttleMessages = t;
                scope.throttleMessagesOption = s;
            }
        }
    }

    const ConfigSet &m_config;
    ScopeBatch &m_out;
    Locator m_locate;  // scopes and options come in file order
    std::vector<std::pair<QByteArrayView, NodeRef>> m_seen;  // reused: one allocation, not one per scope
    std::vector<NodeRef> m_found;
    std::vector<Work> m_pending;  // statements to enter; the last one is next
};

} // namespace

bool isRegexName(const QString &name)
{
    return name.size() >= 2 && name.startsWith(u'/') && name.endsWith(u'/');
}

QString foldCase(const QString &name)
{
    for (const QChar c : name) {
        if (c.unicode() >= 0x80 || (c >= u'A' && c <= u'Z'))
            return name.toLower();
    }
    return name;
}

QString domainKey(const QString &name)
{
    return isRegexName(name) ? name : foldCase(name);
}

size_t domainKeyHash(const QString &name)
{
    if (isRegexName(name))
        return ScopeNameIndex::hashOf(name);
    const auto folded = ScopeNameIndex::foldedHashOf(name);
    return folded.ascii ? folded.hash : ScopeNameIndex::hashOf(foldCase(name));
}

ScopeBatch walkTopLevel(const ConfigSet &config, NodeId begin, NodeId end)
{
    ScopeBatch batch;
    Builder(config, batch).visitTopLevel(begin, end);
    return batch;
}

ScopeBatch walkStatements(const ConfigSet &config, const std::vector<NodeRef> &statements)
{
    ScopeBatch batch;
    Builder(config, batch).visitStatementList(statements);
    return batch;
}

void readGlobalOptions(const ConfigSet &config, const std::vector<NodeRef> &options, RoutingScope &global,
                       Diagnostics &diagnostics)
{
    ScopeBatch batch;
    Builder(config, batch).readGlobalOptions(global, options);
    diagnostics.append(batch.diagnostics);
}

} // namespace rs
