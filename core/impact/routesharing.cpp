// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/routesharing.h"

#include "routing/provenance.h"

namespace rs {

RouteKey routeKey(const RouteModel &model, const ScopeResolution &r, qint32 column)
{
    RouteKey key{{}, r.route, column, r.portValue, r.limitValue};
    if (r.route != RouteChoice::Default) {
        const NodeRef node = optionNode(model.scopes().at(r.routeSource.scope),
                                        r.route == RouteChoice::Routes ? RoutingOption::Routes : RoutingOption::Gateway);
        if (node.isValid())
            key.text = model.config().tree(node.file).text(node.node);
    }
    return key;
}

std::optional<RouteQuestions> RouteQuestions::of(const RoutePlan &plan)
{
    RouteQuestions q;
    q.requests = lookupsFor(plan);
    for (qsizetype i = 0; i < plan.entries.size(); ++i) {
        const bool mx = plan.entries.at(i).entry.kind == EntryKind::Mx;
        if (mx && (!q.requests.value(i) || q.requests.at(i)->name != plan.domain))
            return std::nullopt;
        q.forDomain.append(mx);
    }
    return q;
}

QList<std::optional<LookupRequest>> RouteQuestions::forDomainName(const QString &domain) const
{
    QList<std::optional<LookupRequest>> out = requests;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (forDomain.at(i))
            out[i]->name = domain;
    }
    return out;
}

QByteArray answerDigest(const QList<std::optional<LookupResult>> &results, const RouteQuestions &questions,
                        const QString &domain)
{
    QByteArray d;
    d.reserve(128);
    auto text = [&d](QStringView s) {
        d.append(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
        d.append('\0').append('\0');
    };
    auto number = [&d](qint64 n) { d.append(reinterpret_cast<const char *>(&n), sizeof n); };
    for (qsizetype i = 0; i < results.size(); ++i) {
        const std::optional<LookupResult> &r = results.at(i);
        if (!questions.requests.value(i)) {
            d.append('n');
            continue;
        }
        if (!r) {
            d.append('m');
            continue;
        }
        d.append('r').append(char(r->status)).append(r->implicitMx ? '1' : '0');
        number(r->hosts.size());
        for (const ResolvedHost &h : r->hosts) {
            if (questions.forDomain.at(i) && HostUsage::key(h.name) == domain)
                d.append('\x01');  // the domain's own name
            else
                text(h.name);
            number(h.mxPreference);
            d.append(h.problem ? 'n' : 'y');
            number(h.addresses.size());
            for (const QString &a : h.addresses)
                text(a);
        }
    }
    return d;
}

} // namespace rs
