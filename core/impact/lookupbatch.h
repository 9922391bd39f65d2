// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/explanation.h"

#include <atomic>
#include <functional>
#include <vector>

namespace rs {

class MailLookup;

/// Every distinct DNS question of an impact review, asked once through one
/// MailLookup with a bounded number in flight, the answers kept by question. Other
/// threads may read the answers to the questions before answeredPrefix() (published
/// by the `answered` callback) while later ones are still being asked: the review
/// explains the domains whose answers are all in while DNS goes on.
class LookupBatch final
{
public:
    /// Adds a question unless it is there already; its index either way. Questions
    /// are asked in the order added.
    qsizetype add(const LookupRequest &request);
    qsizetype size() const { return m_requests.size(); }
    const LookupRequest &request(qsizetype index) const { return m_requests.at(index); }

    /// Asks every question on this thread's event loop, at most `window` at once.
    /// `answered(prefix, done)` follows each answer: questions [0, prefix) are all
    /// answered, `done` in all. False when `cancel` was raised (the rest is cancelled).
    bool resolve(MailLookup &lookup, int window, const std::atomic_bool *cancel,
                 const std::function<void(qsizetype prefix, qsizetype done)> &answered);

    /// One result per entry of the plan (lookupsFor() order), none for entries that
    /// need no DNS; the plan's questions must be answered (below the prefix).
    QList<std::optional<LookupResult>> resultsFor(const RoutePlan &plan) const { return results(lookupsFor(plan)); }
    /// The same for questions in that form (none where an entry needs no DNS).
    QList<std::optional<LookupResult>> results(const QList<std::optional<LookupRequest>> &requests) const;

private:
    QList<LookupRequest> m_requests;
    QHash<LookupRequest, qsizetype> m_index;
    std::vector<std::optional<LookupResult>> m_answers;
};

} // namespace rs
