// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/impact.h"

#include "impact/comparison.h"
#include "impact/lookupbatch.h"
#include "impact/routesharing.h"
#include "platform/parallel.h"
#include "routing/maillookup.h"

#include <QSet>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace rs {

namespace {

// A thread's share of the units is at least this many: below it one thread is faster.
constexpr qsizetype kUnitsPerThread = 2000;
// Cancel and progress are looked at once per this many units.
constexpr qsizetype kPollEvery = 256;

// Units one helper thread simulates at a time, taken in order: a run of them is ready
// once DNS has answered every question they ask.
constexpr qsizetype kUnitsPerChunk = 2048;

// True when normalizeDomain() would return the name unchanged: lower-case ASCII, no
// space around it, no final dot (as nearly every stanza writes its domain).
bool isNormalized(const QString &name)
{
    if (name.isEmpty() || name.back() == u'.' || name.front() == u' ' || name.back() == u' ')
        return false;
    for (const QChar c : name) {
        if (c.unicode() >= 0x80 || (c >= u'A' && c <= u'Z') || c.unicode() <= u' ')
            return false;
    }
    return true;
}

// Host names a thread has met, numbered in the order met; merged into HostUsage after.
struct LocalHosts {
    QHash<QString, quint32> ids;
    QStringList names;
    quint32 idOf(const QString &host)
    {
        const QString key = HostUsage::key(host);
        const auto it = ids.constFind(key);
        if (it != ids.cend())
            return *it;
        names.append(key);
        return *ids.insert(key, quint32(names.size() - 1));
    }
};

// What one thread found over its run of units.
struct Chunk {
    qsizetype begin = 0;
    QList<DomainImpact> changed;
    std::vector<HostUsage::Use> uses[2];
    std::vector<HostUsage::UnitTotal> totals[2];
    LocalHosts hosts;
    std::array<qint64, kImpactClassCount> classCounts{};
    qint64 unchanged = 0;
    QList<bool> downMatched;
};

// What the first pass found over its run of units: the DNS questions, in the order
// first asked, each with the unit that first asks it.
struct Questions {
    QSet<LookupRequest> seen;
    QList<std::pair<LookupRequest, qsizetype>> ordered;
    QHash<RouteKey, RouteQuestions> routes;  // the questions of the route lists planned
};

} // namespace

/// One run of runImpact(): the passes over the units (domain x binding column).
class ImpactEngine final
{
public:
    ImpactEngine(const ImpactSetup &setup, const ImpactControl &control) : m_setup(setup), m_control(control) {}
    ImpactResult run();

private:
    bool cancelled() const { return m_control.cancel && m_control.cancel->load(std::memory_order_relaxed); }
    void report(ImpactPhase phase, qint64 done, qint64 total) const
    {
        if (m_control.progress)
            m_control.progress({phase, done, total});
    }
    bool fail(ImpactError::Code code)
    {
        m_result.error.code = code;
        return false;
    }
    bool load();
    bool findBindings();
    void collectDomains();
    bool compare();
    bool resolveAndSimulate();
    Chunk simulateRange(qsizetype begin, qsizetype end);
    void merge(std::vector<Chunk> &chunks);
    // Reports progress from the calling thread only (helpers count into m_done).
    void tick(ImpactPhase phase, qsizetype units, qint64 total);
    void record(Chunk &chunk, ImpactSide side, qint64 unit, const Explanation &ex) const;
    // The key under which a unit shares its candidates with others, if it may.
    std::optional<RouteKey> sharedKey(qsizetype unit) const;
    std::vector<HostLimitChain> hostChains(int side) const;
    std::unique_ptr<RoutePlan> plan(int side, qsizetype unit, const std::vector<HostLimitChain> &chains) const;

    const ImpactSetup &m_setup;
    const ImpactControl &m_control;
    ImpactResult m_result;
    std::shared_ptr<const RouteModel> m_models[2];
    FileKeys m_files[2];
    QList<BindingChoice> m_columns[2];  // per column (0: no binding), per side
    QList<bool> m_sameHosts;            // per column: the same Host chain on both sides
    std::vector<ScopeResolution> m_resolutions[2];
    std::vector<quint8> m_same;         // per unit: one explanation serves both sides
    bool m_skipSame = false;            // such units are counted unchanged, not simulated
    // Per unit and side, made by compare() (which needs their DNS questions) and
    // consumed by simulate(); none where simulate() copies another unit's candidates.
    std::vector<std::unique_ptr<RoutePlan>> m_plans[2];
    LookupBatch m_lookups;
    QHash<RouteKey, RouteQuestions> m_routes;  // read by every thread of simulateRange()
    std::vector<qsizetype> m_firstUnit;  // per question: the first unit that asks it
    WhatIf m_whatIf;
    std::thread::id m_caller = std::this_thread::get_id();
    std::atomic<qint64> m_done{0};
    qint64 m_reported = -1;
};

void ImpactEngine::tick(ImpactPhase phase, qsizetype units, qint64 total)
{
    const qint64 done = m_done.fetch_add(units, std::memory_order_relaxed) + units;
    if (std::this_thread::get_id() != m_caller || total <= 0)
        return;
    const qint64 percent = done * 100 / total;
    if (percent != m_reported) {
        m_reported = percent;
        report(phase, done, total);
    }
}

bool ImpactEngine::load()
{
    report(ImpactPhase::Loading, 0, 2);
    LoadedSides sides = loadConfigSources(m_setup.before, m_setup.after, m_control.cancel);
    for (const ImpactSide side : {ImpactSide::Before, ImpactSide::After}) {
        auto &loaded = side == ImpactSide::Before ? sides.before : sides.after;
        if (!loaded) {
            m_result.error.side = side;
            m_result.error.source = loaded.error();
            return fail(loaded.error().code == SourceError::Code::Cancelled ? ImpactError::Code::Cancelled
                                                                            : ImpactError::Code::Source);
        }
        m_models[size_t(side)] = *loaded;
        m_files[size_t(side)] = FileKeys::of((*loaded)->config());
    }
    m_result.beforePath = m_models[0]->config().mainTree().path();
    m_result.afterPath = m_models[1]->config().mainTree().path();
    report(ImpactPhase::Loading, 2, 2);
    return !cancelled() || fail(ImpactError::Code::Cancelled);
}

bool ImpactEngine::findBindings()
{
    for (int side = 0; side < 2; ++side)
        m_columns[side].append(BindingChoice{});
    m_sameHosts.append(sameHostChain({m_models[0].get(), &m_files[0]}, {}, {m_models[1].get(), &m_files[1]}, {}));
    for (const QString &name : m_setup.bindings) {
        ComparedBinding b;
        b.name = name;
        for (int side = 0; side < 2; ++side) {
            const RouteModel &model = *m_models[side];
            const int found = model.findBinding(name);
            (side == 0 ? b.before : b.after) = found >= 0;
            m_columns[side].append(found >= 0 ? BindingChoice::of(model, found) : BindingChoice{});
        }
        if (!b.before && !b.after) {
            m_result.error.name = name;
            for (int side = 0; side < 2; ++side) {
                const RouteModel &model = *m_models[side];
                for (const int i : model.bindings()) {
                    if (!m_result.error.known.contains(model.scopes().at(i).name))
                        m_result.error.known.append(model.scopes().at(i).name);
                }
            }
            return fail(ImpactError::Code::UnknownBinding);
        }
        m_sameHosts.append(b.before && b.after
                           && sameHostChain({m_models[0].get(), &m_files[0]}, m_columns[0].last(),
                                            {m_models[1].get(), &m_files[1]}, m_columns[1].last()));
        m_result.bindings.append(b);
    }
    return true;
}

void ImpactEngine::collectDomains()
{
    // Each domain once, in the order a reviewer reads the change: NEW's stanzas in
    // file order, OLD's that NEW lacks, then the listed ones. 100,000 names: the
    // models' own name indexes answer "seen already?" for the top-level stanzas,
    // and a set holds only the rest (names in bindings, odd spellings, the list).
    const RouteModel &after = *m_models[1];
    const RouteModel &before = *m_models[0];
    QStringList &domains = m_result.domains;
    domains.reserve(after.scopes().size() + m_setup.listedDomains.size());
    QSet<QString> others;
    // Named exactly so by a top-level stanza of `model`: added with that stanza.
    auto topLevel = [](const RouteModel &model, const QString &d) { return model.findDomainScope(d) > 0; };
    auto addOther = [&](const QString &d, bool inNew, bool inOld) {
        if (d.isEmpty() || (inNew && topLevel(after, d)) || (inOld && topLevel(before, d)) || others.contains(d))
            return;
        others.insert(d);
        domains.append(d);
    };
    auto walk = [&](const RouteModel &model, bool isNew) {
        const QList<RoutingScope> &scopes = model.scopes();
        for (int i = 1; i < scopes.size(); ++i) {
            const RoutingScope &s = scopes.at(i);
            if (s.kind != ScopeKind::Domain || s.isRegex || model.containerOf(i) < 0)
                continue;
            const bool written = isNormalized(s.name);  // as normalizeDomain() would give it: no copy
            const QString d = written ? s.name : normalizeDomain(s.name);
            const bool plain = s.isTopLevel() && model.firstDeclaration(i) == i && (written || d == s.name.toLower());
            if (plain && isNew)
                domains.append(d);  // NEW's first top-level stanza of this name
            else if (plain && !topLevel(after, d) && !others.contains(d))
                domains.append(d);  // OLD's, where NEW has no such stanza
            else if (!plain)
                addOther(d, true, !isNew);
        }
    };
    if (m_setup.stanzaDomains) {
        walk(after, true);
        walk(before, false);
    }
    m_result.listedFrom = domains.size();
    for (const QString &d : m_setup.listedDomains)
        addOther(normalizeDomain(d), m_setup.stanzaDomains, m_setup.stanzaDomains);
    m_result.compared = qint64(domains.size()) * m_result.columns();
}

std::optional<RouteKey> ImpactEngine::sharedKey(qsizetype unit) const
{
    // Only where one explanation serves both sides, and no host is marked down.
    if (!m_whatIf.down.isEmpty() || !m_same[size_t(unit)])
        return std::nullopt;
    return routeKey(*m_models[0], m_resolutions[0][size_t(unit)], qint32(unit % m_result.columns()));
}

std::vector<HostLimitChain> ImpactEngine::hostChains(int side) const
{
    // Each thread makes its own: copies of one shared list would have both cores
    // wait on its reference count at every plan.
    std::vector<HostLimitChain> chains;
    for (const BindingChoice &b : m_columns[side])
        chains.push_back(HostLimitChain::of(*m_models[side], b));
    return chains;
}

std::unique_ptr<RoutePlan> ImpactEngine::plan(int side, qsizetype unit, const std::vector<HostLimitChain> &chains) const
{
    PlanOptions options;
    options.diagnostics = false;  // the deciding scope's warnings: the Problems view has them
    options.hostLimits = &chains[size_t(unit % m_result.columns())];
    return std::make_unique<RoutePlan>(planFor(*m_models[side], m_result.domains.at(unit / m_result.columns()),
                                               m_resolutions[side][size_t(unit)], options));
}

bool ImpactEngine::compare()
{
    const qint64 units = m_result.compared;
    for (int side = 0; side < 2; ++side) {
        m_resolutions[side].resize(size_t(units));
        m_plans[side].resize(size_t(units));
    }
    m_same.assign(size_t(units), 0);
    m_whatIf.down = m_setup.down;
    m_skipSame = !m_setup.hostUsage && m_whatIf.down.isEmpty();
    m_result.usageComplete = !m_skipSame;
    const qsizetype columns = m_result.columns();
    const ComparedModel before{m_models[0].get(), &m_files[0]};
    const ComparedModel after{m_models[1].get(), &m_files[1]};
    m_done = 0;
    m_reported = -1;
    std::vector<Questions> parts = splitAcrossCores<Questions>(units, kUnitsPerThread, [&](qsizetype begin, qsizetype end) {
        Questions q;
        const std::vector<HostLimitChain> chains[2] = {hostChains(0), hostChains(1)};
        auto ask = [&q](const QList<std::optional<LookupRequest>> &requests, qsizetype unit) {
            for (const auto &r : requests) {
                if (r && !q.seen.contains(*r)) {
                    q.seen.insert(*r);
                    q.ordered.append({*r, unit});
                }
            }
        };
        for (qsizetype u = begin; u < end; ++u) {
            if ((u - begin) % kPollEvery == 0) {
                if (cancelled())
                    break;
                if (u > begin)
                    tick(ImpactPhase::Comparing, kPollEvery, units);
            }
            const QString &domain = m_result.domains.at(u / columns);
            const qsizetype column = u % columns;
            ScopeResolution &rb = m_resolutions[0][size_t(u)];
            ScopeResolution &ra = m_resolutions[1][size_t(u)];
            rb = resolve(*before.model, domain, m_columns[0].at(column));
            ra = resolve(*after.model, domain, m_columns[1].at(column));
            const bool same = m_sameHosts.at(column) && sameRouting(before, rb, after, ra);
            m_same[size_t(u)] = same ? 1 : 0;
            if (same && m_skipSame)
                continue;  // unchanged by definition: not asked, not simulated
            // A list that an earlier domain of this run shares is not planned again:
            // its questions are that domain's, for this domain's name (routesharing.h).
            const std::optional<RouteKey> key = sharedKey(u);
            if (key) {
                const auto it = q.routes.find(*key);
                if (it != q.routes.end()) {
                    ++it->units;
                    ask(it->forDomainName(domain), u);
                    continue;
                }
            }
            std::unique_ptr<RoutePlan> &planBefore = m_plans[0][size_t(u)];
            planBefore = plan(0, u, chains[0]);
            ask(lookupsFor(*planBefore), u);
            if (key) {
                if (std::optional<RouteQuestions> questions = RouteQuestions::of(*planBefore)) {
                    questions->units = 1;
                    q.routes.insert(*key, std::move(*questions));
                }
            }
            if (!same) {
                m_plans[1][size_t(u)] = plan(1, u, chains[1]);
                ask(lookupsFor(*m_plans[1][size_t(u)]), u);
            }
        }
        return q;
    });
    if (cancelled())
        return fail(ImpactError::Code::Cancelled);
    report(ImpactPhase::Comparing, units, units);
    // The questions in the order of the first unit that asks each (the runs are in
    // unit order): simulating can start on the first units while DNS answers the rest.
    for (Questions &q : parts) {
        q.seen = {};
        for (auto it = q.routes.cbegin(); it != q.routes.cend(); ++it) {
            // Lists of one domain are left out: nothing to share, only to look up.
            if (const auto known = m_routes.find(it.key()); known != m_routes.end())
                known->units += it->units;
            else if (it->units > 1 || parts.size() > 1)
                m_routes.insert(it.key(), it.value());
        }
        q.routes = {};
        for (const auto &[request, unit] : std::as_const(q.ordered)) {
            if (m_lookups.add(request) == qsizetype(m_firstUnit.size()))
                m_firstUnit.push_back(unit);
        }
        q.ordered = {};
    }
    m_result.distinctLookups = m_lookups.size();
    return true;
}

void ImpactEngine::record(Chunk &chunk, ImpactSide side, qint64 unit, const Explanation &ex) const
{
    std::vector<HostUsage::Use> &uses = chunk.uses[size_t(side)];
    qint32 sum = 0;
    const QList<TierSpan> tiers = preferenceTiers(ex.candidates);
    for (qsizetype t = 0; t < tiers.size(); ++t) {
        const auto tier = quint8(std::min<qsizetype>(t, 255));
        for (qsizetype i = tiers.at(t).begin; i < tiers.at(t).end; ++i) {
            const Candidate &c = ex.candidates.at(i);
            HostUsage::Use use;
            use.unit = quint32(unit);
            use.host = chunk.hosts.idOf(c.host);
            use.pref = c.pref;
            use.connections = i < ex.simulation.assigned.size() ? ex.simulation.assigned.at(i) : 0;
            use.limit = c.limit;
            use.port = quint16(c.port);
            use.tier = tier;
            use.state = c.state;
            uses.push_back(use);
            sum += use.connections;
        }
    }
    chunk.totals[size_t(side)][size_t(unit - chunk.begin)] = {sum, ex.plan.domainLimit};
}

Chunk ImpactEngine::simulateRange(qsizetype begin, qsizetype end)
{
    const qsizetype columns = m_result.columns();
    const bool whatIf = !m_whatIf.down.isEmpty();
    Chunk chunk;
    chunk.begin = begin;
    chunk.downMatched.fill(false, m_whatIf.down.size());
    for (int side = 0; side < 2; ++side)
        chunk.totals[side].resize(size_t(end - begin));
    std::optional<std::vector<HostLimitChain>> chains[2];  // made if a plan is missing
    auto planOf = [&](int side, qsizetype u) {
        std::unique_ptr<RoutePlan> plan = std::move(m_plans[side][size_t(u)]);
        if (!plan) {
            if (!chains[side])
                chains[side] = hostChains(side);
            plan = this->plan(side, u, *chains[side]);
        }
        return plan;
    };
    // Per route list, per digest of the answers: the candidates to copy.
    QHash<RouteKey, QHash<QByteArray, SharedCandidates>> shared;
    for (qsizetype u = begin; u < end; ++u) {
        if ((u - begin) % kPollEvery == 0 && cancelled())
            break;
        const QString &domain = m_result.domains.at(u / columns);
        const bool same = m_same[size_t(u)] != 0;
        if (same && m_skipSame) {
            ++chunk.unchanged;
            continue;
        }
        const std::optional<RouteKey> key = sharedKey(u);
        const RouteQuestions *questions = nullptr;
        QByteArray digest;
        QList<std::optional<LookupResult>> results;
        if (key) {
            const auto it = m_routes.constFind(*key);
            questions = it != m_routes.cend() && it->units > 1 ? &*it : nullptr;
        }
        if (questions) {
            results = m_lookups.results(questions->forDomainName(domain));
            digest = answerDigest(results, *questions, domain);
            const auto list = shared.constFind(*key);
            const auto copy = list != shared.cend() ? list->constFind(digest) : QHash<QByteArray, SharedCandidates>::const_iterator();
            if (list != shared.cend() && copy != list->cend() && copy->shareable) {
                const size_t first = chunk.uses[0].size();
                for (HostUsage::Use use : copy->uses) {
                    use.unit = quint32(u);
                    if (use.host == SharedCandidates::kDomainHost) {
                        // The candidate named after the domain: its failed __mx__.
                        if (!chains[0])
                            chains[0] = hostChains(0);
                        use.host = chunk.hosts.idOf(domain);
                        use.limit = (*chains[0])[size_t(u % columns)].limitFor(domain, {}).limit;
                    }
                    chunk.uses[0].push_back(use);
                }
                chunk.uses[1].insert(chunk.uses[1].end(), chunk.uses[0].cbegin() + qsizetype(first), chunk.uses[0].cend());
                chunk.totals[0][size_t(u - begin)] = chunk.totals[1][size_t(u - begin)] = copy->total;
                ++chunk.unchanged;
                continue;
            }
        }
        const std::unique_ptr<RoutePlan> planBefore = planOf(0, u);
        const Explanation before = explain(*planBefore, questions ? results : m_lookups.resultsFor(*planBefore), {});
        // The NEW side: the same explanation when nothing that decides differs,
        // with the what-if's hosts down where they are candidates.
        std::optional<Explanation> own;
        if (!same) {
            const std::unique_ptr<RoutePlan> planAfter = planOf(1, u);
            own = explain(*planAfter, m_lookups.resultsFor(*planAfter), m_whatIf);
        }
        if (whatIf) {
            bool touched = false;
            const QList<Candidate> &candidates = own ? own->candidates : before.candidates;
            for (qsizetype d = 0; d < m_whatIf.down.size(); ++d) {
                for (const Candidate &c : candidates) {
                    if (namesCandidate(c, m_whatIf.down.at(d))) {
                        chunk.downMatched[d] = true;
                        touched = true;
                        break;
                    }
                }
            }
            if (same && touched)
                own = reexplain(before, m_whatIf);
        }
        const Explanation &after = own ? *own : before;
        const size_t first = chunk.uses[0].size();
        record(chunk, ImpactSide::Before, u, before);
        if (own) {
            record(chunk, ImpactSide::After, u, after);
        } else {
            chunk.uses[1].insert(chunk.uses[1].end(), chunk.uses[0].cbegin() + qsizetype(first), chunk.uses[0].cend());
            chunk.totals[1][size_t(u - begin)] = chunk.totals[0][size_t(u - begin)];
        }
        if (questions) {
            SharedCandidates &entry = shared[*key][digest];
            entry.uses.assign(chunk.uses[0].cbegin() + qsizetype(first), chunk.uses[0].cend());
            entry.total = chunk.totals[0][size_t(u - begin)];
            entry.shareable = true;
            const quint32 self = chunk.hosts.idOf(domain);
            for (qsizetype i = 0; i < before.candidates.size(); ++i) {
                const Candidate &c = before.candidates.at(i);
                if (entry.uses[size_t(i)].host != self || !questions->forDomain.value(c.entry))
                    continue;
                // Named after the domain by its own __mx__: another domain's copy
                // names it after itself, unless it takes mail (then its Host limit,
                // found by name, could differ from domain to domain).
                entry.uses[size_t(i)].host = SharedCandidates::kDomainHost;
                entry.shareable = entry.shareable && c.state == CandidateState::Unresolved;
            }
        }
        const ImpactClasses classes = own ? classify(before, m_files[0], after, m_files[1]) : ImpactClasses();
        if (classes.isEmpty()) {
            ++chunk.unchanged;
            continue;
        }
        classes.forEach([&chunk](ImpactClass c) { ++chunk.classCounts[size_t(c)]; });
        DomainImpact impact;
        impact.unit = u;
        impact.domain = domain;
        impact.binding = m_result.unitBinding(u);
        impact.classes = classes;
        impact.before = before;
        impact.after = after;
        chunk.changed.append(std::move(impact));
    }
    return chunk;
}

bool ImpactEngine::resolveAndSimulate()
{
    const qint64 units = m_result.compared;
    const qsizetype chunkCount = (units + kUnitsPerChunk - 1) / kUnitsPerChunk;
    std::vector<Chunk> chunks(static_cast<size_t>(chunkCount));
    // Units [0, ready) have every answer they need; the helpers simulate them while
    // this thread runs DNS (one core asks, the others explain), then it joins them.
    std::mutex mutex;
    std::condition_variable wake;
    qsizetype ready = m_lookups.size() == 0 ? units : 0;
    bool stopped = false;
    std::atomic<qsizetype> nextChunk{0};
    m_done = 0;
    auto work = [&] {
        for (;;) {
            const qsizetype c = nextChunk.fetch_add(1);
            if (c >= chunkCount)
                return;
            const qsizetype begin = c * kUnitsPerChunk;
            const qsizetype end = std::min<qsizetype>(units, begin + kUnitsPerChunk);
            {
                std::unique_lock lock(mutex);
                wake.wait(lock, [&] { return ready >= end || stopped; });
                if (stopped)
                    return;
            }
            if (cancelled())
                return;
            chunks[size_t(c)] = simulateRange(begin, end);
            m_done.fetch_add(end - begin);
        }
    };
    std::vector<std::thread> helpers;
    for (int i = 1; i < maxThreads() && i < chunkCount; ++i)
        helpers.emplace_back(work);
    auto stopHelpers = [&] {
        {
            std::lock_guard lock(mutex);
            stopped = true;
        }
        wake.notify_all();
        for (std::thread &t : helpers)
            t.join();
    };

    const qint64 questions = m_lookups.size();
    report(ImpactPhase::Resolving, 0, questions);
    if (questions > 0) {
        // One MailLookup for both sides and every domain, and each question asked
        // once. Its cache keeps what a DNS server says for the addresses of MX hosts
        // that many domains share; a zone answers from memory, and copying each
        // answer into a cache took twice as long as the lookups themselves (75,000
        // of them), so not for zones.
        LookupOptions options = m_setup.lookup;
        if (!options.zoneFiles.isEmpty())
            options.cache = false;
        LookupSetupProblems problems;
        std::unique_ptr<MailLookup> lookup = createMailLookup(options, &problems);
        if (!lookup) {
            stopHelpers();
            m_result.error.lookupProblems = problems;
            return fail(ImpactError::Code::Lookup);
        }
        qint64 reported = 0;
        qsizetype published = 0;
        const bool resolved = m_lookups.resolve(*lookup, m_setup.maxLookupsInFlight, m_control.cancel,
                                                [&](qsizetype prefix, qsizetype done) {
            const qsizetype now = prefix < questions ? m_firstUnit[size_t(prefix)] : units;
            // Wake the helpers once a run of units is ready, not at every answer.
            if (now >= published + kUnitsPerChunk || now == units) {
                {
                    std::lock_guard lock(mutex);
                    ready = now;
                }
                published = now;
                wake.notify_all();
            }
            if (done * 100 / questions != reported * 100 / questions) {
                reported = done;
                report(ImpactPhase::Resolving, done, questions);
            }
        });
        if (!resolved) {
            stopHelpers();
            return fail(ImpactError::Code::Cancelled);
        }
        report(ImpactPhase::Resolving, questions, questions);
    }
    {
        std::lock_guard lock(mutex);
        ready = units;
    }
    wake.notify_all();
    // This thread joins in; it reports the progress of all.
    for (;;) {
        const qsizetype c = nextChunk.fetch_add(1);
        if (c >= chunkCount || cancelled())
            break;
        const qsizetype begin = c * kUnitsPerChunk;
        const qsizetype end = std::min<qsizetype>(units, begin + kUnitsPerChunk);
        chunks[size_t(c)] = simulateRange(begin, end);
        report(ImpactPhase::Simulating, m_done.fetch_add(end - begin) + (end - begin), units);
    }
    for (std::thread &t : helpers)
        t.join();
    if (cancelled())
        return fail(ImpactError::Code::Cancelled);
    merge(chunks);
    report(ImpactPhase::Simulating, units, units);
    return true;
}

void ImpactEngine::merge(std::vector<Chunk> &chunks)
{
    HostUsage &usage = m_result.usage;
    QList<bool> downMatched(m_whatIf.down.size(), false);
    for (Chunk &chunk : chunks) {
        // Local host numbers to the run's, in the order first met (unit order).
        std::vector<quint32> global(size_t(chunk.hosts.names.size()));
        for (qsizetype i = 0; i < chunk.hosts.names.size(); ++i) {
            const QString &name = chunk.hosts.names.at(i);
            auto it = usage.m_index.constFind(name);
            if (it == usage.m_index.cend()) {
                usage.m_hosts.append(name);
                it = usage.m_index.insert(name, int(usage.m_hosts.size() - 1));
            }
            global[size_t(i)] = quint32(*it);
        }
        for (int side = 0; side < 2; ++side) {
            for (HostUsage::Use &u : chunk.uses[side]) {
                u.host = global[u.host];
                usage.m_uses[side].push_back(u);
            }
            chunk.uses[side] = {};
            usage.m_totals[side].insert(usage.m_totals[side].end(), chunk.totals[side].cbegin(), chunk.totals[side].cend());
            chunk.totals[side] = {};
        }
        m_result.changed.append(std::move(chunk.changed));
        m_result.unchanged += chunk.unchanged;
        for (int c = 0; c < kImpactClassCount; ++c)
            m_result.classCounts[size_t(c)] += chunk.classCounts[size_t(c)];
        for (qsizetype d = 0; d < downMatched.size(); ++d)
            downMatched[d] = downMatched[d] || chunk.downMatched[d];
    }
    for (qsizetype d = 0; d < downMatched.size(); ++d) {
        if (!downMatched[d])
            m_result.unmatchedDown.append(m_whatIf.down.at(d));
    }

    // The loads per host. A host's limit is the one mail without a binding meets
    // (a Host stanza inside a binding limits that binding's connections only).
    std::vector<HostLoad> loads(size_t(usage.m_hosts.size()));
    std::vector<qint64> lastUnit(loads.size());
    std::vector<quint8> limitFrom(loads.size());  // 0 none yet, 1 through a binding, 2 without one
    std::vector<quint8> usable(loads.size(), 0);
    const qsizetype columns = m_result.columns();
    for (int side = 0; side < 2; ++side) {
        std::fill(lastUnit.begin(), lastUnit.end(), -1);
        std::fill(limitFrom.begin(), limitFrom.end(), 0);
        for (const HostUsage::Use &u : usage.m_uses[side]) {
            HostLoad::Side &s = side == 0 ? loads[u.host].before : loads[u.host].after;
            s.seen = true;
            s.connections += u.connections;
            if (lastUnit[u.host] != qint64(u.unit)) {
                lastUnit[u.host] = u.unit;
                ++s.domains;
            }
            const quint8 from = qsizetype(u.unit) % columns == 0 ? 2 : 1;
            if (from > limitFrom[u.host]) {
                limitFrom[u.host] = from;
                s.limit = u.limit;
            }
            if (u.state != CandidateState::Unresolved)
                usable[u.host] = 1;
        }
    }
    for (size_t h = 0; h < loads.size(); ++h) {
        if (!usable[h])
            continue;
        loads[h].host = usage.m_hosts.at(qsizetype(h));
        m_result.hosts.append(std::move(loads[h]));
    }
    std::sort(m_result.hosts.begin(), m_result.hosts.end(),
              [](const HostLoad &a, const HostLoad &b) { return a.host < b.host; });
}

ImpactResult ImpactEngine::run()
{
    if (load() && findBindings()) {
        collectDomains();
        if (compare())
            resolveAndSimulate();
    }
    // Both sides may hold a few hundred megabytes: the result keeps none of it.
    for (auto &model : m_models)
        model.reset();
    return std::move(m_result);
}

QString ImpactResult::unitBinding(qint64 unit) const
{
    const qsizetype column = qsizetype(unit % columns());
    return column == 0 ? QString() : bindings.at(column - 1).name;
}

QList<HostRoute> ImpactResult::routesTo(const QString &host, ImpactSide side) const
{
    QList<HostRoute> routes;
    const int h = usage.hostIndex(host);
    if (h < 0)
        return routes;
    const auto &totals = usage.unitTotals(side);
    for (const HostUsage::Use &u : usage.uses(side)) {
        if (u.host != quint32(h))
            continue;
        HostRoute r;
        r.domain = unitDomain(u.unit);
        r.binding = unitBinding(u.unit);
        r.tier = u.tier;
        r.pref = u.pref;
        r.port = u.port;
        r.state = u.state;
        r.connections = u.connections;
        r.domainConnections = totals[u.unit].connections;
        r.domainLimit = totals[u.unit].domainLimit;
        routes.append(r);
    }
    return routes;
}

ImpactClasses ImpactResult::classesSeen() const
{
    ImpactClasses seen;
    for (int c = 0; c < kImpactClassCount; ++c) {
        if (classCounts[size_t(c)] > 0)
            seen.add(ImpactClass(c));
    }
    return seen;
}

ImpactResult runImpact(const ImpactSetup &setup, const ImpactControl &control)
{
    return ImpactEngine(setup, control).run();
}

} // namespace rs
