// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandsupport.h"
#include "cli/wording.h"

#include "impact/domainlist.h"
#include "impact/impact.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rs::cli {

namespace {

constexpr QLatin1StringView kGitPrefix("git:");

QJsonObject sideJson(const Explanation &ex, const QString &mainFile)
{
    QJsonArray tiers;
    QJsonObject assigned;
    for (const TierSpan &span : preferenceTiers(ex.candidates)) {
        QJsonArray tier;
        for (qsizetype i = span.begin; i < span.end; ++i) {
            const Candidate &c = ex.candidates.at(i);
            QJsonObject host{{QStringLiteral("host"), c.host},
                             {QStringLiteral("pref"), c.pref},
                             {QStringLiteral("port"), c.port},
                             {QStringLiteral("limit"), c.limit},
                             {QStringLiteral("state"), candidateStateName(c.state)}};
            if (const QString why = candidateProblemText(c); !why.isEmpty()) {
                host.insert(QStringLiteral("reason"), why);
                host.insert(QStringLiteral("reasonCode"), candidateProblemKey(c));
            }
            tier.append(host);
            const int n = i < ex.simulation.assigned.size() ? ex.simulation.assigned.at(i) : 0;
            assigned.insert(c.host, assigned.value(c.host).toInt() + n);
        }
        tiers.append(tier);
    }
    return QJsonObject{
        {QStringLiteral("source"), routeSourceJson(ex.plan, mainFile)},
        {QStringLiteral("domainLimit"), ex.plan.domainLimit},
        {QStringLiteral("domainLimitSource"), sourceJson(ex.plan.limitSource, mainFile)},
        {QStringLiteral("defaultPort"), ex.plan.defaultPort},
        {QStringLiteral("defaultPortSource"), sourceJson(ex.plan.portSource, mainFile)},
        {QStringLiteral("usable"), ex.hasUsableCandidate()},
        {QStringLiteral("tiers"), tiers},
        {QStringLiteral("assigned"), assigned},
        {QStringLiteral("waiting"), ex.simulation.waiting},
        {QStringLiteral("nullMx"), ex.nullMx},
    };
}

QJsonObject loadJson(const HostLoad::Side &s)
{
    return QJsonObject{{QStringLiteral("connections"), double(s.connections)},
                       {QStringLiteral("domains"), s.domains},
                       {QStringLiteral("limit"), s.limit},
                       {QStringLiteral("oversubscribed"), s.oversubscribed()}};
}

QJsonObject toJsonObject(const ImpactResult &r, const QString &oldArg, const QString &newArg, const QStringList &down,
                         ImpactClasses failOn)
{
    QJsonObject classes;
    for (int c = 0; c < kImpactClassCount; ++c) {
        if (r.classCounts[size_t(c)] > 0)
            classes.insert(impactClassKey(ImpactClass(c)), double(r.classCounts[size_t(c)]));
    }
    QJsonArray changed;
    for (const DomainImpact &d : r.changed) {
        changed.append(QJsonObject{{QStringLiteral("domain"), d.domain},
                                   {QStringLiteral("binding"), nullable(d.binding)},
                                   {QStringLiteral("classes"), QJsonArray::fromStringList(impactClassKeys(d.classes))},
                                   {QStringLiteral("listed"), d.unit / r.columns() >= r.listedFrom},
                                   {QStringLiteral("before"), sideJson(d.before, r.beforePath)},
                                   {QStringLiteral("after"), sideJson(d.after, r.afterPath)}});
    }
    QJsonArray hosts;
    for (const HostLoad &h : r.hosts) {
        hosts.append(QJsonObject{{QStringLiteral("host"), h.host},
                                 {QStringLiteral("before"), loadJson(h.before)},
                                 {QStringLiteral("after"), loadJson(h.after)}});
    }
    QJsonArray bindings;
    for (const ComparedBinding &b : r.bindings) {
        bindings.append(QJsonObject{{QStringLiteral("name"), b.name},
                                    {QStringLiteral("inOld"), b.before},
                                    {QStringLiteral("inNew"), b.after}});
    }
    return QJsonObject{
        {QStringLiteral("old"), oldArg},
        {QStringLiteral("new"), newArg},
        {QStringLiteral("compared"), double(r.compared)},
        {QStringLiteral("domains"), double(r.domains.size())},
        {QStringLiteral("bindings"), bindings},
        {QStringLiteral("down"), QJsonArray::fromStringList(down)},
        {QStringLiteral("lookups"), double(r.distinctLookups)},
        {QStringLiteral("summary"),
         QJsonObject{{QStringLiteral("unchanged"), double(r.unchanged)},
                     {QStringLiteral("changed"), double(r.compared - r.unchanged)},
                     {QStringLiteral("classes"), classes}}},
        {QStringLiteral("failOn"), QJsonArray::fromStringList(impactClassKeys(failOn))},
        {QStringLiteral("failed"), r.classesSeen().intersects(failOn)},
        {QStringLiteral("changed"), changed},
        {QStringLiteral("hosts"), hosts},
    };
}

void printText(const ImpactResult &r, QTextStream &out)
{
    out << printable(impactSummaryText(r)) << '\n';
    for (const DomainImpact &d : r.changed) {
        out << '\n' << printable(d.domain);
        if (!d.binding.isNull())
            out << " through Binding '" << printable(d.binding) << '\'';
        out << ": " << impactClassKeys(d.classes).join(QStringLiteral(", ")) << '\n';
        out << "  before: " << impactSideText(d.before, d.classes) << "   after: " << impactSideText(d.after, d.classes)
            << '\n';
        if (d.classes.has(ImpactClass::SourceChanged)) {
            out << "  source before: " << printable(routeSourceText(d.before.plan, r.beforePath))
                << "\n  source after: " << printable(routeSourceText(d.after.plan, r.afterPath)) << '\n';
            if (d.before.plan.limitSource != d.after.plan.limitSource && d.before.plan.domainLimit != d.after.plan.domainLimit)
                out << "  domain limit " << d.before.plan.domainLimit << " ("
                    << printable(sourceText(d.before.plan.limitSource, r.beforePath)) << ") now "
                    << d.after.plan.domainLimit << " (" << printable(sourceText(d.after.plan.limitSource, r.afterPath))
                    << ")\n";
        }
        if (!d.after.hasUsableCandidate()) {
            QStringList why;
            for (const Candidate &c : d.after.candidates)
                why << printable(c.host) + QStringLiteral(": ") + printable(candidateProblemText(c));
            out << "  no usable host after: " << (why.isEmpty() ? QStringLiteral("no candidate") : why.join(QStringLiteral("; ")))
                << '\n';
        }
    }
    if (!r.changed.isEmpty())
        out << "\n(host=N: connections at the domain limit; * down or unresolved)\n";
    // The hosts whose load changes, or that more domains reach than their Host
    // stanza admits: a shared receiver oversubscribed by the change, or already.
    bool header = false;
    for (const HostLoad &h : r.hosts) {
        const bool changes = h.before.connections != h.after.connections || h.before.limit != h.after.limit;
        if (!changes && !h.after.oversubscribed())
            continue;
        if (!header) {
            out << "\nConnections per host (every compared domain at its limit, against the Host limit):\n";
            header = true;
        }
        out << "  " << printable(h.host) << ": " << groupedNumber(h.before.connections) << " -> "
            << groupedNumber(h.after.connections);
        if (h.after.limit >= 0)
            out << " (limit " << groupedNumber(h.after.limit) << ')';
        if (h.after.oversubscribed())
            out << "  oversubscribed";
        out << '\n';
    }
}

} // namespace

int impactCommand(const Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "What a configuration change does to every domain: which now go elsewhere, lose a fallback or can\n"
        "no longer be delivered. OLD may be git:REV, the same file (and its includes) at revision REV of\n"
        "the git repository holding NEW. Exit 0 when no domain has a class of --fail-on, 1 when one has."));
    parser.addPositionalArgument(QStringLiteral("OLD"), QStringLiteral("The configuration deployed now, or git:REV."));
    parser.addPositionalArgument(QStringLiteral("NEW"), QStringLiteral("The changed configuration."));
    const QCommandLineOption domains(QStringLiteral("domains"),
                                     QStringLiteral("Also compare these domains: one per line, # comments."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption binding(QStringLiteral("binding"),
                                     QStringLiteral("Also compare every domain as sent through this Binding (repeatable)."),
                                     QStringLiteral("NAME"));
    const LookupArguments lookup;
    const QCommandLineOption down(QStringLiteral("down"),
                                  QStringLiteral("Mark a host or address down in NEW only (repeatable): maintenance what-if."),
                                  QStringLiteral("HOST"));
    const QCommandLineOption failOn(QStringLiteral("fail-on"),
                                    QStringLiteral("Exit 1 when a domain has one of these classes: a comma list, or "
                                                   "'any' (default: undeliverable)."),
                                    QStringLiteral("CLASSES"), QStringLiteral("undeliverable"));
    const QCommandLineOption format = formatOption();
    parser.addOptions({domains, binding});
    parser.addOptions(lookup.options());
    parser.addOptions({down, failOn, format});
    int code = Ok;
    if (!parseArguments(parser, inv, code))
        return code;
    auto usage = [&](const QString &message) {
        inv.err << "routescope-cli impact: " << printable(message) << "\n\n" << helpText(parser, inv);
        return UsageOrIo;
    };
    auto error = [&](const QString &message) {
        inv.err << "routescope-cli impact: error: " << printable(message) << '\n';
        return UsageOrIo;
    };
    bool json = false;
    if (!readFormat(parser, inv.err, json))
        return UsageOrIo;
    if (parser.positionalArguments().size() != 2)
        return usage(QStringLiteral("OLD and NEW are needed"));
    ImpactClasses failClasses;
    for (const QString &key : parser.value(failOn).split(u',', Qt::SkipEmptyParts)) {
        if (key.trimmed() == u"any") {
            failClasses = ImpactClasses::all();
        } else if (const auto c = impactClassFromKey(key.trimmed())) {
            failClasses.add(*c);
        } else {
            return usage(QStringLiteral("--fail-on takes 'any' or classes among %1, not '%2'")
                             .arg(impactClassKeys(ImpactClasses::all()).join(QStringLiteral(", ")), key));
        }
    }
    LookupOptions lookupOptions;
    if (QString message; !lookup.read(parser, lookupOptions, message))
        return usage(message);

    const QString oldArg = parser.positionalArguments().at(0);
    const QString newArg = parser.positionalArguments().at(1);
    if (newArg.startsWith(kGitPrefix))
        return usage(QStringLiteral("NEW is a file; only OLD may be git:REV"));
    ImpactSetup setup;
    if (oldArg.startsWith(kGitPrefix)) {
        if (oldArg.size() == kGitPrefix.size())
            return usage(QStringLiteral("git: needs a revision, as in git:HEAD or git:origin/main"));
        setup.before = ConfigSource::gitRevision(newArg, oldArg.mid(kGitPrefix.size()));
    } else {
        setup.before = ConfigSource::file(oldArg);
    }
    setup.after = ConfigSource::file(newArg);
    if (parser.isSet(domains)) {
        const QString path = parser.value(domains);
        const IoResult<io::FileContent> list = io::readRegularFile(path);
        if (!list) {
            printIoError(inv.err, list.error());
            return UsageOrIo;
        }
        QList<DomainListProblem> problems;
        setup.listedDomains = parseDomainList(list->bytes, &problems);
        if (!problems.isEmpty()) {
            for (const DomainListProblem &p : std::as_const(problems))
                inv.err << printable(path) << ':' << p.line << ": error: not one domain name: " << quoteExcerpt(p.text)
                        << '\n';
            return UsageOrIo;
        }
    }

    // Both sides are loaded here, not in runImpact(), so that their errors print as
    // `check` prints them and --binding is checked as explain checks it.
    LoadedSides sides = loadConfigSources(setup.before, setup.after);
    for (const auto *loaded : {&sides.before, &sides.after}) {
        if (*loaded)
            continue;
        const SourceError &e = loaded->error();
        if (e.code == SourceError::Code::Git)
            return error(gitErrorText(e.git));
        printIoError(inv.err, e.io);
        return UsageOrIo;
    }
    const RouteModel &before = **sides.before;
    const RouteModel &after = **sides.after;
    for (const RouteModel *model : {&before, &after}) {
        if (hasErrors(model->config().diagnostics())) {
            inv.err << "routescope-cli impact: " << (model == &before ? "OLD" : "NEW") << " ("
                    << printable(model == &before ? oldArg : newArg) << ") has errors; what does not parse is left out:\n";
            reportErrors(model->config(), inv.err);
        }
    }
    for (const QString &name : parser.values(binding)) {
        BindingChoice unused;
        QString message;
        if (!findBinding(after, name, unused, message) && !findBinding(before, name, unused, message))
            return usage(message);
        if (before.findBinding(name) < 0 || after.findBinding(name) < 0)
            inv.err << "routescope-cli impact: note: Binding '" << printable(name) << "' is declared in "
                    << (before.findBinding(name) < 0 ? "NEW only" : "OLD only")
                    << "; where it is missing, its mail is compared as sent without a binding\n";
    }
    setup.bindings = parser.values(binding);
    setup.before = ConfigSource::built(*sides.before);
    setup.after = ConfigSource::built(*sides.after);
    setup.down = parser.values(down);
    setup.lookup = lookupOptions;

    const ImpactResult result = runImpact(setup);
    switch (result.error.code) {
    case ImpactError::Code::None: break;
    case ImpactError::Code::Lookup: return error(lookupSetupText(result.error.lookupProblems));
    case ImpactError::Code::UnknownBinding: return usage(QStringLiteral("no Binding '%1' in either configuration").arg(result.error.name));
    case ImpactError::Code::Source:
    case ImpactError::Code::Cancelled: return error(QStringLiteral("the comparison did not finish"));
    }
    // A --down that names no candidate changes nothing: a typo would pass for a
    // maintenance what-if that was tried.
    if (!result.unmatchedDown.isEmpty()) {
        return usage(QStringLiteral("%1 %2 not a candidate host of any compared domain (--down takes a host name or "
                                    "address that some domain routes to)")
                         .arg(result.unmatchedDown.join(QStringLiteral(", ")),
                              result.unmatchedDown.size() == 1 ? QStringLiteral("is") : QStringLiteral("are")));
    }
    if (json)
        inv.out << toJson(toJsonObject(result, oldArg, newArg, setup.down, failClasses));
    else
        printText(result, inv.out);
    return result.classesSeen().intersects(failClasses) ? Findings : Ok;
}

} // namespace rs::cli
