// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "impact/impact.h"
#include "routing/provenance.h"
#include "routing/selection.h"
#include "routing/treeeditor.h"
#include "lessons/lessoncheck.h"
#include "lessons/lessonloader.h"
#include "routing/dnslookup.h"
#include "simulation/timesim.h"

#include <QJsonObject>

// The one place where routescope-cli words core's facts in English (the editor
// words the same facts with tr()); diagnostics are worded in cli/diagnostictext.h.
// JSON carries the facts under stable names.

namespace rs::cli {

/// `Routes`, `Gateway`, `Remote_SMTP_Port`, `Max_Outbound_Connections`.
QString optionName(RoutingOption option);
/// `Domain`, `Host`, `Binding`, `Binding_Group` as written in configurations.
QString scopeKeyword(ScopeKind kind);
/// A scope path: `Binding_Group "transactional" > Binding "tx1" > Domain "x"`;
/// `the global scope` when empty.
QString pathText(const QList<ScopeStep> &path);
/// `Max_Outbound_Connections in Binding "tx1" > Domain "x" (line 54)`, with the file
/// (relative to the opened file's folder) when it is another one; `default`.
QString sourceText(const OptionSource &source, const QString &mainFile);

/// Why a simulated connection went where it did, in one English sentence.
QString stepText(const SimulationStep &step, const QList<Candidate> &candidates, int domainLimit);
/// A stable name per reason for JSON: `fewest-in-tier`, `domain-limit`, ...
QString stepReasonKey(StepReason reason);

/// Why a candidate cannot take mail: "MX lookup: NXDOMAIN", "no A/AAAA records",
/// "marked down"; empty for a usable one.
QString candidateProblemText(const Candidate &candidate);
/// A stable name per reason for JSON: `lookup-failed`, `no-addresses`, ..., `down`.
QString candidateProblemKey(const Candidate &candidate);
/// Why lookups cannot be made, one line per problem: "x.zone:3: syntax error: ...".
QString lookupSetupText(const LookupSetupProblems &problems);

/// Why an edit of a file was refused, in one English sentence.
QString refusalText(const EditRefusal &refusal);
/// Why an edit of a tree was refused, in one English sentence (file and line where
/// they matter).
QString refusalText(const TreeEdit &edit, const ConfigSet &config);
/// A stable name per refusal for JSON: `syntax-errors`, `read-only-include`, ...
QString refusalKey(const TreeEdit &edit);
/// What is wrong with a simulation's setup, for a usage error.
QString setupProblemText(SetupProblem problem);

/// What is still missing for a lesson condition that is not met: "first tier: expected
/// mx1.shop.example, now relay.example". Empty for a met condition.
QString conditionOutcomeText(const ConditionResult &result, const LessonCondition &condition);
/// Why a lesson could not be read: "lesson.json: conditions[2].domain is missing".
QString lessonErrorText(const LessonError &error);
/// JSON names: `met`, `differs`, `not-even`, `host-missing`, `binding-missing`, `zone-failed`.
QString conditionCodeKey(ConditionCode code);

/// JSON names: `binding-domain` ..., `default`; `routes`, `max_outbound_connections`.
QString levelKey(ScopeLevel level);
QString optionKey(RoutingOption option);
/// ["binding_group transactional", "binding tx1", "domain x"].
QJsonArray pathJson(const QList<ScopeStep> &path);
/// {"option", "level", "scope", "name", "path", "file", "line", "text"}.
QJsonObject sourceJson(const OptionSource &source, const QString &mainFile);

/// Where a plan's routes come from, in one phrase: sourceText() of the Routes or
/// Gateway that decides, or that the domain's own MX records apply.
QString routeSourceText(const RoutePlan &plan, const QString &mainFile);
/// sourceJson() of the Routes or Gateway that decides, with "option" (`routes`,
/// `gateway`, `default`) and "text" routeSourceText(): explain's and impact's `source`.
QJsonObject routeSourceJson(const RoutePlan &plan, const QString &mainFile);

/// 100000 as "100,000": counts in summary lines.
QString groupedNumber(qint64 n);
/// Why a git revision could not be opened, in one English sentence.
QString gitErrorText(const GitError &error);
/// `12 of 100,002 domains change: 3 hosts-removed, 1 undeliverable`, or that none does.
QString impactSummaryText(const ImpactResult &result);
/// One side of a changed domain: `[10] mx1=16 mx2=16 | [20] hub`, hosts with the
/// connections they get at the domain limit (`*` down or unresolved), ports where
/// the port changed, limits where a limit changed.
QString impactSideText(const Explanation &ex, ImpactClasses classes);

} // namespace rs::cli
