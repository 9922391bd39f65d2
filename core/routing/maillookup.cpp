// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/maillookup.h"

#include "config/diagnosticcodes.h"

#include <QTimer>

namespace rs {

Explainer::Explainer(MailLookup *lookup, QObject *parent)
    : QObject(parent)
    , m_lookup(lookup)
{
    connect(m_lookup, &MailLookup::finished, this, &Explainer::onLookupFinished);
}

void Explainer::cancel()
{
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        m_lookup->cancel(it.key());
    m_pending.clear();
}

void Explainer::explain(const RoutePlan &plan, const WhatIf &whatIf)
{
    cancel();
    ++m_generation;
    m_plan = plan;
    m_whatIf = whatIf;
    m_requests = lookupsFor(plan);
    m_results = QList<std::optional<LookupResult>>(m_requests.size());
    // One lookup per distinct question: `( "a" "smtp://a?pref=5" )` asks once.
    QHash<LookupRequest, quint64> started;
    for (int i = 0; i < m_requests.size(); ++i) {
        const auto &req = m_requests.at(i);
        if (!req)
            continue;
        auto it = started.constFind(*req);
        if (it == started.cend())
            it = started.insert(*req, m_lookup->start(*req));
        m_pending[*it].append(i);
    }
    m_total = int(m_pending.size());
    if (m_pending.isEmpty()) {
        // Nothing to resolve (IP literals only): still answer through the event loop.
        QTimer::singleShot(0, this, [this, generation = m_generation] {
            if (generation == m_generation && m_pending.isEmpty())
                finish();
        });
    }
}

void Explainer::onLookupFinished(quint64 id, const LookupResult &result)
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.constEnd())
        return;  // a stale answer to a cancelled question
    for (const int entry : *it)
        m_results[entry] = result;
    m_pending.erase(it);
    emit progress(m_total - int(m_pending.size()), m_total);
    if (m_pending.isEmpty())
        finish();
}

void Explainer::finish()
{
    Explanation ex = rs::explain(m_plan, m_results, m_whatIf);
    const LookupSource source = m_lookup->source();
    ex.notes.prepend(source.kind == LookupSource::Kind::Zone
                         ? makeDiagnostic(DiagnosticKind::ResolvedThroughZone, {source.names.join(QStringLiteral(", "))})
                         : makeDiagnostic(DiagnosticKind::ResolvedThroughDns, {source.names.join(u',')}));
    emit finished(ex);
}

} // namespace rs
