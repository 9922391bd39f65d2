// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/routemodel.h"

#include <array>

namespace rs {

/// The levels of routing-model.md's fallback chain ("Which scope applies to a
/// recipient domain"), most specific first. For Host stanzas the same names mean:
/// a Host stanza inside the binding, inside its group, at the top level.
enum class ScopeLevel : quint8 {
    BindingDomain,  ///< the Domain stanza inside the binding (B::D)
    GroupDomain,    ///< the Domain stanza inside the binding's group (G::D)
    Binding,        ///< the binding itself (B)
    Group,          ///< the binding group itself (G)
    Domain,         ///< the top-level Domain stanza (D)
    Global,         ///< the global scope
    Default,        ///< set nowhere: the built-in default
};
constexpr int kScopeLevels = 6;  ///< levels that a stanza can supply (all but Default)

/// The routing options the resolver answers for.
enum class RoutingOption : quint8 {
    Routes,
    Gateway,
    RemoteSmtpPort,
    MaxOutboundConnections,
    OutboundThrottleConnections,
    OutboundThrottleMessages,
};

/// Built-in values where no level sets an option (Momentum's defaults).
constexpr int kDefaultPort = 25;
constexpr int kDefaultDomainLimit = 32;

/// What mail is sent through: a Binding scope and the Binding_Group it is declared
/// in (-1 each when mail is sent without a binding, or the binding has no group).
struct BindingChoice {
    int binding = -1;
    int group = -1;
    bool isNone() const { return binding < 0 && group < 0; }
    /// The binding (and its group, found from the file) of a Binding scope; none for -1.
    static BindingChoice of(const RouteModel &model, int binding);
};

/// The stanza consulted at each level for one recipient domain and binding: at
/// each Domain level the ONE stanza that matches (exact name, else the first
/// matching /regex/); -1 where a level has none.
struct ScopeChain {
    std::array<int, kScopeLevels> stanza{-1, -1, -1, -1, -1, 0};
    int at(ScopeLevel level) const { return level == ScopeLevel::Default ? -1 : stanza[size_t(level)]; }
};

/// Where one option comes from: the routing scope that sets it and its level, or
/// the default (scope -1).
struct ResolvedOption {
    int scope = -1;
    ScopeLevel level = ScopeLevel::Default;
    bool isDefault() const { return scope < 0; }
};

/// Which of Routes and Gateway decides, or neither (the domain's own MX).
enum class RouteChoice : quint8 { Routes, Gateway, Default };

/// Every routing option for one (domain, binding), each with the stanza and level
/// it came from. This is the one place that decides which stanza applies; every
/// view (explain, the live panel, the route table, the checks, impact) asks it.
struct ScopeResolution {
    ScopeChain chain;
    RouteChoice route = RouteChoice::Default;
    ResolvedOption routeSource;  ///< the Routes or Gateway that decides
    ResolvedOption routes;       ///< the most specific Routes (levels that support it)
    ResolvedOption gateway;      ///< the most specific Gateway
    ResolvedOption port;
    int portValue = kDefaultPort;
    ResolvedOption limit;
    int limitValue = kDefaultDomainLimit;
    ResolvedOption throttleConnections;  ///< none by default
    ResolvedOption throttleMessages;
};

/// A recipient domain as routing compares it: trimmed, lower case, no final dot.
QString normalizeDomain(const QString &domain);

/// The chain for mail to `domain` sent through `binding`.
ScopeChain chainFor(const RouteModel &model, const QString &domain, BindingChoice binding);

/// The chain of a domain for which `stanza` is the matched stanza at its own level:
/// what the route table shows for a scope. For an exact name that is the name's own
/// chain (with this stanza, even a repeated declaration); for a /regex/ the other
/// levels contribute their stanza with the same pattern, if any. Global, Binding and
/// Binding_Group scopes give the chain of a domain no stanza names.
ScopeChain chainForStanza(const RouteModel &model, int stanza);

/// The binding (and group) a chain was built for; none when no binding level is set.
BindingChoice bindingOf(const RouteModel &model, const ScopeChain &chain);

/// Resolves every option along a chain.
ScopeResolution resolve(const RouteModel &model, const ScopeChain &chain);
inline ScopeResolution resolve(const RouteModel &model, const QString &domain, BindingChoice binding = {})
{
    return resolve(model, chainFor(model, domain, binding));
}

/// The most specific level of `chain` whose stanza sets `option` (Routes is never
/// taken from a Binding or Binding_Group itself).
ResolvedOption resolveOption(const RouteModel &model, const ScopeChain &chain, RoutingOption option);

/// True when `level` can supply `option` (Routes: Domain stanzas and global only).
bool levelSupports(ScopeLevel level, RoutingOption option);

/// The Host stanza levels for mail through `binding`: Host in the binding, Host in
/// its group, top-level Host (routing-model.md, "Ports, TTLs, limits"). Containers
/// to pass to RouteModel::matchHost(), -1 where a level does not exist.
std::array<std::pair<ScopeLevel, int>, 3> hostLevels(BindingChoice binding);

/// True when the scope sets the option itself.
bool setsOption(const RoutingScope &scope, RoutingOption option);

} // namespace rs
