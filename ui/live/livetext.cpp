// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/livetext.h"

#include "document/documenttext.h"
#include "editor/diagnostictext.h"

#include <QFileInfo>
#include <QHash>


namespace rs::ui {

using namespace Qt::StringLiterals;

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Candidates are compared across explanations by host name; a host listed
// twice (two entries) is compared by its first occurrence.
QHash<QString, int> byHost(const Explanation &ex)
{
    QHash<QString, int> map;
    for (int i = 0; i < ex.candidates.size(); ++i) {
        const QString key = ex.candidates.at(i).host.toLower();
        if (!map.contains(key))
            map.insert(key, i);
    }
    return map;
}

} // namespace

QString LiveText::entryText(const RoutePlan &plan, int entry)
{
    return entry >= 0 && entry < plan.entries.size() ? plan.entries.at(entry).entry.text : QString();
}

QString LiveText::prefReason(const Candidate &c, const RoutePlan &plan)
{
    const QString entry = entryText(plan, c.entry);
    switch (c.prefSource) {
    case PrefSource::Explicit:
        return tr("pref=%1 is written in entry %2 (%3)").arg(c.pref).arg(c.entry + 1).arg(entry);
    case PrefSource::Implied:
        return tr("entry %1 (%2) has no pref=, so its position in the list, counted from 0, gives %3")
            .arg(c.entry + 1)
            .arg(entry)
            .arg(c.pref);
    case PrefSource::Dns:
        if (c.lookup == LookupKind::ImplicitMx)
            return tr("the domain has no MX records, so its own address is used as an implicit MX with preference 0");
        return tr("its MX record in DNS has preference %1 (entry %2, %3)").arg(c.pref).arg(c.entry + 1).arg(entry);
    }
    return {};
}

QString LiveText::prefShort(const Candidate &c)
{
    switch (c.prefSource) {
    case PrefSource::Explicit: return tr("pref= in entry %1").arg(c.entry + 1);
    case PrefSource::Implied: return tr("position of entry %1").arg(c.entry + 1);
    case PrefSource::Dns: return c.lookup == LookupKind::ImplicitMx ? tr("implicit MX") : tr("MX preference");
    }
    return {};
}

QString LiveText::lookupText(const Candidate &c)
{
    switch (c.lookup) {
    case LookupKind::Literal: return tr("IP literal, used as written");
    case LookupKind::A: return tr("A/AAAA lookup (type=a)");
    case LookupKind::Mx: return tr("MX lookup");
    case LookupKind::ImplicitMx: return tr("implicit MX: the name has no MX records");
    }
    return {};
}

QString LiveText::pathText(const QList<ScopeStep> &path)
{
    if (path.isEmpty())
        return tr("the global scope");
    QStringList parts;
    for (const ScopeStep &step : path) {
        // Keywords are the configuration's own words: never translated.
        QString keyword;
        switch (step.kind) {
        case ScopeKind::Domain: keyword = u"Domain"_s; break;
        case ScopeKind::Host: keyword = u"Host"_s; break;
        case ScopeKind::Binding: keyword = u"Binding"_s; break;
        case ScopeKind::BindingGroup: keyword = u"Binding_Group"_s; break;
        case ScopeKind::Global:
        case ScopeKind::Other: break;
        }
        parts << keyword + u" \""_s + step.name + u'"';
    }
    return parts.join(u" > "_s);
}

QString LiveText::sourceText(const OptionSource &source)
{
    if (source.isDefault())
        return tr("the default");
    QString option;
    switch (source.option) {
    case RoutingOption::Routes: option = u"Routes"_s; break;
    case RoutingOption::Gateway: option = u"Gateway"_s; break;
    case RoutingOption::RemoteSmtpPort: option = u"Remote_SMTP_Port"_s; break;
    case RoutingOption::MaxOutboundConnections: option = u"Max_Outbound_Connections"_s; break;
    case RoutingOption::OutboundThrottleConnections: option = u"Outbound_Throttle_Connections"_s; break;
    case RoutingOption::OutboundThrottleMessages: option = u"Outbound_Throttle_Messages"_s; break;
    }
    if (source.fileIndex > 0) {
        //: %1 option name, %2 scope path, %3 file name, %4 line number
        return tr("%1 in %2 (%3, line %4)").arg(option, pathText(source.path), source.file).arg(source.line);
    }
    //: %1 option name, %2 scope path, %3 line number
    return tr("%1 in %2 (line %3)").arg(option, pathText(source.path)).arg(source.line);
}

QString LiveText::routeSourceText(const RoutePlan &plan)
{
    if (plan.route == RouteChoice::Default)
        return tr("no Routes or Gateway: the domain's own MX records (__mx__)");
    return sourceText(plan.routeSource);
}

QString LiveText::portReason(const Candidate &c, const RoutePlan &plan)
{
    return tr("port %1 from %2").arg(c.port).arg(c.portFromEntry ? tr("port= of the entry") : sourceText(plan.portSource));
}

QString LiveText::limitText(int limit)
{
    return limit < 0 ? tr("unlimited") : QString::number(limit);
}

QString LiveText::limitReason(const Candidate &c)
{
    switch (c.limitOrigin) {
    case LimitOrigin::None: return tr("limit %1: no Host scope limits it").arg(limitText(c.limit));
    case LimitOrigin::WhatIf: return tr("limit %1 from the what-if override").arg(limitText(c.limit));
    case LimitOrigin::HostStanza: break;
    }
    return tr("limit %1 from %2").arg(limitText(c.limit), sourceText(*c.limitSource));
}

QString LiveText::ttlText(const Candidate &c)
{
    if (!c.ttl)
        return tr("no TTL");
    return c.ttlFromEntry ? tr("TTL %1 s (ttl= of the entry)").arg(*c.ttl) : tr("TTL %1 s").arg(*c.ttl);
}

QString LiveText::ttlShort(const Candidate &c)
{
    if (!c.ttl)
        return tr("no TTL");
    return c.ttlFromEntry ? tr("TTL %1 s (ttl=)").arg(*c.ttl) : tr("TTL %1 s").arg(*c.ttl);
}

QString LiveText::stateName(CandidateState state)
{
    switch (state) {
    case CandidateState::Usable: return tr("usable");
    case CandidateState::Down: return tr("down");
    case CandidateState::Unresolved: return tr("unresolved");
    }
    return {};
}

QString LiveText::stateText(const Candidate &c)
{
    switch (c.state) {
    case CandidateState::Usable: return {};
    case CandidateState::Down: return tr("marked down (what-if)");
    case CandidateState::Unresolved:
        //: %1 why, e.g. "MX lookup: NXDOMAIN"
        return tr("unresolved: %1").arg(unresolvedText(c));
    }
    return {};
}

namespace {

// DNS status names are the protocol's own (NXDOMAIN, SERVFAIL): kept as they are.
QString statusName(DnsStatus status)
{
    switch (status) {
    case DnsStatus::Ok: return u"NOERROR"_s;
    case DnsStatus::NullMx: return u"null MX"_s;
    case DnsStatus::NxDomain: return u"NXDOMAIN"_s;
    case DnsStatus::NoData: return u"NODATA"_s;
    case DnsStatus::ServFail: return u"SERVFAIL"_s;
    case DnsStatus::Refused: return u"REFUSED"_s;
    //: the outcome of a DNS query that got no answer in time
    case DnsStatus::Timeout: return LiveText::tr("timeout");
    //: the outcome of a DNS query that failed for another reason
    case DnsStatus::Error: return LiveText::tr("error");
    }
    return {};
}

// What is known beyond the status, as " (...)", or nothing.
QString causeText(const DnsFailure &f)
{
    QString why;
    switch (f.cause) {
    case DnsCause::None: return {};
    case DnsCause::OutsideZones: why = LiveText::tr("the name is in none of the loaded zones"); break;
    case DnsCause::ZoneNotLoaded: why = LiveText::tr("its zone failed to load"); break;
    case DnsCause::AliasLeavesZone: why = LiveText::tr("an alias leads out of the zone"); break;
    case DnsCause::AliasChainTooLong: why = LiveText::tr("a CNAME chain longer than 16 links"); break;
    case DnsCause::BadName: why = LiveText::tr("not a valid domain name"); break;
    case DnsCause::MalformedAnswer: why = LiveText::tr("malformed answer"); break;
    case DnsCause::NoResolver: why = LiveText::tr("no resolver to ask"); break;
    case DnsCause::EmptyExchange: why = LiveText::tr("empty exchange next to other MX records"); break;
    case DnsCause::NotAsked: why = LiveText::tr("its addresses were not looked up"); break;
    case DnsCause::Library: why = f.detail; break;  // c-ares' own words
    }
    return why.isEmpty() ? QString() : u" ("_s + why + u')';
}

} // namespace

QString LiveText::unresolvedText(const Candidate &c)
{
    const DnsFailure &f = c.dns;
    switch (c.unresolved) {
    case UnresolvedReason::None:
    case UnresolvedReason::NotAnswered: return tr("not resolved");
    case UnresolvedReason::NullMx: return tr("%1 publishes a null MX: it accepts no mail").arg(c.host);
    case UnresolvedReason::LookupFailed:
        if (f.status == DnsStatus::NoData)
            return tr("no A/AAAA records") + causeText(f);
        //: %1 a DNS status such as NXDOMAIN or SERVFAIL
        return (c.lookup == LookupKind::A ? tr("A/AAAA lookup: %1") : tr("MX lookup: %1")).arg(statusName(f.status))
            + causeText(f);
    case UnresolvedReason::NoHost: return tr("the lookup returned no host");
    case UnresolvedReason::NoAddresses: return tr("no A/AAAA records");
    case UnresolvedReason::AddressFailed:
        switch (f.status) {
        case DnsStatus::NxDomain: return tr("NXDOMAIN: the host name does not exist") + causeText(f);
        case DnsStatus::ServFail: return tr("SERVFAIL looking up its addresses") + causeText(f);
        case DnsStatus::Refused: return tr("the server refused to answer for it") + causeText(f);
        case DnsStatus::Timeout: return tr("address lookup timed out") + causeText(f);
        case DnsStatus::NoData: return tr("no A/AAAA records") + causeText(f);
        case DnsStatus::Ok:
        case DnsStatus::NullMx:
        case DnsStatus::Error: break;
        }
        return tr("address lookup failed") + causeText(f);
    }
    return {};
}

QString LiveText::throughText(const LookupSource &source)
{
    const QString names = source.names.join(u", "_s);
    if (source.kind == LookupSource::Kind::Zone)
        //: %1 the names of zone files
        return tr("the zone file %1").arg(names);
    if (names.isEmpty())
        return tr("DNS (c-ares, the system's servers)");
    //: %1 DNS servers as address:port
    return tr("DNS (c-ares) %1").arg(names);
}

QString LiveText::setupText(const LookupSetupProblems &problems)
{
    using Kind = LookupSetupProblem::Kind;
    QStringList lines;
    for (const LookupSetupProblem &p : problems) {
        const QString file = QFileInfo(p.file).fileName();
        switch (p.kind) {
        case Kind::ZoneUnreadable: lines << DocumentText::ioErrorText(p.io); break;
        case Kind::ZoneEmpty: lines << tr("The zone file %1 is empty.").arg(file); break;
        case Kind::ZoneTooLarge:
            //: %2 a size in MiB
            lines << tr("The zone file %1 is larger than %2 MiB.").arg(file, QString::number(p.limit >> 20));
            break;
        case Kind::ZoneSyntax:
            //: %3 the zone parser's (ldns) own message, in English
            lines << tr("The zone file %1 has an error in line %2: %3.").arg(file, QString::number(p.line), p.detail);
            break;
        case Kind::ZoneInclude:
            lines << tr("The zone file %1 uses $INCLUDE in line %2, which is not supported: load each file on its own.")
                         .arg(file, QString::number(p.line));
            break;
        case Kind::ZoneNoSoa:
            lines << tr("The zone file %1 has no SOA record, so the zone's apex is unknown.").arg(file);
            break;
        case Kind::ZoneBadOrigin: lines << tr("\"%1\" is not a domain name.").arg(p.detail); break;
        case Kind::BadServer:
            lines << tr("\"%1\" is not a DNS server address (write 192.0.2.1, 192.0.2.1:53, [2001:db8::1]:53 or "
                        "2001:db8::1).")
                         .arg(p.detail);
            break;
        case Kind::ResolverFailed:
            //: %1 the DNS library's (c-ares) own message, in English
            lines << tr("DNS lookups cannot be set up: %1.").arg(p.detail);
            break;
        }
    }
    return printable(lines.join(u'\n'), KeepControls::Layout);
}

QList<int> LiveText::countsAfter(const Explanation &ex, int steps)
{
    QList<int> counts(ex.candidates.size(), 0);
    const int n = std::min(steps, int(ex.simulation.steps.size()));
    for (int k = 0; k < n; ++k) {
        const int i = ex.simulation.steps.at(k).candidate;
        if (i >= 0 && i < counts.size())
            ++counts[i];
    }
    return counts;
}

QString LiveText::stepWhy(const Explanation &ex, int step)
{
    // Worded from the simulation's own facts (selection.h), never worked out again.
    if (step < 0 || step >= ex.simulation.steps.size())
        return {};
    const SimulationStep &s = ex.simulation.steps.at(step);
    const QList<Candidate> &cs = ex.candidates;
    const int number = step + 1;
    auto blocked = [&cs](const QList<BlockedHost> &hosts) {
        QStringList out;
        for (const BlockedHost &b : hosts) {
            const Candidate &c = cs.at(b.candidate);
            switch (b.why) {
            case HostBlock::Down: out << tr("%1 is down").arg(c.host); break;
            case HostBlock::Unresolved: out << tr("%1 is unresolved").arg(c.host); break;
            case HostBlock::AtLimit: out << tr("%1 is at its limit of %2").arg(c.host).arg(c.limit); break;
            }
        }
        return out.join(tr(", "));
    };
    QStringList skipped;
    for (const FullTier &t : s.skipped)
        skipped << tr("preference %1 has no room (%2)").arg(t.pref).arg(blocked(t.hosts));
    switch (s.reason) {
    case StepReason::DomainLimit:
        return tr("Connection %1 waits: the domain limit of %2 connections is reached.")
            .arg(number)
            .arg(ex.simulation.domainLimit);
    case StepReason::NoCandidate: return tr("Connection %1 waits: there is no candidate host.").arg(number);
    case StepReason::NoRoom: return tr("Connection %1 waits: %2.").arg(number).arg(skipped.join(tr("; ")));
    case StepReason::FewestInTier: break;
    }
    const Candidate &c = cs.at(s.candidate);
    const QString choice = tr("Connection %1 goes to %2: it has the fewest connections (%3) among the usable hosts of "
                              "preference %4 with room.")
                               .arg(number)
                               .arg(c.host)
                               .arg(s.openBefore)
                               .arg(c.pref);
    if (skipped.isEmpty())
        return choice;
    return tr("%1; so %2").arg(skipped.join(tr("; ")), choice);
}

QStringList LiveText::changes(const Explanation &before, const Explanation &after)
{
    QStringList out;
    if (before.plan.routeSource != after.plan.routeSource || before.plan.route != after.plan.route)
        out << tr("The routes now come from %1 (before: %2).")
                   .arg(routeSourceText(after.plan), routeSourceText(before.plan));
    if (before.plan.domainLimit != after.plan.domainLimit)
        out << tr("The domain limit is now %1 (before: %2).").arg(after.plan.domainLimit).arg(before.plan.domainLimit);
    if (before.connections != after.connections)
        out << tr("%n connection(s) simulated (before: %1).", nullptr, after.connections).arg(before.connections);

    const QHash<QString, int> old = byHost(before);
    const QHash<QString, int> now = byHost(after);
    auto total = [](const Explanation &ex, const QString &host) {
        int n = 0;
        for (int i = 0; i < ex.candidates.size(); ++i) {
            if (ex.candidates.at(i).host.compare(host, Qt::CaseInsensitive) == 0)
                n += ex.simulation.assigned.value(i);
        }
        return n;
    };
    for (int i = 0; i < after.candidates.size(); ++i) {
        const Candidate &c = after.candidates.at(i);
        const QString key = c.host.toLower();
        if (now.value(key) != i)
            continue;  // compared at its first occurrence
        const auto it = old.constFind(key);
        if (it == old.constEnd()) {
            out << tr("%1 is new, in preference %2.").arg(c.host).arg(c.pref);
            continue;
        }
        const Candidate &b = before.candidates.at(*it);
        if (b.pref != c.pref)
            out << tr("%1 moved from preference %2 to %3.").arg(c.host).arg(b.pref).arg(c.pref);
        if (b.port != c.port)
            out << tr("%1 now uses port %2 (before: %3).").arg(c.host).arg(c.port).arg(b.port);
        if (b.limit != c.limit)
            out << tr("%1 now has the limit %2 (before: %3).").arg(c.host, limitText(c.limit), limitText(b.limit));
        if (b.state != c.state)
            out << tr("%1 is now %2 (before: %3).").arg(c.host, stateName(c.state), stateName(b.state));
        if (b.addresses != c.addresses)
            out << tr("%1 now has the addresses %2.").arg(c.host, c.addresses.join(tr(", ")));
        const int was = total(before, c.host), is = total(after, c.host);
        if (was != is)
            out << tr("%1 now gets %n connection(s) (before: %2).", nullptr, is).arg(c.host).arg(was);
    }
    for (auto it = old.cbegin(); it != old.cend(); ++it) {
        if (!now.contains(it.key()))
            out << tr("%1 is no longer a candidate.").arg(before.candidates.at(it.value()).host);
    }
    if (before.simulation.waiting != after.simulation.waiting)
        out << tr("%n connection(s) wait (before: %1).", nullptr, after.simulation.waiting)
                   .arg(before.simulation.waiting);
    return out;
}

QString LiveText::html(const Explanation &ex, const QStringList &changes, bool comparable)
{
    const RoutePlan &p = ex.plan;
    QString h;
    h += u"<p>"_s;
    if (p.hasBinding())
        h += tr("Mail for <b>%1</b> through binding <b>%2</b> follows %3.")
                 .arg(esc(p.domain), esc(p.binding), esc(routeSourceText(p)));
    else
        h += tr("Mail for <b>%1</b> follows %2.").arg(esc(p.domain), esc(routeSourceText(p)));
    h += u' ';
    h += tr("At most %1 connections at once (domain limit from %2).").arg(p.domainLimit).arg(esc(sourceText(p.limitSource)));
    h += u"</p>"_s;

    if (ex.nullMx)
        h += u"<p><b>"_s + tr("The domain publishes a null MX: it accepts no mail.") + u"</b></p>"_s;
    if (ex.candidates.isEmpty() && !ex.nullMx)
        h += u"<p>"_s + tr("No host can take mail for this domain.") + u"</p>"_s;

    if (!ex.candidates.isEmpty()) {
        h += u"<h4>"_s + tr("Why each host sits where it does") + u"</h4><ul>"_s;
        for (const Candidate &c : ex.candidates) {
            h += u"<li><b>"_s + esc(c.host) + u"</b>: "_s;
            h += tr("preference %1, because %2.").arg(c.pref).arg(esc(prefReason(c, p)));
            h += u' ';
            h += tr("Found by %1; %2; %3; %4.")
                     .arg(esc(lookupText(c)), esc(portReason(c, p)), esc(limitReason(c)), esc(ttlText(c)));
            if (c.state != CandidateState::Usable)
                h += u" <i>"_s + tr("Never chosen: %1.").arg(esc(stateText(c))) + u"</i>"_s;
            h += u"</li>"_s;
        }
        h += u"</ul>"_s;

        h += u"<h4>"_s + tr("Where %n connection(s) go", nullptr, ex.connections) + u"</h4><p>"_s;
        QStringList spread;
        for (int i = 0; i < ex.candidates.size(); ++i) {
            if (ex.simulation.assigned.value(i) > 0)
                spread << tr("%1: %2").arg(esc(ex.candidates.at(i).host)).arg(ex.simulation.assigned.value(i));
        }
        if (ex.simulation.waiting > 0)
            spread << tr("waiting: %1").arg(ex.simulation.waiting);
        h += spread.isEmpty() ? tr("No connection is opened.") : spread.join(u"; "_s) + u'.';
        h += u' ';
        h += tr("The lowest preference with a usable host below its limit takes each connection; equal preferences "
                "share evenly. The MTA picks at random among those hosts, so these counts are the expected spread.");
        h += u"</p>"_s;
    }

    h += u"<a name=\"changes\"></a><h4>"_s + tr("Since the last edit") + u"</h4>"_s;
    if (!comparable) {
        h += u"<p>"_s + tr("First answer for this domain.") + u"</p>"_s;
    } else if (changes.isEmpty()) {
        h += u"<p>"_s + tr("Nothing changed for this domain.") + u"</p>"_s;
    } else {
        h += u"<ul>"_s;
        for (const QString &c : changes)
            h += u"<li>"_s + esc(c) + u"</li>"_s;
        h += u"</ul>"_s;
    }

    if (!ex.diagnostics.isEmpty() || !ex.notes.isEmpty()) {
        h += u"<h4>"_s + tr("Notes") + u"</h4><ul>"_s;
        for (const Diagnostic &d : ex.diagnostics)
            h += u"<li>"_s + esc(DiagnosticText::text(d)) + u"</li>"_s;
        for (const Diagnostic &n : ex.notes)
            h += u"<li>"_s + esc(DiagnosticText::text(n)) + u"</li>"_s;
        h += u"</ul>"_s;
    }
    return h;
}

} // namespace rs::ui
