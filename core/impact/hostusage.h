// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/selection.h"

#include <QHash>
#include <QStringList>

#include <vector>

namespace rs {

/// The two sides of an impact review.
enum class ImpactSide : quint8 { Before, After };

/// One (domain, binding) for which a host is a candidate: the host view's row.
struct HostRoute {
    QString domain;
    QString binding;      ///< null: mail sent without a binding
    int tier = 0;         ///< 0: the domain's first preference tier, 1 the next, ...
    int pref = 0;
    int port = 25;
    CandidateState state = CandidateState::Usable;
    int connections = 0;        ///< to this host, at the domain limit
    int domainConnections = 0;  ///< to all hosts of the domain together
    int domainLimit = 0;
    /// The host's part of the domain's connections, 0..1 (0 for a backup tier).
    double share() const { return domainConnections > 0 ? double(connections) / domainConnections : 0.0; }
};

/// What every compared domain sends to one host, added up: a Host stanza's limit
/// counts the connections of every domain to the host, so a shared receiver that
/// more domains reach than it admits shows here.
struct HostLoad {
    QString host;
    struct Side {
        qint64 connections = 0;  ///< the sum over every compared (domain, binding), each at its domain limit
        int domains = 0;         ///< (domain, binding)s with the host among their candidates
        int limit = -1;          ///< the Host stanza's limit (-1: none), as mail without a binding sees it
        bool seen = false;       ///< the host is a candidate on this side at all
        bool oversubscribed() const { return limit >= 0 && connections > limit; }
    };
    Side before;
    Side after;
    const Side &side(ImpactSide s) const { return s == ImpactSide::Before ? before : after; }
};

/// Every candidate of every compared (domain, binding) on both sides, kept compactly:
/// 100,000 domains take a few megabytes. Answers the host view's question (which
/// domains route to this host, at which tier, with what share) without another run.
class HostUsage final
{
public:
    /// One candidate of one compared (domain, binding).
    struct Use {
        quint32 unit = 0;   ///< index of the (domain, binding), see ImpactResult::unitDomain()
        quint32 host = 0;   ///< index into hosts()
        qint32 pref = 0;
        qint32 connections = 0;
        qint32 limit = -1;
        quint16 port = 25;
        quint8 tier = 0;
        CandidateState state = CandidateState::Usable;
    };
    /// Per (domain, binding): all its connections, and its domain limit.
    struct UnitTotal {
        qint32 connections = 0;
        qint32 domainLimit = 0;
    };

    const QStringList &hosts() const { return m_hosts; }
    /// Index of a host (name or IP literal; without case, final dot ignored), or -1.
    int hostIndex(const QString &host) const;
    const std::vector<Use> &uses(ImpactSide side) const { return m_uses[size_t(side)]; }
    const std::vector<UnitTotal> &unitTotals(ImpactSide side) const { return m_totals[size_t(side)]; }

    /// Host names as they are compared: lower case, no final dot.
    static QString key(const QString &host);

private:
    friend class ImpactEngine;
    QStringList m_hosts;
    QHash<QString, int> m_index;
    std::vector<Use> m_uses[2];
    std::vector<UnitTotal> m_totals[2];
};

} // namespace rs
