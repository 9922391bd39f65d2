// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/impactclass.h"

namespace rs {

QString impactClassKey(ImpactClass c)
{
    switch (c) {
    case ImpactClass::SourceChanged: return QStringLiteral("source-changed");
    case ImpactClass::HostsAdded: return QStringLiteral("hosts-added");
    case ImpactClass::HostsRemoved: return QStringLiteral("hosts-removed");
    case ImpactClass::OrderChanged: return QStringLiteral("order-changed");
    case ImpactClass::PortChanged: return QStringLiteral("port-changed");
    case ImpactClass::LimitChanged: return QStringLiteral("limit-changed");
    case ImpactClass::SpreadChanged: return QStringLiteral("spread-changed");
    case ImpactClass::Undeliverable: return QStringLiteral("undeliverable");
    case ImpactClass::Deliverable: return QStringLiteral("deliverable");
    }
    return {};
}

std::optional<ImpactClass> impactClassFromKey(QStringView key)
{
    for (int i = 0; i < kImpactClassCount; ++i) {
        if (key.compare(impactClassKey(ImpactClass(i)), Qt::CaseInsensitive) == 0)
            return ImpactClass(i);
    }
    return std::nullopt;
}

QStringList impactClassKeys(ImpactClasses classes)
{
    QStringList keys;
    classes.forEach([&keys](ImpactClass c) { keys.append(impactClassKey(c)); });
    return keys;
}

} // namespace rs
