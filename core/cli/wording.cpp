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
