// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resolver/dnsanswer.h"

#include <QStringList>

namespace rs::dns {

enum class MailLookupMode : quint8 {
    MxWithFallback,  ///< MX of the name; its own A/AAAA when it has no MX (implicit MX)
    AddressOnly,     ///< A and AAAA of the name itself (route entries with type=a)
};

/// Why a host can or cannot take connections.
enum class HostStatus : quint8 {
    Resolved,     ///< at least one address
    NoAddresses,  ///< the name exists but has neither A nor AAAA
    NxDomain,
    ServFail,
    Refused,
    Timeout,
    Error,
};

/// One host a mail lookup yielded: an MX exchange, or the name itself (implicit MX,
/// AddressOnly).
struct MailHost {
    QString name;                     ///< lower case, no trailing dot
    int mxPreference = -1;            ///< -1: not from an MX record
    qint64 mxTtl = -1;                ///< TTL of the MX record; -1: not from an MX record
    QList<AddressRecord> addresses;   ///< IPv4 first, then IPv6, each with its TTL
    Status ipv4Status = Status::Error;  ///< the A query's outcome
    Status ipv6Status = Status::Error;  ///< the AAAA query's outcome
    HostStatus status = HostStatus::Error;
    QString error;                    ///< why unresolved, or which family failed (logs, tests)
    Cause cause = Cause::None;        ///< why unresolved, beyond the status, as a fact
    QString detail;                   ///< Cause::Library: c-ares' own words

    bool isResolved() const { return status == HostStatus::Resolved; }
    /// The lowest of the MX TTL and the address TTLs (how long this host may be reused);
    /// -1 when there is nothing to take it from.
    qint64 ttl() const;
    QStringList addressTexts() const;
    friend bool operator==(const MailHost &, const MailHost &) = default;
};

/// The answer to "which hosts receive mail for this name?".
struct MailHostSet {
    QString name;                     ///< as asked
    MailLookupMode mode = MailLookupMode::MxWithFallback;
    /// NoError: hosts (or a null MX) follow. Otherwise why not: the MX query's status, or
    /// for AddressOnly / implicit MX the address lookups' (NoData: no A/AAAA either).
    Status status = Status::Error;
    bool nullMx = false;      ///< RFC 7505 "0 .": the domain accepts no mail; hosts is empty
    bool implicitMx = false;  ///< NODATA for MX: the name's own A/AAAA were used (RFC 5321 5.1)
    QString cname;            ///< the name was an alias of this (MX query)
    QList<MailHost> hosts;    ///< by MX preference, then name
    QString error;            ///< why not, for logs and tests
    Cause cause = Cause::None;  ///< why not, beyond the status, as a fact
    QString detail;           ///< Cause::Library: c-ares' own words

    int resolvedCount() const;
    friend bool operator==(const MailHostSet &, const MailHostSet &) = default;
};

QString hostStatusName(HostStatus status);
/// Multi-line, stable text: what tests compare and what `explain --verbose` can print.
QString describe(const MailHostSet &set);

} // namespace rs::dns

Q_DECLARE_METATYPE(rs::dns::MailHostSet)
