// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/validator.h"

#include "config/diagnosticcodes.h"
#include "platform/parallel.h"

namespace rs {

namespace {

Diagnostic locatedAt(Diagnostic d, const RouteModel &model, const Location &l)
{
    d.file = model.path(l);
    d.line = l.line;
    d.column = l.column;
    d.offset = l.offset;
    return d;
}

Diagnostic at(const RouteModel &model, const Location &l, DiagnosticKind kind, QStringList args = {})
{
    return locatedAt(makeDiagnostic(kind, std::move(args)), model, l);
}

void checkImpliedPreferences(const RouteModel &model, const QList<PlacedEntry> &routes, Diagnostics &out)
{
    if (routes.size() < 2 || std::none_of(routes.cbegin(), routes.cend(), [](const PlacedEntry &p) {
            return p.entry.hasImpliedPref();
        }))
        return;
    // The reference point the implied numbers compete with: the DNS preferences of
    // __mx__, or the first explicit pref.
    const PlacedEntry *mx = nullptr;
    const PlacedEntry *explicitPref = nullptr;
    for (const PlacedEntry &p : routes) {
        if (p.entry.kind == EntryKind::Mx) {
            mx = &p;
            break;
        }
        if (p.entry.pref && !explicitPref)
            explicitPref = &p;
    }
    if (!mx && !explicitPref)
        return;
    for (const PlacedEntry &p : routes) {
        if (!p.entry.hasImpliedPref())
            continue;
        if (mx) {
            out.append(at(model, p.location, DiagnosticKind::RouteImpliedPrefVersusMx,
                          {p.entry.text, QString::number(p.index)}));
        } else {
            out.append(at(model, p.location, DiagnosticKind::RouteImpliedPrefVersusExplicit,
                          {p.entry.text, QString::number(p.index), QString::number(*explicitPref->entry.pref),
                           explicitPref->entry.text}));
        }
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
    // Most stanzas set every option the regexes of their level set: nothing to hide.
    if ((model.regexRoutingOptionsIn(container) & ~s.routingOptionsSet()) == 0)
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
    const QString line = QString::number(r.location.line);
    const QString options = hidden.join(QStringLiteral(", "));
    if (r.location.ref.file == s.location.ref.file)
        out.append(at(model, s.location, DiagnosticKind::ScopeShadowed, {s.name, r.name, line, options}));
    else
        out.append(at(model, s.location, DiagnosticKind::ScopeShadowedElsewhere,
                      {s.name, r.name, model.path(r.location), line, options}));
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
        out.append(locatedAt(pr.diagnostic(), model, l));
    }
    return out;
}

// What the checks of a whole Routes list need to know of its entries.
struct RouteListFacts {
    int count = 0;         ///< entries (words and strings)
    bool implied = false;  ///< one of them has an implied preference
};

// One entry (a Routes item or the Gateway value) read for its facts, and placed and
// reported only when it has problems. The checks of 100,000 scopes go through here:
// a well-formed entry costs no allocation (`buffer` keeps its memory between calls).
RouteEntry checkEntry(const RouteModel &model, NodeRef item, int index, QString &buffer, Locator &locate,
                      Diagnostics &out)
{
    const SyntaxTree &t = model.config().tree(item.file);
    RouteEntry facts = parseRouteEntry(decodeText(t.scalarBytes(item.node), buffer), EntryDetail::Facts);
    if (!facts.problems.isEmpty())
        out.append(entryDiagnostics(model, model.entryAt(item, index, locate)));
    return facts;
}

// Each entry of a Routes list checked; it does not build the list RouteModel::routes()
// gives.
RouteListFacts checkEntries(const RouteModel &model, NodeRef option, QString &buffer, Locator &locate,
                            Diagnostics &out)
{
    RouteListFacts facts;
    const SyntaxTree &t = model.config().tree(option.file);
    t.forEachItem(t.value(option.node), [&](NodeId item) {
        const NodeKind k = t.node(item).kind;
        if (k != NodeKind::Word && k != NodeKind::String)
            return;
        const RouteEntry entry = checkEntry(model, {option.file, item}, facts.count++, buffer, locate, out);
        facts.implied = facts.implied || entry.hasImpliedPref();
    });
    return facts;
}

Diagnostics validateScope(const RouteModel &model, int scope)
{
    Locator locate(model.config());
    return validateScope(model, scope, locate);
}

Diagnostics validateScope(const RouteModel &model, int i, Locator &locate)
{
    // Where each entry's text is decoded: one per thread, reused by every scope it checks.
    thread_local QString buffer;
    Diagnostics out;
    const ConfigSet &config = model.config();
    const auto &scopes = model.scopes();
    const RoutingScope &s = scopes.at(i);
    if (s.kind == ScopeKind::Domain)
        checkShadowing(model, i, out);
    if (s.kind == ScopeKind::Domain && !s.isTopLevel() && model.containerOf(i) > 0) {
        const int first = model.findDomainIn(model.containerOf(i), s.name);
        if (first >= 0 && first != i) {
            out.append(at(model, s.location, DiagnosticKind::DomainDuplicateIn,
                          {s.name, model.scopes().at(s.parent).keyword,
                           QString::number(model.scopes().at(first).location.line)}));
        }
    }
    if (s.kind == ScopeKind::Domain && s.isTopLevel()) {
        const int first = model.firstDeclaration(i);
        if (first >= 0 && first != i) {
            out.append(at(model, s.location, DiagnosticKind::DomainDuplicate,
                          {s.name, QString::number(scopes.at(first).location.line)}));
        }
    }
    if (!s.setsRouting())
        return out;
    if (s.gatewayOption) {
        const SyntaxTree &t = config.tree(s.gatewayOption->file);
        const NodeId v = t.value(s.gatewayOption->node);
        if (v != kNoNode && t.node(v).kind != NodeKind::Word && t.node(v).kind != NodeKind::String) {
            out.append(at(model, locate({s.gatewayOption->file, v}, t.node(v).span.begin), DiagnosticKind::GatewayBadValue));
        }
        if (v != kNoNode && (t.node(v).kind == NodeKind::Word || t.node(v).kind == NodeKind::String))
            checkEntry(model, {s.gatewayOption->file, v}, 0, buffer, locate, out);
    }
    if (s.routesOption) {
        const SyntaxTree &t = config.tree(s.routesOption->file);
        t.forEachItem(t.value(s.routesOption->node), [&](NodeId item) {
            const NodeKind k = t.node(item).kind;
            if (k != NodeKind::Word && k != NodeKind::String) {
                out.append(at(model, locate({s.routesOption->file, item}, t.node(item).span.begin),
                              DiagnosticKind::RouteBadItem));
            }
        });
        const RouteListFacts routes = checkEntries(model, *s.routesOption, buffer, locate, out);
        auto routesAt = [&] { return model.locationOf(*s.routesOption); };
        if (routes.count == 0 && t.value(s.routesOption->node) != kNoNode) {
            out.append(at(model, routesAt(), DiagnosticKind::RoutesEmpty));
        }
        if (s.kind == ScopeKind::Host || s.kind == ScopeKind::Other) {
            out.append(at(model, routesAt(), DiagnosticKind::RoutesUnsupportedScope, {s.keyword}));
        } else if (s.kind == ScopeKind::Binding || s.kind == ScopeKind::BindingGroup) {
            out.append(at(model, routesAt(), DiagnosticKind::RoutesInBinding, {s.keyword}));
        }
        if (s.gatewayOption) {
            const NodeRef later = s.gatewayOption->file == s.routesOption->file
                    && s.gatewayOption->node > s.routesOption->node
                ? *s.gatewayOption : *s.routesOption;
            out.append(at(model, model.locationOf(later), DiagnosticKind::RoutesAndGateway));
        }
        // Rare (a bare host in a list of two or more): the list placed whole, then;
        // checkImpliedPreferences() decides whether anything competes with it.
        if (routes.count >= 2 && routes.implied)
            checkImpliedPreferences(model, model.routes(i, locate), out);
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
