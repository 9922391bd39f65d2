// SPDX-License-Identifier: GPL-3.0-or-later
#include "resolver/mailhostset.h"

#include <algorithm>

namespace rs::dns {

qint64 MailHost::ttl() const
{
    qint64 lowest = mxTtl;
    for (const auto &a : addresses)
        lowest = lowest < 0 ? qint64(a.ttl) : std::min(lowest, qint64(a.ttl));
    return lowest;
}

QStringList MailHost::addressTexts() const
{
    QStringList out;
    out.reserve(addresses.size());
    for (const auto &a : addresses)
        out.append(a.address);
    return out;
}

int MailHostSet::resolvedCount() const
{
    return int(std::count_if(hosts.cbegin(), hosts.cend(), [](const MailHost &h) { return h.isResolved(); }));
}

QString hostStatusName(HostStatus status)
{
    switch (status) {
    case HostStatus::Resolved: return QStringLiteral("resolved");
    case HostStatus::NoAddresses: return QStringLiteral("no addresses");
    case HostStatus::NxDomain: return QStringLiteral("nxdomain");
    case HostStatus::ServFail: return QStringLiteral("servfail");
    case HostStatus::Refused: return QStringLiteral("refused");
    case HostStatus::Timeout: return QStringLiteral("timeout");
    case HostStatus::Error: return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

QString describe(const MailHostSet &set)
{
    QString out = statusName(set.status);
    if (set.nullMx)
        out += QStringLiteral(" nullmx");
    if (set.implicitMx)
        out += QStringLiteral(" implicit");
    if (!set.cname.isEmpty())
        out += QStringLiteral(" cname=") + set.cname;
    for (const MailHost &h : set.hosts) {
        out += u'\n' + h.name + u' ' + QString::number(h.mxPreference) + QStringLiteral(" ttl=")
            + QString::number(h.mxTtl) + u' ' + hostStatusName(h.status);
        for (const auto &a : h.addresses)
            out += u' ' + a.address + u'/' + QString::number(a.ttl);
    }
    return out;
}

} // namespace rs::dns
