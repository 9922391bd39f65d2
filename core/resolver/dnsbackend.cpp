// SPDX-License-Identifier: GPL-3.0-or-later
#include "resolver/dnsbackend.h"

#include <QTimer>

namespace rs::dns {

Backend::Backend(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<rs::dns::Answer>();
}

Backend::~Backend() = default;

quint64 Backend::query(const QString &name, QueryType type)
{
    const quint64 id = m_nextId++;
    m_pending.insert(id, Pending{});
    ++m_startDepth;
    start(id, name, type);
    --m_startDepth;
    return id;
}

quint64 Backend::query(const QString &name, QueryType type, const QObject *context, Callback callback)
{
    const quint64 id = m_nextId++;
    m_pending.insert(id, Pending{context, std::move(callback), true});
    ++m_startDepth;
    start(id, name, type);
    --m_startDepth;
    return id;
}

void Backend::cancel(quint64 id)
{
    if (m_pending.remove(id))
        abandon(id);
}

void Backend::cancelAll()
{
    const auto ids = m_pending.keys();
    m_pending.clear();
    for (const quint64 id : ids)
        abandon(id);
}

void Backend::abandon(quint64) {}

void Backend::deliver(quint64 id, const Answer &answer)
{
    if (!m_pending.contains(id))
        return;  // cancelled: a stale answer nobody waits for
    if (m_startDepth > 0) {
        // Answered synchronously (cache hit, zone lookup, c-ares failing at once): defer, so
        // that the caller has its id before the answer and sees the same order everywhere.
        QTimer::singleShot(0, this, [this, id, answer] { emitAnswer(id, answer); });
        return;
    }
    emitAnswer(id, answer);
}

void Backend::emitAnswer(quint64 id, const Answer &answer)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;  // cancelled while the answer was queued
    const Pending p = std::move(*it);
    m_pending.erase(it);
    if (p.hasCallback && p.context) {
        const QPointer<Backend> self(this);  // the callback may delete us
        p.callback(answer);
        if (!self)
            return;
    }
    emit answered(id, answer);
}

} // namespace rs::dns
