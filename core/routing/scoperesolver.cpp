// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/scoperesolver.h"

#include "routing/scopewalk.h"

namespace rs {

namespace {

constexpr std::array kLevels{ScopeLevel::BindingDomain, ScopeLevel::GroupDomain, ScopeLevel::Binding,
                             ScopeLevel::Group,         ScopeLevel::Domain,      ScopeLevel::Global};

void set(ScopeChain &chain, ScopeLevel level, int scope)
{
    chain.stanza[size_t(level)] = scope;
}

} // namespace

BindingChoice BindingChoice::of(const RouteModel &model, int binding)
{
    if (binding < 0)
        return {};
    return {binding, model.groupOf(binding)};
}

QString normalizeDomain(const QString &domain)
{
    QString d = domain.trimmed().toLower();
    if (d.endsWith(u'.'))
        d.chop(1);
    return d;
}

bool setsOption(const RoutingScope &s, RoutingOption option)
{
    switch (option) {
    case RoutingOption::Routes: return s.routesOption.has_value();
    case RoutingOption::Gateway: return s.gatewayOption.has_value();
    case RoutingOption::RemoteSmtpPort: return s.remoteSmtpPort.has_value();
    case RoutingOption::MaxOutboundConnections: return s.maxOutboundConnections.has_value();
    case RoutingOption::OutboundThrottleConnections: return s.throttleConnections.has_value();
    case RoutingOption::OutboundThrottleMessages: return s.throttleMessages.has_value();
    }
    return false;
}

bool levelSupports(ScopeLevel level, RoutingOption option)
{
    // `Routes` is defined for domain and global scope only: a binding's own Routes
    // has no effect (the checks warn about it).
    if (option == RoutingOption::Routes)
        return level != ScopeLevel::Binding && level != ScopeLevel::Group && level != ScopeLevel::Default;
    return level != ScopeLevel::Default;
}

ScopeChain chainFor(const RouteModel &model, const QString &domain, BindingChoice binding)
{
    ScopeChain chain;
    const QString d = normalizeDomain(domain);
    if (binding.binding > 0) {
        set(chain, ScopeLevel::BindingDomain, model.matchDomain(binding.binding, d));
        set(chain, ScopeLevel::Binding, binding.binding);
    }
    if (binding.group > 0) {
        set(chain, ScopeLevel::GroupDomain, model.matchDomain(binding.group, d));
        set(chain, ScopeLevel::Group, binding.group);
    }
    set(chain, ScopeLevel::Domain, model.matchDomain(0, d));
    return chain;
}

ScopeChain chainForStanza(const RouteModel &model, int stanza)
{
    const auto &scopes = model.scopes();
    if (stanza <= 0 || stanza >= scopes.size())
        return {};
    const RoutingScope &s = scopes.at(stanza);
    ScopeChain chain;
    if (s.kind == ScopeKind::Binding || s.kind == ScopeKind::BindingGroup) {
        const BindingChoice b = s.kind == ScopeKind::Binding ? BindingChoice::of(model, stanza)
                                                             : BindingChoice{-1, stanza};
        if (b.binding > 0)
            set(chain, ScopeLevel::Binding, b.binding);
        if (b.group > 0)
            set(chain, ScopeLevel::Group, b.group);
        return chain;
    }
    if (s.kind != ScopeKind::Domain)
        return chain;
    // Where the stanza sits: top level, in a binding, or in a group.
    const RoutingScope &parent = scopes.at(s.parent);
    BindingChoice b;
    ScopeLevel own = ScopeLevel::Domain;
    if (parent.kind == ScopeKind::Binding) {
        b = BindingChoice::of(model, s.parent);
        own = ScopeLevel::BindingDomain;
    } else if (parent.kind == ScopeKind::BindingGroup) {
        b = {-1, s.parent};
        own = ScopeLevel::GroupDomain;
    } else if (!s.isTopLevel()) {
        return chain;  // a Domain inside another kind of scope takes no part in routing
    }
    // An exact name is matched at the other levels as mail to that domain would be;
    // a /regex/ stands for "a domain this pattern matches", which other levels know
    // only by the same pattern.
    auto other = [&](int container) {
        return s.isRegex ? model.findDomainIn(container, s.name) : model.matchDomain(container, s.name);
    };
    if (b.binding > 0) {
        set(chain, ScopeLevel::BindingDomain, other(b.binding));
        set(chain, ScopeLevel::Binding, b.binding);
    }
    if (b.group > 0) {
        set(chain, ScopeLevel::GroupDomain, other(b.group));
        set(chain, ScopeLevel::Group, b.group);
    }
    set(chain, ScopeLevel::Domain, other(0));
    set(chain, own, stanza);
    return chain;
}

BindingChoice bindingOf(const RouteModel &, const ScopeChain &chain)
{
    return {chain.at(ScopeLevel::Binding), chain.at(ScopeLevel::Group)};
}

ResolvedOption resolveOption(const RouteModel &model, const ScopeChain &chain, RoutingOption option)
{
    for (const ScopeLevel level : kLevels) {
        const int scope = chain.at(level);
        if (scope >= 0 && levelSupports(level, option) && setsOption(model.scopes().at(scope), option))
            return {scope, level};
    }
    return {};
}

ScopeResolution resolve(const RouteModel &model, const ScopeChain &chain)
{
    ScopeResolution r;
    r.chain = chain;
    r.routes = resolveOption(model, chain, RoutingOption::Routes);
    r.gateway = resolveOption(model, chain, RoutingOption::Gateway);
    // The choice goes to the more specific level; from the same stanza, Routes wins
    // (the documentation does not say; the checks warn).
    if (!r.gateway.isDefault() && (r.routes.isDefault() || r.gateway.level < r.routes.level)) {
        r.route = RouteChoice::Gateway;
        r.routeSource = r.gateway;
    } else if (!r.routes.isDefault()) {
        r.route = RouteChoice::Routes;
        r.routeSource = r.routes;
    }
    r.port = resolveOption(model, chain, RoutingOption::RemoteSmtpPort);
    if (!r.port.isDefault())
        r.portValue = *model.scopes().at(r.port.scope).remoteSmtpPort;
    r.limit = resolveOption(model, chain, RoutingOption::MaxOutboundConnections);
    if (!r.limit.isDefault())
        r.limitValue = *model.scopes().at(r.limit.scope).maxOutboundConnections;
    r.throttleConnections = resolveOption(model, chain, RoutingOption::OutboundThrottleConnections);
    r.throttleMessages = resolveOption(model, chain, RoutingOption::OutboundThrottleMessages);
    return r;
}

std::array<std::pair<ScopeLevel, int>, 3> hostLevels(BindingChoice binding)
{
    return {{{ScopeLevel::Binding, binding.binding > 0 ? binding.binding : -1},
             {ScopeLevel::Group, binding.group > 0 ? binding.group : -1},
             {ScopeLevel::Global, 0}}};
}

} // namespace rs
