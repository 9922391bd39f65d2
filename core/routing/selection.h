// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/dnsfailure.h"
#include "routing/provenance.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rs {

enum class PrefSource : quint8 { Explicit, Implied, Dns };
enum class LookupKind : quint8 { Literal, A, Mx, ImplicitMx };
enum class CandidateState : quint8 { Usable, Down, Unresolved };
/// Where a candidate's connection limit comes from.
enum class LimitOrigin : quint8 {
    None,        ///< no Host stanza limits it: unlimited
    HostStanza,  ///< Max_Outbound_Connections of a Host stanza (see Candidate::limitSource)
    WhatIf,      ///< overridden in a what-if
};

/// Why a candidate is unresolved (CandidateState::Unresolved).
enum class UnresolvedReason : quint8 {
    None,
    NotAnswered,    ///< its entry's lookup has no answer (not made, or not finished)
    NullMx,         ///< its name publishes a null MX (RFC 7505): it accepts no mail
    LookupFailed,   ///< the entry's own lookup failed (MX, or A/AAAA with type=a): see `dns`
    NoHost,         ///< the lookup returned no host
    NoAddresses,    ///< the host has neither A nor AAAA records
    AddressFailed,  ///< looking up the host's addresses failed: see `dns`
};

/// One host mail could go to, with where every number about it came from.
struct Candidate {
    QString host;                 ///< host name, or the address of an IP literal
    int pref = 0;                 ///< lower is tried first; equal prefs form a tier
    PrefSource prefSource = PrefSource::Implied;
    int mxPreference = -1;        ///< the DNS MX preference when the host came from MX
    int port = 25;
    bool portFromEntry = false;   ///< port= of the entry; else the plan's portSource
    std::optional<qint64> ttl;    ///< entry ttl= when set, else the DNS TTL
    bool ttlFromEntry = false;
    QStringList addresses;
    int entry = 0;                ///< index of the route entry that produced it
    LookupKind lookup = LookupKind::Literal;
    int limit = -1;               ///< host connection limit, -1 unlimited
    LimitOrigin limitOrigin = LimitOrigin::None;
    std::optional<OptionSource> limitSource;  ///< the Host stanza's option (HostStanza)
    CandidateState state = CandidateState::Usable;
    UnresolvedReason unresolved = UnresolvedReason::None;  ///< why, when Unresolved
    DnsFailure dns;               ///< what DNS said (LookupFailed, AddressFailed)
};

/// Orders candidates per routing-model.md: preference, then list order, then
/// MX preference, then name.
void sortCandidates(QList<Candidate> &candidates);

/// Why a host could not take a connection.
enum class HostBlock : quint8 { Down, Unresolved, AtLimit };

/// A host passed over while choosing, and why.
struct BlockedHost {
    int candidate = -1;
    HostBlock why = HostBlock::AtLimit;
    friend bool operator==(const BlockedHost &, const BlockedHost &) = default;
};

/// A preference tier that had no room for a connection.
struct FullTier {
    int pref = 0;
    QList<BlockedHost> hosts;
    friend bool operator==(const FullTier &, const FullTier &) = default;
};

/// Why a connection went where it did (interfaces word it).
enum class StepReason : quint8 {
    FewestInTier,  ///< the host with the fewest connections of the best tier with room
    DomainLimit,   ///< waits: the domain limit is reached
    NoCandidate,   ///< waits: there is no candidate host at all
    NoRoom,        ///< waits: every tier is full, down or unresolved (see skipped)
};

struct SimulationStep {
    int connection = 0;  ///< 1-based
    int candidate = -1;  ///< index into the candidates, -1 when the connection waits
    StepReason reason = StepReason::FewestInTier;
    int openBefore = 0;  ///< connections the chosen host had before this one
    QList<FullTier> skipped;       ///< tiers before the chosen one (all of them when it waits)
    QList<BlockedHost> passedOver; ///< hosts of the chosen tier that could not take it
};

struct Simulation {
    int requested = 0;
    int domainLimit = 32;
    QList<int> assigned;           ///< connections per candidate (same order)
    int waiting = 0;
    QList<SimulationStep> steps;   ///< one per requested connection
    int nextCandidate = -1;        ///< where connection N+1 would go, -1 if it would wait

    /// Where connection `opened` + 1 goes once `opened` connections are open (-1: it
    /// waits). candidateAfter(0) is what the console marks with `=>`: where a new
    /// connection goes when none is open.
    int candidateAfter(int opened) const
    {
        return opened >= 0 && opened < steps.size() ? steps.at(opened).candidate : nextCandidate;
    }
};

/// A run of candidates with one preference: [begin, end) of the sorted candidates.
struct TierSpan {
    qsizetype begin = -1;
    qsizetype end = -1;
    bool isNone() const { return begin < 0; }
};

/// The preference tiers of `candidates` (sorted, see sortCandidates), lowest first:
/// each a run of candidates with one preference. What every view of the tiers groups by.
QList<TierSpan> preferenceTiers(const QList<Candidate> &candidates);

/// The first half of the selection rule (routing-model.md, "Selection"), the one
/// place that says which tier the next connection goes to: the lowest preference
/// tier of `candidates` (sorted, see sortCandidates) with a candidate for which
/// `canTake(i)` holds (usable and below its limit, as the caller counts them).
/// simulate() picks the host with the fewest connections within it; the time
/// simulation (simulation/timesim.h) picks at random among the hosts with room,
/// as the running MTA does.
template<typename CanTake>
TierSpan tierWithRoom(const QList<Candidate> &candidates, const CanTake &canTake)
{
    for (qsizetype begin = 0; begin < candidates.size();) {
        const int pref = candidates.at(begin).pref;
        qsizetype end = begin;
        bool room = false;
        for (; end < candidates.size() && candidates.at(end).pref == pref; ++end)
            room = room || canTake(end);
        if (room)
            return {begin, end};
        begin = end;
    }
    return {};
}

/// Opens `connections` connections one at a time: each goes to the lowest
/// preference tier with a usable host below its limit, to the host of that tier
/// with the fewest connections (ties: candidate order), while the domain total is
/// below `domainLimit`. Otherwise it waits. Host limits count per host name, so a
/// host listed twice shares one limit.
Simulation simulate(const QList<Candidate> &candidates, int connections, int domainLimit);

QString prefSourceName(PrefSource source);
QString lookupKindName(LookupKind kind);
QString candidateStateName(CandidateState state);

} // namespace rs
