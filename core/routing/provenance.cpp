// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/provenance.h"

namespace rs {

NodeRef optionNode(const RoutingScope &s, RoutingOption option)
{
    switch (option) {
    case RoutingOption::Routes: return s.routesOption.value_or(NodeRef{});
    case RoutingOption::Gateway: return s.gatewayOption.value_or(NodeRef{});
    case RoutingOption::RemoteSmtpPort: return s.remoteSmtpPortOption;
    case RoutingOption::MaxOutboundConnections: return s.maxOutboundConnectionsOption;
    case RoutingOption::OutboundThrottleConnections: return s.throttleConnectionsOption;
    case RoutingOption::OutboundThrottleMessages: return s.throttleMessagesOption;
    }
    return {};
}

QList<ScopeStep> scopePath(const RouteModel &model, int scope)
{
    QList<ScopeStep> path;
    for (int i = scope; i > 0; i = model.scopes().at(i).parent) {
        const RoutingScope &s = model.scopes().at(i);
        path.prepend({s.kind, s.name});
    }
    return path;
}

OptionSource OptionSource::of(const RouteModel &model, int scope, ScopeLevel level, RoutingOption option)
{
    OptionSource o;
    o.option = option;
    o.level = level;
    o.path = scopePath(model, scope);
    const RoutingScope &s = model.scopes().at(scope);
    const NodeRef ref = optionNode(s, option);
    const Location l = ref.isValid() ? model.locationOf(ref) : s.location;
    o.file = model.path(l);
    o.fileIndex = l.ref.file;
    o.line = l.line;
    o.column = l.column;
    return o;
}

OptionSource OptionSource::byDefault(RoutingOption option)
{
    OptionSource o;
    o.option = option;
    return o;
}

HostLimitChain HostLimitChain::of(const RouteModel &model, BindingChoice binding)
{
    HostLimitChain chain;
    for (const auto &[level, container] : hostLevels(binding)) {
        if (container < 0)
            continue;
        QList<HostStanzaRule> rules;
        const QList<int> hosts = model.hostsIn(container);
        const QList<DomainPattern> patterns = model.hostPatternsIn(container);
        for (qsizetype i = 0; i < hosts.size(); ++i) {
            const int h = hosts.at(i);
            const RoutingScope &s = model.scopes().at(h);
            HostStanzaRule rule;
            rule.name = s.name;
            rule.pattern = patterns.at(i);
            rule.limit = s.maxOutboundConnections;
            rule.source = OptionSource::of(model, h, level, RoutingOption::MaxOutboundConnections);
            rules.append(std::move(rule));
        }
        chain.levels.append(std::move(rules));
    }
    return chain;
}

HostLimit HostLimitChain::limitFor(const QString &host, const QStringList &addresses) const
{
    const QString lower = host.toLower();
    for (const QList<HostStanzaRule> &rules : levels) {
        const int i = pickHostStanza(
            rules.size(), host, addresses, [&](qsizetype k) -> const QString & { return rules.at(k).name; },
            [&](qsizetype k) { return rules.at(k).pattern.matches(lower); });
        if (i >= 0 && rules.at(i).limit)
            return {*rules.at(i).limit, rules.at(i).source};
    }
    return {};
}

} // namespace rs
