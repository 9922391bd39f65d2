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
    auto choose = [&](QString &why) -> int {
        if (domainLimit >= 0 && total >= domainLimit) {
            why = QStringLiteral("waits: the domain limit of %1 connections is reached").arg(domainLimit);
            return -1;
        }
        QStringList skipped;
        for (qsizetype start = 0; start < candidates.size();) {
            const int pref = candidates.at(start).pref;
            qsizetype end = start;
            int best = -1;
            QStringList full;
            for (; end < candidates.size() && candidates.at(end).pref == pref; ++end) {
                const Candidate &c = candidates.at(end);
                if (c.state != CandidateState::Usable) {
                    full << QStringLiteral("%1 %2").arg(c.host, candidateStateName(c.state));
                    continue;
                }
                if (!below(int(end))) {
                    full << QStringLiteral("%1 at its limit of %2").arg(c.host).arg(c.limit);
                    continue;
                }
                if (best < 0 || sim.assigned.at(end) < sim.assigned.at(best))
                    best = int(end);
            }
            if (best >= 0) {
                const QString prefix = skipped.isEmpty() ? QString() : skipped.join(QStringLiteral("; ")) + QStringLiteral("; so ");
                why = prefix + QStringLiteral("%1 has the fewest connections (%2) among the usable hosts of preference %3")
                                   .arg(candidates.at(best).host)
                                   .arg(sim.assigned.at(best))
                                   .arg(pref);
                // Hosts of the same tier that could not take it: why they were passed over.
                if (!full.isEmpty())
                    why += QStringLiteral(" (%1)").arg(full.join(QStringLiteral(", ")));
                return best;
            }
            skipped << QStringLiteral("preference %1 has no room (%2)").arg(pref).arg(full.join(QStringLiteral(", ")));
            start = end;
        }
        why = candidates.isEmpty() ? QStringLiteral("waits: there is no candidate host")
                                   : QStringLiteral("waits: ") + skipped.join(QStringLiteral("; "));
        return -1;
    };

    for (int n = 1; n <= sim.requested; ++n) {
        QString why;
        const int i = choose(why);
        if (i >= 0) {
            ++sim.assigned[i];
            ++perHost[candidates.at(i).host.toLower()];
            ++total;
        } else {
            ++sim.waiting;
        }
        sim.steps.append({n, i, why});
    }
    QString unused;
    sim.nextCandidate = choose(unused);
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
