// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/diagnostic.h"
#include "io/result.h"

#include <QString>

#include <optional>

namespace rs {

/// Largest port of an entry's `port=` and of Remote_SMTP_Port.
inline constexpr int kMaxPort = 65535;
/// Largest `pref=`: an MX preference is 16 bits (RFC 1035).
inline constexpr int kMaxPref = 65535;
/// Largest `ttl=` in seconds: a DNS TTL is at most 2^31 - 1 (RFC 2181).
inline constexpr qint64 kMaxTtl = 2147483647;

enum class EntryKind : quint8 {
    Mx,          ///< `__mx__`: the recipient domain's own MX records
    HostName,    ///< a host name, bare or in an smtp:// URI
    IpLiteral,   ///< IPv4, or IPv6 in brackets, bare or in an smtp:// URI
    OtherScheme, ///< lmtp://, xfer://, ...: kept, listed, never resolved
    Invalid,
};

enum class LookupType : quint8 {
    Default,  ///< no `type=`: MX lookup, falling back to A/AAAA (implicit MX)
    Mx,       ///< `type=mx`: same lookup, said explicitly
    A,        ///< `type=a`: A and AAAA records only
};

/// A finding inside one route entry, a fact like a Diagnostic (kind and arguments,
/// code and severity from the registry); `column` is a 0-based offset into the entry text.
struct EntryProblem {
    Severity severity;
    QString code;
    DiagnosticKind kind;
    QStringList args;
    int column = 0;

    /// The same fact as a diagnostic, without a location.
    Diagnostic diagnostic() const;
};

/// One item of a `Routes` list (or the value of `Gateway`), parsed per
/// routing-model.md. Parsing never fails: problems are listed with the entry.
struct RouteEntry {
    QString text;       ///< the entry as written, without quotes
    EntryKind kind = EntryKind::Invalid;
    QString scheme;     ///< lower-case scheme for URIs ("smtp", "lmtp", ...), empty otherwise
    QString host;       ///< host name or address, IPv6 without brackets; empty for __mx__
    bool isIpv6 = false;
    std::optional<int> pref;
    std::optional<qint64> ttl;
    std::optional<int> port;
    LookupType type = LookupType::Default;
    QList<EntryProblem> problems;

    bool hasErrors() const;
    bool isUri() const { return !scheme.isEmpty(); }
    /// True when the entry says nothing but a host: its preference comes from its position.
    bool hasImpliedPref() const { return (kind == EntryKind::HostName || kind == EntryKind::IpLiteral) && !pref; }
    /// How the host is written inside a URI: IPv6 in brackets.
    QString hostForUri() const;
};

RouteEntry parseRouteEntry(const QString &text);

/// How much of an entry parseRouteEntry() fills in.
enum class EntryDetail : quint8 {
    Full,   ///< everything but `text`
    Facts,  ///< no `text` and no `host`: a well-formed entry is read without allocating
};
/// The checks of a 100,000-domain file read every entry with EntryDetail::Facts and
/// parse in full only the few with problems.
RouteEntry parseRouteEntry(QStringView text, EntryDetail detail);

/// Writes an entry from its parts: a bare host when nothing else is set, else an
/// smtp:// URI with the keys in the order of the documentation. Parts that do not
/// make a valid entry reading back as those same parts (a host "x?port=25&", a port
/// of 70000) give the entry's first error instead.
Result<QString, EntryProblem> composeRouteEntry(const QString &host, std::optional<int> pref,
                                                std::optional<qint64> ttl, std::optional<int> port,
                                                LookupType type);

bool isValidHostName(QStringView host);
bool isIpv4Literal(QStringView text);
bool isIpv6Literal(QStringView text);
QString lookupTypeName(LookupType type);
QString entryKindName(EntryKind kind);

} // namespace rs
