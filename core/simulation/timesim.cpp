// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulation/timesim.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <vector>

namespace rs {

namespace {

constexpr qint64 kMaxOpenConnections = 10000;

// One epoch's candidates with their hosts as indices into the result's host list.
struct EpochData {
    qint64 from = 0;
    QList<Candidate> candidates;
    QList<TierSpan> tiers;             // preferenceTiers(candidates)
    std::vector<int> hostOf;           // per candidate
    std::vector<HostPhase> phase;      // per host, before outages
};

// A token bucket for a throttle of `count` per `seconds`: it starts full and holds
// at most `count`, or one step's worth when a step is longer than `seconds`.
struct Bucket {
    double perSecond = 0;
    double capacity = 0;
    static Bucket of(const Throttle &t, double step)
    {
        const double rate = t.perSecond();
        return {rate, std::max(double(t.count), rate * step)};
    }
};

// The state of one run.
struct Run {
    std::mt19937_64 rng;
    std::vector<int> open;          // connections per host
    std::vector<double> recycling;  // per host: the fraction of a connection due to close
    std::vector<int> delivered;     // per host, this step
    qint64 queue = 0;
    double connectionTokens = 0;
    double messageTokens = 0;
    double capacityCarry = 0;       // a fraction of a message a slow connection is part way through
    int total = 0;
    RunTotals totals;
};

// The one rule for which candidate an outage takes down: its name or one of its addresses.
bool outageNames(const Outage &o, const Candidate &c)
{
    return c.host.compare(o.host, Qt::CaseInsensitive) == 0 || c.addresses.contains(o.host, Qt::CaseInsensitive);
}

quint64 splitmix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// Nearest-rank 10/50/90 % of `values` (reordered).
Band bandOf(std::vector<int> &values)
{
    const auto n = values.size();
    auto rank = [n](double p) { return std::min(n - 1, size_t(std::max(1.0, std::ceil(p * double(n)))) - 1); };
    const size_t lo = rank(0.1), mid = rank(0.5), hi = rank(0.9);
    std::nth_element(values.begin(), values.begin() + qsizetype(mid), values.end());
    Band b;
    b.median = values[mid];
    std::nth_element(values.begin(), values.begin() + qsizetype(lo), values.begin() + qsizetype(mid));
    b.low = lo == mid ? b.median : values[lo];
    std::nth_element(values.begin() + qsizetype(mid) + 1, values.begin() + qsizetype(hi), values.end());
    b.high = hi == mid ? b.median : values[hi];
    return b;
}

class Engine
{
public:
    explicit Engine(const TimeSimSetup &setup)
        : m_setup(setup)
        , m_plan(setup.explanation.plan)
        , m_step(double(setup.step))
    {
    }

    TimeSimResult run(const TimeSimControl &control);

private:
    void buildHosts();
    void startRuns();
    void advance(Run &run, const EpochData &epoch, const std::vector<bool> &usable, const std::vector<bool> &reachable,
                 qint64 arrivals);
    int pick(Run &run, const EpochData &epoch, const std::vector<bool> &usable) const;
    void closeSurplus(Run &run, const EpochData &epoch, int surplus) const;
    void deliver(Run &run, qint64 deliverable);
    const QList<int> &expectedSpread(int epochIndex, const std::vector<HostPhase> &phase, int connections);

    const TimeSimSetup &m_setup;
    const RoutePlan &m_plan;
    const double m_step;
    QList<DnsEpoch> m_epochs;
    std::vector<EpochData> m_data;
    QStringList m_hosts;                 // display names
    QHash<QString, int> m_hostIndex;     // lower-case name -> index
    std::vector<double> m_rate;          // messages per connection per step, per host
    std::vector<std::vector<int>> m_outageHosts;  // per outage: the hosts it takes down
    std::vector<Run> m_runs;
    std::vector<double> m_remainder;  // deliver()'s scratch
    // The last expected spread asked for, and what it was asked for.
    int m_expectedEpoch = -1;
    int m_expectedConnections = -1;
    std::vector<HostPhase> m_expectedPhase;
    QList<int> m_expected;
};

void Engine::buildHosts()
{
    m_epochs = dnsEpochs(m_setup.explanation, m_setup.after, m_setup.switchAt);
    for (const DnsEpoch &e : std::as_const(m_epochs)) {
        for (const Candidate &c : e.candidates) {
            const QString key = c.host.toLower();
            if (!m_hostIndex.contains(key)) {
                m_hostIndex.insert(key, int(m_hosts.size()));
                m_hosts.append(c.host);
            }
        }
    }
    const size_t hosts = size_t(m_hosts.size());
    for (const DnsEpoch &e : std::as_const(m_epochs)) {
        EpochData d{e.from, e.candidates, preferenceTiers(e.candidates), {},
                    std::vector<HostPhase>(hosts, HostPhase::Absent)};
        for (const Candidate &c : e.candidates) {
            const int h = m_hostIndex.value(c.host.toLower());
            d.hostOf.push_back(h);
            // A host listed twice is as usable as its best listing.
            const HostPhase p = c.state == CandidateState::Usable ? HostPhase::Usable
                : c.state == CandidateState::Down                 ? HostPhase::Down
                                                                  : HostPhase::Unresolved;
            // HostPhase is ordered from most to least usable.
            HostPhase &known = d.phase[size_t(h)];
            if (known == HostPhase::Absent || p < known)
                known = p;
        }
        m_data.push_back(std::move(d));
    }
    m_rate.resize(hosts);
    for (size_t h = 0; h < hosts; ++h)
        m_rate[h] = m_setup.hostRates.value(m_hosts.at(qsizetype(h)).toLower(), m_setup.hostRate).perSecond() * m_step;
    // An outage names a host or one of its addresses.
    for (const Outage &o : m_setup.outages) {
        std::vector<int> hit;
        for (const DnsEpoch &e : std::as_const(m_epochs)) {
            for (const Candidate &c : e.candidates) {
                const int h = m_hostIndex.value(c.host.toLower());
                if (outageNames(o, c) && std::find(hit.begin(), hit.end(), h) == hit.end())
                    hit.push_back(h);
            }
        }
        m_outageHosts.push_back(std::move(hit));
    }
}

void Engine::startRuns()
{
    const size_t hosts = size_t(m_hosts.size());
    m_runs.resize(size_t(m_setup.runs));
    for (size_t r = 0; r < m_runs.size(); ++r) {
        Run &run = m_runs[r];
        // Each run its own stream, so a run does not depend on how many others there are.
        run.rng.seed(splitmix64(m_setup.seed ^ splitmix64(r + 1)));
        run.open.assign(hosts, 0);
        run.recycling.assign(hosts, 0.0);
        run.delivered.assign(hosts, 0);
        if (m_plan.throttleConnections)
            run.connectionTokens = Bucket::of(*m_plan.throttleConnections, m_step).capacity;
        if (m_plan.throttleMessages)
            run.messageTokens = Bucket::of(*m_plan.throttleMessages, m_step).capacity;
    }
}

// The running MTA's pick: the tier of the selection rule, then at random among the
// hosts of that tier with room (a host at its limit weighs zero, the others one).
int Engine::pick(Run &run, const EpochData &epoch, const std::vector<bool> &usable) const
{
    auto canTake = [&](qsizetype i) {
        const Candidate &c = epoch.candidates.at(i);
        return usable[size_t(i)] && (c.limit < 0 || run.open[size_t(epoch.hostOf[size_t(i)])] < c.limit);
    };
    const TierSpan tier = tierWithRoom(epoch.candidates, canTake);
    if (tier.isNone())
        return -1;
    quint64 room = 0;
    for (qsizetype i = tier.begin; i < tier.end; ++i)
        room += canTake(i) ? 1 : 0;
    // The modulo's bias is below 2^-58 for tiers of any real size.
    quint64 chosen = run.rng() % room;
    for (qsizetype i = tier.begin; i < tier.end; ++i) {
        if (canTake(i) && chosen-- == 0)
            return int(i);
    }
    return -1;
}

// Fewer connections are needed: the worst tier gives them up first, within a tier the
// host with the most (the reverse of how they were opened).
void Engine::closeSurplus(Run &run, const EpochData &epoch, int surplus) const
{
    for (auto tier = epoch.tiers.crbegin(); surplus > 0 && tier != epoch.tiers.crend(); ++tier) {
        const qsizetype begin = tier->begin;
        const qsizetype end = tier->end;
        while (surplus > 0) {
            int most = -1;
            for (qsizetype i = begin; i < end; ++i) {
                const int h = epoch.hostOf[size_t(i)];
                if (run.open[size_t(h)] > 0 && (most < 0 || run.open[size_t(h)] >= run.open[size_t(most)]))
                    most = h;
            }
            if (most < 0)
                break;
            --run.open[size_t(most)];
            --run.total;
            --surplus;
        }
    }
}

// Delivers up to `deliverable` messages over the open connections, each host its
// share of the capacity (largest remainder for the odd messages).
void Engine::deliver(Run &run, qint64 deliverable)
{
    const size_t hosts = run.open.size();
    double capacity = 0;
    for (size_t h = 0; h < hosts; ++h)
        capacity += run.open[h] * m_rate[h];
    std::fill(run.delivered.begin(), run.delivered.end(), 0);
    if (capacity <= 0) {
        run.capacityCarry = 0;
        return;
    }
    const double available = capacity + run.capacityCarry;
    const qint64 whole = qint64(std::floor(available));
    const qint64 sent = std::min(deliverable, whole);
    // Capacity left over carries only when capacity, not mail, was short.
    run.capacityCarry = whole <= deliverable ? available - double(whole) : 0;
    if (sent <= 0)
        return;
    qint64 given = 0;
    std::vector<double> &remainder = m_remainder;
    remainder.assign(hosts, 0.0);
    for (size_t h = 0; h < hosts; ++h) {
        const double share = double(sent) * run.open[h] * m_rate[h] / capacity;
        run.delivered[h] = int(std::floor(share));
        remainder[h] = share - std::floor(share);
        given += run.delivered[h];
    }
    for (; given < sent; ++given) {
        size_t best = 0;
        double bestRemainder = -1;
        for (size_t h = 0; h < hosts; ++h) {
            if (run.open[h] > 0 && remainder[h] > bestRemainder) {
                bestRemainder = remainder[h];
                best = h;
            }
        }
        ++run.delivered[best];
        remainder[best] = -1;
    }
    run.queue -= sent;
    run.totals.delivered += sent;
    if (m_plan.throttleMessages)
        run.messageTokens -= double(sent);
}

void Engine::advance(Run &run, const EpochData &epoch, const std::vector<bool> &usable, const std::vector<bool> &reachable,
                     qint64 arrivals)
{
    const size_t hosts = run.open.size();
    // A host that is down or gone drops its connections; the others recycle theirs.
    const qint64 lifetime = m_setup.connectionLifetime;
    run.total = 0;
    for (size_t h = 0; h < hosts; ++h) {
        if (!reachable[h]) {
            run.open[h] = 0;
            run.recycling[h] = 0;
        } else if (lifetime > 0 && run.open[h] > 0) {
            const double due = run.open[h] * m_step / double(lifetime) + run.recycling[h];
            const int closing = int(std::min<double>(run.open[h], std::floor(due)));
            run.recycling[h] = closing == run.open[h] ? 0 : due - closing;
            run.open[h] -= closing;
        }
        run.total += run.open[h];
    }

    run.queue += arrivals;
    run.totals.arrived += arrivals;
    if (m_plan.throttleMessages) {
        const Bucket b = Bucket::of(*m_plan.throttleMessages, m_step);
        run.messageTokens = std::min(b.capacity, run.messageTokens + b.perSecond * m_step);
    }
    if (m_plan.throttleConnections) {
        const Bucket b = Bucket::of(*m_plan.throttleConnections, m_step);
        run.connectionTokens = std::min(b.capacity, run.connectionTokens + b.perSecond * m_step);
    }
    const qint64 deliverable = m_plan.throttleMessages
        ? std::min(run.queue, qint64(std::floor(run.messageTokens)))
        : run.queue;
    // As many connections as the mail that may go now keeps busy, within the domain limit.
    const double perConnection = m_setup.hostRate.perSecond() * m_step;
    qint64 wanted = deliverable > 0 ? qint64(std::ceil(double(deliverable) / perConnection)) : 0;
    // An unlimited domain (a negative limit) still has a bound: the MTA's own resources.
    wanted = std::min<qint64>(wanted, m_plan.domainLimit >= 0 ? m_plan.domainLimit : kMaxOpenConnections);
    if (run.total > wanted)
        closeSurplus(run, epoch, int(run.total - wanted));
    while (run.total < wanted && (!m_plan.throttleConnections || run.connectionTokens >= 1)) {
        const int i = pick(run, epoch, usable);
        if (i < 0)
            break;
        ++run.open[size_t(epoch.hostOf[size_t(i)])];
        ++run.total;
        if (m_plan.throttleConnections)
            run.connectionTokens -= 1;
    }
    deliver(run, deliverable);
}

const QList<int> &Engine::expectedSpread(int epochIndex, const std::vector<HostPhase> &phase, int connections)
{
    if (epochIndex == m_expectedEpoch && connections == m_expectedConnections && phase == m_expectedPhase)
        return m_expected;
    m_expectedEpoch = epochIndex;
    m_expectedConnections = connections;
    m_expectedPhase = phase;
    const EpochData &epoch = m_data[size_t(epochIndex)];
    QList<Candidate> candidates = epoch.candidates;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        Candidate &c = candidates[i];
        if (c.state == CandidateState::Usable && phase[size_t(epoch.hostOf[size_t(i)])] == HostPhase::Down)
            c.state = CandidateState::Down;
    }
    const Simulation sim = simulate(candidates, connections, m_plan.domainLimit);
    m_expected = QList<int>(m_hosts.size(), 0);
    for (qsizetype i = 0; i < candidates.size(); ++i)
        m_expected[epoch.hostOf[size_t(i)]] += sim.assigned.at(i);
    return m_expected;
}

TimeSimResult Engine::run(const TimeSimControl &control)
{
    TimeSimResult result;
    result.step = m_setup.step;
    if (checkSetup(m_setup) != SetupProblem::None)
        return result;
    buildHosts();
    startRuns();
    result.epochs = m_epochs;
    const qint64 steps = (m_setup.duration + m_setup.step - 1) / m_setup.step;
    const size_t hosts = size_t(m_hosts.size());
    const size_t runs = m_runs.size();
    for (const QString &h : std::as_const(m_hosts)) {
        HostTimeline line;
        line.host = h;
        line.connections.reserve(steps);
        line.delivered.reserve(steps);
        line.expected.reserve(steps);
        line.phase.reserve(steps);
        result.hosts.append(std::move(line));
    }
    result.times.reserve(steps);
    result.arrivals.reserve(steps);
    result.queue.reserve(steps);
    result.openConnections.reserve(steps);

    std::vector<int> values(runs);
    std::vector<HostPhase> phase(hosts);
    std::vector<bool> usable;
    std::vector<bool> reachable;
    const qint64 progressEvery = std::max<qint64>(1, steps / 100);
    int epochIndex = 0;
    for (qint64 k = 0; k < steps; ++k) {
        if (control.cancel && control.cancel->load(std::memory_order_relaxed)) {
            result.cancelled = true;
            break;
        }
        const qint64 t = k * m_setup.step;
        while (epochIndex + 1 < int(m_data.size()) && m_data[size_t(epochIndex) + 1].from <= t)
            ++epochIndex;
        const EpochData &epoch = m_data[size_t(epochIndex)];
        phase = epoch.phase;
        for (size_t o = 0; o < m_outageHosts.size(); ++o) {
            if (m_setup.outages.at(qsizetype(o)).covers(t)) {
                for (const int h : m_outageHosts[o]) {
                    if (phase[size_t(h)] == HostPhase::Usable)
                        phase[size_t(h)] = HostPhase::Down;
                }
            }
        }
        usable.assign(epoch.candidates.size(), false);
        for (qsizetype i = 0; i < epoch.candidates.size(); ++i)
            usable[size_t(i)] = epoch.candidates.at(i).state == CandidateState::Usable
                && phase[size_t(epoch.hostOf[size_t(i)])] == HostPhase::Usable;
        reachable.assign(hosts, false);
        for (size_t i = 0; i < usable.size(); ++i)
            reachable[size_t(epoch.hostOf[i])] = reachable[size_t(epoch.hostOf[i])] || usable[i];
        const qint64 end = std::min(t + m_setup.step, m_setup.duration);
        const qint64 arrivals = m_setup.arrival.countBy(end) - m_setup.arrival.countBy(t) + (k == 0 ? m_setup.initialQueue : 0);

        for (Run &run : m_runs)
            advance(run, epoch, usable, reachable, arrivals);

        result.times.append(t);
        result.arrivals.append(arrivals);
        for (size_t r = 0; r < runs; ++r)
            values[r] = int(std::min<qint64>(m_runs[r].queue, std::numeric_limits<int>::max()));
        result.queue.append(bandOf(values));
        for (size_t r = 0; r < runs; ++r)
            values[r] = m_runs[r].total;
        const Band open = bandOf(values);
        result.openConnections.append(open);
        const QList<int> &expected = expectedSpread(epochIndex, phase, open.median);
        for (size_t h = 0; h < hosts; ++h) {
            HostTimeline &line = result.hosts[qsizetype(h)];
            for (size_t r = 0; r < runs; ++r)
                values[r] = m_runs[r].open[h];
            line.connections.append(bandOf(values));
            for (size_t r = 0; r < runs; ++r)
                values[r] = m_runs[r].delivered[h];
            line.delivered.append(bandOf(values));
            line.expected.append(expected.at(qsizetype(h)));
            line.phase.append(phase[h]);
        }
        if (control.progress && ((k + 1) % progressEvery == 0 || k + 1 == steps))
            control.progress(k + 1, steps);
    }
    for (Run &run : m_runs) {
        run.totals.queued = run.queue;
        result.runs.append(run.totals);
    }
    return result;
}

} // namespace

SetupProblem checkSetup(const TimeSimSetup &s)
{
    if (s.duration <= 0)
        return SetupProblem::DurationNotPositive;
    if (s.step <= 0)
        return SetupProblem::StepNotPositive;
    if (s.step > s.duration)
        return SetupProblem::StepLongerThanDuration;
    if ((s.duration + s.step - 1) / s.step > kMaxSimulationSteps)
        return SetupProblem::TooManySteps;
    if (s.runs < 1 || s.runs > kMaxSimulationRuns)
        return SetupProblem::RunsOutOfRange;
    if (s.hostRate.count <= 0 || s.hostRate.seconds <= 0)
        return SetupProblem::HostRateZero;
    for (auto it = s.hostRates.cbegin(); it != s.hostRates.cend(); ++it) {
        if (it->count <= 0 || it->seconds <= 0)
            return SetupProblem::HostRateZero;
    }
    if (s.connectionLifetime < 0)
        return SetupProblem::LifetimeNegative;
    if (s.initialQueue < 0)
        return SetupProblem::QueueNegative;
    return SetupProblem::None;
}

TimeSimResult runTimeSimulation(const TimeSimSetup &setup, const TimeSimControl &control)
{
    return Engine(setup).run(control);
}

QList<int> outagesMatchingNothing(const TimeSimSetup &setup)
{
    QList<int> out;
    const QList<DnsEpoch> epochs = dnsEpochs(setup.explanation, setup.after, setup.switchAt);
    for (qsizetype i = 0; i < setup.outages.size(); ++i) {
        const Outage &o = setup.outages.at(i);
        const bool named = std::any_of(epochs.cbegin(), epochs.cend(), [&](const DnsEpoch &e) {
            return std::any_of(e.candidates.cbegin(), e.candidates.cend(), [&](const Candidate &c) { return outageNames(o, c); });
        });
        if (!named)
            out.append(int(i));
    }
    return out;
}

QString hostPhaseName(HostPhase phase)
{
    switch (phase) {
    case HostPhase::Usable: return QStringLiteral("usable");
    case HostPhase::Down: return QStringLiteral("down");
    case HostPhase::Unresolved: return QStringLiteral("unresolved");
    case HostPhase::Absent: return QStringLiteral("absent");
    }
    return {};
}

} // namespace rs
