// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/routeplan.h"
#include "routing/selection.h"

#include <QHash>

namespace rs {

/// What a route entry needs from DNS.
struct LookupRequest {
    enum class Mode : quint8 {
        MxWithFallback,  ///< MX of the name; A/AAAA of the name itself when it has none
        AddressOnly,     ///< A and AAAA of the name (type=a)
    };
    QString name;
    Mode mode = Mode::MxWithFallback;
    friend bool operator==(const LookupRequest &, const LookupRequest &) = default;
    friend size_t qHash(const LookupRequest &r, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, r.name, int(r.mode));
    }
};

/// One host a lookup produced.
struct ResolvedHost {
    QString name;
    int mxPreference = -1;       ///< -1 when the host did not come from an MX record
    std::optional<qint64> ttl;   ///< MX record TTL, or the lowest address TTL
    QStringList addresses;       ///< IPv4 first, then IPv6
    /// Why it has no address; none when resolved. NoData: no A or AAAA records.
    std::optional<DnsFailure> problem;
};

/// The answer to one LookupRequest, in terms routing cares about.
struct LookupResult {
    using Status = DnsStatus;
    Status status = Status::Error;
    bool implicitMx = false;     ///< no MX records: the name's own addresses were used
    QList<ResolvedHost> hosts;
    DnsCause cause = DnsCause::None;  ///< what else is known, for the failure statuses
    QString detail;              ///< DnsCause::Library: the resolver library's own words
};

/// What-if settings of a simulation. Hosts are named as namesCandidate() matches.
struct WhatIf {
    int connections = -1;              ///< -1: the domain limit
    QStringList down;                  ///< host names or addresses marked down
    QHash<QString, int> limits;        ///< host name or address -> limit override
};

/// True when `name` is the candidate's host name or one of its addresses, compared
/// without case and ignoring a final dot ("MX1.example.test." names mx1.example.test).
bool namesCandidate(const Candidate &candidate, const QString &name);
/// The hosts of `whatIf` (down, then limits) that name no candidate: a what-if that
/// would silently change nothing. `explain` refuses them.
QStringList unmatchedWhatIf(const QList<Candidate> &candidates, const WhatIf &whatIf);

/// The full answer to "where would mail for this domain go?".
struct Explanation {
    RoutePlan plan;
    QList<Candidate> candidates;  ///< in selection order
    Simulation simulation;
    int connections = 0;
    bool nullMx = false;
    Diagnostics diagnostics;      ///< plan diagnostics plus what DNS revealed
    /// Severity::Note: where the answers came from, entries listed but not simulated.
    Diagnostics notes;

    bool hasUsableCandidate() const;
};

/// The lookup each entry of the plan needs, in entry order (std::nullopt for IP
/// literals, other schemes and invalid entries).
QList<std::optional<LookupRequest>> lookupsFor(const RoutePlan &plan);
/// The same questions for the plan planFor(model, domain, resolution) would make,
/// without making the rest of it (sources, Host chain, diagnostics).
QList<std::optional<LookupRequest>> lookupsFor(const RouteModel &model, const QString &domain,
                                               const ScopeResolution &resolution);

/// Builds candidates from the plan and one result per lookup (same order as
/// lookupsFor; missing results count as unresolved), then simulates.
Explanation explain(const RoutePlan &plan, const QList<std::optional<LookupResult>> &results, const WhatIf &whatIf);

/// Re-applies what-if settings to an explanation without new DNS answers.
Explanation reexplain(const Explanation &base, const WhatIf &whatIf);

/// The DNS facts of a failed lookup.
inline DnsFailure failureOf(const LookupResult &r)
{
    return {r.status, r.cause, r.detail};
}

} // namespace rs
