// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "impact/hostusage.h"
#include "routing/explanation.h"

// How an impact review explains a route list once for the many domains that share
// it (internal to impact/). Most domains of a large configuration have no list of
// their own: they fall back to the global Routes, or their stanzas repeat one list
// (`( "__mx__" )`, a smart host). Such domains ask the same questions but for their
// own name (__mx__), and where the answers agree but for that name, explain() gives
// them the same candidates and spread: the review plans and explains the first one,
// and copies its candidates to the others.

namespace rs {

/// The route list that decides a domain, as written, with what else the explanation
/// depends on: the binding column (its Host chain), the default port and the domain
/// limit. `text` is the Routes or Gateway statement in its file (empty: neither
/// applies, __mx__), which the model keeps for as long as the review.
struct RouteKey {
    QByteArrayView text;
    RouteChoice route = RouteChoice::Default;
    qint32 column = 0;
    qint32 port = 0;
    qint32 limit = 0;
    friend bool operator==(const RouteKey &a, const RouteKey &b)
    {
        return a.route == b.route && a.column == b.column && a.port == b.port && a.limit == b.limit && a.text == b.text;
    }
    friend size_t qHash(const RouteKey &k, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, k.text, int(k.route), k.column, k.port, k.limit);
    }
};

RouteKey routeKey(const RouteModel &model, const ScopeResolution &resolution, qint32 column);

/// The DNS questions of a route list for any domain: lookupsFor() of one plan, with
/// the entries that ask for the domain itself (__mx__) marked.
struct RouteQuestions {
    QList<std::optional<LookupRequest>> requests;  ///< per entry
    QList<bool> forDomain;                         ///< per entry: __mx__
    qint64 units = 0;                              ///< the units of the review that have this list
    /// From a plan; none when its __mx__ questions do not name its domain.
    static std::optional<RouteQuestions> of(const RoutePlan &plan);
    /// The questions of the same list for another domain.
    QList<std::optional<LookupRequest>> forDomainName(const QString &domain) const;
};

/// The answers of a domain as far as its candidates go (names, preferences,
/// addresses, whether resolved), its own name replaced by a marker and the reasons
/// left out: two domains of one route list with the same digest get the same
/// candidates but for their own name.
QByteArray answerDigest(const QList<std::optional<LookupResult>> &results, const RouteQuestions &questions,
                        const QString &domain);

/// The candidates of one explanation, to copy to the domains that share it. A
/// candidate named after the domain itself (its __mx__ failed) has host
/// kDomainHost: the copy names it after its own domain.
struct SharedCandidates {
    static constexpr quint32 kDomainHost = 0xffffffffu;
    bool shareable = false;  ///< false when a candidate named after the domain is usable
    std::vector<HostUsage::Use> uses;
    HostUsage::UnitTotal total;
};

} // namespace rs
