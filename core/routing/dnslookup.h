#pragma once

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

/// A MailLookup over the resolver library (c-ares or zone files). Returns nullptr with
/// a readable *error when a zone file cannot be loaded or the server list is invalid.
std::unique_ptr<MailLookup> createMailLookup(const LookupOptions &options, QString *error = nullptr);

} // namespace rs
