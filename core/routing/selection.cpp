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
        for (qsizetype start = 0; start < candidates.size();) {
            const int pref = candidates.at(start).pref;
            qsizetype end = start;
            int best = -1;
            QList<BlockedHost> blocked;
            for (; end < candidates.size() && candidates.at(end).pref == pref; ++end) {
                const Candidate &c = candidates.at(end);
                if (c.state != CandidateState::Usable) {
                    blocked.append({int(end), c.state == CandidateState::Down ? HostBlock::Down : HostBlock::Unresolved});
                    continue;
                }
                if (!below(int(end))) {
                    blocked.append({int(end), HostBlock::AtLimit});
                    continue;
                }
                if (best < 0 || sim.assigned.at(end) < sim.assigned.at(best))
                    best = int(end);
            }
            if (best >= 0) {
                step.reason = StepReason::FewestInTier;
                step.openBefore = sim.assigned.at(best);
                step.passedOver = std::move(blocked);
                return best;
            }
            step.skipped.append({pref, std::move(blocked)});
            start = end;
        }
        step.reason = StepReason::NoRoom;
        return -1;
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
