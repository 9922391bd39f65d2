#include "cli/wording.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace rs::cli {

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

} // namespace rs::cli
