// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandsupport.h"
#include "cli/diagnostictext.h"
#include "cli/wording.h"
#include "routing/routemodel.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rs::cli {

namespace {

QString prefSource(const RouteEntry &e)
{
    if (e.kind == EntryKind::Mx)
        return QStringLiteral("dns");
    return e.pref ? QStringLiteral("explicit") : QStringLiteral("implied");
}

QJsonObject entryJson(const PlacedEntry &p)
{
    const RouteEntry &e = p.entry;
    QJsonObject o{{QStringLiteral("index"), p.index},
                  {QStringLiteral("text"), e.text},
                  {QStringLiteral("kind"), entryKindName(e.kind)},
                  {QStringLiteral("host"), e.kind == EntryKind::Mx ? QJsonValue() : QJsonValue(e.host)},
                  {QStringLiteral("prefSource"), prefSource(e)},
                  {QStringLiteral("line"), p.location.line},
                  {QStringLiteral("column"), p.location.column}};
    o.insert(QStringLiteral("pref"), e.pref ? QJsonValue(*e.pref)
                                            : (e.kind == EntryKind::Mx ? QJsonValue() : QJsonValue(p.index)));
    o.insert(QStringLiteral("ttl"), e.ttl ? QJsonValue(double(*e.ttl)) : QJsonValue());
    o.insert(QStringLiteral("port"), e.port ? QJsonValue(*e.port) : QJsonValue());
    o.insert(QStringLiteral("type"), e.type == LookupType::Default ? QJsonValue() : QJsonValue(lookupTypeName(e.type)));
    // What `check` says about the entry, located as `check` locates it.
    QJsonArray problems;
    for (const EntryProblem &pr : e.problems) {
        problems.append(QJsonObject{{QStringLiteral("severity"), severityName(pr.severity)},
                                    {QStringLiteral("code"), pr.code},
                                    {QStringLiteral("message"), diagnosticText(pr.diagnostic())},
                                    {QStringLiteral("column"), p.location.column + pr.column + (p.quoted ? 1 : 0)}});
    }
    o.insert(QStringLiteral("problems"), problems);
    return o;
}

QString entryText(const PlacedEntry &p)
{
    const RouteEntry &e = p.entry;
    QStringList parts;
    switch (e.kind) {
    case EntryKind::Mx: parts << QStringLiteral("MX of the recipient domain, DNS preferences"); break;
    case EntryKind::HostName: parts << u"host " + e.host; break;
    case EntryKind::IpLiteral: parts << u"address " + e.host; break;
    case EntryKind::OtherScheme: parts << e.scheme + QStringLiteral(" route (not simulated)"); break;
    case EntryKind::Invalid: parts << QStringLiteral("INVALID"); break;
    }
    if (e.kind == EntryKind::HostName || e.kind == EntryKind::IpLiteral) {
        parts << (e.pref ? QStringLiteral("pref %1").arg(*e.pref) : QStringLiteral("pref %1 (implied by position)").arg(p.index));
        if (e.kind == EntryKind::HostName)
            parts << (e.type == LookupType::A ? QStringLiteral("A/AAAA lookup") : QStringLiteral("MX lookup, A fallback"));
    }
    if (e.port)
        parts << QStringLiteral("port %1").arg(*e.port);
    if (e.ttl)
        parts << QStringLiteral("ttl %1").arg(*e.ttl);
    return parts.join(QStringLiteral(", "));
}

} // namespace

int routesCommand(const Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "List every scope that sets Routes or Gateway, with its parsed entries (no DNS)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The configuration."));
    const QCommandLineOption format = formatOption();
    parser.addOption(format);
    int code = Ok;
    if (!parseArguments(parser, inv, code))
        return code;
    bool json = false;
    if (!readFormat(parser, inv.err, json))
        return UsageOrIo;
    if (parser.positionalArguments().size() != 1) {
        inv.err << "routescope-cli routes: exactly one FILE is needed\n\n" << helpText(parser, inv);
        return UsageOrIo;
    }
    const std::optional<ConfigSet> loaded = loadConfig(parser.positionalArguments().first(), inv.err);
    if (!loaded)
        return UsageOrIo;
    const ConfigSet &config = *loaded;
    const bool errors = reportErrors(config, inv.err);
    const RouteModel model = RouteModel::build(config);
    QJsonArray scopes;
    for (int i = 0; i < model.scopes().size(); ++i) {
        const RoutingScope &s = model.scopes().at(i);
        if (!s.setsRouting())
            continue;
        const auto gateway = model.gateway(i);
        struct Part { const char *option; QList<PlacedEntry> entries; std::optional<NodeRef> ref; };
        const Part parts[] = {{"routes", model.routes(i), s.routesOption},
                              {"gateway", gateway ? QList<PlacedEntry>{*gateway} : QList<PlacedEntry>{}, s.gatewayOption}};
        for (const Part &part : parts) {
            if (!part.ref)
                continue;
            const Location where = model.locationOf(*part.ref);
            if (json) {
                QJsonArray entries;
                for (const PlacedEntry &p : part.entries)
                    entries.append(entryJson(p));
                scopes.append(QJsonObject{{QStringLiteral("kind"), scopeKindName(s.kind)},
                                          {QStringLiteral("name"), s.kind == ScopeKind::Global ? QJsonValue() : QJsonValue(s.name)},
                                          {QStringLiteral("regex"), s.isRegex},
                                          {QStringLiteral("path"), pathJson(scopePath(model, i))},
                                          {QStringLiteral("option"), QString::fromLatin1(part.option)},
                                          {QStringLiteral("file"), model.path(where)},
                                          {QStringLiteral("line"), where.line},
                                          {QStringLiteral("entries"), entries}});
                continue;
            }
            // Names and entries are file content: printable() each, so that none can
            // hold a line break that forges a line of output.
            const QString title = s.kind == ScopeKind::Global ? QStringLiteral("global") : pathText(scopePath(model, i));
            inv.out << printable(model.path(where)) << ':' << where.line << ": " << printable(title) << ' '
                    << (qstrcmp(part.option, "routes") == 0 ? "Routes" : "Gateway") << '\n';
            for (const PlacedEntry &p : part.entries)
                inv.out << "  " << p.index << "  " << printable(p.entry.text) << "  (" << printable(entryText(p)) << ")\n";
            if (part.entries.isEmpty())
                inv.out << "  (no entries)\n";
        }
    }
    if (json)
        inv.out << toJson(QJsonObject{{QStringLiteral("scopes"), scopes}});
    return errors ? Findings : Ok;
}

} // namespace rs::cli
