// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/impacttext.h"

#include "config/diagnostic.h"
#include "document/documenttext.h"
#include "icons.h"
#include "live/livetext.h"

#include <algorithm>
#include <iterator>

namespace rs::ui {

QString ImpactText::className(ImpactClass c)
{
    switch (c) {
    case ImpactClass::SourceChanged: return tr("Source changed");
    case ImpactClass::HostsAdded: return tr("Hosts added");
    case ImpactClass::HostsRemoved: return tr("Hosts removed");
    case ImpactClass::OrderChanged: return tr("Order changed");
    case ImpactClass::PortChanged: return tr("Port changed");
    case ImpactClass::LimitChanged: return tr("Limit changed");
    case ImpactClass::SpreadChanged: return tr("Spread changed");
    case ImpactClass::Undeliverable: return tr("Undeliverable");
    case ImpactClass::Deliverable: return tr("Deliverable again");
    }
    return {};
}

QString ImpactText::classDescription(ImpactClass c)
{
    switch (c) {
    case ImpactClass::SourceChanged:
        return tr("Another option or stanza now decides the routes, the port or the domain limit.");
    case ImpactClass::HostsAdded: return tr("Mail may now go to a host it could not go to before.");
    case ImpactClass::HostsRemoved: return tr("A host that took mail before is no longer a candidate.");
    case ImpactClass::OrderChanged: return tr("The same hosts, in other preference tiers or another order.");
    case ImpactClass::PortChanged: return tr("A host kept is now reached on another port.");
    case ImpactClass::LimitChanged: return tr("The domain limit or the limit of a host kept differs.");
    case ImpactClass::SpreadChanged:
        return tr("At the domain limit, the connections spread over the hosts differently.");
    case ImpactClass::Undeliverable: return tr("No host can take this mail any more: it would stay queued.");
    case ImpactClass::Deliverable: return tr("Mail that no host could take before can be delivered now.");
    }
    return {};
}

QIcon ImpactText::classIcon(ImpactClass c)
{
    switch (c) {
    case ImpactClass::Undeliverable: return icon(QStringLiteral("impact-undeliverable"));
    case ImpactClass::Deliverable: return icon(QStringLiteral("impact-deliverable"));
    case ImpactClass::HostsAdded: return icon(QStringLiteral("add"));
    case ImpactClass::HostsRemoved: return icon(QStringLiteral("remove"));
    case ImpactClass::OrderChanged: return icon(QStringLiteral("impact-order"));
    case ImpactClass::SourceChanged:
    case ImpactClass::PortChanged:
    case ImpactClass::LimitChanged:
    case ImpactClass::SpreadChanged: return icon(QStringLiteral("impact-changed"));
    }
    return {};
}

namespace {

// The order a reader on call wants: lost mail first, cosmetic changes last.
constexpr ImpactClass kBySeriousness[] = {ImpactClass::Undeliverable, ImpactClass::HostsRemoved,
                                           ImpactClass::HostsAdded,    ImpactClass::OrderChanged,
                                           ImpactClass::Deliverable,   ImpactClass::PortChanged,
                                           ImpactClass::LimitChanged,  ImpactClass::SpreadChanged,
                                           ImpactClass::SourceChanged};

} // namespace

int ImpactText::seriousness(ImpactClass c)
{
    return int(std::find(std::begin(kBySeriousness), std::end(kBySeriousness), c) - std::begin(kBySeriousness));
}

std::optional<ImpactClass> ImpactText::mostSerious(ImpactClasses classes)
{
    for (const ImpactClass c : kBySeriousness) {
        if (classes.has(c))
            return c;
    }
    return std::nullopt;
}

QString ImpactText::summary(const ImpactResult &r)
{
    const qint64 changed = r.compared - r.unchanged;
    QStringList parts;
    // The serious ones first, as the list orders its rows.
    for (const ImpactClass c : kBySeriousness) {
        if (const qint64 n = r.classCounts[size_t(c)]; n > 0)
            parts << tr("%L1 %2", "a count and an impact class, e.g. 3 Hosts removed").arg(n).arg(className(c));
    }
    QString text;
    if (r.bindings.isEmpty())
        text = changed == 0 ? tr("None of %Ln domain(s) changes.", nullptr, int(r.compared))
                            : tr("%L1 of %Ln domain(s) change", nullptr, int(r.compared)).arg(changed);
    else
        text = changed == 0
            ? tr("None of %Ln domain(s) changes, without a binding or through %1.", nullptr, int(r.domains.size()))
                  .arg(tr("%n binding(s)", nullptr, int(r.bindings.size())))
            : tr("%L1 of %Ln domain and binding pair(s) change", nullptr, int(r.compared)).arg(changed);
    if (!parts.isEmpty())
        text += tr(": %1").arg(parts.join(tr(", ")));
    if (!r.unmatchedDown.isEmpty())
        text += u' ' + tr("No compared domain uses %1.").arg(r.unmatchedDown.join(tr(", ")));
    return text;
}

QString ImpactText::errorText(const ImpactError &e)
{
    switch (e.code) {
    case ImpactError::Code::None:
    case ImpactError::Code::Cancelled: return {};
    case ImpactError::Code::Source:
        return e.source.code == SourceError::Code::Git ? tr("The saved configuration could not be read from git.")
                                                       : DocumentText::ioErrorText(e.source.io);
    case ImpactError::Code::UnknownBinding:
        return tr("The binding %1 is declared in neither version.").arg(printable(e.name));
    case ImpactError::Code::Lookup: return LiveText::setupText(e.lookupProblems);
    }
    return {};
}

QString ImpactText::progressText(const ImpactProgress &p)
{
    switch (p.phase) {
    case ImpactPhase::Loading: return tr("Reading both versions\u2026");
    case ImpactPhase::Comparing: return tr("Finding the scope of %L1 of %L2\u2026").arg(p.done).arg(p.total);
    case ImpactPhase::Resolving: return tr("Resolving %L1 of %L2 names\u2026").arg(p.done).arg(p.total);
    case ImpactPhase::Simulating: return tr("Simulating %L1 of %L2\u2026").arg(p.done).arg(p.total);
    }
    return {};
}

QString ImpactText::tiersText(const Explanation &ex)
{
    if (ex.candidates.isEmpty())
        return tr("no host");
    QStringList tiers;
    for (const TierSpan &tier : preferenceTiers(ex.candidates)) {
        QStringList hosts{u'[' + QString::number(ex.candidates.at(tier.begin).pref) + u']'};
        for (qsizetype i = tier.begin; i < tier.end; ++i) {
            const Candidate &c = ex.candidates.at(i);
            hosts << printable(c.host) + (c.state == CandidateState::Usable ? QString() : QStringLiteral("*"));
        }
        tiers << hosts.join(u' ');
    }
    return tiers.join(QStringLiteral(" | "));
}

QString ImpactText::bindingText(const QString &binding)
{
    return binding.isNull() ? tr("no binding") : printable(binding);
}

} // namespace rs::ui
