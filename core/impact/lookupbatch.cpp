// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/lookupbatch.h"

#include "routing/maillookup.h"

#include <QEventLoop>
#include <QTimer>

namespace rs {

qsizetype LookupBatch::add(const LookupRequest &request)
{
    const auto it = m_index.constFind(request);
    if (it != m_index.cend())
        return *it;
    m_requests.append(request);
    m_answers.emplace_back();  // sized here: resolve() writes answers while others read
    return *m_index.insert(request, m_requests.size() - 1);
}

bool LookupBatch::resolve(MailLookup &lookup, int window, const std::atomic_bool *cancel,
                          const std::function<void(qsizetype, qsizetype)> &answered)
{
    auto isCancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    if (m_requests.isEmpty())
        return !isCancelled();
    window = std::max(1, window);
    QHash<quint64, qsizetype> inFlight;
    qsizetype next = 0;
    qsizetype prefix = 0;
    qsizetype done = 0;
    bool stopped = false;
    QEventLoop loop;
    auto stop = [&] {
        for (auto it = inFlight.cbegin(); it != inFlight.cend(); ++it)
            lookup.cancel(it.key());
        inFlight.clear();
        stopped = true;
        loop.quit();
    };
    auto startMore = [&] {
        while (inFlight.size() < window && next < m_requests.size()) {
            const quint64 id = lookup.start(m_requests.at(next));
            inFlight.insert(id, next++);
        }
    };
    QObject::connect(&lookup, &MailLookup::finished, &loop, [&](quint64 id, const LookupResult &result) {
        const auto it = inFlight.constFind(id);
        if (it == inFlight.cend())
            return;
        m_answers[size_t(*it)] = result;
        inFlight.erase(it);
        ++done;
        while (prefix < m_requests.size() && m_answers[size_t(prefix)])
            ++prefix;
        if (answered)
            answered(prefix, done);
        if (isCancelled()) {
            stop();
            return;
        }
        startMore();
        if (inFlight.isEmpty())
            loop.quit();
    });
    // A live server may take seconds per answer: look at the cancel flag meanwhile too.
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (isCancelled())
            stop();
    });
    poll.start();
    startMore();
    loop.exec();
    return !stopped && !isCancelled();
}

QList<std::optional<LookupResult>> LookupBatch::results(const QList<std::optional<LookupRequest>> &requests) const
{
    QList<std::optional<LookupResult>> results;
    results.reserve(requests.size());
    for (const std::optional<LookupRequest> &r : requests) {
        const auto it = r ? m_index.constFind(*r) : m_index.cend();
        results.append(it != m_index.cend() ? m_answers[size_t(*it)] : std::nullopt);
    }
    return results;
}

} // namespace rs
