// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lessoncheck.h"

#include "config/configset.h"
#include "routing/dnslookup.h"
#include "routing/maillookup.h"
#include "routing/routeplan.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace rs {

namespace {

QString key(const QString &host)
{
    QString h = host.trimmed().toLower();
    if (h.endsWith(u'.'))
        h.chop(1);
    return h;
}

QSet<QString> hostSet(const QJsonValue &v)
{
    QSet<QString> out;
    for (const QJsonValue &h : v.toArray())
        out.insert(key(h.toString()));
    return out;
}

// The hosts of a run of candidates that can take mail, once each, in candidate order.
QJsonArray usableHosts(const QList<Candidate> &candidates, int pref)
{
    QJsonArray out;
    for (const Candidate &c : candidates) {
        if (c.pref == pref && c.state == CandidateState::Usable && !out.contains(key(c.host)))
            out.append(key(c.host));
    }
    return out;
}

QJsonArray tiers(const QList<Candidate> &candidates)
{
    QJsonArray out;
    std::optional<int> last;
    for (const Candidate &c : candidates) {
        if (c.state != CandidateState::Usable || (last && *last == c.pref))
            continue;
        last = c.pref;
        out.append(usableHosts(candidates, c.pref));
    }
    return out;
}

// Connections per host (hosts with none left out), and "waiting" when some wait.
QJsonObject spread(const Explanation &ex)
{
    QHash<QString, int> perHost;
    for (qsizetype i = 0; i < ex.candidates.size(); ++i)
        perHost[key(ex.candidates.at(i).host)] += ex.simulation.assigned.at(i);
    QJsonObject out;
    for (auto it = perHost.cbegin(); it != perHost.cend(); ++it) {
        if (*it > 0)
            out.insert(it.key(), *it);
    }
    if (ex.simulation.waiting > 0)
        out.insert(QStringLiteral("waiting"), ex.simulation.waiting);
    return out;
}

QJsonValue decidedBy(const RoutePlan &plan)
{
    if (plan.routeSource.isDefault())
        return QStringLiteral("default");
    QJsonArray path;
    for (const ScopeStep &s : plan.routeSource.path)
        path.append(QString(scopeKindName(s.kind) + u' ' + s.name));
    return path;
}

bool samePath(const QJsonValue &expected, const QJsonValue &actual)
{
    if (expected.isString() || actual.isString())
        return expected == actual;
    const QJsonArray e = expected.toArray(), a = actual.toArray();
    if (e.size() != a.size())
        return false;
    for (qsizetype i = 0; i < e.size(); ++i) {
        if (e.at(i).toString().compare(a.at(i).toString(), Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

const Candidate *candidateNamed(const Explanation &ex, const QString &host)
{
    for (const Candidate &c : ex.candidates) {
        if (key(c.host) == key(host))
            return &c;
    }
    return nullptr;
}

qint64 deliveredBy(const TimeSimResult &r, const QString &host)
{
    qint64 n = 0;
    for (const HostTimeline &h : r.hosts) {
        if (key(h.host) == key(host)) {
            for (const Band &b : h.delivered)
                n += b.median;
        }
    }
    return n;
}

} // namespace

int LessonOutcome::metCount() const
{
    return int(std::count_if(results.cbegin(), results.cend(), [](const ConditionResult &r) { return r.met(); }));
}

bool LessonOutcome::passed() const
{
    return configErrors.isEmpty() && zoneErrors.isEmpty() && metCount() == results.size();
}

TimeSimSetup timelineSetup(const LessonTimeline &t, const Explanation &explanation)
{
    TimeSimSetup s;
    s.explanation = explanation;
    s.duration = t.duration;
    s.step = std::min(t.step, t.duration);
    s.arrival = t.arrival;
    s.hostRate = t.hostRate;
    s.initialQueue = t.initialQueue;
    s.outages = t.outages;
    s.runs = 1;
    s.seed = 1;
    return s;
}

ConditionResult evaluateCondition(const LessonCondition &c, int index, const Explanation &ex, const TimeSimResult *timeline)
{
    ConditionResult r;
    r.condition = index;
    r.kind = c.kind;
    r.expected = c.expected;
    auto verdict = [&r](bool met) { r.code = met ? ConditionCode::Met : ConditionCode::Differs; };
    switch (c.kind) {
    case ExpectKind::FirstTier: {
        const int first = ex.simulation.candidateAfter(0);
        r.actual = first < 0 ? QJsonArray() : usableHosts(ex.candidates, ex.candidates.at(first).pref);
        verdict(hostSet(r.actual) == hostSet(c.expected));
        break;
    }
    case ExpectKind::Tiers: {
        const QJsonArray actual = tiers(ex.candidates);
        const QJsonArray expected = c.expected.toArray();
        r.actual = actual;
        bool same = actual.size() == expected.size();
        for (qsizetype i = 0; same && i < actual.size(); ++i)
            same = hostSet(actual.at(i)) == hostSet(expected.at(i));
        verdict(same);
        break;
    }
    case ExpectKind::Spread: {
        const QJsonObject actual = spread(ex);
        QJsonObject expected;
        const QJsonObject written = c.expected.toObject();
        for (auto it = written.constBegin(); it != written.constEnd(); ++it) {
            if (it->toInt() > 0)
                expected.insert(key(it.key()), it->toInt());
        }
        r.actual = actual;
        verdict(actual == expected);
        break;
    }
    case ExpectKind::Evenly: {
        const QJsonObject actual = spread(ex);
        r.actual = actual;
        const QSet<QString> hosts = hostSet(c.expected);
        QSet<QString> used;
        int least = std::numeric_limits<int>::max(), most = 0;
        for (auto it = actual.constBegin(); it != actual.constEnd(); ++it) {
            if (it.key() != u"waiting")
                used.insert(it.key());
        }
        for (const QString &h : hosts) {
            least = std::min(least, actual.value(h).toInt());
            most = std::max(most, actual.value(h).toInt());
        }
        if (used != hosts || actual.contains(QStringLiteral("waiting")))
            r.code = ConditionCode::Differs;
        else
            r.code = most - least <= 1 ? ConditionCode::Met : ConditionCode::NotEven;
        break;
    }
    case ExpectKind::Deliverable:
        r.actual = ex.hasUsableCandidate();
        verdict(r.actual == c.expected);
        break;
    case ExpectKind::NullMx:
        r.actual = ex.nullMx;
        verdict(r.actual == c.expected);
        break;
    case ExpectKind::DecidedBy:
        r.actual = decidedBy(ex.plan);
        verdict(samePath(c.expected, r.actual));
        break;
    case ExpectKind::Port:
    case ExpectKind::HostLimit:
    case ExpectKind::ImplicitMx: {
        const Candidate *cand = candidateNamed(ex, c.host);
        if (!cand) {
            r.code = ConditionCode::HostMissing;
            r.actual = QJsonValue::Null;
            break;
        }
        if (c.kind == ExpectKind::ImplicitMx) {
            r.actual = lookupKindName(cand->lookup);
            verdict(cand->lookup == LookupKind::ImplicitMx);
        } else {
            const int value = c.kind == ExpectKind::Port ? cand->port : cand->limit;
            r.actual = QJsonObject{{QStringLiteral("host"), key(c.host)}, {QStringLiteral("value"), value}};
            verdict(value == c.expected.toObject().value(QStringLiteral("value")).toInt());
        }
        break;
    }
    case ExpectKind::DomainLimit:
        r.actual = ex.plan.domainLimit;
        verdict(ex.plan.domainLimit == c.expected.toInt());
        break;
    case ExpectKind::MaxQueue:
    case ExpectKind::FinalQueue:
    case ExpectKind::MaxDeliveredPerSecond:
    case ExpectKind::MinDelivered:
    case ExpectKind::DeliveredBy: {
        if (!timeline || timeline->stepCount() == 0) {
            r.code = ConditionCode::Differs;
            r.actual = QJsonValue::Null;
            break;
        }
        const TimeSimResult &t = *timeline;
        qint64 value = 0;
        if (c.kind == ExpectKind::MaxQueue) {
            for (const Band &b : t.queue)
                value = std::max<qint64>(value, b.median);
        } else if (c.kind == ExpectKind::FinalQueue) {
            value = t.queue.last().median;
        } else if (c.kind == ExpectKind::MaxDeliveredPerSecond) {
            for (qsizetype k = 0; k < t.stepCount(); ++k) {
                qint64 sent = 0;
                for (const HostTimeline &h : t.hosts)
                    sent += h.delivered.at(k).median;
                value = std::max(value, (sent + t.step - 1) / t.step);
            }
        } else if (c.kind == ExpectKind::MinDelivered) {
            value = t.runs.isEmpty() ? 0 : t.runs.first().delivered;
        } else {
            value = deliveredBy(t, c.host);
        }
        if (c.kind == ExpectKind::DeliveredBy) {
            r.actual = QJsonObject{{QStringLiteral("host"), key(c.host)}, {QStringLiteral("min"), value}};
            verdict(value >= c.expected.toObject().value(QStringLiteral("min")).toInt());
        } else {
            r.actual = value;
            const qint64 bound = c.expected.toInteger();
            verdict(c.kind == ExpectKind::MinDelivered ? value >= bound : value <= bound);
        }
        break;
    }
    }
    return r;
}

LessonChecker::LessonChecker(QObject *parent)
    : QObject(parent)
{
}

LessonChecker::~LessonChecker()
{
    // The explainers point at the lookup: they go first.
    cancel();
    for (Explainer *e : m_explainers)
        delete e;
}

void LessonChecker::cancel()
{
    ++m_generation;
    m_pending = 0;
    for (Explainer *e : m_explainers) {
        e->cancel();
        e->deleteLater();
    }
    m_explainers.clear();
}

void LessonChecker::check(const Lesson &lesson, const ConfigSet &config)
{
    cancel();
    const quint64 generation = m_generation;
    m_lesson = lesson;
    m_outcome = {};
    m_outcome.lesson = lesson.id;
    const RouteModel model = RouteModel::build(config);
    for (const Diagnostics &ds : {config.diagnostics(), model.diagnostics()}) {
        for (const Diagnostic &d : ds) {
            if (d.severity == Severity::Error)
                m_outcome.configErrors.append(d);
        }
    }
    m_explanations = QList<std::optional<Explanation>>(lesson.conditions.size());
    m_outcome.results = QList<ConditionResult>(lesson.conditions.size());

    if (!m_lookup || m_zoneFiles != lesson.zoneFiles) {
        m_lookup.reset();
        m_zoneFiles = lesson.zoneFiles;
        LookupOptions options;
        options.zoneFiles = lesson.zoneFiles;
        m_lookup = createMailLookup(options, &m_outcome.zoneErrors);
        if (!m_lookup)
            m_zoneFiles.clear();
    }
    for (qsizetype i = 0; i < lesson.conditions.size(); ++i) {
        const LessonCondition &c = lesson.conditions.at(i);
        ConditionResult &r = m_outcome.results[i];
        r.condition = int(i);
        r.kind = c.kind;
        r.expected = c.expected;
        BindingChoice binding;
        if (!c.binding.isNull()) {
            const int b = model.findBinding(c.binding);
            if (b < 0) {
                r.code = ConditionCode::BindingMissing;
                continue;
            }
            binding = BindingChoice::of(model, b);
        }
        if (!m_lookup) {
            r.code = ConditionCode::ZoneFailed;
            continue;
        }
        // One explainer per condition: each answers its own question (they share the cache).
        auto *explainer = new Explainer(m_lookup.get(), this);
        m_explainers.push_back(explainer);
        connect(explainer, &Explainer::finished, this,
                [this, generation, i](const Explanation &ex) { explained(generation, int(i), ex); });
        ++m_pending;
        explainer->explain(planFor(model, c.domain, binding), c.whatIf);
    }
    if (m_pending == 0)
        QTimer::singleShot(0, this, [this, generation] { finish(generation); });
}

void LessonChecker::explained(quint64 generation, int condition, const Explanation &explanation)
{
    if (generation != m_generation || m_explanations.at(condition))
        return;
    m_explanations[condition] = explanation;
    if (--m_pending == 0)
        finish(generation);
}

void LessonChecker::finish(quint64 generation)
{
    if (generation != m_generation)
        return;
    for (qsizetype i = 0; i < m_lesson.conditions.size(); ++i) {
        const std::optional<Explanation> &ex = m_explanations.at(i);
        if (!ex)
            continue;  // binding missing or zones broken: already decided
        const LessonCondition &c = m_lesson.conditions.at(i);
        std::optional<TimeSimResult> timeline;
        if (c.timeline && needsTimeline(c.kind))
            timeline = runTimeSimulation(timelineSetup(*c.timeline, *ex));
        m_outcome.results[i] = evaluateCondition(c, int(i), *ex, timeline ? &*timeline : nullptr);
    }
    for (Explainer *e : m_explainers)
        e->deleteLater();
    m_explainers.clear();
    // A new check() from a slot of finished() must not be undone by what follows here.
    const LessonOutcome outcome = std::move(m_outcome);
    emit finished(outcome);
}

} // namespace rs
