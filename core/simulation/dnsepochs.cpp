// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulation/dnsepochs.h"

#include <algorithm>
#include <limits>
#include <set>

namespace rs {

qint64 refreshTime(const Explanation &before, int entry, qint64 switchAt)
{
    std::optional<qint64> ttl;
    for (const Candidate &c : before.candidates) {
        if (c.entry == entry && c.ttl)
            ttl = ttl ? std::min(*ttl, *c.ttl) : *c.ttl;
    }
    if (!ttl || *ttl <= 0 || switchAt <= 0)
        return std::max<qint64>(switchAt, 0);
    // Asked at 0, TTL, 2 TTL, ...: the first question at or after the switch sees the new answer.
    return (switchAt + *ttl - 1) / *ttl * *ttl;
}

QList<DnsEpoch> dnsEpochs(const Explanation &before, const std::optional<Explanation> &after, qint64 switchAt)
{
    if (!after)
        return {DnsEpoch{0, before.candidates}};
    const qsizetype entries = std::max(before.plan.entries.size(), after->plan.entries.size());
    QList<qint64> refresh(entries, 0);
    std::set<qint64> starts{0};
    for (qsizetype e = 0; e < entries; ++e) {
        const bool literal = e < before.plan.entries.size() && before.plan.entries.at(e).entry.kind == EntryKind::IpLiteral;
        refresh[e] = literal ? std::numeric_limits<qint64>::max() : refreshTime(before, int(e), switchAt);
        if (!literal)
            starts.insert(refresh.at(e));
    }
    QList<DnsEpoch> epochs;
    for (const qint64 from : starts) {
        DnsEpoch epoch{from, {}};
        auto current = [&](int entry) { return entry < entries && from >= refresh.at(entry); };
        for (const Candidate &c : before.candidates) {
            if (!current(c.entry))
                epoch.candidates.append(c);
        }
        for (const Candidate &c : after->candidates) {
            if (current(c.entry))
                epoch.candidates.append(c);
        }
        sortCandidates(epoch.candidates);
        epochs.append(std::move(epoch));
    }
    return epochs;
}

} // namespace rs
