// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/explanation.h"

#include "config/diagnosticcodes.h"

#include <algorithm>

namespace rs {

namespace {

// reexplain() in place: explain() ends with it, without copying what it just built.
void applyWhatIf(Explanation &ex, const WhatIf &whatIf);

// What DNS revealed, at the line of the entry it concerns.
Diagnostic dnsFinding(const RoutePlan &plan, DiagnosticKind kind, QStringList args, int line)
{
    Diagnostic d = makeDiagnostic(kind, std::move(args));
    d.file = plan.routeSource.file;
    d.line = line;
    return d;
}

Diagnostic entryNote(DiagnosticKind kind, QStringList args)
{
    return makeDiagnostic(kind, std::move(args));
}

// Host limit along the plan's Host chain.
void applyHostLimit(const RoutePlan &plan, Candidate &c)
{
    const HostLimit l = plan.hostLimits.limitFor(c.host, c.addresses);
    c.limit = l.limit;
    c.limitSource = l.source;
    c.limitOrigin = l.source ? LimitOrigin::HostStanza : LimitOrigin::None;
}

} // namespace

bool Explanation::hasUsableCandidate() const
{
    return std::any_of(candidates.cbegin(), candidates.cend(),
                       [](const Candidate &c) { return c.state == CandidateState::Usable; });
}

QList<std::optional<LookupRequest>> lookupsFor(const RoutePlan &plan)
{
    QList<std::optional<LookupRequest>> out;
    for (const PlacedEntry &p : plan.entries) {
        const RouteEntry &e = p.entry;
        switch (e.kind) {
        case EntryKind::Mx:
            out.append(LookupRequest{plan.domain, LookupRequest::Mode::MxWithFallback});
            break;
        case EntryKind::HostName:
            out.append(LookupRequest{e.host, e.type == LookupType::A ? LookupRequest::Mode::AddressOnly
                                                                     : LookupRequest::Mode::MxWithFallback});
            break;
        default:
            out.append(std::nullopt);
            break;
        }
    }
    return out;
}

QList<std::optional<LookupRequest>> lookupsFor(const RouteModel &model, const QString &domain,
                                               const ScopeResolution &resolution)
{
    RoutePlan entriesOnly;
    entriesOnly.domain = normalizeDomain(domain);
    entriesOnly.entries = routeEntriesFor(model, resolution);
    return lookupsFor(entriesOnly);
}

Explanation explain(const RoutePlan &plan, const QList<std::optional<LookupResult>> &results, const WhatIf &whatIf)
{
    Explanation ex;
    ex.plan = plan;
    ex.diagnostics = plan.diagnostics;
    for (qsizetype i = 0; i < plan.entries.size(); ++i) {
        const PlacedEntry &p = plan.entries.at(i);
        const RouteEntry &e = p.entry;
        const std::optional<LookupResult> result = i < results.size() ? results.at(i) : std::nullopt;
        Candidate base;
        base.entry = int(i);
        if (e.pref) {
            base.pref = *e.pref;
            base.prefSource = PrefSource::Explicit;
        } else {
            base.pref = int(i);
            base.prefSource = PrefSource::Implied;
        }
        base.port = e.port.value_or(plan.defaultPort);
        base.portFromEntry = e.port.has_value();
        if (e.ttl) {
            base.ttl = e.ttl;
            base.ttlFromEntry = true;
        }
        auto add = [&](Candidate c) { ex.candidates.append(std::move(c)); };

        switch (e.kind) {
        case EntryKind::Invalid:
            // Entries are numbered from 1 in text, everywhere (JSON keeps 0-based indices).
            ex.notes << entryNote(DiagnosticKind::EntryInvalidSkipped, {QString::number(i + 1), e.text});
            continue;
        case EntryKind::OtherScheme:
            ex.notes << entryNote(DiagnosticKind::EntryNotSimulated, {QString::number(i + 1), e.text, e.scheme});
            continue;
        case EntryKind::IpLiteral: {
            Candidate c = base;
            c.host = e.host;
            c.addresses = {e.host};
            c.lookup = LookupKind::Literal;
            add(c);
            continue;
        }
        case EntryKind::Mx:
        case EntryKind::HostName:
            break;
        }

        const bool isMx = e.kind == EntryKind::Mx;
        const QString name = isMx ? plan.domain : e.host;
        if (!result) {
            Candidate c = base;
            c.host = name;
            c.lookup = e.type == LookupType::A ? LookupKind::A : LookupKind::Mx;
            c.state = CandidateState::Unresolved;
            c.unresolved = UnresolvedReason::NotAnswered;
            add(c);
            continue;
        }
        const LookupResult &r = *result;
        if (r.status == LookupResult::Status::NullMx) {
            if (isMx) {
                ex.nullMx = true;
                ex.diagnostics.append(dnsFinding(plan, DiagnosticKind::NullMx, {name}, p.location.line));
                continue;
            }
            Candidate c = base;
            c.host = name;
            c.lookup = LookupKind::Mx;
            c.state = CandidateState::Unresolved;
            c.unresolved = UnresolvedReason::NullMx;
            add(c);
            continue;
        }
        if (r.status != LookupResult::Status::Ok) {
            Candidate c = base;
            c.host = name;
            // No MX record, so no DNS preference: the entry's own position or pref= stands.
            c.lookup = e.type == LookupType::A ? LookupKind::A : LookupKind::Mx;
            c.state = CandidateState::Unresolved;
            c.unresolved = UnresolvedReason::LookupFailed;
            c.dns = failureOf(r);
            add(c);
            continue;
        }
        for (const ResolvedHost &h : r.hosts) {
            Candidate c = base;
            c.host = h.name;
            c.mxPreference = h.mxPreference;
            c.addresses = h.addresses;
            if (!c.ttlFromEntry)
                c.ttl = h.ttl;
            if (e.type == LookupType::A && !isMx)
                c.lookup = LookupKind::A;
            else
                c.lookup = r.implicitMx ? LookupKind::ImplicitMx : LookupKind::Mx;
            if (isMx) {
                // __mx__ hosts take their DNS preference; an implicit MX counts as 0 (RFC 5321 5.1).
                c.prefSource = PrefSource::Dns;
                c.pref = r.implicitMx ? 0 : std::max(h.mxPreference, 0);
            }
            if (h.problem && h.problem->status != DnsStatus::NoData) {
                c.state = CandidateState::Unresolved;
                c.unresolved = UnresolvedReason::AddressFailed;
                c.dns = *h.problem;
            } else if (h.problem || h.addresses.isEmpty()) {
                c.state = CandidateState::Unresolved;
                c.unresolved = UnresolvedReason::NoAddresses;
            }
            add(c);
        }
        if (r.hosts.isEmpty()) {
            Candidate c = base;
            c.host = name;
            c.lookup = LookupKind::Mx;
            c.state = CandidateState::Unresolved;
            c.unresolved = UnresolvedReason::NoHost;
            add(c);
        }
    }

    // A DNS preference that jumps ahead of a smart host listed before __mx__.
    for (const Candidate &mx : std::as_const(ex.candidates)) {
        if (mx.prefSource != PrefSource::Dns || mx.state != CandidateState::Usable)
            continue;
        for (const Candidate &smart : std::as_const(ex.candidates)) {
            if (smart.prefSource == PrefSource::Explicit && smart.entry < mx.entry && mx.pref < smart.pref) {
                ex.diagnostics.append(dnsFinding(
                    plan, DiagnosticKind::MxPrefBeatsExplicit,
                    {mx.host, QString::number(mx.pref), smart.host, QString::number(smart.pref)},
                    plan.entries.at(smart.entry).location.line));
                break;
            }
        }
    }
    sortCandidates(ex.candidates);
    applyWhatIf(ex, whatIf);
    return ex;
}

bool namesCandidate(const Candidate &candidate, const QString &name)
{
    const QString n = name.endsWith(u'.') ? name.chopped(1) : name;
    if (n.isEmpty())
        return false;
    auto same = [&n](const QString &other) { return other.compare(n, Qt::CaseInsensitive) == 0; };
    return same(candidate.host) || std::any_of(candidate.addresses.cbegin(), candidate.addresses.cend(), same);
}

QStringList unmatchedWhatIf(const QList<Candidate> &candidates, const WhatIf &whatIf)
{
    QStringList names = whatIf.down;
    QStringList limited = whatIf.limits.keys();
    limited.sort();
    names += limited;
    QStringList unmatched;
    for (const QString &name : std::as_const(names)) {
        if (std::none_of(candidates.cbegin(), candidates.cend(), [&name](const Candidate &c) { return namesCandidate(c, name); }))
            unmatched.append(name);
    }
    return unmatched;
}

Explanation reexplain(const Explanation &base, const WhatIf &whatIf)
{
    Explanation ex = base;
    applyWhatIf(ex, whatIf);
    return ex;
}

namespace {

void applyWhatIf(Explanation &ex, const WhatIf &whatIf)
{
    for (Candidate &c : ex.candidates) {
        applyHostLimit(ex.plan, c);
        for (auto it = whatIf.limits.cbegin(); it != whatIf.limits.cend(); ++it) {
            if (namesCandidate(c, it.key())) {
                c.limit = *it;
                c.limitOrigin = LimitOrigin::WhatIf;
                c.limitSource.reset();
            }
        }
        const bool down = std::any_of(whatIf.down.cbegin(), whatIf.down.cend(),
                                      [&c](const QString &name) { return namesCandidate(c, name); });
        if (c.state != CandidateState::Unresolved)
            c.state = down ? CandidateState::Down : CandidateState::Usable;
    }
    ex.connections = whatIf.connections >= 0 ? whatIf.connections : std::max(ex.plan.domainLimit, 0);
    ex.simulation = simulate(ex.candidates, ex.connections, ex.plan.domainLimit);
}

} // namespace

} // namespace rs
