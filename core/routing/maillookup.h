// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/explanation.h"

#include <QObject>

namespace rs {

/// Where lookups are answered, for an interface to name.
struct LookupSource {
    enum class Kind : quint8 { Zone, Dns };
    Kind kind = Kind::Dns;
    QStringList names;  ///< the zone files' names, or the DNS servers as "host:port"
    friend bool operator==(const LookupSource &, const LookupSource &) = default;
};

/// Answers LookupRequests asynchronously: the seam between routing and DNS.
/// Implemented over the resolver (c-ares or an offline zone) in resolver/.
/// Results always arrive through the event loop, never from inside start().
class MailLookup : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~MailLookup() override = default;

    /// Starts a lookup and returns its id; finished(id, ...) follows exactly once
    /// unless the lookup is cancelled first.
    virtual quint64 start(const LookupRequest &request) = 0;
    virtual void cancel(quint64 id) = 0;
    /// The zone files or DNS servers asked: named with every explanation.
    virtual LookupSource source() const = 0;

signals:
    void finished(quint64 id, const rs::LookupResult &result);
};

/// Resolves a RoutePlan through a MailLookup and emits the Explanation. A new
/// request cancels the one in flight, so a view that re-explains on every edit
/// only ever sees the answer to its latest question.
class Explainer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Explainer)
public:
    explicit Explainer(MailLookup *lookup, QObject *parent = nullptr);

    void explain(const RoutePlan &plan, const WhatIf &whatIf = {});
    void cancel();
    bool isBusy() const { return !m_pending.isEmpty(); }

signals:
    void progress(int done, int total);
    void finished(const rs::Explanation &explanation);

private:
    void onLookupFinished(quint64 id, const rs::LookupResult &result);
    void finish();

    MailLookup *m_lookup;
    RoutePlan m_plan;
    WhatIf m_whatIf;
    QList<std::optional<LookupRequest>> m_requests;
    QList<std::optional<LookupResult>> m_results;
    QHash<quint64, QList<int>> m_pending;  ///< lookup id -> entries waiting for it
    int m_total = 0;
    quint64 m_generation = 0;  ///< tells a queued answer which request it belongs to
};

} // namespace rs
