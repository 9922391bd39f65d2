// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/wording.h"

#include "cli/diagnostictext.h"
#include "config/diagnostic.h"
#include "io/fileio.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace rs::cli {

using namespace Qt::Literals::StringLiterals;

QString optionName(RoutingOption option)
{
    switch (option) {
    case RoutingOption::Routes: return QStringLiteral("Routes");
    case RoutingOption::Gateway: return QStringLiteral("Gateway");
    case RoutingOption::RemoteSmtpPort: return QStringLiteral("Remote_SMTP_Port");
    case RoutingOption::MaxOutboundConnections: return QStringLiteral("Max_Outbound_Connections");
    case RoutingOption::OutboundThrottleConnections: return QStringLiteral("Outbound_Throttle_Connections");
    case RoutingOption::OutboundThrottleMessages: return QStringLiteral("Outbound_Throttle_Messages");
    }
    return {};
}

QString optionKey(RoutingOption option)
{
    return optionName(option).toLower();
}

QString scopeKeyword(ScopeKind kind)
{
    switch (kind) {
    case ScopeKind::Global: return QStringLiteral("global");
    case ScopeKind::Domain: return QStringLiteral("Domain");
    case ScopeKind::Host: return QStringLiteral("Host");
    case ScopeKind::Binding: return QStringLiteral("Binding");
    case ScopeKind::BindingGroup: return QStringLiteral("Binding_Group");
    case ScopeKind::Other: return QStringLiteral("scope");
    }
    return {};
}

QString pathText(const QList<ScopeStep> &path)
{
    if (path.isEmpty())
        return QStringLiteral("the global scope");
    QStringList parts;
    for (const ScopeStep &s : path)
        parts << scopeKeyword(s.kind) + QStringLiteral(" \"") + s.name + u'"';
    return parts.join(QStringLiteral(" > "));
}

static QString placeText(const OptionSource &source, const QString &mainFile)
{
    if (source.fileIndex <= 0)
        return QStringLiteral("line %1").arg(source.line);
    const QString relative = QFileInfo(mainFile).absoluteDir().relativeFilePath(source.file);
    return QStringLiteral("%1:%2").arg(relative.startsWith(QStringLiteral("..")) ? source.file : relative).arg(source.line);
}

QString sourceText(const OptionSource &source, const QString &mainFile)
{
    if (source.isDefault())
        return QStringLiteral("default");
    return QStringLiteral("%1 in %2 (%3)").arg(optionName(source.option), pathText(source.path), placeText(source, mainFile));
}

static QString blockedText(const BlockedHost &b, const QList<Candidate> &candidates)
{
    const Candidate &c = candidates.at(b.candidate);
    switch (b.why) {
    case HostBlock::Down: return c.host + QStringLiteral(" down");
    case HostBlock::Unresolved: return c.host + QStringLiteral(" unresolved");
    case HostBlock::AtLimit: return QStringLiteral("%1 at its limit of %2").arg(c.host).arg(c.limit);
    }
    return {};
}

static QString tierText(const FullTier &t, const QList<Candidate> &candidates)
{
    QStringList hosts;
    for (const BlockedHost &b : t.hosts)
        hosts << blockedText(b, candidates);
    return QStringLiteral("preference %1 has no room (%2)").arg(t.pref).arg(hosts.join(QStringLiteral(", ")));
}

QString stepText(const SimulationStep &step, const QList<Candidate> &candidates, int domainLimit)
{
    QStringList skipped;
    for (const FullTier &t : step.skipped)
        skipped << tierText(t, candidates);
    switch (step.reason) {
    case StepReason::DomainLimit:
        return QStringLiteral("waits: the domain limit of %1 connections is reached").arg(domainLimit);
    case StepReason::NoCandidate: return QStringLiteral("waits: there is no candidate host");
    case StepReason::NoRoom: return QStringLiteral("waits: ") + skipped.join(QStringLiteral("; "));
    case StepReason::FewestInTier: break;
    }
    const Candidate &c = candidates.at(step.candidate);
    QString text = skipped.isEmpty() ? QString() : skipped.join(QStringLiteral("; ")) + QStringLiteral("; so ");
    text += QStringLiteral("%1 has the fewest connections (%2) among the usable hosts of preference %3")
                .arg(c.host)
                .arg(step.openBefore)
                .arg(c.pref);
    if (!step.passedOver.isEmpty()) {
        QStringList passed;
        for (const BlockedHost &b : step.passedOver)
            passed << blockedText(b, candidates);
        text += QStringLiteral(" (%1)").arg(passed.join(QStringLiteral(", ")));
    }
    return text;
}

QString stepReasonKey(StepReason reason)
{
    switch (reason) {
    case StepReason::FewestInTier: return QStringLiteral("fewest-in-tier");
    case StepReason::DomainLimit: return QStringLiteral("domain-limit");
    case StepReason::NoCandidate: return QStringLiteral("no-candidate");
    case StepReason::NoRoom: return QStringLiteral("no-room");
    }
    return {};
}

static QString dnsStatusText(DnsStatus status)
{
    switch (status) {
    case DnsStatus::Ok: return QStringLiteral("NOERROR");
    case DnsStatus::NullMx: return QStringLiteral("null MX");
    case DnsStatus::NxDomain: return QStringLiteral("NXDOMAIN");
    case DnsStatus::NoData: return QStringLiteral("NODATA");
    case DnsStatus::ServFail: return QStringLiteral("SERVFAIL");
    case DnsStatus::Refused: return QStringLiteral("REFUSED");
    case DnsStatus::Timeout: return QStringLiteral("TIMEOUT");
    case DnsStatus::Error: return QStringLiteral("ERROR");
    }
    return {};
}

// What is known beyond the status, as " (...)", or nothing.
static QString dnsCauseText(const DnsFailure &f)
{
    QString why;
    switch (f.cause) {
    case DnsCause::None: return {};
    case DnsCause::OutsideZones: why = QStringLiteral("the name is in none of the loaded zones"); break;
    case DnsCause::ZoneNotLoaded: why = QStringLiteral("its zone failed to load"); break;
    case DnsCause::AliasLeavesZone: why = QStringLiteral("an alias leads out of the zone"); break;
    case DnsCause::AliasChainTooLong: why = QStringLiteral("a CNAME chain longer than 16 links"); break;
    case DnsCause::BadName: why = QStringLiteral("not a valid domain name"); break;
    case DnsCause::MalformedAnswer: why = QStringLiteral("malformed answer"); break;
    case DnsCause::NoResolver: why = QStringLiteral("no resolver to ask"); break;
    case DnsCause::EmptyExchange: why = QStringLiteral("empty exchange next to other MX records"); break;
    case DnsCause::NotAsked: why = QStringLiteral("its addresses were not looked up"); break;
    case DnsCause::Library: why = f.detail; break;  // c-ares' own words
    }
    return why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why);
}

static QString addressFailureText(const DnsFailure &f)
{
    switch (f.status) {
    case DnsStatus::NxDomain: return QStringLiteral("NXDOMAIN: the host name does not exist");
    case DnsStatus::ServFail: return QStringLiteral("SERVFAIL looking up its addresses");
    case DnsStatus::Refused: return QStringLiteral("the server refused to answer for it");
    case DnsStatus::Timeout: return QStringLiteral("address lookup timed out");
    case DnsStatus::NoData: return QStringLiteral("no A/AAAA records");
    case DnsStatus::Ok:
    case DnsStatus::NullMx:
    case DnsStatus::Error: break;
    }
    return QStringLiteral("address lookup failed");
}

QString candidateProblemText(const Candidate &c)
{
    if (c.state == CandidateState::Down)
        return QStringLiteral("marked down");
    if (c.state == CandidateState::Usable)
        return {};
    switch (c.unresolved) {
    case UnresolvedReason::None:
    case UnresolvedReason::NotAnswered: return QStringLiteral("not resolved");
    case UnresolvedReason::NullMx: return QStringLiteral("%1 publishes a null MX: it accepts no mail").arg(c.host);
    case UnresolvedReason::LookupFailed:
        if (c.dns.status == DnsStatus::NoData)
            return QStringLiteral("no A/AAAA records") + dnsCauseText(c.dns);
        return (c.lookup == LookupKind::A ? QStringLiteral("A/AAAA lookup: ") : QStringLiteral("MX lookup: "))
            + dnsStatusText(c.dns.status) + dnsCauseText(c.dns);
    case UnresolvedReason::NoHost: return QStringLiteral("the lookup returned no host");
    case UnresolvedReason::NoAddresses: return QStringLiteral("no A/AAAA records");
    case UnresolvedReason::AddressFailed: return addressFailureText(c.dns) + dnsCauseText(c.dns);
    }
    return {};
}

QString candidateProblemKey(const Candidate &c)
{
    if (c.state == CandidateState::Down)
        return QStringLiteral("down");
    if (c.state == CandidateState::Usable)
        return {};
    switch (c.unresolved) {
    case UnresolvedReason::None:
    case UnresolvedReason::NotAnswered: return QStringLiteral("not-answered");
    case UnresolvedReason::NullMx: return QStringLiteral("null-mx");
    case UnresolvedReason::LookupFailed: return QStringLiteral("lookup-failed");
    case UnresolvedReason::NoHost: return QStringLiteral("no-host");
    case UnresolvedReason::NoAddresses: return QStringLiteral("no-addresses");
    case UnresolvedReason::AddressFailed: return QStringLiteral("address-failed");
    }
    return {};
}

QString lookupSetupText(const LookupSetupProblems &problems)
{
    using Kind = LookupSetupProblem::Kind;
    QStringList lines;
    for (const LookupSetupProblem &p : problems) {
        QString why;
        switch (p.kind) {
        case Kind::ZoneUnreadable: why = p.io.what + QStringLiteral(": ") + p.io.reason; break;
        case Kind::ZoneEmpty: why = QStringLiteral("empty zone"); break;
        case Kind::ZoneTooLarge: why = QStringLiteral("the zone is over the limit of %1").arg(io::byteSizeText(p.limit)); break;
        case Kind::ZoneSyntax: why = p.detail; break;  // ldns' own words
        case Kind::ZoneInclude: why = QStringLiteral("$INCLUDE is not supported: load each file on its own"); break;
        case Kind::ZoneNoSoa: why = QStringLiteral("no SOA record: the zone's apex is unknown"); break;
        case Kind::ZoneBadOrigin: why = QStringLiteral("not a domain name: \"%1\"").arg(p.detail); break;
        case Kind::BadServer:
            why = QStringLiteral("not a DNS server address: \"%1\" (want 192.0.2.1, 192.0.2.1:53, [2001:db8::1]:53 or "
                                 "2001:db8::1)")
                      .arg(p.detail);
            break;
        case Kind::ResolverFailed: why = QStringLiteral("c-ares: %1").arg(p.detail); break;
        }
        if (p.file.isEmpty())
            lines << why;
        else if (p.line > 0)
            lines << QStringLiteral("%1:%2: %3").arg(p.file, QString::number(p.line), why);
        else
            lines << QStringLiteral("%1: %2").arg(p.file, why);
    }
    return printable(lines.join(u'\n'), KeepControls::Layout);
}

QString refusalText(const EditRefusal &r)
{
    const QString target = r.subject.isEmpty() ? QStringLiteral("the global scope") : r.subject;
    switch (r.code) {
    case EditRefusalCode::None: return {};
    case EditRefusalCode::SyntaxErrors:
        return QStringLiteral("the file has syntax errors (first at line %1: %2); fix them before editing")
            .arg(QString::number(r.cause->line), diagnosticText(*r.cause));
    case EditRefusalCode::BadScopeName:
        return QStringLiteral("%1 is not a usable domain scope name").arg(quoteExcerpt(r.subject));
    case EditRefusalCode::BadRegex:
        return QStringLiteral("%1 is not a valid regular expression: %2 (at offset %3)")
            .arg(quoteExcerpt(r.subject), r.regexError)
            .arg(r.regexOffset);
    case EditRefusalCode::BadEntry:
        return QStringLiteral("route entry '%1' is invalid: %2").arg(r.subject, diagnosticText(*r.cause));
    case EditRefusalCode::NotAScope: return QStringLiteral("not a scope of this file");
    case EditRefusalCode::WouldChangeNeighbours:
        return QStringLiteral("the edit would change how line %1 reads (an unclosed or typographic quote next to "
                              "it?); fix that line first")
            .arg(r.line);
    case EditRefusalCode::WouldNotParse:
        return QStringLiteral("%1 cannot be written as given: the result would not parse (line %2: %3)")
            .arg(r.subject.isEmpty() ? QStringLiteral("the edit") : r.subject, QString::number(r.line),
                 diagnosticText(*r.cause));
    case EditRefusalCode::WouldNotReadBack:
        return QStringLiteral("%1 would not read back with the routes given").arg(target);
    }
    return {};
}

QString refusalKey(const TreeEdit &e)
{
    switch (e.refusal) {
    case TreeEditRefusal::None: return {};
    case TreeEditRefusal::ReadOnlyInclude: return QStringLiteral("read-only-include");
    case TreeEditRefusal::NoSuchBinding: return QStringLiteral("no-such-binding");
    case TreeEditRefusal::NotInTree: return QStringLiteral("not-in-tree");
    case TreeEditRefusal::NotAScope: return QStringLiteral("not-a-scope");
    case TreeEditRefusal::GlobalScope: return QStringLiteral("global-scope");
    case TreeEditRefusal::AlreadyExists: return QStringLiteral("already-exists");
    case TreeEditRefusal::File: break;
    }
    switch (e.fileResult.refusal.code) {
    case EditRefusalCode::None: return {};
    case EditRefusalCode::SyntaxErrors: return QStringLiteral("syntax-errors");
    case EditRefusalCode::BadScopeName: return QStringLiteral("bad-scope-name");
    case EditRefusalCode::BadRegex: return QStringLiteral("bad-regex");
    case EditRefusalCode::BadEntry: return QStringLiteral("bad-entry");
    case EditRefusalCode::NotAScope: return QStringLiteral("not-a-scope");
    case EditRefusalCode::WouldChangeNeighbours: return QStringLiteral("would-change-neighbours");
    case EditRefusalCode::WouldNotParse: return QStringLiteral("would-not-parse");
    case EditRefusalCode::WouldNotReadBack: return QStringLiteral("would-not-read-back");
    }
    return {};
}

QString refusalText(const TreeEdit &e, const ConfigSet &config)
{
    switch (e.refusal) {
    case TreeEditRefusal::None: return {};
    case TreeEditRefusal::File: return refusalText(e.fileResult.refusal);
    case TreeEditRefusal::ReadOnlyInclude: {
        if (!e.readOnlyInclude.isValid())
            return QStringLiteral("%1 is read-only").arg(e.subject);
        const SyntaxTree &t = config.tree(e.readOnlyInclude.file);
        const LineColumn at = t.position(t.node(e.readOnlyInclude.node).span.begin);
        return QStringLiteral("%1 is brought in read-only by readonly_include at %2:%3; edit it by hand, or "
                              "include it with include")
            .arg(e.subject, t.path())
            .arg(at.line);
    }
    case TreeEditRefusal::NoSuchBinding: return QStringLiteral("there is no Binding \"%1\" in the configuration").arg(e.subject);
    case TreeEditRefusal::NotInTree: return QStringLiteral("the file for the new stanza is not part of the configuration");
    case TreeEditRefusal::NotAScope: return QStringLiteral("this scope holds no routes");
    case TreeEditRefusal::GlobalScope: return QStringLiteral("the global scope cannot be removed");
    case TreeEditRefusal::AlreadyExists: return QStringLiteral("there is already a Domain \"%1\" there").arg(e.subject);
    }
    return {};
}

QString setupProblemText(SetupProblem problem)
{
    switch (problem) {
    case SetupProblem::None: return {};
    case SetupProblem::DurationNotPositive: return QStringLiteral("the duration must be longer than 0 seconds");
    case SetupProblem::StepNotPositive: return QStringLiteral("a step must be at least 1 second long");
    case SetupProblem::StepLongerThanDuration: return QStringLiteral("the step is longer than the duration");
    case SetupProblem::TooManySteps:
        return QStringLiteral("the duration holds more than %1 steps: use a longer --step").arg(kMaxSimulationSteps);
    case SetupProblem::RunsOutOfRange: return QStringLiteral("the runs must be from 1 to %1").arg(kMaxSimulationRuns);
    case SetupProblem::HostRateZero: return QStringLiteral("a connection must deliver more than 0 messages");
    case SetupProblem::LifetimeNegative: return QStringLiteral("the connection lifetime cannot be negative");
    case SetupProblem::QueueNegative: return QStringLiteral("the initial queue cannot be negative");
    }
    return {};
}

namespace {

QString hostList(const QJsonValue &hosts)
{
    QStringList names;
    for (const QJsonValue &h : hosts.toArray())
        names << h.toString();
    return names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "));
}

QString tierList(const QJsonValue &tiers)
{
    QStringList out;
    for (const QJsonValue &t : tiers.toArray())
        out << hostList(t);
    return out.isEmpty() ? QStringLiteral("none") : out.join(QStringLiteral(" | "));
}

QString spreadList(const QJsonValue &spread)
{
    QStringList out;
    const QJsonObject o = spread.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key() != u"waiting")
            out << it.key() + u'=' + QString::number(it->toInt());
    }
    if (o.contains(QStringLiteral("waiting")))
        out << QStringLiteral("waiting=") + QString::number(o.value(QStringLiteral("waiting")).toInt());
    return out.isEmpty() ? QStringLiteral("none") : out.join(u' ');
}

QString scopePathText(const QJsonValue &path)
{
    if (path.isString())
        return QStringLiteral("no Routes or Gateway (the default, __mx__)");
    // "binding_group transactional" as written in a configuration: Binding_Group "transactional".
    QStringList steps;
    for (const QJsonValue &s : path.toArray()) {
        const QString kind = s.toString().section(u' ', 0, 0);
        QString keyword = kind == u"binding_group" ? QStringLiteral("Binding_Group") : kind;
        if (!keyword.isEmpty() && keyword != u"Binding_Group")
            keyword[0] = keyword.at(0).toUpper();
        steps << keyword + QStringLiteral(" \"") + s.toString().section(u' ', 1) + u'"';
    }
    return steps.isEmpty() ? QStringLiteral("the global scope") : steps.join(QStringLiteral(" > "));
}

QString limitText(int limit)
{
    return limit < 0 ? QStringLiteral("unlimited") : QString::number(limit);
}

} // namespace

QString conditionOutcomeText(const ConditionResult &r, const LessonCondition &c)
{
    switch (r.code) {
    case ConditionCode::Met: return {};
    case ConditionCode::HostMissing: return QStringLiteral("%1 is not among the candidate hosts").arg(c.host);
    case ConditionCode::BindingMissing: return QStringLiteral("the configuration declares no Binding '%1'").arg(c.binding);
    case ConditionCode::ZoneFailed: return QStringLiteral("the lesson's zone files could not be loaded");
    case ConditionCode::NotEven:
        return QStringLiteral("the connections are not spread evenly: %1").arg(spreadList(r.actual));
    case ConditionCode::Differs: break;
    }
    const QJsonValue &e = r.expected, &a = r.actual;
    switch (r.kind) {
    case ExpectKind::FirstTier:
        return QStringLiteral("first tier: expected %1, now %2").arg(hostList(e), hostList(a));
    case ExpectKind::Tiers:
        return QStringLiteral("tiers: expected %1, now %2").arg(tierList(e), tierList(a));
    case ExpectKind::Spread:
        return QStringLiteral("connections: expected %1, now %2").arg(spreadList(e), spreadList(a));
    case ExpectKind::Evenly:
        return QStringLiteral("connections: expected all on %1, shared evenly; now %2").arg(hostList(e), spreadList(a));
    case ExpectKind::Deliverable:
        return e.toBool() ? QStringLiteral("no host can take the mail")
                          : QStringLiteral("the mail can still be delivered: some host takes it");
    case ExpectKind::NullMx:
        return e.toBool() ? QStringLiteral("no null MX is seen: the domain's own MX records are not asked")
                          : QStringLiteral("the domain publishes a null MX: it accepts no mail");
    case ExpectKind::DecidedBy:
        return QStringLiteral("routes decided by: expected %1, now %2").arg(scopePathText(e), scopePathText(a));
    case ExpectKind::Port:
        return QStringLiteral("port of %1: expected %2, now %3")
            .arg(c.host).arg(e.toObject().value(QStringLiteral("value")).toInt()).arg(a.toObject().value(QStringLiteral("value")).toInt());
    case ExpectKind::HostLimit:
        return QStringLiteral("connection limit of %1: expected %2, now %3")
            .arg(c.host, limitText(e.toObject().value(QStringLiteral("value")).toInt()),
                 limitText(a.toObject().value(QStringLiteral("value")).toInt()));
    case ExpectKind::DomainLimit:
        return QStringLiteral("domain connection limit: expected %1, now %2").arg(limitText(e.toInt()), limitText(a.toInt()));
    case ExpectKind::ImplicitMx:
        return QStringLiteral("%1: expected from an implicit MX, now from a lookup of kind '%2'").arg(c.host, a.toString());
    case ExpectKind::MaxQueue:
        return QStringLiteral("queue: expected at most %1 waiting, it reaches %2").arg(e.toInteger()).arg(a.toInteger());
    case ExpectKind::FinalQueue:
        return QStringLiteral("queue at the end: expected at most %1, it is %2").arg(e.toInteger()).arg(a.toInteger());
    case ExpectKind::MaxDeliveredPerSecond:
        return QStringLiteral("expected at most %1 messages delivered in any second, up to %2 are")
            .arg(e.toInteger()).arg(a.toInteger());
    case ExpectKind::MinDelivered:
        return QStringLiteral("expected at least %1 messages delivered, %2 are").arg(e.toInteger()).arg(a.toInteger());
    case ExpectKind::DeliveredBy:
        return QStringLiteral("%1 delivers %2 messages, expected at least %3")
            .arg(c.host)
            .arg(a.toObject().value(QStringLiteral("min")).toInteger())
            .arg(e.toObject().value(QStringLiteral("min")).toInteger());
    }
    return {};
}

QString lessonErrorText(const LessonError &error)
{
    switch (error.problem) {
    case LessonProblem::Unreadable:
        return QStringLiteral("%1: cannot be read%2").arg(error.file, error.detail.isEmpty() ? QString() : u": "_s + error.detail);
    case LessonProblem::BadJson: return QStringLiteral("%1: not a lesson: %2").arg(error.file, error.detail);
    case LessonProblem::MissingField: return QStringLiteral("%1: %2 is missing").arg(error.file, error.detail);
    case LessonProblem::BadValue: return QStringLiteral("%1: %2 has a wrong value").arg(error.file, error.detail);
    case LessonProblem::NoLessons: return QStringLiteral("%1: no lessons (folders with a lesson.json)").arg(error.file);
    }
    return {};
}

QString conditionCodeKey(ConditionCode code)
{
    switch (code) {
    case ConditionCode::Met: return QStringLiteral("met");
    case ConditionCode::Differs: return QStringLiteral("differs");
    case ConditionCode::NotEven: return QStringLiteral("not-even");
    case ConditionCode::HostMissing: return QStringLiteral("host-missing");
    case ConditionCode::BindingMissing: return QStringLiteral("binding-missing");
    case ConditionCode::ZoneFailed: return QStringLiteral("zone-failed");
    }
    return {};
}

QString levelKey(ScopeLevel level)
{
    switch (level) {
    case ScopeLevel::BindingDomain: return QStringLiteral("binding-domain");
    case ScopeLevel::GroupDomain: return QStringLiteral("binding-group-domain");
    case ScopeLevel::Binding: return QStringLiteral("binding");
    case ScopeLevel::Group: return QStringLiteral("binding-group");
    case ScopeLevel::Domain: return QStringLiteral("domain");
    case ScopeLevel::Global: return QStringLiteral("global");
    case ScopeLevel::Default: return QStringLiteral("default");
    }
    return {};
}

QJsonArray pathJson(const QList<ScopeStep> &path)
{
    QJsonArray out;
    for (const ScopeStep &s : path)
        out.append(QString(scopeKindName(s.kind) + u' ' + s.name));
    return out;
}

QJsonObject sourceJson(const OptionSource &source, const QString &mainFile)
{
    const bool none = source.isDefault();
    return QJsonObject{
        {QStringLiteral("option"), optionKey(source.option)},
        {QStringLiteral("level"), levelKey(source.level)},
        {QStringLiteral("scope"), none ? QStringLiteral("none") : scopeKindName(source.scopeKind())},
        {QStringLiteral("name"), source.path.isEmpty() ? QJsonValue() : QJsonValue(source.scopeName())},
        {QStringLiteral("path"), pathJson(source.path)},
        {QStringLiteral("file"), none ? QJsonValue() : QJsonValue(source.file)},
        {QStringLiteral("line"), none ? QJsonValue() : QJsonValue(source.line)},
        {QStringLiteral("text"), sourceText(source, mainFile)},
    };
}

QString routeSourceText(const RoutePlan &p, const QString &mainFile)
{
    if (p.route == RouteChoice::Default)
        return QStringLiteral("no Routes or Gateway applies: the domain's own MX records (__mx__)");
    return sourceText(p.routeSource, mainFile);
}

QJsonObject routeSourceJson(const RoutePlan &p, const QString &mainFile)
{
    QJsonObject source = sourceJson(p.routeSource, mainFile);
    source.insert(QStringLiteral("option"), p.route == RouteChoice::Routes ? QStringLiteral("routes")
                                            : p.route == RouteChoice::Gateway ? QStringLiteral("gateway")
                                                                              : QStringLiteral("default"));
    source.insert(QStringLiteral("text"), routeSourceText(p, mainFile));
    return source;
}

QString groupedNumber(qint64 n)
{
    QString digits = QString::number(n < 0 ? -n : n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u',');
    return n < 0 ? u'-' + digits : digits;
}

QString gitErrorText(const GitError &e)
{
    const QString detail = e.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.detail);
    switch (e.code) {
    case GitError::Code::NotInRepository:
        return QStringLiteral("%1 is not in a git repository, so git:%2 means nothing%3").arg(e.path, e.revision, detail);
    case GitError::Code::BareRepository:
        return QStringLiteral("the git repository of %1 has no work tree%2").arg(e.path, detail);
    case GitError::Code::UnknownRevision:
        return QStringLiteral("'%1' names no commit in the git repository of %2%3").arg(e.revision, e.path, detail);
    case GitError::Code::Failed: break;
    }
    return QStringLiteral("cannot read git revision '%1' of %2%3").arg(e.revision, e.path, detail);
}

QString impactSummaryText(const ImpactResult &r)
{
    const QString what = r.bindings.isEmpty() ? (r.compared == 1 ? QStringLiteral("domain") : QStringLiteral("domains"))
                                              : QStringLiteral("domain and binding pairs");
    const qint64 changed = r.compared - r.unchanged;
    if (changed == 0)
        return QStringLiteral("no change to any of %1 %2").arg(groupedNumber(r.compared), what);
    QStringList classes;
    for (int c = 0; c < kImpactClassCount; ++c) {
        if (r.classCounts[size_t(c)] > 0)
            classes << groupedNumber(r.classCounts[size_t(c)]) + u' ' + impactClassKey(ImpactClass(c));
    }
    return QStringLiteral("%1 of %2 %3 %4: %5")
        .arg(groupedNumber(changed), groupedNumber(r.compared), what,
             changed == 1 && r.bindings.isEmpty() ? QStringLiteral("changes") : QStringLiteral("change"),
             classes.join(QStringLiteral(", ")));
}

QString impactSideText(const Explanation &ex, ImpactClasses classes)
{
    if (ex.candidates.isEmpty())
        return QStringLiteral("no host");
    const bool ports = classes.has(ImpactClass::PortChanged);
    const bool limits = classes.has(ImpactClass::LimitChanged);
    QStringList tiers;
    for (const TierSpan &tier : preferenceTiers(ex.candidates)) {
        QStringList hosts{u'[' + QString::number(ex.candidates.at(tier.begin).pref) + u']'};
        for (qsizetype i = tier.begin; i < tier.end; ++i) {
            const Candidate &c = ex.candidates.at(i);
            QString h = printable(c.host);
            if (ports)
                h += u':' + QString::number(c.port);
            if (const int n = i < ex.simulation.assigned.size() ? ex.simulation.assigned.at(i) : 0; n > 0)
                h += u'=' + QString::number(n);
            if (limits && c.limit >= 0)
                h += QStringLiteral(" (max %1)").arg(c.limit);
            if (c.state != CandidateState::Usable)
                h += u'*';
            hosts << h;
        }
        tiers << hosts.join(u' ');
    }
    QString text = tiers.join(QStringLiteral(" | "));
    if (limits)
        text += QStringLiteral(" (limit %1)").arg(ex.plan.domainLimit);
    return text;
}

} // namespace rs::cli
