// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resolver/dnsbackend.h"

#include <QDeadlineTimer>
#include <QPointer>

#include <chrono>

namespace rs::dns {

/// A TTL cache in front of another backend. Answers are kept for their lowest record TTL
/// (capped by maxTtl), NXDOMAIN/NODATA for negativeTtl; failures (SERVFAIL, timeouts...)
/// are never kept. TTLs handed out from the cache count down as a resolver's do.
/// Identical questions in flight share one upstream query.
class CachingBackend final : public Backend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CachingBackend)
public:
    /// `upstream` is not owned and must outlive this object.
    explicit CachingBackend(Backend *upstream, QObject *parent = nullptr);
    ~CachingBackend() override;

    void clear();
    void setNegativeTtl(int seconds) { m_negativeTtl = seconds; }
    void setMaxTtl(int seconds) { m_maxTtl = seconds; }
    int size() const { return int(m_cache.size()); }
    quint64 hits() const { return m_hits; }
    quint64 misses() const { return m_misses; }
    Backend *upstream() const { return m_upstream; }
    QString describe() const override;

protected:
    void start(quint64 id, const QString &name, QueryType type) override;
    void abandon(quint64 id) override;

private:
    struct Entry {
        Answer answer;
        std::chrono::steady_clock::time_point stored;  ///< for the TTL count-down
        QDeadlineTimer expires;
    };
    struct InFlight {
        quint64 upstreamId = 0;
        QList<std::pair<quint64, QString>> waiting;  ///< our id, the name as that caller wrote it
    };
    static QString keyFor(const QString &name, QueryType type);
    void onUpstream(const QString &key, const Answer &answer);

    QPointer<Backend> m_upstream;
    QHash<QString, Entry> m_cache;
    QHash<QString, InFlight> m_inFlight;
    QHash<quint64, QString> m_keyOf;  ///< our id -> key, while waiting
    int m_negativeTtl = 60;
    int m_maxTtl = 86400;
    quint64 m_hits = 0;
    quint64 m_misses = 0;
};

} // namespace rs::dns
