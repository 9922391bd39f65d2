// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/dnslookup.h"
#include "routing/explanation.h"

#include <QCoreApplication>

namespace rs::ui {

/// The live panel's words: where each number of a candidate came from, why a
/// connection went where it did, what changed since the last edit. Built from the
/// structured Explanation (not the core's English sentences) so that it translates.
class LiveText final
{
    Q_DECLARE_TR_FUNCTIONS(LiveText)

public:
    static QString entryText(const RoutePlan &plan, int entry);
    static QString prefReason(const Candidate &c, const RoutePlan &plan);
    static QString prefShort(const Candidate &c);
    static QString lookupText(const Candidate &c);
    static QString portReason(const Candidate &c, const RoutePlan &plan);
    static QString limitText(int limit);
    static QString limitReason(const Candidate &c);
    static QString ttlText(const Candidate &c);
    static QString ttlShort(const Candidate &c);
    static QString stateName(CandidateState state);
    /// "unresolved: NXDOMAIN", "marked down", or empty for a usable host.
    static QString stateText(const Candidate &c);
    /// Why an unresolved host is unresolved: "MX lookup: NXDOMAIN", "no A/AAAA records".
    static QString unresolvedText(const Candidate &c);
    /// "the zone file example.zone", "DNS (c-ares) 127.0.0.1:53".
    static QString throughText(const LookupSource &source);
    /// Why the zone file or the resolver cannot be used, a line per problem.
    static QString setupText(const LookupSetupProblems &problems);
    /// "Max_Outbound_Connections in Binding \"tx1\" > Domain \"x\" (line 54)", "the default".
    static QString sourceText(const OptionSource &source);
    /// Where the routes of a plan come from (the domain's own MX when nothing decides).
    static QString routeSourceText(const RoutePlan &plan);
    /// `Binding_Group "g" > Binding "b" > Domain "d"`, or "the global scope".
    static QString pathText(const QList<ScopeStep> &path);

    /// Connections per candidate after the first `steps` connections.
    static QList<int> countsAfter(const Explanation &ex, int steps);
    /// Why connection `step` + 1 went where it did, in plain language.
    static QString stepWhy(const Explanation &ex, int step);
    /// What differs between two explanations of the same domain.
    static QStringList changes(const Explanation &before, const Explanation &after);

    /// The "Explain" text: where each host sits and why, the spread, the changes.
    static QString html(const Explanation &ex, const QStringList &changes, bool comparable);
};

} // namespace rs::ui
