// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/hostusage.h"

namespace rs {

QString HostUsage::key(const QString &host)
{
    return host.endsWith(u'.') ? host.chopped(1).toLower() : host.toLower();
}

int HostUsage::hostIndex(const QString &host) const
{
    return m_index.value(key(host), -1);
}

} // namespace rs
