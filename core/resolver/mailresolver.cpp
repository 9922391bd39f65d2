// SPDX-License-Identifier: GPL-3.0-or-later
#include "resolver/mailresolver.h"

#include <QTimer>

#include <algorithm>

namespace rs::dns {

namespace {

HostStatus hostStatusFrom(Status status)
{
    switch (status) {
    case Status::NoError: return HostStatus::Resolved;
    case Status::NoData: return HostStatus::NoAddresses;
    case Status::NxDomain: return HostStatus::NxDomain;
    case Status::ServFail: return HostStatus::ServFail;
    case Status::Refused: return HostStatus::Refused;
    case Status::Timeout: return HostStatus::Timeout;
    case Status::Cancelled:
    case Status::Error: return HostStatus::Error;
    }
    return HostStatus::Error;
}

Status statusFrom(HostStatus status)
{
    switch (status) {
    case HostStatus::Resolved: return Status::NoError;
    case HostStatus::NoAddresses: return Status::NoData;
    case HostStatus::NxDomain: return Status::NxDomain;
    case HostStatus::ServFail: return Status::ServFail;
    case HostStatus::Refused: return Status::Refused;
    case HostStatus::Timeout: return Status::Timeout;
    case HostStatus::Error: return Status::Error;
    }
    return Status::Error;
}

/// One host's verdict from its A and AAAA answers.
void settle(MailHost &host, const Answer &a, const Answer &aaaa)
{
    host.ipv4Status = a.status;
    host.ipv6Status = aaaa.status;
    // Sorted within each family so that the list does not depend on the RRset order a
    // server chose; IPv4 stays first.
    const auto byText = [](const AddressRecord &x, const AddressRecord &y) { return x.address < y.address; };
    QList<AddressRecord> v4 = a.addresses;
    QList<AddressRecord> v6 = aaaa.addresses;
    std::sort(v4.begin(), v4.end(), byText);
    std::sort(v6.begin(), v6.end(), byText);
    host.addresses = v4 + v6;
    QStringList problems;
    for (const Answer *ans : {&a, &aaaa}) {
        if (ans->status != Status::NoError && ans->status != Status::NoData)
            problems.append(queryTypeName(ans->type) + QStringLiteral(": ") + statusName(ans->status)
                            + (ans->error.isEmpty() ? QString() : QStringLiteral(" (") + ans->error + u')'));
    }
    if (!host.addresses.isEmpty()) {
        host.status = HostStatus::Resolved;
    } else if (a.status == Status::NoData && aaaa.status == Status::NoData) {
        host.status = HostStatus::NoAddresses;
        problems.append(QStringLiteral("no A/AAAA records"));
    } else {
        // The more telling failure wins: NXDOMAIN is the server's word, then hard failures.
        static constexpr Status order[] = {Status::NxDomain, Status::ServFail, Status::Timeout,
                                           Status::Refused, Status::Error, Status::Cancelled};
        for (const Status s : order) {
            if (a.status == s || aaaa.status == s) {
                host.status = hostStatusFrom(s);
                const Answer &telling = a.status == s ? a : aaaa;
                host.cause = telling.cause;
                host.detail = telling.cause == Cause::Library ? telling.error : QString();
                break;
            }
        }
        if (a.status == Status::NxDomain || aaaa.status == Status::NxDomain)
            problems = QStringList{QStringLiteral("%1 does not exist").arg(host.name)};
    }
    host.error = problems.join(QStringLiteral("; "));
}

} // namespace

struct MailResolver::Job {
    quint64 id = 0;
    MailHostSet result;
    QPointer<const QObject> context;
    Callback callback;
    bool hasCallback = false;
    QList<quint64> backendIds;  ///< outstanding backend queries, for cancel()
    int outstanding = 0;
    /// A and AAAA answers per host name: one pair of queries even if an exchange is
    /// listed under several preferences.
    QHash<QString, std::pair<std::optional<Answer>, std::optional<Answer>>> addresses;
};

MailResolver::MailResolver(Backend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{
    qRegisterMetaType<rs::dns::MailHostSet>();
}

MailResolver::~MailResolver()
{
    cancelAll();
}

quint64 MailResolver::resolve(const QString &name, MailLookupMode mode)
{
    return begin(name, mode, nullptr, {}, false);
}

quint64 MailResolver::resolve(const QString &name, MailLookupMode mode, const QObject *context, Callback callback)
{
    return begin(name, mode, context, std::move(callback), true);
}

int MailResolver::pendingCount() const
{
    return int(m_jobs.size());
}

quint64 MailResolver::begin(const QString &name, MailLookupMode mode, const QObject *context, Callback callback,
                            bool hasCallback)
{
    const quint64 id = m_nextId++;
    auto job = std::make_unique<Job>();
    job->id = id;
    job->result.name = name;
    job->result.mode = mode;
    job->context = context;
    job->callback = std::move(callback);
    job->hasCallback = hasCallback;
    Job &j = *job;
    m_jobs.emplace(id, std::move(job));
    if (!m_backend) {
        j.result.status = Status::Error;
        j.result.error = QStringLiteral("no DNS backend");
        j.result.cause = Cause::NoBackend;
        QTimer::singleShot(0, this, [this, id] { finish(id); });
        return id;
    }
    if (mode == MailLookupMode::AddressOnly) {
        MailHost host;
        host.name = normalizedName(name);
        j.result.hosts.append(host);
        lookUpAddresses(j, host.name);
    } else {
        ++j.outstanding;
        j.backendIds.append(m_backend->query(name, QueryType::Mx, this,
                                             [this, id](const Answer &a) { onMx(id, a); }));
    }
    return id;
}

void MailResolver::lookUpAddresses(Job &job, const QString &host)
{
    if (job.addresses.contains(host))
        return;
    job.addresses.insert(host, {});
    const quint64 id = job.id;
    job.outstanding += 2;
    job.backendIds.append(m_backend->query(host, QueryType::A, this,
                                           [this, id, host](const Answer &a) { onAddress(id, host, a); }));
    job.backendIds.append(m_backend->query(host, QueryType::Aaaa, this,
                                           [this, id, host](const Answer &a) { onAddress(id, host, a); }));
}

void MailResolver::onMx(quint64 jobId, const Answer &answer)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return;
    Job &job = *it->second;
    --job.outstanding;
    MailHostSet &r = job.result;
    r.cname = answer.cname;
    if (answer.status == Status::NoError && isNullMx(answer)) {
        r.status = Status::NoError;
        r.nullMx = true;
        r.error = QStringLiteral("null MX: %1 accepts no mail (RFC 7505)").arg(normalizedName(job.result.name));
    } else if (answer.status == Status::NoError) {
        r.status = Status::NoError;
        QList<MxRecord> mx = answer.mx;
        // Servers may reorder an RRset: sort so that every backend gives the same list.
        std::stable_sort(mx.begin(), mx.end(), [](const MxRecord &x, const MxRecord &y) {
            return x.preference != y.preference ? x.preference < y.preference : x.exchange < y.exchange;
        });
        for (const MxRecord &rec : std::as_const(mx)) {
            MailHost host;
            host.name = rec.exchange;
            host.mxPreference = rec.preference;
            host.mxTtl = rec.ttl;
            r.hosts.append(host);
        }
        for (const MxRecord &rec : std::as_const(mx)) {
            if (!rec.exchange.isEmpty())
                lookUpAddresses(job, rec.exchange);
            // An empty exchange among others is a broken null MX: the host stays unresolved.
        }
    } else if (answer.status == Status::NoData) {
        // RFC 5321 5.1: no MX records, the name itself is the (implicit) mail host.
        r.implicitMx = true;
        MailHost host;
        host.name = normalizedName(job.result.name);
        r.hosts.append(host);
        lookUpAddresses(job, host.name);
    } else {
        r.status = answer.status;
        r.error = QStringLiteral("MX lookup: ") + statusName(answer.status)
            + (answer.error.isEmpty() ? QString() : QStringLiteral(" (") + answer.error + u')');
        r.cause = answer.cause;
        r.detail = answer.cause == Cause::Library ? answer.error : QString();
    }
    if (job.outstanding == 0)
        finish(jobId);
}

void MailResolver::onAddress(quint64 jobId, const QString &host, const Answer &answer)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return;
    Job &job = *it->second;
    --job.outstanding;
    auto &pair = job.addresses[host];
    (answer.type == QueryType::A ? pair.first : pair.second) = answer;
    if (job.outstanding == 0)
        finish(jobId);
}

void MailResolver::finish(quint64 jobId)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return;
    std::unique_ptr<Job> job = std::move(it->second);
    m_jobs.erase(it);
    MailHostSet &r = job->result;
    for (MailHost &host : r.hosts) {
        const auto found = job->addresses.constFind(host.name);
        if (found == job->addresses.constEnd() || !found->first || !found->second) {
            host.status = HostStatus::Error;
            host.error = host.name.isEmpty() ? QStringLiteral("empty exchange next to other MX records")
                                             : QStringLiteral("no address lookup");
            host.cause = host.name.isEmpty() ? Cause::EmptyExchange : Cause::NotAsked;
            continue;
        }
        settle(host, *found->first, *found->second);
    }
    if (r.mode == MailLookupMode::AddressOnly || r.implicitMx) {
        // The name itself is the host: its outcome is the whole lookup's.
        const MailHost &self = r.hosts.constFirst();
        r.status = statusFrom(self.status);
        if (self.status != HostStatus::Resolved) {
            r.error = self.error;
            r.cause = self.cause;
            r.detail = self.detail;
        }
    }
    const quint64 id = job->id;
    QPointer<MailResolver> self(this);  // a receiver may delete us
    if (job->hasCallback && job->context)
        job->callback(r);
    if (self)
        emit finished(id, r);
}

void MailResolver::cancel(quint64 id)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    if (m_backend) {
        for (const quint64 q : std::as_const(it->second->backendIds))
            m_backend->cancel(q);
    }
    m_jobs.erase(it);
}

void MailResolver::cancelAll()
{
    while (!m_jobs.empty())
        cancel(m_jobs.begin()->first);
}

} // namespace rs::dns
