// SPDX-License-Identifier: GPL-3.0-or-later
#include "resolver/cachingbackend.h"

namespace rs::dns {

CachingBackend::CachingBackend(Backend *upstream, QObject *parent)
    : Backend(parent)
    , m_upstream(upstream)
{
}

CachingBackend::~CachingBackend()
{
    if (m_upstream) {
        for (const InFlight &f : std::as_const(m_inFlight))
            m_upstream->cancel(f.upstreamId);
    }
}

void CachingBackend::clear()
{
    m_cache.clear();
}

QString CachingBackend::describe() const
{
    return (m_upstream ? m_upstream->describe() : QStringLiteral("(no upstream)")) + QStringLiteral(", cached");
}

QString CachingBackend::keyFor(const QString &name, QueryType type)
{
    return normalizedName(name) + u'/' + queryTypeName(type);
}

void CachingBackend::start(quint64 id, const QString &name, QueryType type)
{
    const QString key = keyFor(name, type);
    const auto hit = m_cache.constFind(key);
    if (hit != m_cache.constEnd()) {
        if (!hit->expires.hasExpired()) {
            ++m_hits;
            Answer a = hit->answer;
            a.name = name;
            // Seconds already spent in the cache come off every TTL, as a resolver does.
            const qint64 aged = std::chrono::duration_cast<std::chrono::seconds>(
                                    std::chrono::steady_clock::now() - hit->stored).count();
            const auto decay = [aged](quint32 ttl) { return quint32(std::max<qint64>(0, qint64(ttl) - aged)); };
            for (auto &r : a.mx)
                r.ttl = decay(r.ttl);
            for (auto &r : a.addresses)
                r.ttl = decay(r.ttl);
            deliver(id, a);  // inside start(): the base class defers it
            return;
        }
        m_cache.remove(key);
    }
    ++m_misses;
    m_keyOf.insert(id, key);
    auto flight = m_inFlight.find(key);
    if (flight != m_inFlight.end()) {
        flight->waiting.append({id, name});
        return;
    }
    if (!m_upstream) {
        m_keyOf.remove(id);
        Answer a;
        a.name = name;
        a.type = type;
        a.error = QStringLiteral("no upstream backend");
        a.cause = Cause::NoBackend;
        deliver(id, a);
        return;
    }
    InFlight f;
    f.waiting.append({id, name});
    m_inFlight.insert(key, f);
    // The upstream answers through the event loop, so m_inFlight[key] exists by then.
    m_inFlight[key].upstreamId = m_upstream->query(name, type, this, [this, key](const Answer &a) { onUpstream(key, a); });
}

void CachingBackend::abandon(quint64 id)
{
    const QString key = m_keyOf.take(id);
    auto flight = m_inFlight.find(key);
    if (key.isEmpty() || flight == m_inFlight.end())
        return;
    flight->waiting.removeIf([id](const auto &w) { return w.first == id; });
    if (flight->waiting.isEmpty()) {
        if (m_upstream)
            m_upstream->cancel(flight->upstreamId);
        m_inFlight.erase(flight);
    }
}

void CachingBackend::onUpstream(const QString &key, const Answer &answer)
{
    const InFlight flight = m_inFlight.take(key);
    qint64 keep = 0;
    if (answer.status == Status::NoError)
        keep = std::min<qint64>(answer.minTtl(), m_maxTtl);
    else if (answer.status == Status::NoData || answer.status == Status::NxDomain)
        keep = m_negativeTtl;
    if (keep > 0) {
        m_cache.insert(key, Entry{answer, std::chrono::steady_clock::now(), QDeadlineTimer(keep * 1000)});
    }
    QPointer<CachingBackend> self(this);
    for (const auto &[id, name] : flight.waiting) {
        m_keyOf.remove(id);
        Answer a = answer;
        a.name = name;
        deliver(id, a);
        if (!self)
            return;
    }
}

} // namespace rs::dns
