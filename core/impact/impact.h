// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "impact/configsource.h"
#include "impact/hostusage.h"
#include "impact/impactclass.h"
#include "routing/dnslookup.h"

#include <array>
#include <atomic>
#include <functional>

namespace rs {

/// What to compare: two configurations, the domains, the bindings, what-if and where
/// DNS answers come from. Plain data, copied to the thread that runs it.
struct ImpactSetup {
    ConfigSource before;  ///< OLD: the configuration deployed now
    ConfigSource after;   ///< NEW: the change under review
    /// Every name of an exact Domain stanza, at any level, in either configuration.
    bool stanzaDomains = true;
    /// More domains to compare (see parseDomainList()); one named by a stanza too is
    /// compared once.
    QStringList listedDomains;
    /// Each domain is compared once without a binding, then once through each of these.
    QStringList bindings;
    /// Hosts (names or addresses) marked down on the NEW side only: maintenance what-if.
    QStringList down;
    LookupOptions lookup;
    /// Whether a (domain, binding) decided by the same statements on both sides is
    /// still resolved and simulated (it cannot change): for `hosts` and `usage`, which
    /// then cover every domain. Without it (the editor's review, when no host view is
    /// open) such domains are only counted unchanged: no DNS, no simulation.
    bool hostUsage = true;
    /// Lookups in flight at once: a bound for a live DNS server, and for memory.
    int maxLookupsInFlight = 256;
};

/// The steps of a run, in order, for a progress indication.
enum class ImpactPhase : quint8 {
    Loading,    ///< reading and parsing both sides (done/total: sides)
    Comparing,  ///< resolving every domain on both sides (done/total: compared (domain, binding)s)
    Resolving,  ///< DNS (done/total: distinct lookups)
    Simulating, ///< explaining and simulating (done/total: compared (domain, binding)s)
};

struct ImpactProgress {
    ImpactPhase phase = ImpactPhase::Loading;
    qint64 done = 0;
    qint64 total = 0;
};

/// Stop and watch a run from another thread.
struct ImpactControl {
    /// Raised by another thread to stop: polled between files, every few hundred
    /// domains and between DNS answers. The result then says Cancelled.
    const std::atomic_bool *cancel = nullptr;
    /// Called on the thread running runImpact() (never from its helper threads),
    /// about every percent of a phase.
    std::function<void(const ImpactProgress &)> progress;
};

/// Why a run did not finish.
struct ImpactError {
    enum class Code : quint8 {
        None,
        Source,          ///< a side could not be loaded (`source`, `side`)
        UnknownBinding,  ///< a binding declared on neither side (`name`, `known`: the bindings there are)
        Lookup,          ///< the lookup could not be set up (a broken zone file; `lookupProblems`)
        Cancelled,
    };
    Code code = Code::None;
    ImpactSide side = ImpactSide::Before;
    SourceError source;
    QString name;
    QStringList known;
    LookupSetupProblems lookupProblems;
};

/// A binding compared through, and where it is declared.
struct ComparedBinding {
    QString name;
    bool before = false;  ///< declared in OLD; if not, that side's mail is compared as sent without a binding
    bool after = false;
};

/// One compared (domain, binding) that changes: both explanations, as explain() gives
/// them (candidates in selection order, the simulation at the domain limit, every
/// source), and the classes of the change. Their plans carry no diagnostics of the
/// deciding scope (PlanOptions::diagnostics): check() and the Problems view have them.
struct DomainImpact {
    qint64 unit = 0;        ///< position among the compared (domain, binding)s
    QString domain;
    QString binding;        ///< null: without a binding
    ImpactClasses classes;
    Explanation before;
    Explanation after;      ///< with the what-if's hosts down
};

/// The answer to "what does this change do to all my mail".
struct ImpactResult {
    ImpactError error;      ///< Code::None when the run finished
    bool ok() const { return error.code == ImpactError::Code::None; }

    QString beforePath;     ///< the opened files of the two sides
    QString afterPath;
    /// The compared domains: stanza names in file order (NEW, then OLD only), then the
    /// listed domains no stanza names, in list order.
    QStringList domains;
    qsizetype listedFrom = 0;              ///< domains[listedFrom...] come only from the list
    QList<ComparedBinding> bindings;       ///< in the order given
    /// (domain, binding)s compared: domains x (1 + bindings).
    qint64 compared = 0;
    qint64 unchanged = 0;
    /// (domain, binding)s per class, indexed by ImpactClass.
    std::array<qint64, kImpactClassCount> classCounts{};
    /// The ones that change, in compared order: by domain as above, then without a
    /// binding before each binding in the order given.
    QList<DomainImpact> changed;
    /// Hosts a domain could use on either side (resolved, marked down or not), by name;
    /// only of the changed domains without ImpactSetup::hostUsage (see usageComplete).
    QList<HostLoad> hosts;
    bool usageComplete = true;
    HostUsage usage;
    /// The --down hosts that name no candidate of any compared domain (a typo?).
    QStringList unmatchedDown;
    qint64 distinctLookups = 0;

    /// Domain and binding (null: none) of a compared unit.
    const QString &unitDomain(qint64 unit) const { return domains.at(unit / columns()); }
    QString unitBinding(qint64 unit) const;
    qsizetype columns() const { return bindings.size() + 1; }
    /// Every (domain, binding) for which `host` is a candidate on `side`, in compared
    /// order: the editor's host view. Empty for a host no domain routes to.
    QList<HostRoute> routesTo(const QString &host, ImpactSide side = ImpactSide::After) const;
    /// The classes seen in any changed (domain, binding).
    ImpactClasses classesSeen() const;
};

/// Compares two configurations over every domain (see ImpactSetup): loads both sides
/// (two threads), resolves every (domain, binding) on both, asks DNS each distinct
/// question once through one cached MailLookup (a bounded number in flight), then
/// explains and simulates on every core. A domain whose deciding option statements
/// and Host stanzas are the same text on both sides is explained once for both.
///
/// Runs DNS through a local event loop: call it on a thread that has one (the main
/// thread, or a QThread; ImpactRunner does this for a view). Reads nothing but its
/// arguments and the files they name.
ImpactResult runImpact(const ImpactSetup &setup, const ImpactControl &control = {});

} // namespace rs
