// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace rs::dns {

/// What a query came back with. Every outcome routing must tell apart has its own value:
/// NoData (implicit MX applies) is not NxDomain (the name does not exist) is not a timeout.
enum class Status : quint8 {
    NoError,    ///< records of the type asked for
    NoData,     ///< the name exists but has no records of that type
    NxDomain,   ///< the name does not exist
    ServFail,   ///< the server failed (e.g. a zone it could not load)
    Refused,    ///< the server is not authoritative for / will not answer the name
    Timeout,    ///< no answer within timeout x tries
    Cancelled,  ///< the backend gave up on the query (shut down, servers changed)
    Error,      ///< anything else: unreachable server, malformed answer, bad name
};

enum class QueryType : quint8 { Mx, A, Aaaa };

/// What a backend knows about a failure beyond its status, for interfaces to word
/// (the `error` texts are for logs and tests).
enum class Cause : quint8 {
    None,              ///< the status says it all
    OutsideZones,      ///< zone backend: the name is in none of the loaded zones (Refused)
    ZoneNotLoaded,     ///< zone backend: the name's zone failed to load (ServFail)
    AliasLeavesZone,   ///< zone backend: a CNAME leads out of the zone (NoData)
    AliasChainTooLong, ///< more than 16 CNAME links (Error)
    BadName,           ///< not a valid domain name (Error)
    MalformedAnswer,   ///< the server's answer could not be read (Error)
    NoBackend,         ///< nothing to ask: no backend, or a cache without one behind it (Error)
    ResolverUnusable,  ///< the resolver could not be set up (Error)
    EmptyExchange,     ///< an MX record with an empty exchange next to others
    NotAsked,          ///< a host's addresses were never looked up
    Library,           ///< c-ares failed: `error` is its own words (ares_strerror)
};

struct MxRecord {
    quint16 preference = 0;
    QString exchange;  ///< lower case, no trailing dot; empty for the root (null MX)
    quint32 ttl = 0;
    friend bool operator==(const MxRecord &, const MxRecord &) = default;
};

struct AddressRecord {
    QString address;  ///< "192.0.2.1" or "2001:db8::1"
    quint32 ttl = 0;
    friend bool operator==(const AddressRecord &, const AddressRecord &) = default;
};

/// The answer to one query. For MX queries `mx` is filled, for A/AAAA `addresses`.
struct Answer {
    Status status = Status::Error;
    QueryType type = QueryType::Mx;
    QString name;                     ///< the name asked for, as given
    QList<MxRecord> mx;               ///< in answer order
    QList<AddressRecord> addresses;   ///< in answer order (CNAMEs already followed)
    QString cname;                    ///< final CNAME target when the name was an alias
    QString error;                    ///< detail for the non-NoError statuses, for logs and tests
    Cause cause = Cause::None;        ///< the same as a fact

    /// Lowest TTL over the records; 0 when there are none.
    quint32 minTtl() const;
    friend bool operator==(const Answer &, const Answer &) = default;
};

/// RFC 7505: a single MX record with the root as exchange means "accepts no mail".
bool isNullMx(const QList<MxRecord> &records);
bool isNullMx(const Answer &answer);

QString statusName(Status status);
QString queryTypeName(QueryType type);

/// Lower case, no trailing dot: the form every name in answers takes.
QString normalizedName(QString name);

} // namespace rs::dns

Q_DECLARE_METATYPE(rs::dns::Answer)
