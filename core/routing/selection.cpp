#include "routing/selection.h"

#include <QHash>

#include <algorithm>

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
    QHash<QString, int> perHost;  // connections per host name, across candidates
    int total = 0;

    auto below = [&](int i) {
        const Candidate &c = candidates.at(i);
        return c.limit < 0 || perHost.value(c.host.toLower()) < c.limit;
    };
    auto canTake = [&](qsizetype i) { return candidates.at(i).state == CandidateState::Usable && below(int(i)); };
    // Why the hosts of [begin, end) cannot take a connection (the ones that can are left out).
    auto blockedIn = [&](qsizetype begin, qsizetype end) {
        QList<BlockedHost> blocked;
        for (qsizetype i = begin; i < end; ++i) {
            const Candidate &c = candidates.at(i);
            if (c.state != CandidateState::Usable)
                blocked.append({int(i), c.state == CandidateState::Down ? HostBlock::Down : HostBlock::Unresolved});
            else if (!below(int(i)))
                blocked.append({int(i), HostBlock::AtLimit});
        }
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
        for (qsizetype begin = 0; begin < skippedEnd;) {
            qsizetype end = begin;
            while (end < skippedEnd && candidates.at(end).pref == candidates.at(begin).pref)
                ++end;
            step.skipped.append({candidates.at(begin).pref, blockedIn(begin, end)});
            begin = end;
        }
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

    for (int n = 1; n <= sim.requested; ++n) {
        SimulationStep step;
        step.connection = n;
        const int i = choose(step);
        if (i >= 0) {
            ++sim.assigned[i];
            ++perHost[candidates.at(i).host.toLower()];
            ++total;
        } else {
            ++sim.waiting;
        }
        step.candidate = i;
        sim.steps.append(std::move(step));
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

} // namespace rs
