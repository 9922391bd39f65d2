// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/provenance.h"

namespace rs {

/// Everything routing says about one recipient domain sent through one binding (or
/// none), copied out of the model as plain data: DNS answers arrive later, and the
/// document may have changed by then. Every value carries its typed source.
struct RoutePlan {
    QString domain;
    QString binding;       ///< null when mail is sent without a binding
    QString bindingGroup;  ///< null unless the binding is declared in a Binding_Group
    RouteChoice route = RouteChoice::Default;
    OptionSource routeSource = OptionSource::byDefault(RoutingOption::Routes);  ///< the Routes or Gateway that decides
    QList<PlacedEntry> entries;  ///< for the default: a single __mx__
    int defaultPort = kDefaultPort;
    OptionSource portSource = OptionSource::byDefault(RoutingOption::RemoteSmtpPort);
    int domainLimit = kDefaultDomainLimit;
    OptionSource limitSource = OptionSource::byDefault(RoutingOption::MaxOutboundConnections);
    std::optional<Throttle> throttleConnections;  ///< connections opened per time, none: unthrottled
    OptionSource throttleConnectionsSource = OptionSource::byDefault(RoutingOption::OutboundThrottleConnections);
    std::optional<Throttle> throttleMessages;     ///< messages delivered per time
    OptionSource throttleMessagesSource = OptionSource::byDefault(RoutingOption::OutboundThrottleMessages);
    HostLimitChain hostLimits;
    Diagnostics diagnostics;  ///< the deciding scope's own warnings

    bool hasBinding() const { return !binding.isNull(); }
};

/// The plan for `domain` sent through `binding`, from the one scope resolver
/// (scoperesolver.h): the Routes or Gateway that decides (else __mx__), the port,
/// the domain limit and the Host chain.
RoutePlan planFor(const RouteModel &model, const QString &domain, BindingChoice binding = {});

/// The same for a resolution already made (the route table's scope, for instance).
RoutePlan planFor(const RouteModel &model, const QString &domain, const ScopeResolution &resolution);

/// What planFor() may leave out for a caller that plans every domain of a file and
/// only simulates the plans (an impact review): the rest of the plan is the same.
struct PlanOptions {
    /// The deciding scope's own warnings (RoutePlan::diagnostics): they take a check
    /// of the scope, regexes included, per plan.
    bool diagnostics = true;
    /// The binding's Host chain made once (HostLimitChain::of()) and copied into each
    /// plan, instead of made again per plan.
    const HostLimitChain *hostLimits = nullptr;
};
RoutePlan planFor(const RouteModel &model, const QString &domain, const ScopeResolution &resolution,
                  const PlanOptions &options);

/// The route entries a plan for `resolution` holds (RoutePlan::entries): the Routes
/// or Gateway that decides, else a single __mx__. For callers that need the entries
/// of many domains and nothing else (the DNS questions of an impact review).
QList<PlacedEntry> routeEntriesFor(const RouteModel &model, const ScopeResolution &resolution);

} // namespace rs
