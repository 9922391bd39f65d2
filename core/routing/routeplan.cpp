#include "routing/routeplan.h"

#include "routing/validator.h"

namespace rs {

namespace {

QString describe(const RoutingScope &s)
{
    return s.kind == ScopeKind::Global ? QStringLiteral("the global scope")
                                       : s.keyword + QStringLiteral(" \"") + s.name + u'"';
}

QString where(const Location &l)
{
    return QStringLiteral("line %1").arg(l.line);
}

} // namespace

RoutePlan planFor(const RouteModel &model, const QString &domain)
{
    RoutePlan plan;
    plan.domain = domain.trimmed().toLower();
    if (plan.domain.endsWith(u'.'))
        plan.domain.chop(1);
    const QList<int> chain = model.matchingDomainScopes(plan.domain);
    const auto &scopes = model.scopes();

    const int deciding = model.decidingScope(plan.domain);
    if (deciding >= 0) {
        const RoutingScope &s = scopes.at(deciding);
        plan.scope = s.kind == ScopeKind::Global ? QStringLiteral("global") : QStringLiteral("domain");
        if (s.kind != ScopeKind::Global)
            plan.scopeName = s.name;
        const bool useRoutes = s.routesOption.has_value();
        const NodeRef option = useRoutes ? *s.routesOption : *s.gatewayOption;
        const Location l = model.locationOf(option);
        plan.option = useRoutes ? QStringLiteral("routes") : QStringLiteral("gateway");
        plan.file = model.path(l);
        plan.line = l.line;
        plan.sourceText = (useRoutes ? QStringLiteral("Routes") : QStringLiteral("Gateway")) + QStringLiteral(" in ")
            + describe(s) + QStringLiteral(" (") + where(l) + u')';
        if (useRoutes) {
            plan.entries = model.routes(deciding);
        } else if (const auto g = model.gateway(deciding)) {
            plan.entries = {*g};
        }
        plan.diagnostics = validateScope(model, deciding);
    } else {
        PlacedEntry mx;
        mx.entry = parseRouteEntry(QStringLiteral("__mx__"));
        plan.entries = {mx};
        plan.sourceText = QStringLiteral("no Routes or Gateway applies: the domain's own MX records (__mx__)");
    }

    // Port and domain limit: the first scope of the chain that sets them, else 25 / 32.
    bool portSet = false, limitSet = false;
    for (const int i : chain) {
        const RoutingScope &s = scopes.at(i);
        if (!portSet && s.remoteSmtpPort) {
            plan.defaultPort = *s.remoteSmtpPort;
            plan.defaultPortSource = QStringLiteral("Remote_SMTP_Port in ") + describe(s);
            portSet = true;
        }
        if (!limitSet && s.maxOutboundConnections) {
            plan.domainLimit = *s.maxOutboundConnections;
            plan.domainLimitSource = QStringLiteral("Max_Outbound_Connections in ") + describe(s);
            limitSet = true;
        }
    }

    for (const RoutingScope &s : scopes) {
        if (s.kind != ScopeKind::Host || !s.isTopLevel() || !s.maxOutboundConnections)
            continue;
        HostLimitRule rule;
        rule.name = s.name;
        if (s.isRegex)
            rule.pattern = DomainPattern(s.name.mid(1, s.name.size() - 2));
        rule.limit = *s.maxOutboundConnections;
        rule.source = QStringLiteral("Max_Outbound_Connections in Host \"%1\" (%2)").arg(s.name, where(s.location));
        plan.hostRules.append(rule);
    }
    return plan;
}

} // namespace rs
