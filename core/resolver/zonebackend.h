// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ioerror.h"
#include "resolver/dnsbackend.h"

#include <memory>

namespace rs::dns {

/// The largest zone file loaded (16 MiB, some 300,000 records). An offline zone
/// describes the few domains a routing question needs; ldns reads a few MB a second,
/// so a bigger file would keep `explain` waiting with nothing to show.
inline constexpr qint64 kMaxZoneBytes = qint64(16) << 20;

/// Where and why a zone file could not be read.
struct ZoneLoadError {
    enum class Problem : quint8 {
        Unreadable,  ///< the file cannot be read: `io` says why
        Empty,       ///< no records at all
        TooLarge,    ///< over kMaxZoneBytes
        Syntax,      ///< a record does not parse: `detail` is ldns' own words
        Include,     ///< $INCLUDE, which is not supported: load each file on its own
        NoSoa,       ///< no SOA record, so the zone's apex is unknown
        BadOrigin,   ///< the origin (`detail`) is not a domain name
    };
    QString file;
    int line = 0;     ///< 0: the file as a whole (missing, no SOA...)
    QString message;  ///< for logs and tests; interfaces word `problem`
    Problem problem = Problem::Unreadable;
    QString detail;
    IoError io;       ///< Unreadable: why
    QString toString() const;  ///< "file:line: message"
};

/// Answers MX/A/AAAA from RFC 1035 zone files (read with ldns), the way an authoritative
/// server holding those zones would: offline explanations, and the reference the c-ares
/// tests compare against.
///
/// - A name outside every loaded zone: Refused. In a zone that failed to load: ServFail
///   (as Knot answers for a declared zone whose file is missing or broken).
/// - No such name: NxDomain; the name (or an empty non-terminal) without the type: NoData.
/// - CNAMEs are followed inside the zone, at most 16 links.
/// Not modelled: wildcards, delegations below the apex, DNSSEC.
class ZoneBackend final : public Backend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZoneBackend)
public:
    explicit ZoneBackend(QObject *parent = nullptr);
    ~ZoneBackend() override;

    /// Loads a zone file, a regular file of at most kMaxZoneBytes (a directory, FIFO or
    /// device is an error at once), or a Qt resource when the path starts with ':'.
    /// `origin` defaults to the file name without ".zone" (names before any $ORIGIN are
    /// relative to it). On failure the error is kept in errors() and the zone, if its
    /// origin is known, answers ServFail. Returns false on failure.
    bool loadFile(const QString &path, const QString &origin = {});
    /// The same from text; `sourceName` names it in errors.
    bool loadText(const QByteArray &text, const QString &origin, const QString &sourceName = {});
    void clear();

    QList<ZoneLoadError> errors() const;
    QStringList zones() const;  ///< apex names of the zones loaded (and failed)
    QString describe() const override;

    /// The answer, computed at once (query() delivers the same through the event loop).
    Answer lookup(const QString &name, QueryType type) const;

protected:
    void start(quint64 id, const QString &name, QueryType type) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace rs::dns
