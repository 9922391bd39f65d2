// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/configset.h"
#include "routing/routeentry.h"

#include "routing/domainpattern.h"
#include "routing/regexindex.h"
#include "routing/scopenameindex.h"

#include <QHash>

#include <optional>

namespace rs {

enum class ScopeKind : quint8 { Global, Domain, Host, Binding, BindingGroup, Other };

/// Where something was written: the node (whose file index names the file, see
/// RouteModel::path()), 1-based line and column, byte offset. It holds no copy of the
/// path: entries are placed on several threads at once, and copies of one shared
/// string make every core wait on its reference count.
struct Location {
    NodeRef ref;
    int line = 0;
    int column = 0;
    quint32 offset = 0;
};

/// An outbound throttle: at most `count` per `seconds` (`N` or `N/S` in the file).
struct Throttle {
    int count = 0;
    int seconds = 1;
    double perSecond() const { return seconds > 0 ? double(count) / seconds : 0; }
    friend bool operator==(const Throttle &, const Throttle &) = default;
};

/// A route entry together with the place it came from.
struct PlacedEntry {
    RouteEntry entry;
    Location location;  ///< of the list item (its opening quote when quoted)
    int index = 0;      ///< position in the list, 0-based
    bool quoted = true;
};

/// The routing options a Domain stanza can take from another of its level, as bits.
enum RoutingOptionBits : quint8 {
    SetsRouting = 1,  ///< Routes or Gateway: one choice
    SetsPort = 2,     ///< Remote_SMTP_Port
    SetsLimit = 4,    ///< Max_Outbound_Connections
};

/// One scope that matters for routing (global, Domain, Host, Binding,
/// Binding_Group, at any depth) with the routing options it sets itself.
struct RoutingScope {
    ScopeKind kind = ScopeKind::Other;
    QString keyword;      ///< as written, e.g. "Domain" or "domain"
    QString name;         ///< instance without quotes; empty for global
    bool isRegex = false; ///< name is /pcre/
    int parent = -1;      ///< index of the enclosing routing scope, -1 for global
    int depth = 0;        ///< 0 global, 1 top level, ...
    Location location;    ///< of the scope keyword (global: start of the main file)

    std::optional<NodeRef> routesOption;  ///< the Routes option (last one if repeated)
    std::optional<NodeRef> gatewayOption; ///< the Gateway option (last one if repeated)
    std::optional<int> maxOutboundConnections;
    std::optional<int> remoteSmtpPort;
    NodeRef maxOutboundConnectionsOption;  ///< where the value above is set
    NodeRef remoteSmtpPortOption;
    std::optional<Throttle> throttleConnections;  ///< Outbound_Throttle_Connections
    std::optional<Throttle> throttleMessages;     ///< Outbound_Throttle_Messages
    NodeRef throttleConnectionsOption;
    NodeRef throttleMessagesOption;

    bool isTopLevel() const { return depth == 1; }
    bool setsRouting() const { return routesOption || gatewayOption; }
    /// The per-domain routing options this scope sets, as RoutingOptionBits.
    quint8 routingOptionsSet() const
    {
        return quint8((setsRouting() ? SetsRouting : 0) | (remoteSmtpPort ? SetsPort : 0)
                      | (maxOutboundConnections ? SetsLimit : 0));
    }
    /// "Binding_Group transactional > Binding tx1 > Domain x" style label.
    QString label() const;
};

/// locate() (below) for a walk through a file front to back: it keeps the line of its last
/// answer, so the next one is a short scan instead of a search over every line.
class Locator final
{
public:
    explicit Locator(const ConfigSet &config) : m_config(&config) {}
    Location operator()(NodeRef ref, quint32 offset);

private:
    const ConfigSet *m_config;
    int m_file = -1;
    int m_line = 0;
};

/// The routing view of a ConfigSet: every routing scope, in declaration order,
/// and the rules that pick the scope deciding a recipient domain. It refers to
/// the ConfigSet it was built from, which must outlive it. Route entries are
/// parsed from the tree when asked for, so a 100,000-domain file does not hold
/// every entry twice.
class RouteModel final
{
public:
    static RouteModel build(const ConfigSet &config);
    /// The model of `config`, a copy of this model's set in which file `file` was
    /// reparsed as `shift` says (ConfigSet::withFileReplaced()), made from this model
    /// by walking only the statements parsed again: the editor's path after one edit
    /// of a 100,000-scope file. None when the edit changed which scopes there are
    /// (added, removed, renamed, a /regex/ among them), touched a file below the top
    /// level, or moved lines that diagnostics refer to: then build() the model anew.
    std::optional<RouteModel> updated(const ConfigSet &config, int file, const struct NodeShift &shift) const;

    const ConfigSet &config() const { return *m_config; }
    /// The entries of a scope's Routes option, in order (nested lists and hashes,
    /// which the validator reports, are skipped).
    QList<PlacedEntry> routes(int scope) const;
    /// The same, placing entries with the caller's `locate`: a caller that goes
    /// through the scopes in order saves a search over every line per scope.
    QList<PlacedEntry> routes(int scope, Locator &locate) const;
    /// The Gateway of a scope as a one-entry route, if it is a single value.
    std::optional<PlacedEntry> gateway(int scope) const;
    std::optional<PlacedEntry> gateway(int scope, Locator &locate) const;
    /// One list item (a Word or String node) parsed and placed, `index` its position.
    PlacedEntry entryAt(NodeRef item, int index, Locator &locate) const;
    /// Where an option or scope starts.
    Location locationOf(NodeRef ref) const;
    /// The path of the file a location is in.
    const QString &path(const Location &l) const { return m_config->tree(l.ref.file).path(); }

    const QList<RoutingScope> &scopes() const { return m_scopes; }
    const RoutingScope &global() const { return m_scopes.first(); }
    /// Index of a top-level Domain scope named exactly `name` (case-insensitive), or -1.
    int findDomainScope(const QString &name) const;
    /// For a top-level Domain scope: the first top-level Domain scope of the same name
    /// (itself when it is the first); -1 for other scopes.
    int firstDeclaration(int scope) const { return m_firstDeclaration.value(scope, -1); }
    /// Diagnostics found while building (bad option values, bad regexes).
    const Diagnostics &diagnostics() const { return m_diagnostics; }

    // Bindings and the stanzas inside them (routing-model.md, "Which scope applies").
    /// Every Binding scope that can carry mail (top level, or directly inside a
    /// top-level Binding_Group), in declaration order.
    const QList<int> &bindings() const { return m_bindings; }
    /// Every top-level Binding_Group scope, in declaration order.
    const QList<int> &bindingGroups() const { return m_bindingGroups; }
    /// The first binding named `name` (case-insensitive), or -1.
    int findBinding(const QString &name) const;
    /// The Binding_Group a binding is declared in, or -1 for a top-level binding.
    int groupOf(int binding) const;
    /// The ONE Domain stanza directly inside `container` (0 for the top level, or a
    /// Binding or Binding_Group scope) that applies to `domain`: the one named
    /// exactly so (case-insensitive), else the first /regex/ that matches it; -1.
    int matchDomain(int container, const QString &domain) const;
    /// The first /regex/ Domain stanza directly inside `container` that matches
    /// `domain`, whether or not an exact stanza names it; -1.
    int matchDomainRegex(int container, const QString &domain) const;
    /// The RoutingOptionBits that some /regex/ Domain stanza directly inside
    /// `container` sets: where none of them is missing from an exact stanza, no
    /// regex can hide anything from it, and matching is not needed.
    quint8 regexRoutingOptionsIn(int container) const;
    /// The container a Domain or Host stanza is directly inside: 0 for the top level,
    /// the Binding or Binding_Group scope, or -1 when it takes no part in routing.
    int containerOf(int stanza) const;
    /// The Domain stanza directly inside `container` named exactly `name` (a
    /// /regex/ compares as written), first declaration; -1.
    int findDomainIn(int container, const QString &name) const;
    /// The ONE Host stanza directly inside `container` for a host: named exactly so,
    /// else one named by an address of the host, else the first /regex/ matching
    /// the name; -1.
    int matchHost(int container, const QString &host, const QStringList &addresses) const;
    /// The Domain (or Host) stanzas directly inside a container, in declaration order.
    QList<int> domainsIn(int container) const;
    QList<int> hostsIn(int container) const;
    /// The compiled /regex/ names of hostsIn(container), same order (invalid for plain names).
    QList<DomainPattern> hostPatternsIn(int container) const;

private:
    const ConfigSet *m_config = nullptr;
    QList<RoutingScope> m_scopes;
    ScopeNameIndex m_domainNames;    ///< top-level Domain names, see findDomainScope()
    QList<int> m_firstDeclaration;   ///< per scope, see firstDeclaration()
    RegexIndex m_regexDomains;       ///< top-level /regex/ Domain scopes
    quint8 m_regexRoutingOptions = 0; ///< see regexRoutingOptionsIn()
    QList<int> m_hostScopes;
    QList<DomainPattern> m_hostRegexes;
    Diagnostics m_diagnostics;       ///< the global scope's first (m_globalDiagnostics of them), then the walk's
    qsizetype m_globalDiagnostics = 0;

    /// The Domain and Host stanzas directly inside a Binding or Binding_Group.
    struct Container {
        QHash<QString, int> exact;  ///< domainKey() -> first Domain stanza of that name
        QList<int> domains;         ///< in declaration order
        RegexIndex regexDomains;
        quint8 regexRoutingOptions = 0;
        QList<int> hosts;
        QList<DomainPattern> hostRegexes;  ///< per host; invalid unless a /regex/
    };
    QHash<int, Container> m_containers;  ///< by Binding / Binding_Group scope
    QList<int> m_bindings;
    QList<int> m_bindingGroups;
    void indexContainers();
};

Location locate(const ConfigSet &config, NodeRef ref, quint32 offset);

QString scopeKindName(ScopeKind kind);

} // namespace rs
