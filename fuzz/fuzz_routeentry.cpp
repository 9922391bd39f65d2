// Property: parsing a route entry never crashes, problem columns lie inside the
// entry, and an entry without errors, written back from its parts, parses to
// the same host, preference, ttl, port and type.
#include "routing/routeentry.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const rs::RouteEntry e = rs::parseRouteEntry(text);
    for (const rs::EntryProblem &p : e.problems) {
        if (p.column < 0 || p.column > text.size())
            std::abort();
    }
    if (e.hasErrors() || (e.kind != rs::EntryKind::HostName && e.kind != rs::EntryKind::IpLiteral))
        return 0;
    const QString again = rs::composeRouteEntry(e.host, e.pref, e.ttl, e.port, e.type);
    const rs::RouteEntry f = rs::parseRouteEntry(again);
    if (f.hasErrors() || f.host != e.host || f.pref != e.pref || f.ttl != e.ttl || f.port != e.port || f.type != e.type)
        std::abort();
    return 0;
}
