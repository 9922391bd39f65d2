#include "routing/dnslookup.h"

#include "resolver/cachingbackend.h"
#include "resolver/caresbackend.h"
#include "resolver/mailresolver.h"
#include "resolver/zonebackend.h"

namespace rs {

namespace {

using dns::HostStatus;
using dns::MailHostSet;

LookupResult::Status statusFor(dns::Status status)
{
    switch (status) {
    case dns::Status::NoError: return LookupResult::Status::Ok;
    case dns::Status::NoData: return LookupResult::Status::NoData;
    case dns::Status::NxDomain: return LookupResult::Status::NxDomain;
    case dns::Status::ServFail: return LookupResult::Status::ServFail;
    case dns::Status::Refused: return LookupResult::Status::Refused;
    case dns::Status::Timeout: return LookupResult::Status::Timeout;
    case dns::Status::Cancelled:
    case dns::Status::Error: return LookupResult::Status::Error;
    }
    return LookupResult::Status::Error;
}

QString problemFor(const dns::MailHost &host)
{
    switch (host.status) {
    case HostStatus::Resolved: return {};
    case HostStatus::NoAddresses: return QStringLiteral("no A/AAAA records");
    case HostStatus::NxDomain: return QStringLiteral("NXDOMAIN: the host name does not exist");
    case HostStatus::ServFail: return QStringLiteral("SERVFAIL looking up its addresses");
    case HostStatus::Refused: return QStringLiteral("the server refused to answer for it");
    case HostStatus::Timeout: return QStringLiteral("address lookup timed out");
    case HostStatus::Error: break;
    }
    return host.error.isEmpty() ? QStringLiteral("address lookup failed") : host.error;
}

LookupResult toLookupResult(const MailHostSet &set)
{
    LookupResult r;
    r.status = set.nullMx ? LookupResult::Status::NullMx : statusFor(set.status);
    r.implicitMx = set.implicitMx;
    r.error = set.error;
    r.hosts.reserve(set.hosts.size());
    for (const dns::MailHost &h : set.hosts) {
        ResolvedHost rh;
        rh.name = h.name;
        rh.mxPreference = h.mxPreference;
        if (const qint64 ttl = h.ttl(); ttl >= 0)
            rh.ttl = ttl;
        rh.addresses = h.addressTexts();
        rh.problem = problemFor(h);
        r.hosts.append(rh);
    }
    return r;
}

/// MailLookup over a MailResolver and the backends it needs, owned together.
class ResolverLookup final : public MailLookup
{
public:
    explicit ResolverLookup(std::unique_ptr<dns::Backend> source, bool cache)
        : m_source(std::move(source))
    {
        if (cache)
            m_cache = std::make_unique<dns::CachingBackend>(m_source.get());
        m_resolver = std::make_unique<dns::MailResolver>(m_cache ? m_cache.get() : m_source.get());
        connect(m_resolver.get(), &dns::MailResolver::finished, this,
                [this](quint64 id, const MailHostSet &set) { emit finished(id, toLookupResult(set)); });
    }
    ~ResolverLookup() override
    {
        m_resolver->cancelAll();
    }

    quint64 start(const LookupRequest &request) override
    {
        return m_resolver->resolve(request.name, request.mode == LookupRequest::Mode::AddressOnly
                                                     ? dns::MailLookupMode::AddressOnly
                                                     : dns::MailLookupMode::MxWithFallback);
    }
    void cancel(quint64 id) override { m_resolver->cancel(id); }
    QString describe() const override { return m_source->describe(); }

private:
    // Destroyed bottom-up: resolver, then cache, then the source they point to.
    std::unique_ptr<dns::Backend> m_source;
    std::unique_ptr<dns::CachingBackend> m_cache;
    std::unique_ptr<dns::MailResolver> m_resolver;
};

} // namespace

std::unique_ptr<MailLookup> createMailLookup(const LookupOptions &options, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::unique_ptr<MailLookup>();
    };
    if (!options.zoneFiles.isEmpty()) {
        auto zone = std::make_unique<dns::ZoneBackend>();
        for (const QString &file : options.zoneFiles) {
            if (!zone->loadFile(file)) {
                QStringList messages;
                for (const dns::ZoneLoadError &e : zone->errors())
                    messages.append(e.toString());
                return fail(messages.join(u'\n'));
            }
        }
        return std::make_unique<ResolverLookup>(std::move(zone), options.cache);
    }
    dns::CaresOptions cares;
    cares.servers = options.servers;
    cares.timeoutMs = options.timeoutMs;
    cares.tries = options.tries;
    // The system resolver's search list must not turn "example" into "example.corp".
    cares.hermetic = true;
    auto backend = std::make_unique<dns::CaresBackend>(cares);
    if (!backend->isValid())
        return fail(backend->initError());
    return std::make_unique<ResolverLookup>(std::move(backend), options.cache);
}

} // namespace rs
