// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the route-entry fuzzer asserts, shared with tst_fuzzregressions: parsing an
// entry never crashes, problem columns lie inside the entry, and an entry without
// errors, written back from its parts, parses to the same host, preference, ttl,
// port and type.
#include "routing/routeentry.h"

namespace rs::fuzz {

/// Empty when `bytes`, read as UTF-8, satisfies every property, else what failed.
inline QString checkRouteEntryProperties(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    const RouteEntry e = parseRouteEntry(text);
    for (const EntryProblem &p : e.problems) {
        if (p.column < 0 || p.column > text.size())
            return QStringLiteral("problem column %1 outside the entry: %2").arg(p.column).arg(p.code);
    }
    if (e.hasErrors() || (e.kind != EntryKind::HostName && e.kind != EntryKind::IpLiteral))
        return {};
    const auto again = composeRouteEntry(e.host, e.pref, e.ttl, e.port, e.type);
    if (!again)
        return QStringLiteral("parts of a valid entry refused: %1").arg(again.error().code);
    const RouteEntry f = parseRouteEntry(*again);
    if (f.hasErrors() || f.host != e.host || f.pref != e.pref || f.ttl != e.ttl || f.port != e.port || f.type != e.type)
        return QStringLiteral("composed again as '%1', which parses differently").arg(*again);
    return {};
}

} // namespace rs::fuzz
