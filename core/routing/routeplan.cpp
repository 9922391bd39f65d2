// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/routeplan.h"

#include "routing/validator.h"

namespace rs {

QList<PlacedEntry> routeEntriesFor(const RouteModel &model, const ScopeResolution &r)
{
    switch (r.route) {
    case RouteChoice::Routes:
        return model.routes(r.routeSource.scope);
    case RouteChoice::Gateway:
        if (const auto g = model.gateway(r.routeSource.scope))
            return {*g};
        return {};
    case RouteChoice::Default:
        break;
    }
    PlacedEntry mx;
    mx.entry = parseRouteEntry(QStringLiteral("__mx__"));
    return {mx};
}

RoutePlan planFor(const RouteModel &model, const QString &domain, BindingChoice binding)
{
    return planFor(model, domain, resolve(model, domain, binding));
}

RoutePlan planFor(const RouteModel &model, const QString &domain, const ScopeResolution &r)
{
    return planFor(model, domain, r, PlanOptions{});
}

RoutePlan planFor(const RouteModel &model, const QString &domain, const ScopeResolution &r, const PlanOptions &options)
{
    RoutePlan plan;
    plan.domain = normalizeDomain(domain);
    const BindingChoice binding = bindingOf(model, r.chain);
    if (binding.binding > 0)
        plan.binding = model.scopes().at(binding.binding).name;
    if (binding.group > 0)
        plan.bindingGroup = model.scopes().at(binding.group).name;

    plan.route = r.route;
    if (r.route != RouteChoice::Default) {
        plan.routeSource = OptionSource::of(model, r.routeSource.scope, r.routeSource.level,
                                            r.route == RouteChoice::Routes ? RoutingOption::Routes : RoutingOption::Gateway);
    }
    plan.entries = routeEntriesFor(model, r);
    if (!r.routeSource.isDefault() && options.diagnostics)
        plan.diagnostics = validateScope(model, r.routeSource.scope);

    plan.defaultPort = r.portValue;
    if (!r.port.isDefault())
        plan.portSource = OptionSource::of(model, r.port.scope, r.port.level, RoutingOption::RemoteSmtpPort);
    plan.domainLimit = r.limitValue;
    if (!r.limit.isDefault())
        plan.limitSource = OptionSource::of(model, r.limit.scope, r.limit.level, RoutingOption::MaxOutboundConnections);
    if (!r.throttleConnections.isDefault()) {
        plan.throttleConnections = model.scopes().at(r.throttleConnections.scope).throttleConnections;
        plan.throttleConnectionsSource = OptionSource::of(model, r.throttleConnections.scope, r.throttleConnections.level,
                                                          RoutingOption::OutboundThrottleConnections);
    }
    if (!r.throttleMessages.isDefault()) {
        plan.throttleMessages = model.scopes().at(r.throttleMessages.scope).throttleMessages;
        plan.throttleMessagesSource = OptionSource::of(model, r.throttleMessages.scope, r.throttleMessages.level,
                                                       RoutingOption::OutboundThrottleMessages);
    }
    plan.hostLimits = options.hostLimits ? *options.hostLimits : HostLimitChain::of(model, binding);
    return plan;
}

} // namespace rs
