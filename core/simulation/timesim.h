// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulation/dnsepochs.h"
#include "simulation/quantity.h"

#include <QHash>

#include <atomic>
#include <functional>
#include <optional>

namespace rs {

/// Everything a simulation over time needs, as plain data (copy it to a worker thread).
/// The model is described in docs/design.md, "The simulation over time".
struct TimeSimSetup {
    /// Where mail for the domain goes: candidates with their host limits and what-if
    /// (hosts marked down for the whole run, limit overrides) applied, and the plan's
    /// domain limit and throttles (Outbound_Throttle_Connections, _Messages).
    Explanation explanation;
    /// The explanation over the DNS answers published from `switchAt` on (a second
    /// zone); each host set changes when its cached answer's TTL expires (dnsEpochs()).
    std::optional<Explanation> after;
    qint64 switchAt = 0;

    qint64 duration = 600;           ///< seconds
    qint64 step = 1;                 ///< seconds per step
    Rate arrival{50, 1};             ///< messages arriving for the domain, evenly
    qint64 initialQueue = 0;         ///< messages already queued at the start
    Rate hostRate{5, 1};             ///< messages one connection delivers per second
    QHash<QString, Rate> hostRates;  ///< by lower-case host name, overriding hostRate
    /// A connection is closed after about this many seconds and opened again by a new
    /// pick (connections are reused, not kept forever); 0: kept while there is mail.
    qint64 connectionLifetime = 60;
    QList<Outage> outages;
    quint64 seed = 1;
    int runs = 1;  ///< runs of the random pick; bands are taken over them
};

constexpr qint64 kMaxSimulationSteps = 200000;
constexpr int kMaxSimulationRuns = 1000;

/// What is wrong with a setup, for the interface to word.
enum class SetupProblem : quint8 {
    None,
    DurationNotPositive,
    StepNotPositive,
    StepLongerThanDuration,
    TooManySteps,     ///< duration / step over kMaxSimulationSteps
    RunsOutOfRange,   ///< 1 .. kMaxSimulationRuns
    HostRateZero,     ///< a connection must deliver something
    LifetimeNegative,
    QueueNegative,
};
SetupProblem checkSetup(const TimeSimSetup &setup);

/// A host's state during one step.
enum class HostPhase : quint8 {
    Usable,      ///< a candidate that can take connections
    Down,        ///< in an outage window, or marked down by the what-if
    Unresolved,  ///< a candidate DNS could not resolve: never chosen
    Absent,      ///< not a candidate at this time (the DNS answer changed)
};

/// A value over the runs: 10 %, 50 % and 90 % by nearest rank (with one run, all
/// three are that run's value).
struct Band {
    int low = 0;
    int median = 0;
    int high = 0;
    bool contains(int v) const { return v >= low && v <= high; }
    friend bool operator==(const Band &, const Band &) = default;
};

/// One host over time; every list has one value per step.
struct HostTimeline {
    QString host;
    QList<Band> connections;  ///< connections open during the step
    QList<Band> delivered;    ///< messages it delivered in the step
    /// simulate()'s spread (the fewest-connections rule, explain's numbers) of the
    /// median number of open connections of the step: the expected value of the
    /// random pick, to show next to the band.
    QList<int> expected;
    QList<HostPhase> phase;
};

/// Per run: arrived == delivered + queued (messages are conserved).
struct RunTotals {
    qint64 arrived = 0;
    qint64 delivered = 0;
    qint64 queued = 0;  ///< left in the queue at the end
};

struct TimeSimResult {
    qint64 step = 1;
    QList<qint64> times;           ///< start of each step, seconds from the start
    QList<qint64> arrivals;        ///< messages arriving in each step (every run alike)
    QList<Band> queue;             ///< the domain's queue at the end of each step
    QList<Band> openConnections;   ///< all connections of the domain in each step
    QList<HostTimeline> hosts;     ///< every host that is a candidate at some time, in candidate order
    QList<DnsEpoch> epochs;        ///< the candidates and when they took effect
    QList<RunTotals> runs;
    bool cancelled = false;        ///< stopped early: the lists hold the steps done

    qsizetype stepCount() const { return times.size(); }
};

/// How a caller follows and stops a simulation running on another thread.
struct TimeSimControl {
    /// Polled every step; when it becomes true the simulation returns what it has.
    const std::atomic_bool *cancel = nullptr;
    /// Called on the simulating thread about every percent of the steps, and at the end.
    std::function<void(qint64 done, qint64 total)> progress;
};

/// Runs the simulation `setup.runs` times with the running MTA's random pick (the
/// tier of tierWithRoom(), then uniformly among its hosts with room; seeded from
/// `setup.seed`, the same seed gives the same result) and summarises the runs per
/// step. Reads nothing but its arguments, so it may run on any thread. A setup with
/// a problem (checkSetup()) gives an empty result.
TimeSimResult runTimeSimulation(const TimeSimSetup &setup, const TimeSimControl &control = {});

/// The outages (indices into setup.outages) whose host is no candidate at any time, by
/// name or address: they would change nothing, which usually means a typo.
QList<int> outagesMatchingNothing(const TimeSimSetup &setup);

QString hostPhaseName(HostPhase phase);

} // namespace rs
