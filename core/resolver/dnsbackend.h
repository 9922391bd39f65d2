// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resolver/dnsanswer.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace rs::dns {

/// Asynchronous MX/A/AAAA lookups. Implemented over c-ares (CaresBackend), over zone files
/// (ZoneBackend) and as a TTL cache in front of either (CachingBackend).
///
/// Contract shared by every backend, so callers behave the same with all of them:
/// - query() returns an id at once; answered(id, ...) follows exactly once, unless the id
///   is cancelled first (then never).
/// - answers are never delivered from inside query(): always through the event loop.
/// - a callback passed to query() runs only while its context object is alive.
class Backend : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Backend)
public:
    using Callback = std::function<void(const Answer &)>;

    explicit Backend(QObject *parent = nullptr);
    ~Backend() override;

    quint64 query(const QString &name, QueryType type);
    quint64 query(const QString &name, QueryType type, const QObject *context, Callback callback);
    /// Forgets a query: its answer, if one still comes, is dropped.
    void cancel(quint64 id);
    void cancelAll();
    bool isPending(quint64 id) const { return m_pending.contains(id); }
    int pendingCount() const { return int(m_pending.size()); }

    /// "c-ares 127.0.0.1:53", "zone example.test.zone": shown next to every explanation.
    virtual QString describe() const = 0;

signals:
    void answered(quint64 id, const rs::dns::Answer &answer);

protected:
    /// Starts the work for a query; the answer goes to deliver(id, ...) later (or now:
    /// the base class defers an answer given from inside start() to the event loop).
    virtual void start(quint64 id, const QString &name, QueryType type) = 0;
    /// A query the caller no longer wants; backends free what they can. Default: nothing.
    virtual void abandon(quint64 id);
    void deliver(quint64 id, const Answer &answer);

private:
    struct Pending {
        QPointer<const QObject> context;
        Callback callback;
        bool hasCallback = false;
    };
    void emitAnswer(quint64 id, const Answer &answer);

    QHash<quint64, Pending> m_pending;
    quint64 m_nextId = 1;
    int m_startDepth = 0;  ///< > 0 while inside start(): answers must wait for the event loop
};

} // namespace rs::dns
