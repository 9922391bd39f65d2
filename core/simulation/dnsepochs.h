// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/explanation.h"

#include <optional>

namespace rs {

/// The candidates in force from `from` seconds on.
struct DnsEpoch {
    qint64 from = 0;
    QList<Candidate> candidates;  ///< sorted (sortCandidates), limits and what-if applied
};

/// How the candidates change over time when DNS answers change: `before` holds the
/// answers cached at the start, `after` (when set) the answers published from
/// `switchAt` on. Each route entry's answer is cached for its TTL (the lowest TTL of
/// the hosts it yielded, `ttl=` included) and asked again every TTL seconds from the
/// start, so the new answer takes effect at the first refresh at or after `switchAt`;
/// an entry with no TTL (a failed lookup) or a TTL of 0 asks at `switchAt` itself.
/// Entries that need no DNS (IP literals) never change. Both explanations must come
/// from the same plan (same entries). Returns the epochs in time order, the first
/// from 0; without `after`, the one epoch of `before`.
QList<DnsEpoch> dnsEpochs(const Explanation &before, const std::optional<Explanation> &after, qint64 switchAt);

/// When the answer of route entry `entry` of `before` is replaced (see dnsEpochs()).
qint64 refreshTime(const Explanation &before, int entry, qint64 switchAt);

} // namespace rs
