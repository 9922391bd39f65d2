// SPDX-License-Identifier: GPL-3.0-or-later
#include "resolver/dnsanswer.h"

#include <algorithm>
#include <optional>

namespace rs::dns {

quint32 Answer::minTtl() const
{
    std::optional<quint32> lowest;
    for (const auto &r : mx)
        lowest = std::min(lowest.value_or(r.ttl), r.ttl);
    for (const auto &r : addresses)
        lowest = std::min(lowest.value_or(r.ttl), r.ttl);
    return lowest.value_or(0);
}

bool isNullMx(const QList<MxRecord> &records)
{
    // Lenient on the preference (RFC 7505 says 0): the root as the only exchange is what
    // makes delivery impossible, whatever number a misconfigured zone put in front of it.
    return records.size() == 1
        && (records.constFirst().exchange.isEmpty() || records.constFirst().exchange == u".");
}

bool isNullMx(const Answer &answer)
{
    return answer.status == Status::NoError && answer.type == QueryType::Mx && isNullMx(answer.mx);
}

QString statusName(Status status)
{
    switch (status) {
    case Status::NoError: return QStringLiteral("NOERROR");
    case Status::NoData: return QStringLiteral("NODATA");
    case Status::NxDomain: return QStringLiteral("NXDOMAIN");
    case Status::ServFail: return QStringLiteral("SERVFAIL");
    case Status::Refused: return QStringLiteral("REFUSED");
    case Status::Timeout: return QStringLiteral("TIMEOUT");
    case Status::Cancelled: return QStringLiteral("CANCELLED");
    case Status::Error: return QStringLiteral("ERROR");
    }
    return QStringLiteral("ERROR");
}

QString queryTypeName(QueryType type)
{
    switch (type) {
    case QueryType::Mx: return QStringLiteral("MX");
    case QueryType::A: return QStringLiteral("A");
    case QueryType::Aaaa: return QStringLiteral("AAAA");
    }
    return QString();
}

QString normalizedName(QString name)
{
    while (name.endsWith(u'.'))
        name.chop(1);
    return std::move(name).toLower();
}

} // namespace rs::dns
