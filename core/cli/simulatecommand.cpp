// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandsupport.h"
#include "cli/wording.h"
#include "simulation/timesim.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rs::cli {

namespace {

QJsonObject bandJson(const Band &b)
{
    return QJsonObject{{QStringLiteral("median"), b.median}, {QStringLiteral("low"), b.low}, {QStringLiteral("high"), b.high}};
}

QJsonValue throttleJson(const std::optional<Throttle> &t, const OptionSource &source, const QString &mainFile)
{
    if (!t)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("count"), t->count},
                       {QStringLiteral("seconds"), t->seconds},
                       {QStringLiteral("source"), sourceJson(source, mainFile)}};
}

// The CSV of the issue: one row per step and host, the medians over the runs.
void printCsv(const TimeSimResult &r, QTextStream &out)
{
    out << "t,host,connections,delivered,queue\n";
    for (qsizetype k = 0; k < r.stepCount(); ++k) {
        const int queue = r.queue.at(k).median;
        for (const HostTimeline &h : r.hosts) {
            out << r.times.at(k) << ',' << h.host << ',' << h.connections.at(k).median << ','
                << h.delivered.at(k).median << ',' << queue << '\n';
        }
    }
}

QJsonObject toJsonObject(const TimeSimSetup &s, const TimeSimResult &r, const QString &mainFile)
{
    const RoutePlan &p = s.explanation.plan;
    QJsonArray outages;
    for (const Outage &o : s.outages)
        outages.append(QJsonObject{{QStringLiteral("host"), o.host}, {QStringLiteral("start"), o.start}, {QStringLiteral("end"), o.end}});
    QJsonArray epochs;
    for (const DnsEpoch &e : r.epochs) {
        QJsonArray candidates;
        for (const Candidate &c : e.candidates) {
            candidates.append(QJsonObject{{QStringLiteral("host"), c.host},
                                          {QStringLiteral("pref"), c.pref},
                                          {QStringLiteral("limit"), c.limit},
                                          {QStringLiteral("ttl"), c.ttl ? QJsonValue(double(*c.ttl)) : QJsonValue()},
                                          {QStringLiteral("state"), candidateStateName(c.state)}});
        }
        epochs.append(QJsonObject{{QStringLiteral("from"), e.from}, {QStringLiteral("candidates"), candidates}});
    }
    QJsonArray hosts;
    for (const HostTimeline &h : r.hosts)
        hosts.append(h.host);
    QJsonArray steps;
    for (qsizetype k = 0; k < r.stepCount(); ++k) {
        QJsonArray perHost;
        for (const HostTimeline &h : r.hosts) {
            perHost.append(QJsonObject{{QStringLiteral("host"), h.host},
                                       {QStringLiteral("state"), hostPhaseName(h.phase.at(k))},
                                       {QStringLiteral("connections"), bandJson(h.connections.at(k))},
                                       {QStringLiteral("delivered"), bandJson(h.delivered.at(k))},
                                       {QStringLiteral("expected"), h.expected.at(k)}});
        }
        steps.append(QJsonObject{{QStringLiteral("t"), r.times.at(k)},
                                 {QStringLiteral("arrived"), r.arrivals.at(k)},
                                 {QStringLiteral("queue"), bandJson(r.queue.at(k))},
                                 {QStringLiteral("connections"), bandJson(r.openConnections.at(k))},
                                 {QStringLiteral("hosts"), perHost}});
    }
    QJsonArray runs;
    for (const RunTotals &t : r.runs) {
        runs.append(QJsonObject{{QStringLiteral("arrived"), t.arrived},
                                {QStringLiteral("delivered"), t.delivered},
                                {QStringLiteral("queued"), t.queued}});
    }
    return QJsonObject{
        {QStringLiteral("domain"), p.domain},
        {QStringLiteral("binding"), nullable(p.binding)},
        {QStringLiteral("bindingGroup"), nullable(p.bindingGroup)},
        {QStringLiteral("duration"), s.duration},
        {QStringLiteral("step"), s.step},
        {QStringLiteral("rate"), rateText(s.arrival)},
        {QStringLiteral("initialQueue"), s.initialQueue},
        {QStringLiteral("hostRate"), rateText(s.hostRate)},
        {QStringLiteral("connectionLifetime"), s.connectionLifetime},
        {QStringLiteral("seed"), QString::number(s.seed)},
        {QStringLiteral("runs"), s.runs},
        {QStringLiteral("domainLimit"), p.domainLimit},
        {QStringLiteral("domainLimitSource"), sourceJson(p.limitSource, mainFile)},
        {QStringLiteral("throttleConnections"), throttleJson(p.throttleConnections, p.throttleConnectionsSource, mainFile)},
        {QStringLiteral("throttleMessages"), throttleJson(p.throttleMessages, p.throttleMessagesSource, mainFile)},
        {QStringLiteral("outages"), outages},
        {QStringLiteral("zoneSwitch"), s.after ? QJsonValue(s.switchAt) : QJsonValue()},
        {QStringLiteral("epochs"), epochs},
        {QStringLiteral("hosts"), hosts},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("runTotals"), runs},
    };
}

} // namespace

int simulateCommand(const Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Simulate a domain's mail over time: messages arrive at a rate, connections open under the\n"
        "domain and host limits and Outbound_Throttle_Connections, deliver under\n"
        "Outbound_Throttle_Messages; hosts go down and come back; DNS answers change when their TTL\n"
        "expires. Within a preference tier each connection goes to a random host with room, as the\n"
        "MTA picks; --runs repeats that and prints the medians (json: with the 10-90 % band and the\n"
        "expected spread). CSV: t,host,connections,delivered,queue, one row per step and host."));
    parser.addPositionalArgument(QStringLiteral("CONFIG"), QStringLiteral("The configuration."));
    const QCommandLineOption domain(QStringLiteral("domain"), QStringLiteral("Recipient domain."), QStringLiteral("NAME"));
    const QCommandLineOption binding(QStringLiteral("binding"),
                                     QStringLiteral("Mail is sent through this Binding; default: no binding."),
                                     QStringLiteral("NAME"));
    const LookupArguments lookup;
    const QCommandLineOption zoneAfter(QStringLiteral("zone-after"),
                                       QStringLiteral("From T on, DNS answers from FILE (repeatable, one T); each host set "
                                                      "changes when its cached answer's TTL expires."),
                                       QStringLiteral("T=FILE"));
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      QStringLiteral("Simulated time: 90, 90s, 10m, 1h, 1h30m (default 10m)."),
                                      QStringLiteral("DURATION"), QStringLiteral("10m"));
    const QCommandLineOption step(QStringLiteral("step"), QStringLiteral("Length of one step (default 1s)."),
                                  QStringLiteral("DURATION"), QStringLiteral("1s"));
    const QCommandLineOption rate(QStringLiteral("rate"),
                                  QStringLiteral("Messages arriving for the domain: 50/s, 300/m, 1/2s (default 50/s)."),
                                  QStringLiteral("RATE"), QStringLiteral("50/s"));
    const QCommandLineOption queue(QStringLiteral("queue"), QStringLiteral("Messages already queued at the start (default 0)."),
                                   QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption hostRate(QStringLiteral("host-rate"),
                                      QStringLiteral("Messages one connection delivers per second, for every host "
                                                     "(default 5/s) or HOST=RATE for one (repeatable)."),
                                      QStringLiteral("[HOST=]RATE"));
    const QCommandLineOption lifetime(QStringLiteral("lifetime"),
                                      QStringLiteral("A connection is reopened (picked again) after this long; 0 keeps it "
                                                     "while there is mail (default 60s)."),
                                      QStringLiteral("DURATION"), QStringLiteral("60s"));
    const QCommandLineOption down(QStringLiteral("down"),
                                  QStringLiteral("A host (or address) down from START to END, e.g. mx1.example@5m-20m; "
                                                 "without @ for the whole run (repeatable)."),
                                  QStringLiteral("HOST[@START-END]"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("Override a host's limit (repeatable)."),
                                   QStringLiteral("HOST=N"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the random pick (default 1)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("Runs of the random pick; the output holds the medians (default 1, "
                                                 "at most %1).").arg(kMaxSimulationRuns),
                                  QStringLiteral("K"), QStringLiteral("1"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("Output format: csv or json (default csv)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("csv"));
    parser.addOptions({domain, binding});
    parser.addOptions(lookup.options());
    parser.addOptions({zoneAfter, duration, step, rate, queue, hostRate, lifetime, down, limit, seed, runs, format});
    int code = Ok;
    if (!parseArguments(parser, inv, code))
        return code;
    auto usage = [&](const QString &message) {
        inv.err << "routescope-cli simulate: " << message << "\n\n" << helpText(parser, inv);
        return UsageOrIo;
    };
    const QString fmt = parser.value(format);
    if (fmt != u"csv" && fmt != u"json")
        return usage(QStringLiteral("--format must be 'csv' or 'json', not '%1'").arg(fmt));
    if (parser.positionalArguments().size() != 1)
        return usage(QStringLiteral("exactly one CONFIG is needed"));
    if (!parser.isSet(domain) || parser.value(domain).trimmed().isEmpty())
        return usage(QStringLiteral("--domain NAME is required"));
    LookupOptions options;
    if (QString message; !lookup.read(parser, options, message))
        return usage(message);

    TimeSimSetup setup;
    auto durationOf = [&](const QCommandLineOption &o, qint64 &out) {
        const auto d = parseDuration(parser.value(o));
        if (!d)
            return false;
        out = *d;
        return true;
    };
    if (!durationOf(duration, setup.duration) || setup.duration <= 0)
        return usage(QStringLiteral("--duration takes a duration such as 90, 90s, 10m or 1h, not '%1'").arg(parser.value(duration)));
    if (!durationOf(step, setup.step) || setup.step <= 0)
        return usage(QStringLiteral("--step takes a duration of at least 1s, such as 1s or 1m, not '%1'").arg(parser.value(step)));
    if (!durationOf(lifetime, setup.connectionLifetime))
        return usage(QStringLiteral("--lifetime takes a duration such as 0, 30s or 2m, not '%1'").arg(parser.value(lifetime)));
    const auto arrival = parseRate(parser.value(rate));
    if (!arrival)
        return usage(QStringLiteral("--rate takes a rate such as 50/s, 300/m or 1/2s, not '%1'").arg(parser.value(rate)));
    setup.arrival = *arrival;
    bool ok = false;
    setup.initialQueue = parser.value(queue).toLongLong(&ok);
    if (!ok || setup.initialQueue < 0 || setup.initialQueue > 1000000000)
        return usage(QStringLiteral("--queue must be a number from 0 to 1000000000"));
    for (const QString &v : parser.values(hostRate)) {
        const qsizetype eq = v.lastIndexOf(u'=');
        const auto r = parseRate(eq < 0 ? v : v.mid(eq + 1));
        if (!r || r->count <= 0 || (eq == 0))
            return usage(QStringLiteral("--host-rate takes RATE or HOST=RATE with a rate above zero, such as 5/s, not '%1'").arg(v));
        if (eq < 0)
            setup.hostRate = *r;
        else
            setup.hostRates.insert(v.left(eq).toLower(), *r);
    }
    WhatIf whatIf;
    for (const QString &v : parser.values(down)) {
        if (!v.contains(u'@')) {
            whatIf.down.append(v);
            continue;
        }
        const auto o = parseOutage(v);
        if (!o)
            return usage(QStringLiteral("--down takes HOST or HOST@START-END with START before END, such as "
                                        "mx1.example@5m-20m, not '%1'").arg(v));
        setup.outages.append(*o);
    }
    if (QString message; !readLimits(parser.values(limit), whatIf.limits, message))
        return usage(message);
    setup.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return usage(QStringLiteral("--seed must be a whole number from 0 to 18446744073709551615"));
    setup.runs = parser.value(runs).toInt(&ok);
    if (!ok || setup.runs < 1 || setup.runs > kMaxSimulationRuns)
        return usage(QStringLiteral("--runs must be a number from 1 to %1").arg(kMaxSimulationRuns));
    QStringList afterFiles;
    for (const QString &v : parser.values(zoneAfter)) {
        const qsizetype eq = v.indexOf(u'=');
        const auto at = eq > 0 ? parseDuration(v.left(eq)) : std::nullopt;
        if (!at || eq + 1 >= v.size())
            return usage(QStringLiteral("--zone-after takes T=FILE with T a duration, such as 5m=new.zone, not '%1'").arg(v));
        if (!afterFiles.isEmpty() && *at != setup.switchAt)
            return usage(QStringLiteral("every --zone-after needs the same time T"));
        setup.switchAt = *at;
        afterFiles.append(v.mid(eq + 1));
    }
    if (const SetupProblem problem = checkSetup(setup); problem != SetupProblem::None)
        return usage(setupProblemText(problem));

    std::optional<ConfigSet> loaded = loadConfig(parser.positionalArguments().first(), inv.err);
    if (!loaded)
        return UsageOrIo;
    const ConfigSet &config = *loaded;
    const RouteModel model = RouteModel::build(config);
    BindingChoice through;
    if (parser.isSet(binding)) {
        QString message;
        if (!findBinding(model, parser.value(binding), through, message))
            return usage(message);
    }
    const RoutePlan plan = planFor(model, parser.value(domain), through);
    QString error;
    const std::optional<Explanation> before = explainNow(plan, options, whatIf, error);
    if (!before) {
        inv.err << "routescope-cli simulate: " << error << '\n';
        return UsageOrIo;
    }
    setup.explanation = *before;
    if (!afterFiles.isEmpty()) {
        LookupOptions second;
        second.zoneFiles = afterFiles;
        setup.after = explainNow(plan, second, whatIf, error);
        if (!setup.after) {
            inv.err << "routescope-cli simulate: " << error << '\n';
            return UsageOrIo;
        }
    }

    // An outage of a host that is no candidate changes nothing: most likely a typo.
    if (const QList<int> stray = outagesMatchingNothing(setup); !stray.isEmpty()) {
        QStringList hosts, candidates;
        for (const int i : stray)
            hosts << setup.outages.at(i).host;
        for (const DnsEpoch &e : dnsEpochs(setup.explanation, setup.after, setup.switchAt)) {
            for (const Candidate &c : e.candidates) {
                if (!candidates.contains(c.host))
                    candidates << c.host;
            }
        }
        return usage(QStringLiteral("--down %1: no such candidate of '%2' (candidates: %3)")
                         .arg(hosts.join(QStringLiteral(", ")), plan.domain,
                              candidates.isEmpty() ? QStringLiteral("none") : candidates.join(QStringLiteral(", "))));
    }
    const TimeSimResult result = runTimeSimulation(setup);
    if (fmt == u"json")
        inv.out << toJson(toJsonObject(setup, result, config.mainTree().path()));
    else
        printCsv(result, inv.out);
    const bool deliverable = before->hasUsableCandidate() || (setup.after && setup.after->hasUsableCandidate());
    if (!deliverable)
        inv.err << "routescope-cli simulate: no host can take mail for " << plan.domain << '\n';
    return deliverable ? Ok : Findings;
}

} // namespace rs::cli
