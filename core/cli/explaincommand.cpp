// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandsupport.h"
#include "cli/diagnostictext.h"
#include "cli/wording.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rs::cli {

namespace {

QString portSourceText(const RoutePlan &p, const Candidate &c, const QString &mainFile)
{
    return c.portFromEntry ? QStringLiteral("port= of the entry") : sourceText(p.portSource, mainFile);
}

QString limitSourceText(const Candidate &c, const QString &mainFile)
{
    switch (c.limitOrigin) {
    case LimitOrigin::None: return QStringLiteral("no Host scope limits it");
    case LimitOrigin::WhatIf: return QStringLiteral("what-if override");
    case LimitOrigin::HostStanza: return sourceText(*c.limitSource, mainFile);
    }
    return {};
}

QString ttlText(const Candidate &c)
{
    return c.ttl ? QString::number(*c.ttl) : QStringLiteral("-");
}

QString prefText(const Candidate &c)
{
    switch (c.prefSource) {
    // Entries are numbered from 1 for people (as the editor does); JSON keeps the index.
    case PrefSource::Explicit: return QStringLiteral("%1 (pref= in entry %2)").arg(c.pref).arg(c.entry + 1);
    case PrefSource::Implied:
        return QStringLiteral("%1 (no pref=: entry %2 is at position %1, counted from 0)").arg(c.pref).arg(c.entry + 1);
    case PrefSource::Dns:
        return c.lookup == LookupKind::ImplicitMx ? QStringLiteral("0 (implicit MX: no MX records)")
                                                  : QStringLiteral("%1 (DNS MX preference)").arg(c.pref);
    }
    return {};
}

// The console's `domain` command layout: [PREF name. TTL:N], addresses below, => next.
void printText(const Explanation &ex, bool steps, const QString &mainFile, QTextStream &out)
{
    const RoutePlan &p = ex.plan;
    int usable = 0;
    for (const Candidate &c : ex.candidates)
        usable += c.state == CandidateState::Usable ? 1 : 0;
    std::optional<qint64> ttl;
    for (const Candidate &c : ex.candidates) {
        if (c.ttl)
            ttl = ttl ? std::min(*ttl, *c.ttl) : *c.ttl;
    }
    // Names, reasons and sources come from the configuration and DNS: each printable(),
    // so none can forge a line.
    out << "Domain '" << printable(p.domain) << '\'';
    if (p.hasBinding()) {
        out << " through Binding '" << printable(p.binding) << '\'';
        if (!p.bindingGroup.isNull())
            out << " (Binding_Group '" << printable(p.bindingGroup) << "')";
    }
    out << " has " << ex.candidates.size() << " host"
        << (ex.candidates.size() == 1 ? "" : "s") << " (" << usable << " usable)";
    if (ttl)
        out << " and a TTL of " << *ttl << " seconds";
    out << ", from " << printable(routeSourceText(p, mainFile)) << '\n';
    const int next = ex.simulation.candidateAfter(0);
    for (int i = 0; i < ex.candidates.size(); ++i) {
        const Candidate &c = ex.candidates.at(i);
        const bool literal = c.lookup == LookupKind::Literal;
        out << "    [" << c.pref << ' ' << printable(c.host) << (literal ? "" : ".") << " TTL:" << ttlText(c) << ']';
        if (c.state != CandidateState::Usable)
            out << "  " << candidateStateName(c.state) << ": " << printable(candidateProblemText(c));
        out << '\n';
        for (int a = 0; a < c.addresses.size(); ++a) {
            const QString &addr = c.addresses.at(a);
            const bool v6 = addr.contains(u':');
            // As in the console: => the next connection's address, * one that cannot be used.
            const char *mark = i == next && a == 0 ? "  =>\t" : c.state != CandidateState::Usable ? "  *\t" : "      ";
            out << mark << '[' << printable(addr) << "]:" << c.port
                << (v6 ? " IPv6" : " IPv4") << '\n';
        }
    }
    if (next >= 0)
        out << "  (=> the address a new connection takes when none is open; * unusable)\n";
    out << "\nSimulated " << ex.connections << " connection" << (ex.connections == 1 ? "" : "s")
        << " (domain limit " << p.domainLimit << ": " << printable(sourceText(p.limitSource, mainFile)) << "):\n";
    int width = 8;
    for (const Candidate &c : ex.candidates)
        width = std::max(width, int(printable(c.host).size()));
    for (int i = 0; i < ex.candidates.size(); ++i) {
        const Candidate &c = ex.candidates.at(i);
        out << "  " << printable(c.host).leftJustified(width) << ' ' << QString::number(ex.simulation.assigned.at(i)).rightJustified(4)
            << "  pref " << prefText(c) << "; port " << c.port << " (" << printable(portSourceText(p, c, mainFile))
            << "); limit " << (c.limit < 0 ? QStringLiteral("none") : QString::number(c.limit)) << " ("
            << printable(limitSourceText(c, mainFile)) << ")\n";
    }
    out << "  " << QStringLiteral("waiting").leftJustified(width) << ' '
        << QString::number(ex.simulation.waiting).rightJustified(4) << '\n';
    if (steps) {
        out << "Connection by connection:\n";
        for (const SimulationStep &s : ex.simulation.steps)
            out << "  #" << s.connection << ' ' << (s.candidate < 0 ? QStringLiteral("waits") : printable(ex.candidates.at(s.candidate).host))
                << ": " << printable(stepText(s, ex.candidates, ex.simulation.domainLimit)) << '\n';
    }
    out << "The MTA picks at random among the best-preference hosts with room; these counts are the\n"
           "expected spread of that choice (the deterministic fewest-connections equivalent).\n";
    for (const Diagnostic &d : ex.diagnostics) {
        out << (d.file.isEmpty() ? QString() : printable(d.file) + u':' + QString::number(d.line) + u": ")
            << severityName(d.severity) << ": " << diagnosticText(d) << " [" << d.code << "]\n";
    }
    for (const Diagnostic &n : ex.notes)
        out << "note: " << diagnosticText(n) << '\n';
}

QJsonObject toJsonObject(const Explanation &ex, const QString &mainFile)
{
    const RoutePlan &p = ex.plan;
    QJsonArray candidates;
    QJsonObject assigned;
    for (int i = 0; i < ex.candidates.size(); ++i) {
        const Candidate &c = ex.candidates.at(i);
        QJsonObject o{{QStringLiteral("host"), c.host},
                      {QStringLiteral("pref"), c.pref},
                      {QStringLiteral("prefSource"), prefSourceName(c.prefSource)},
                      {QStringLiteral("port"), c.port},
                      {QStringLiteral("ttl"), c.ttl ? QJsonValue(double(*c.ttl)) : QJsonValue()},
                      {QStringLiteral("addresses"), QJsonArray::fromStringList(c.addresses)},
                      {QStringLiteral("entry"), c.entry},
                      {QStringLiteral("lookup"), lookupKindName(c.lookup)},
                      {QStringLiteral("limit"), c.limit},
                      {QStringLiteral("state"), candidateStateName(c.state)},
                      {QStringLiteral("mxPreference"), c.mxPreference < 0 ? QJsonValue() : QJsonValue(c.mxPreference)},
                      {QStringLiteral("portSource"), portSourceText(p, c, mainFile)},
                      {QStringLiteral("limitSource"), limitSourceText(c, mainFile)},
                      {QStringLiteral("portFrom"), c.portFromEntry ? QJsonValue(QStringLiteral("entry"))
                                                                   : QJsonValue(sourceJson(p.portSource, mainFile))},
                      {QStringLiteral("limitFrom"), c.limitSource ? QJsonValue(sourceJson(*c.limitSource, mainFile))
                                                                  : QJsonValue(c.limitOrigin == LimitOrigin::WhatIf
                                                                                   ? QStringLiteral("what-if")
                                                                                   : QStringLiteral("none"))},
                      {QStringLiteral("reason"), nullable(candidateProblemText(c))},
                      {QStringLiteral("reasonCode"), nullable(candidateProblemKey(c))}};
        candidates.append(o);
        assigned.insert(c.host, assigned.value(c.host).toInt() + ex.simulation.assigned.at(i));
    }
    QJsonArray diagnostics;
    for (const Diagnostic &d : ex.diagnostics) {
        diagnostics.append(QJsonObject{{QStringLiteral("severity"), severityName(d.severity)},
                                       {QStringLiteral("code"), d.code},
                                       {QStringLiteral("message"), diagnosticText(d)},
                                       {QStringLiteral("line"), d.line > 0 ? QJsonValue(d.line) : QJsonValue()}});
    }
    // The notes' texts as before, and their codes in the same order.
    QStringList notes, noteCodes;
    for (const Diagnostic &n : ex.notes) {
        notes << diagnosticText(n);
        noteCodes << n.code;
    }
    const int next = ex.simulation.candidateAfter(0);
    const QJsonObject source = routeSourceJson(p, mainFile);
    return QJsonObject{
        {QStringLiteral("domain"), p.domain},
        {QStringLiteral("binding"), nullable(p.binding)},
        {QStringLiteral("bindingGroup"), nullable(p.bindingGroup)},
        {QStringLiteral("source"), source},
        {QStringLiteral("domainLimit"), p.domainLimit},
        {QStringLiteral("domainLimitSource"), sourceJson(p.limitSource, mainFile)},
        {QStringLiteral("defaultPort"), p.defaultPort},
        {QStringLiteral("defaultPortSource"), sourceJson(p.portSource, mainFile)},
        {QStringLiteral("candidates"), candidates},
        {QStringLiteral("simulation"),
         QJsonObject{{QStringLiteral("requested"), ex.connections},
                     {QStringLiteral("assigned"), assigned},
                     {QStringLiteral("waiting"), ex.simulation.waiting},
                     {QStringLiteral("next"), next < 0 ? QJsonValue() : QJsonValue(ex.candidates.at(next).host)}}},
        {QStringLiteral("nullMx"), ex.nullMx},
        {QStringLiteral("diagnostics"), diagnostics},
        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
        {QStringLiteral("noteCodes"), QJsonArray::fromStringList(noteCodes)},
    };
}

} // namespace

int explainCommand(const Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Show which hosts mail for a domain would go to, in order, and how N connections spread.\n"
        "Resolves through an offline zone file (--zone), a DNS server (--dns), or the system resolver."));
    parser.addPositionalArgument(QStringLiteral("CONFIG"), QStringLiteral("The configuration."));
    const QCommandLineOption domain(QStringLiteral("domain"), QStringLiteral("Recipient domain."), QStringLiteral("NAME"));
    const QCommandLineOption binding(QStringLiteral("binding"),
                                     QStringLiteral("Mail is sent through this Binding (its Binding_Group is found from "
                                                    "the file); default: no binding."),
                                     QStringLiteral("NAME"));
    const LookupArguments lookup;
    const QCommandLineOption connections(QStringLiteral("connections"),
                                         QStringLiteral("Connections to simulate (default: the domain limit)."),
                                         QStringLiteral("N"));
    const QCommandLineOption down(QStringLiteral("down"), QStringLiteral("Mark a host or address down (repeatable)."),
                                  QStringLiteral("HOST"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("Override a host's limit (repeatable)."),
                                   QStringLiteral("HOST=N"));
    const QCommandLineOption format = formatOption();
    const QCommandLineOption steps(QStringLiteral("steps"), QStringLiteral("Also show why each simulated connection went where it did."));
    parser.addOptions({domain, binding});
    parser.addOptions(lookup.options());
    parser.addOptions({connections, down, limit, steps, format});
    int code = Ok;
    if (!parseArguments(parser, inv, code))
        return code;
    auto usage = [&](const QString &message) {
        inv.err << "routescope-cli explain: " << message << "\n\n" << helpText(parser, inv);
        return UsageOrIo;
    };
    bool json = false;
    if (!readFormat(parser, inv.err, json))
        return UsageOrIo;
    if (parser.positionalArguments().size() != 1)
        return usage(QStringLiteral("exactly one CONFIG is needed"));
    if (!parser.isSet(domain) || parser.value(domain).trimmed().isEmpty())
        return usage(QStringLiteral("--domain NAME is required"));
    WhatIf whatIf;
    if (parser.isSet(connections)) {
        bool ok = false;
        whatIf.connections = parser.value(connections).toInt(&ok);
        if (!ok || whatIf.connections < 0 || whatIf.connections > 1000000)
            return usage(QStringLiteral("--connections must be a number from 0 to 1000000"));
    }
    whatIf.down = parser.values(down);
    if (QString message; !readLimits(parser.values(limit), whatIf.limits, message))
        return usage(message);
    LookupOptions lookupOptions;
    if (QString message; !lookup.read(parser, lookupOptions, message))
        return usage(message);

    const std::optional<ConfigSet> loaded = loadConfig(parser.positionalArguments().first(), inv.err);
    if (!loaded)
        return UsageOrIo;
    const ConfigSet &config = *loaded;
    const bool errors = reportErrors(config, inv.err);
    const RouteModel model = RouteModel::build(config);
    BindingChoice through;
    if (parser.isSet(binding)) {
        QString message;
        if (!findBinding(model, parser.value(binding), through, message))
            return usage(message);
    }
    const RoutePlan plan = planFor(model, parser.value(domain), through);
    const QString mainFile = config.mainTree().path();

    QString error;
    const std::optional<Explanation> result = explainNow(plan, lookupOptions, whatIf, error);
    if (!result) {
        inv.err << "routescope-cli explain: " << error << '\n';
        return UsageOrIo;
    }
    // A --down or --limit that names no candidate changes nothing: a typo would pass
    // for a what-if that was tried.
    if (const QStringList unmatched = unmatchedWhatIf(result->candidates, whatIf); !unmatched.isEmpty()) {
        QStringList names;
        for (const Candidate &c : std::as_const(result->candidates))
            names.append(c.addresses.isEmpty() ? c.host : c.host + QStringLiteral(" (") + c.addresses.join(u", ") + u')');
        inv.err << "routescope-cli explain: " << printable(unmatched.join(u", ")) << (unmatched.size() == 1 ? " is" : " are")
                << " not a candidate of '" << printable(plan.domain) << "' (--down and --limit take a host name or address of: "
                << (names.isEmpty() ? QStringLiteral("none") : printable(names.join(u"; "))) << ")\n";
        return UsageOrIo;
    }
    if (json)
        inv.out << toJson(toJsonObject(*result, mainFile));
    else
        printText(*result, parser.isSet(steps), mainFile, inv.out);
    return errors || !result->hasUsableCandidate() ? Findings : Ok;
}

} // namespace rs::cli
