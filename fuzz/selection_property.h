// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the selection fuzzer asserts, shared with tst_fuzzregressions. Candidates are
// decoded from bytes (small ranges, so tiers, shared host names and full hosts are
// common), sorted as explain() sorts them, simulated, and every step replayed:
// - a connection never goes to a host at its limit, nor past the domain limit;
// - never to a higher preference tier while a lower one has a usable host with room;
// - within its tier, to a host with the fewest connections among those with room;
// - a connection waits only when no usable host has room (or the domain is full);
// - down and unresolved hosts get nothing; assigned + waiting = requested.
#include "routing/selection.h"

#include <QHash>

namespace rs::fuzz {

struct SelectionInput {
    QList<Candidate> candidates;
    int connections = 0;
    int domainLimit = 32;
};

inline SelectionInput decodeSelectionInput(const QByteArray &bytes)
{
    SelectionInput in;
    auto at = [&](qsizetype i) { return i < bytes.size() ? quint8(bytes.at(i)) : quint8(0); };
    in.connections = at(0) % 65;
    in.domainLimit = int(at(1) % 42) - 1;  // -1: unlimited
    for (qsizetype i = 2; i + 3 < bytes.size() && in.candidates.size() < 24; i += 4) {
        Candidate c;
        c.pref = at(i) % 4 * 10;
        c.limit = int(at(i + 1) % 7) - 1;
        c.state = at(i + 2) % 5 == 0 ? CandidateState::Down
                  : at(i + 2) % 7 == 0 ? CandidateState::Unresolved
                                        : CandidateState::Usable;
        // Upper and lower case: host limits count per name, case-insensitively.
        c.host = (at(i + 3) & 0x40 ? QStringLiteral("MX%1.test") : QStringLiteral("mx%1.test")).arg(at(i + 3) % 8);
        c.entry = int(in.candidates.size());
        in.candidates.append(c);
    }
    sortCandidates(in.candidates);
    return in;
}

inline QString checkSelectionProperties(const SelectionInput &in)
{
    const QList<Candidate> &cs = in.candidates;
    const Simulation sim = simulate(cs, in.connections, in.domainLimit);
    if (sim.steps.size() != in.connections || sim.assigned.size() != cs.size())
        return QStringLiteral("wrong number of steps or counts");
    QHash<QString, int> perHost;
    QList<int> assigned(cs.size(), 0);
    int total = 0;
    auto room = [&](qsizetype j) {
        const Candidate &c = cs.at(j);
        return c.state == CandidateState::Usable && (c.limit < 0 || perHost.value(c.host.toLower()) < c.limit);
    };
    for (const SimulationStep &s : sim.steps) {
        const QString at = QStringLiteral("connection %1: ").arg(s.connection);
        const bool full = in.domainLimit >= 0 && total >= in.domainLimit;
        if (s.candidate < 0) {
            if (full)
                continue;
            for (qsizetype j = 0; j < cs.size(); ++j) {
                if (room(j))
                    return at + QStringLiteral("waits while %1 has room").arg(cs.at(j).host);
            }
            continue;
        }
        if (s.candidate >= cs.size())
            return at + QStringLiteral("candidate out of range");
        const Candidate &c = cs.at(s.candidate);
        if (full)
            return at + QStringLiteral("past the domain limit");
        if (!room(s.candidate))
            return at + QStringLiteral("%1 is not usable or at its limit").arg(c.host);
        for (qsizetype j = 0; j < cs.size(); ++j) {
            if (!room(j))
                continue;
            if (cs.at(j).pref < c.pref)
                return at + QStringLiteral("preference %1 chosen while %2 (preference %3) has room")
                                .arg(c.pref).arg(cs.at(j).host).arg(cs.at(j).pref);
            if (cs.at(j).pref == c.pref && assigned.at(j) < assigned.at(s.candidate))
                return at + QStringLiteral("%1 chosen over %2 with fewer connections").arg(c.host, cs.at(j).host);
        }
        ++assigned[s.candidate];
        ++perHost[c.host.toLower()];
        ++total;
    }
    if (assigned != sim.assigned)
        return QStringLiteral("assigned counts differ from the steps");
    if (total + sim.waiting != in.connections)
        return QStringLiteral("assigned + waiting != requested");
    return {};
}

} // namespace rs::fuzz
