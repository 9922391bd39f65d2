#include "routing/validator.h"

#include "platform/parallel.h"

namespace rs {

namespace {

Diagnostic at(const RouteModel &model, const Location &l, Severity s, const char *code, const QString &message)
{
    return {s, QString::fromLatin1(code), message, model.path(l), l.line, l.column, l.offset};
}

void checkImpliedPreferences(const RouteModel &model, const QList<PlacedEntry> &routes, Diagnostics &out)
{
    if (routes.size() < 2 || std::none_of(routes.cbegin(), routes.cend(), [](const PlacedEntry &p) {
            return p.entry.hasImpliedPref();
        }))
        return;
    // The reference point the implied numbers compete with: an explicit pref or
    // the DNS preferences of __mx__.
    QString other;
    for (const PlacedEntry &p : routes) {
        if (p.entry.kind == EntryKind::Mx) {
            other = QStringLiteral("the DNS preferences of __mx__");
            break;
        }
        if (p.entry.pref && other.isEmpty())
            other = QStringLiteral("the explicit pref=%1 of '%2'").arg(*p.entry.pref).arg(p.entry.text);
    }
    if (other.isEmpty())
        return;
    for (const PlacedEntry &p : routes) {
        if (!p.entry.hasImpliedPref())
            continue;
        out.append(at(model, p.location, Severity::Warning, "route-implied-pref-mixed",
                      QStringLiteral("'%1' has no pref= and gets its position %2 as preference, "
                                     "which is compared with %3; add pref= to make the order explicit")
                          .arg(p.entry.text)
                          .arg(p.index)
                          .arg(other)));
    }
}

// An exact Domain stanza hides the regex stanzas of its level that match its name:
// what they set never applies to it (routing-model.md, one stanza per level).
void checkShadowing(const RouteModel &model, int i, Diagnostics &out)
{
    const RoutingScope &s = model.scopes().at(i);
    const int container = model.containerOf(i);
    if (s.kind != ScopeKind::Domain || s.isRegex || container < 0)
        return;
    const int regex = model.matchDomainRegex(container, s.name);
    if (regex < 0)
        return;
    const RoutingScope &r = model.scopes().at(regex);
    QStringList hidden;
    // Routes and Gateway are one choice: a stanza that routes itself hides neither.
    const bool routesItself = s.setsRouting();
    if (r.routesOption && !routesItself)
        hidden << QStringLiteral("Routes");
    if (r.gatewayOption && !routesItself)
        hidden << QStringLiteral("Gateway");
    if (r.remoteSmtpPort && !s.remoteSmtpPort)
        hidden << QStringLiteral("Remote_SMTP_Port");
    if (r.maxOutboundConnections && !s.maxOutboundConnections)
        hidden << QStringLiteral("Max_Outbound_Connections");
    if (hidden.isEmpty())
        return;
    const QString where = r.location.ref.file == s.location.ref.file
        ? QStringLiteral("line %1").arg(r.location.line)
        : QStringLiteral("%1:%2").arg(model.path(r.location)).arg(r.location.line);
    out.append(at(model, s.location, Severity::Warning, "scope-shadowed",
                  QStringLiteral("Domain \"%1\" has a stanza of its own, so the regex stanza %2 (%3) that matches "
                                 "its name is never read for it: %4 set there does not apply to %1; set it here "
                                 "too if it should")
                      .arg(s.name, r.name, where, hidden.join(QStringLiteral(", ")))));
}

} // namespace

Diagnostics entryDiagnostics(const RouteModel &model, const PlacedEntry &placed)
{
    Diagnostics out;
    if (placed.entry.problems.isEmpty())
        return out;
    for (const EntryProblem &pr : placed.entry.problems) {
        Location l = placed.location;
        const int shift = pr.column + (placed.quoted ? 1 : 0);
        l.column += shift;
        l.offset += quint32(shift);
        Diagnostic d = at(model, l, pr.severity, "", printable(pr.message));
        d.code = pr.code;
        out.append(d);
    }
    return out;
}

Diagnostics validateScope(const RouteModel &model, int scope)
{
    Locator locate(model.config());
    return validateScope(model, scope, locate);
}

Diagnostics validateScope(const RouteModel &model, int i, Locator &locate)
{
    Diagnostics out;
    const ConfigSet &config = model.config();
    const auto &scopes = model.scopes();
    const RoutingScope &s = scopes.at(i);
    if (s.kind == ScopeKind::Domain)
        checkShadowing(model, i, out);
    if (s.kind == ScopeKind::Domain && !s.isTopLevel() && model.containerOf(i) > 0) {
        const int first = model.findDomainIn(model.containerOf(i), s.name);
        if (first >= 0 && first != i) {
            out.append(at(model, s.location, Severity::Warning, "domain-duplicate",
                          QStringLiteral("Domain %1 is declared again in this %2 (first at line %3); routing "
                                         "uses the first declaration")
                              .arg(s.name, model.scopes().at(s.parent).keyword)
                              .arg(model.scopes().at(first).location.line)));
        }
    }
    if (s.kind == ScopeKind::Domain && s.isTopLevel()) {
        const int first = model.firstDeclaration(i);
        if (first >= 0 && first != i) {
            out.append(at(model, s.location, Severity::Warning, "domain-duplicate",
                          QStringLiteral("Domain %1 is declared again (first at line %2); routing "
                                         "uses the first declaration")
                              .arg(s.name)
                              .arg(scopes.at(first).location.line)));
        }
    }
    if (!s.setsRouting())
        return out;
    if (s.gatewayOption) {
        const SyntaxTree &t = config.tree(s.gatewayOption->file);
        const NodeId v = t.value(s.gatewayOption->node);
        if (v != kNoNode && t.node(v).kind != NodeKind::Word && t.node(v).kind != NodeKind::String) {
            out.append(at(model, locate({s.gatewayOption->file, v}, t.node(v).span.begin), Severity::Error,
                          "gateway-bad-value", QStringLiteral("Gateway takes one host, not a list or hash")));
        }
        if (const auto g = model.gateway(i, locate))
            out.append(entryDiagnostics(model, *g));
    }
    if (s.routesOption) {
        const SyntaxTree &t = config.tree(s.routesOption->file);
        t.forEachItem(t.value(s.routesOption->node), [&](NodeId item) {
            const NodeKind k = t.node(item).kind;
            if (k != NodeKind::Word && k != NodeKind::String) {
                out.append(at(model, locate({s.routesOption->file, item}, t.node(item).span.begin),
                              Severity::Error, "route-bad-item",
                              QStringLiteral("a route entry must be a string, not a nested list or hash")));
            }
        });
        const QList<PlacedEntry> routes = model.routes(i, locate);
        for (const PlacedEntry &p : routes) {
            if (!p.entry.problems.isEmpty())
                out.append(entryDiagnostics(model, p));
        }
        auto routesAt = [&] { return model.locationOf(*s.routesOption); };
        if (routes.isEmpty() && t.value(s.routesOption->node) != kNoNode) {
            out.append(at(model, routesAt(), Severity::Warning, "routes-empty",
                          QStringLiteral("Routes is an empty list: this scope has no route to deliver to")));
        }
        if (s.kind == ScopeKind::Host || s.kind == ScopeKind::Other) {
            out.append(at(model, routesAt(), Severity::Warning, "routes-unsupported-scope",
                          QStringLiteral("Routes is documented only for domain and global scope; "
                                         "the MTA may ignore it in a %1 scope").arg(s.keyword)));
        } else if (s.kind == ScopeKind::Binding || s.kind == ScopeKind::BindingGroup) {
            out.append(at(model, routesAt(), Severity::Warning, "routes-in-binding",
                          QStringLiteral("Routes written directly in a %1 has no effect: routes come only from "
                                         "Domain stanzas and the global scope (put it in a Domain stanza inside "
                                         "the %1)").arg(s.keyword)));
        }
        if (s.gatewayOption) {
            const NodeRef later = s.gatewayOption->file == s.routesOption->file
                    && s.gatewayOption->node > s.routesOption->node
                ? *s.gatewayOption : *s.routesOption;
            out.append(at(model, model.locationOf(later), Severity::Warning, "routes-and-gateway",
                          QStringLiteral("this scope sets both Routes and Gateway; RouteScope uses "
                                         "Routes (the documentation does not say which wins in one stanza)")));
        }
        checkImpliedPreferences(model, routes, out);
    }
    return out;
}

Diagnostics validate(const ConfigSet &config, const RouteModel &model)
{
    Diagnostics out = config.diagnostics();
    out.append(model.diagnostics());
    // The checks of one scope read nothing of another's, so a big file's scopes are
    // checked on every core (about half the time on two).
    const auto parts = splitAcrossCores<Diagnostics>(model.scopes().size(), 5000, [&](qsizetype begin, qsizetype end) {
        Diagnostics part;
        Locator locate(config);  // scopes come in declaration order
        for (qsizetype i = begin; i < end; ++i)
            part.append(validateScope(model, int(i), locate));
        return part;
    });
    for (const Diagnostics &part : parts)
        out.append(part);
    sortDiagnostics(out, config.filePaths());
    return out;
}

} // namespace rs
