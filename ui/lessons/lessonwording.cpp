// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lessonwording.h"
#include "live/livetext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace rs::ui {

QString LessonWording::hostList(const QJsonValue &hosts)
{
    QStringList names;
    for (const QJsonValue &h : hosts.toArray())
        names << h.toString();
    //: no hosts at all
    return names.isEmpty() ? tr("none") : names.join(u", ");
}

QString LessonWording::tierList(const QJsonValue &tiers)
{
    QStringList out;
    for (const QJsonValue &t : tiers.toArray())
        out << hostList(t);
    //: no preference tiers at all
    return out.isEmpty() ? tr("none") : out.join(u" | ");
}

QString LessonWording::spreadList(const QJsonValue &spread)
{
    QStringList out;
    const QJsonObject o = spread.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key() != u"waiting")
            out << tr("%1: %n", "connections of a host", it->toInt()).arg(it.key());
    }
    if (o.contains(QStringLiteral("waiting")))
        out << tr("%n waiting", "connections that find no host", o.value(QStringLiteral("waiting")).toInt());
    //: no connection goes anywhere
    return out.isEmpty() ? tr("none") : out.join(u", ");
}

QString LessonWording::scopePathText(const QJsonValue &path)
{
    if (path.isString())
        return tr("no Routes or Gateway at all (the default, __mx__)");
    // "binding_group transactional" -> Binding_Group "transactional", as written in a configuration.
    QStringList steps;
    for (const QJsonValue &s : path.toArray()) {
        const QString kind = s.toString().section(u' ', 0, 0);
        QString keyword = kind == u"binding_group" ? QStringLiteral("Binding_Group") : kind;
        if (!keyword.isEmpty() && keyword != u"Binding_Group")
            keyword[0] = keyword.at(0).toUpper();
        steps << keyword + u" \"" + s.toString().section(u' ', 1) + u'"';
    }
    return steps.isEmpty() ? tr("the global scope") : steps.join(u" > ");
}

QString LessonWording::limitText(int limit)
{
    //: a connection limit
    return limit < 0 ? tr("unlimited") : QString::number(limit);
}

QString LessonWording::missingText(const ConditionResult &r, const LessonCondition &c)
{
    switch (r.code) {
    case ConditionCode::Met: return {};
    case ConditionCode::HostMissing: return tr("%1 is not among the candidate hosts.").arg(c.host);
    case ConditionCode::BindingMissing: return tr("The configuration declares no Binding \"%1\".").arg(c.binding);
    case ConditionCode::ZoneFailed: return tr("The lesson's zone files could not be loaded.");
    case ConditionCode::NotEven:
        return tr("The right hosts, but not evenly: %1.").arg(spreadList(r.actual));
    case ConditionCode::Differs: break;
    }
    const QJsonValue &e = r.expected, &a = r.actual;
    const auto value = [](const QJsonValue &v, const char *key) { return v.toObject().value(QLatin1StringView(key)); };
    switch (r.kind) {
    case ExpectKind::FirstTier:
        return tr("First tier: expected %1; now %2.").arg(hostList(e), hostList(a));
    case ExpectKind::Tiers:
        return tr("Tiers: expected %1; now %2.").arg(tierList(e), tierList(a));
    case ExpectKind::Spread:
        return tr("Connections: expected %1; now %2.").arg(spreadList(e), spreadList(a));
    case ExpectKind::Evenly:
        return tr("Connections: expected all on %1, shared evenly; now %2.").arg(hostList(e), spreadList(a));
    case ExpectKind::Deliverable:
        return e.toBool() ? tr("No host can take the mail.") : tr("The mail can still be delivered: some host takes it.");
    case ExpectKind::NullMx:
        return e.toBool() ? tr("No null MX is seen: the domain's own MX records are not asked.")
                          : tr("The domain publishes a null MX: it accepts no mail.");
    case ExpectKind::DecidedBy:
        return tr("Routes decided by: expected %1; now %2.").arg(scopePathText(e), scopePathText(a));
    case ExpectKind::Port:
        return tr("Port of %1: expected %2; now %3.")
            .arg(c.host)
            .arg(value(e, "value").toInt())
            .arg(value(a, "value").toInt());
    case ExpectKind::HostLimit:
        return tr("Connection limit of %1: expected %2; now %3.")
            .arg(c.host, limitText(value(e, "value").toInt()), limitText(value(a, "value").toInt()));
    case ExpectKind::DomainLimit:
        return tr("Connection limit of the domain: expected %1; now %2.").arg(limitText(e.toInt()), limitText(a.toInt()));
    case ExpectKind::ImplicitMx:
        return tr("%1 should come from an implicit MX (the name's own address); now from a lookup of kind %2.")
            .arg(c.host, a.toString());
    case ExpectKind::MaxQueue:
        return tr("Queue: expected at most %1 waiting; it reaches %2.").arg(e.toInteger()).arg(a.toInteger());
    case ExpectKind::FinalQueue:
        return tr("Queue at the end: expected at most %1; it is %2.").arg(e.toInteger()).arg(a.toInteger());
    case ExpectKind::MaxDeliveredPerSecond:
        return tr("Expected at most %1 messages delivered in any second; up to %2 are.")
            .arg(e.toInteger())
            .arg(a.toInteger());
    case ExpectKind::MinDelivered:
        return tr("Expected at least %1 messages delivered; %2 are.").arg(e.toInteger()).arg(a.toInteger());
    case ExpectKind::DeliveredBy:
        return tr("%1 delivers %2 messages; expected at least %3.")
            .arg(c.host)
            .arg(value(a, "min").toInteger())
            .arg(value(e, "min").toInteger());
    }
    return {};
}

QString LessonWording::summaryText(const LessonOutcome &outcome)
{
    const int met = outcome.metCount();
    const int all = int(outcome.results.size());
    if (!outcome.zoneErrors.isEmpty())
        return tr("The lesson's zone files could not be loaded: %1").arg(LiveText::setupText(outcome.zoneErrors));
    if (outcome.passed())
        return tr("Goal reached: all %n condition(s) met.", nullptr, all);
    QString text = tr("%1 of %n condition(s) met.", nullptr, all).arg(met);
    if (!outcome.configErrors.isEmpty())
        text += u' ' + tr("The configuration has %n error(s): see the Problems dock.", nullptr,
                          int(outcome.configErrors.size()));
    return text;
}

QString LessonWording::html(const QString &text)
{
    // Blocks are separated by blank lines; a block whose lines are all indented by
    // four spaces is configuration, shown as written.
    static const QRegularExpression blank(QStringLiteral("\\n[ \\t]*\\n"));
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    QString out;
    for (const QString &block : text.split(blank, Qt::SkipEmptyParts)) {
        const QStringList lines = block.split(u'\n');
        const bool preformatted = std::all_of(lines.cbegin(), lines.cend(),
                                              [](const QString &l) { return l.startsWith(u"    "); });
        if (preformatted) {
            QStringList stripped;
            for (const QString &l : lines)
                stripped << l.mid(4).toHtmlEscaped();
            out += u"<pre style=\"white-space: pre-wrap\">" + stripped.join(u'\n') + u"</pre>";
            continue;
        }
        QString para = block.trimmed().toHtmlEscaped();
        para.replace(code, QStringLiteral("<code>\\1</code>"));
        para.replace(u'\n', u' ');
        out += u"<p>" + para + u"</p>";
    }
    return out;
}

QString LessonWording::configHtml(const QByteArray &config)
{
    return u"<pre style=\"white-space: pre-wrap\">" + QString::fromUtf8(config).toHtmlEscaped() + u"</pre>";
}

} // namespace rs::ui
