// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rs {

/// The outcome of a lookup, in the terms routing cares about.
enum class DnsStatus : quint8 { Ok, NullMx, NxDomain, NoData, ServFail, Refused, Timeout, Error };

/// What is known about a failed lookup beyond its status.
enum class DnsCause : quint8 {
    None,              ///< the status says it all
    OutsideZones,      ///< offline: the name is in none of the loaded zones (Refused)
    ZoneNotLoaded,     ///< offline: the name's zone failed to load (ServFail)
    AliasLeavesZone,   ///< offline: a CNAME leads out of the zone (NoData)
    AliasChainTooLong, ///< more than 16 CNAME links (Error)
    BadName,           ///< not a valid domain name (Error)
    MalformedAnswer,   ///< the server's answer could not be read (Error)
    NoResolver,        ///< there was nothing to ask (Error)
    EmptyExchange,     ///< an MX record with an empty exchange next to others: no host to look up
    NotAsked,          ///< the host's addresses were never looked up
    Library,           ///< the resolver library failed: `detail` holds its own words
};

/// Why a lookup gave nothing usable: facts an interface words. `detail` is the
/// resolver library's own text (c-ares), only for DnsCause::Library.
struct DnsFailure {
    DnsStatus status = DnsStatus::Error;
    DnsCause cause = DnsCause::None;
    QString detail;
    friend bool operator==(const DnsFailure &, const DnsFailure &) = default;
};

} // namespace rs
