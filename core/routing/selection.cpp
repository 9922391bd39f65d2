// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/selection.h"

#include <QStringList>

#include <algorithm>
#include <vector>

namespace rs {

void sortCandidates(QList<Candidate> &candidates)
{
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.pref != b.pref)
            return a.pref < b.pref;
        if (a.entry != b.entry)
            return a.entry < b.entry;
        if (a.mxPreference != b.mxPreference)
            return a.mxPreference < b.mxPreference;
        return a.host < b.host;
    });
}

Simulation simulate(const QList<Candidate> &candidates, int connections, int domainLimit)
{
    Simulation sim;
    sim.requested = std::max(connections, 0);
    sim.domainLimit = domainLimit;
    sim.assigned = QList<int>(candidates.size(), 0);
    // Connections per host name, across candidates: each candidate's counter is the
    // one of the first candidate with its name (names compared without case). Found
    // once here; the steps below only index, since an impact review runs this for
    // every domain of a file.
    QStringList names;
    names.reserve(candidates.size());
    std::vector<int> hostOf(size_t(candidates.size()));
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        names.append(candidates.at(i).host.toLower());
        hostOf[size_t(i)] = int(names.indexOf(names.last()));
    }
    std::vector<int> perHost(size_t(candidates.size()), 0);
    std::vector<bool> hasLimit(size_t(candidates.size()), false);  // a candidate of the host has a limit
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        if (candidates.at(i).limit >= 0)
            hasLimit[size_t(hostOf[size_t(i)])] = true;
    }
    int total = 0;

    auto below = [&](int i) {
        const Candidate &c = candidates.at(i);
        return c.limit < 0 || perHost[size_t(hostOf[size_t(i)])] < c.limit;
    };
    auto canTake = [&](qsizetype i) { return candidates.at(i).state == CandidateState::Usable && below(int(i)); };
    // What blockedIn() and the skipped tiers say changes only when a limited host takes
    // a connection: until then a step reuses the lists of the one before (shared, not
    // copied), instead of allocating them again at every connection.
    int version = 0;
    struct Cached {
        int version = -1;
        qsizetype end = -1;
        QList<BlockedHost> blocked;
    };
    std::vector<Cached> blockedCache(size_t(candidates.size()));
    const QList<TierSpan> tiers = preferenceTiers(candidates);
    int skippedVersion = -1;
    qsizetype skippedFor = -1;
    QList<FullTier> skippedCache;
    // Why the hosts of [begin, end) cannot take a connection (the ones that can are left out).
    auto blockedIn = [&](qsizetype begin, qsizetype end) {
        Cached &cached = blockedCache[size_t(begin)];
        if (cached.version == version && cached.end == end)
            return cached.blocked;
        QList<BlockedHost> blocked;
        for (qsizetype i = begin; i < end; ++i) {
            const Candidate &c = candidates.at(i);
            if (c.state != CandidateState::Usable)
                blocked.append({int(i), c.state == CandidateState::Down ? HostBlock::Down : HostBlock::Unresolved});
            else if (!below(int(i)))
                blocked.append({int(i), HostBlock::AtLimit});
        }
        cached = {version, end, blocked};
        return blocked;
    };
    // Chooses the next connection's candidate without opening it, and says why.
    auto choose = [&](SimulationStep &step) -> int {
        if (domainLimit >= 0 && total >= domainLimit) {
            step.reason = StepReason::DomainLimit;
            return -1;
        }
        if (candidates.isEmpty()) {
            step.reason = StepReason::NoCandidate;
            return -1;
        }
        const TierSpan tier = tierWithRoom(candidates, canTake);
        const qsizetype skippedEnd = tier.isNone() ? candidates.size() : tier.begin;
        if (skippedVersion != version || skippedFor != skippedEnd) {
            skippedCache.clear();
            for (const TierSpan &t : tiers) {
                if (t.begin >= skippedEnd)
                    break;
                skippedCache.append({candidates.at(t.begin).pref, blockedIn(t.begin, t.end)});
            }
            skippedVersion = version;
            skippedFor = skippedEnd;
        }
        step.skipped = skippedCache;
        if (tier.isNone()) {
            step.reason = StepReason::NoRoom;
            return -1;
        }
        int best = -1;
        for (qsizetype i = tier.begin; i < tier.end; ++i) {
            if (canTake(i) && (best < 0 || sim.assigned.at(i) < sim.assigned.at(best)))
                best = int(i);
        }
        step.reason = StepReason::FewestInTier;
        step.openBefore = sim.assigned.at(best);
        step.passedOver = blockedIn(tier.begin, tier.end);
        return best;
    };

    sim.steps.reserve(sim.requested);
    for (int n = 1; n <= sim.requested; ++n) {
        // A connection that waits opens nothing, so every later one waits for the same
        // reasons: share the step's lists rather than work them out again (a domain
        // that cannot be delivered waits at each of its 32 connections).
        if (!sim.steps.isEmpty() && sim.steps.constLast().candidate < 0) {
            SimulationStep same = sim.steps.constLast();
            same.connection = n;
            ++sim.waiting;
            sim.steps.append(std::move(same));
            continue;
        }
        SimulationStep step;
        step.connection = n;
        const int i = choose(step);
        if (i >= 0) {
            ++sim.assigned[i];
            ++perHost[size_t(hostOf[size_t(i)])];
            if (candidates.at(i).limit >= 0 || hasLimit[size_t(hostOf[size_t(i)])])
                ++version;
            ++total;
        } else {
            ++sim.waiting;
        }
        step.candidate = i;
        sim.steps.append(std::move(step));
    }
    if (!sim.steps.isEmpty() && sim.steps.constLast().candidate < 0) {
        sim.nextCandidate = -1;
        return sim;
    }
    SimulationStep next;
    sim.nextCandidate = choose(next);
    return sim;
}

QString prefSourceName(PrefSource source)
{
    switch (source) {
    case PrefSource::Explicit: return QStringLiteral("explicit");
    case PrefSource::Implied: return QStringLiteral("implied");
    case PrefSource::Dns: return QStringLiteral("dns");
    }
    return {};
}

QString lookupKindName(LookupKind kind)
{
    switch (kind) {
    case LookupKind::Literal: return QStringLiteral("literal");
    case LookupKind::A: return QStringLiteral("a");
    case LookupKind::Mx: return QStringLiteral("mx");
    case LookupKind::ImplicitMx: return QStringLiteral("implicit-mx");
    }
    return {};
}

QString candidateStateName(CandidateState state)
{
    switch (state) {
    case CandidateState::Usable: return QStringLiteral("usable");
    case CandidateState::Down: return QStringLiteral("down");
    case CandidateState::Unresolved: return QStringLiteral("unresolved");
    }
    return {};
}

QList<TierSpan> preferenceTiers(const QList<Candidate> &candidates)
{
    QList<TierSpan> tiers;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        if (i == 0 || candidates.at(i).pref != candidates.at(i - 1).pref)
            tiers.append({i, i});
        tiers.last().end = i + 1;
    }
    return tiers;
}

} // namespace rs
