// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the zone-file fuzzer asserts, shared with tst_fuzzregressions: any bytes load
// or fail with located errors, and the loaded zone answers every question with a
// consistent Answer (records for NOERROR, well-formed addresses, bounded CNAME chains).
#include "resolver/zonebackend.h"

#include <arpa/inet.h>

namespace rs::fuzz {

/// Empty when `bytes` satisfies every property, else what failed.
inline QString checkZoneProperties(const QByteArray &bytes)
{
    dns::ZoneBackend zone;
    const bool ok = zone.loadText(bytes, QStringLiteral("fuzz.test"), QStringLiteral("fuzz.zone"));
    if (!ok && zone.errors().isEmpty())
        return QStringLiteral("load failed without an error");
    for (const dns::ZoneLoadError &e : zone.errors()) {
        if (e.line < 0 || e.message.isEmpty())
            return QStringLiteral("error without a line or message: ") + e.toString();
    }
    // The apex, a few likely owners, and names taken from the input itself.
    QStringList names{QStringLiteral("fuzz.test"), QStringLiteral("www.fuzz.test"), QStringLiteral("mx.fuzz.test"),
                      QStringLiteral("a.b.fuzz.test"), QStringLiteral("other.test")};
    for (const QByteArray &line : bytes.split('\n').mid(0, 8)) {
        const QByteArray owner = line.split(' ').value(0).trimmed();
        if (!owner.isEmpty() && owner.size() < 64)
            names << QString::fromLatin1(owner) + QStringLiteral(".fuzz.test");
    }
    using dns::QueryType;
    using dns::Status;
    for (const QString &name : std::as_const(names)) {
        for (const QueryType type : {QueryType::Mx, QueryType::A, QueryType::Aaaa}) {
            const dns::Answer a = zone.lookup(name, type);
            const QString what = name + u' ' + dns::queryTypeName(type) + u' ' + dns::statusName(a.status);
            if (a.status == Status::NoError) {
                if (type == QueryType::Mx ? a.mx.isEmpty() : a.addresses.isEmpty())
                    return what + QStringLiteral(": NOERROR without records");
            } else if (!a.mx.isEmpty() || !a.addresses.isEmpty()) {
                return what + QStringLiteral(": records with a failure status");
            } else if (a.status != Status::NoData && a.status != Status::NxDomain && a.error.isEmpty()) {
                return what + QStringLiteral(": failure without an explanation");
            }
            for (const dns::AddressRecord &r : a.addresses) {
                unsigned char buffer[16];
                const int family = type == QueryType::A ? AF_INET : AF_INET6;
                if (inet_pton(family, r.address.toLatin1().constData(), buffer) != 1)
                    return what + QStringLiteral(": malformed address ") + r.address;
            }
        }
    }
    return {};
}

} // namespace rs::fuzz
