#include "cli/wording.h"

#include "config/diagnostic.h"

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

QString refusalText(const EditRefusal &r)
{
    const QString target = r.subject.isEmpty() ? QStringLiteral("the global scope") : r.subject;
    switch (r.code) {
    case EditRefusalCode::None: return {};
    case EditRefusalCode::SyntaxErrors:
        return QStringLiteral("the file has syntax errors (first at line %1: %2); fix them before editing")
            .arg(r.cause->line)
            .arg(r.cause->message);
    case EditRefusalCode::BadScopeName:
        return QStringLiteral("%1 is not a usable domain scope name").arg(quoteExcerpt(r.subject));
    case EditRefusalCode::BadRegex:
        return QStringLiteral("%1 is not a valid regular expression: %2 (at offset %3)")
            .arg(quoteExcerpt(r.subject), r.regexError)
            .arg(r.regexOffset);
    case EditRefusalCode::BadEntry:
        return QStringLiteral("route entry '%1' is invalid: %2").arg(r.subject, r.cause->message);
    case EditRefusalCode::NotAScope: return QStringLiteral("not a scope of this file");
    case EditRefusalCode::WouldChangeNeighbours:
        return QStringLiteral("the edit would change how line %1 reads (an unclosed or typographic quote next to "
                              "it?); fix that line first")
            .arg(r.line);
    case EditRefusalCode::WouldNotParse:
        return QStringLiteral("%1 cannot be written as given: the result would not parse (line %2: %3)")
            .arg(r.subject.isEmpty() ? QStringLiteral("the edit") : r.subject)
            .arg(r.line)
            .arg(r.cause->message);
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
