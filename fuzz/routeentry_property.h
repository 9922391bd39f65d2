// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the route-entry fuzzer asserts, shared with tst_fuzzregressions: parsing an
// entry never crashes, problem columns lie inside the entry, reading it for its facts
// only (as the checks do) gives the same facts and problems as a full parse, and an
// entry without errors, written back from its parts, parses to the same host,
// preference, ttl, port and type.
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
    const RouteEntry facts = parseRouteEntry(text, EntryDetail::Facts);
    if (facts.kind != e.kind || facts.isIpv6 != e.isIpv6 || facts.pref != e.pref || facts.ttl != e.ttl
        || facts.port != e.port || facts.type != e.type || facts.problems.size() != e.problems.size())
        return QStringLiteral("read for its facts, the entry gives other facts than in full");
    for (qsizetype i = 0; i < e.problems.size(); ++i) {
        if (facts.problems.at(i).kind != e.problems.at(i).kind || facts.problems.at(i).args != e.problems.at(i).args
            || facts.problems.at(i).column != e.problems.at(i).column)
            return QStringLiteral("read for its facts, problem %1 differs: %2").arg(i).arg(e.problems.at(i).code);
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
