#pragma once

#include "routing/domainpattern.h"
#include "routing/routemodel.h"

namespace rs {

/// A Host scope's connection limit, as a rule to apply once addresses are known.
struct HostLimitRule {
    QString name;          ///< as written: host name, address, or /regex/
    DomainPattern pattern; ///< valid when the name is a regex
    int limit = -1;
    QString source;        ///< "Max_Outbound_Connections in Host \"x\" (file:line)"
};

/// Everything routing says about one recipient domain, copied out of the model
/// as plain data: DNS answers arrive later, and the document may have changed
/// by then.
struct RoutePlan {
    QString domain;
    QString option = QStringLiteral("default");  ///< routes | gateway | default
    QString scope = QStringLiteral("none");      ///< domain | global | none
    QString scopeName;                           ///< null unless a domain scope decides
    QString file;
    int line = -1;                               ///< of the deciding option, -1 for the default
    QString sourceText;                          ///< "Routes in Domain \"x\" (line 12)"
    QList<PlacedEntry> entries;                  ///< for the default: a single __mx__
    int defaultPort = 25;
    QString defaultPortSource = QStringLiteral("default");
    int domainLimit = 32;
    QString domainLimitSource = QStringLiteral("default");
    QList<HostLimitRule> hostRules;
    Diagnostics diagnostics;                     ///< the deciding scope's own warnings
};

/// The plan for `domain`: the deciding scope per routing-model.md (exact Domain,
/// regex Domains in declaration order, global; Routes before Gateway; else __mx__),
/// its ports and limits, and the Host scope limits.
RoutePlan planFor(const RouteModel &model, const QString &domain);

} // namespace rs
