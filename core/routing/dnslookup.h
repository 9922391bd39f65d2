// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ioerror.h"
#include "routing/maillookup.h"

#include <QStringList>

#include <memory>

namespace rs {

/// Where lookups go: zone files (offline) when any are given, else DNS servers
/// ("host[:port]"; none = the system's resolver configuration).
struct LookupOptions {
    QStringList zoneFiles;
    QStringList servers;
    int timeoutMs = 2000;   ///< per try
    int tries = 2;
    bool cache = true;      ///< keep answers for their TTL (re-explaining as the user types)
};

/// Why lookups cannot be made, as facts an interface words.
struct LookupSetupProblem {
    enum class Kind : quint8 {
        ZoneUnreadable,  ///< the zone file cannot be read: `io` says why
        ZoneEmpty,       ///< the zone file holds no records
        ZoneTooLarge,    ///< the zone is over `limit` bytes
        ZoneSyntax,      ///< a record does not parse (at `line`): `detail` is ldns' own words
        ZoneInclude,     ///< $INCLUDE (at `line`), which is not supported
        ZoneNoSoa,       ///< no SOA record, so the zone's apex is unknown
        ZoneBadOrigin,   ///< the origin (`detail`) is not a domain name
        BadServer,       ///< the DNS server `detail` is not an address
        ResolverFailed,  ///< c-ares could not be set up: `detail` is its own words
    };
    Kind kind = Kind::ResolverFailed;
    QString file;       ///< the zone file
    int line = 0;       ///< 0: the file as a whole
    QString detail;
    qint64 limit = 0;
    IoError io;
};
using LookupSetupProblems = QList<LookupSetupProblem>;

/// A MailLookup over the resolver library (c-ares or zone files). Returns nullptr and
/// says why in *problems when a zone file cannot be loaded or c-ares cannot be set up.
std::unique_ptr<MailLookup> createMailLookup(const LookupOptions &options, LookupSetupProblems *problems = nullptr);

} // namespace rs
