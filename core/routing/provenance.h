// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/domainpattern.h"
#include "routing/scoperesolver.h"

namespace rs {

/// One scope on the way to a stanza: `Binding_Group "transactional"`.
struct ScopeStep {
    ScopeKind kind = ScopeKind::Other;
    QString name;
    friend bool operator==(const ScopeStep &, const ScopeStep &) = default;
};

/// Where a routing value came from, as plain data that outlives the model (DNS
/// answers arrive later, the document may change by then). Interfaces word it;
/// core never does.
struct OptionSource {
    RoutingOption option = RoutingOption::Routes;
    ScopeLevel level = ScopeLevel::Default;
    /// The scopes from the outermost to the stanza that sets the value; empty for
    /// the global scope and the default.
    QList<ScopeStep> path;
    QString file;        ///< empty for the default
    int fileIndex = -1;  ///< 0 for the file that was opened, > 0 for an included file
    int line = 0;        ///< of the option; 0 for the default
    int column = 0;

    bool isDefault() const { return level == ScopeLevel::Default; }
    bool isGlobal() const { return level == ScopeLevel::Global; }
    /// The kind of the scope that sets the value (Global for the global scope).
    ScopeKind scopeKind() const { return path.isEmpty() ? ScopeKind::Global : path.last().kind; }
    QString scopeName() const { return path.isEmpty() ? QString() : path.last().name; }
    friend bool operator==(const OptionSource &, const OptionSource &) = default;

    /// The source of `option` as set in `scope` at `level` (the option's own line).
    static OptionSource of(const RouteModel &model, int scope, ScopeLevel level, RoutingOption option);
    /// The default of an option.
    static OptionSource byDefault(RoutingOption option);
};

/// The option statement of `option` in a scope (invalid when the scope does not set it).
NodeRef optionNode(const RoutingScope &scope, RoutingOption option);

/// The enclosing scopes of a routing scope, outermost first, itself last.
QList<ScopeStep> scopePath(const RouteModel &model, int scope);

/// The Host stanzas of one level of the host chain, as plain data.
struct HostStanzaRule {
    QString name;           ///< as written: host name, address, or /regex/
    DomainPattern pattern;  ///< valid when the name is a /regex/
    std::optional<int> limit;
    OptionSource source;    ///< where the limit is set (or the stanza, when it sets none)
};

/// A host's connection limit and where it came from.
struct HostLimit {
    int limit = -1;  ///< -1: unlimited
    std::optional<OptionSource> source;  ///< none when no Host stanza limits it
};

/// The host chain of a plan: Host stanzas inside the binding, inside its group, at
/// the top level. At each level ONE stanza applies to a host (its name, else one of
/// its addresses, else the first matching /regex/); if that stanza sets no limit,
/// the next level is asked.
struct HostLimitChain {
    QList<QList<HostStanzaRule>> levels;  ///< most specific first

    static HostLimitChain of(const RouteModel &model, BindingChoice binding);
    HostLimit limitFor(const QString &host, const QStringList &addresses) const;
};

/// The one rule for picking the Host stanza of a level; RouteModel::matchHost()
/// and HostLimitChain both use it. `nameOf(i)`, `isRegex(i)` and `regexMatches(i)`
/// describe the i-th stanza of the level.
template<typename NameOf, typename RegexMatches>
int pickHostStanza(qsizetype count, const QString &host, const QStringList &addresses, const NameOf &nameOf,
                   const RegexMatches &regexMatches)
{
    int byAddress = -1, byRegex = -1;
    for (qsizetype i = 0; i < count; ++i) {
        const QString &name = nameOf(i);
        const bool regex = name.size() >= 2 && name.startsWith(u'/') && name.endsWith(u'/');
        if (regex) {
            if (byRegex < 0 && regexMatches(i))
                byRegex = int(i);
        } else if (name.compare(host, Qt::CaseInsensitive) == 0) {
            return int(i);
        } else if (byAddress < 0 && addresses.contains(name, Qt::CaseInsensitive)) {
            byAddress = int(i);
        }
    }
    return byAddress >= 0 ? byAddress : byRegex;
}

} // namespace rs
