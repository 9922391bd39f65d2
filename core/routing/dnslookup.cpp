// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/dnslookup.h"

#include "resolver/cachingbackend.h"
#include "resolver/caresbackend.h"
#include "resolver/mailresolver.h"
#include "resolver/zonebackend.h"

#include <QFileInfo>

namespace rs {

namespace {

using dns::HostStatus;
using dns::MailHostSet;

DnsCause causeFor(dns::Cause cause)
{
    switch (cause) {
    case dns::Cause::None: return DnsCause::None;
    case dns::Cause::OutsideZones: return DnsCause::OutsideZones;
    case dns::Cause::ZoneNotLoaded: return DnsCause::ZoneNotLoaded;
    case dns::Cause::AliasLeavesZone: return DnsCause::AliasLeavesZone;
    case dns::Cause::AliasChainTooLong: return DnsCause::AliasChainTooLong;
    case dns::Cause::BadName: return DnsCause::BadName;
    case dns::Cause::MalformedAnswer: return DnsCause::MalformedAnswer;
    case dns::Cause::NoBackend:
    case dns::Cause::ResolverUnusable: return DnsCause::NoResolver;
    case dns::Cause::EmptyExchange: return DnsCause::EmptyExchange;
    case dns::Cause::NotAsked: return DnsCause::NotAsked;
    case dns::Cause::Library: return DnsCause::Library;
    }
    return DnsCause::None;
}

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

std::optional<DnsFailure> problemFor(const dns::MailHost &host)
{
    DnsStatus status = DnsStatus::Error;
    switch (host.status) {
    case HostStatus::Resolved: return std::nullopt;
    case HostStatus::NoAddresses: status = DnsStatus::NoData; break;
    case HostStatus::NxDomain: status = DnsStatus::NxDomain; break;
    case HostStatus::ServFail: status = DnsStatus::ServFail; break;
    case HostStatus::Refused: status = DnsStatus::Refused; break;
    case HostStatus::Timeout: status = DnsStatus::Timeout; break;
    case HostStatus::Error: break;
    }
    return DnsFailure{status, causeFor(host.cause), host.detail};
}

LookupSetupProblem problemFor(const dns::ZoneLoadError &e)
{
    using Kind = LookupSetupProblem::Kind;
    using Problem = dns::ZoneLoadError::Problem;
    Kind kind = Kind::ZoneUnreadable;
    switch (e.problem) {
    case Problem::Unreadable: kind = Kind::ZoneUnreadable; break;
    case Problem::Empty: kind = Kind::ZoneEmpty; break;
    case Problem::TooLarge: kind = Kind::ZoneTooLarge; break;
    case Problem::Syntax: kind = Kind::ZoneSyntax; break;
    case Problem::Include: kind = Kind::ZoneInclude; break;
    case Problem::NoSoa: kind = Kind::ZoneNoSoa; break;
    case Problem::BadOrigin: kind = Kind::ZoneBadOrigin; break;
    }
    return {kind, e.file, e.line, e.detail, dns::kMaxZoneBytes, e.io};
}

LookupResult toLookupResult(const MailHostSet &set)
{
    LookupResult r;
    r.status = set.nullMx ? LookupResult::Status::NullMx : statusFor(set.status);
    r.implicitMx = set.implicitMx;
    r.cause = causeFor(set.cause);
    r.detail = set.detail;
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
    ResolverLookup(std::unique_ptr<dns::Backend> backend, bool cache, LookupSource source)
        : m_backend(std::move(backend))
        , m_sourceInfo(std::move(source))
    {
        if (cache)
            m_cache = std::make_unique<dns::CachingBackend>(m_backend.get());
        m_resolver = std::make_unique<dns::MailResolver>(m_cache ? m_cache.get() : m_backend.get());
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
    LookupSource source() const override { return m_sourceInfo; }

private:
    // Destroyed bottom-up: resolver, then cache, then the backend they point to.
    std::unique_ptr<dns::Backend> m_backend;
    LookupSource m_sourceInfo;
    std::unique_ptr<dns::CachingBackend> m_cache;
    std::unique_ptr<dns::MailResolver> m_resolver;
};

} // namespace

std::unique_ptr<MailLookup> createMailLookup(const LookupOptions &options, LookupSetupProblems *problems)
{
    auto fail = [problems](LookupSetupProblems why) {
        if (problems)
            *problems = std::move(why);
        return std::unique_ptr<MailLookup>();
    };
    if (!options.zoneFiles.isEmpty()) {
        auto zone = std::make_unique<dns::ZoneBackend>();
        LookupSource source{LookupSource::Kind::Zone, {}};
        for (const QString &file : options.zoneFiles) {
            if (!zone->loadFile(file)) {
                LookupSetupProblems why;
                for (const dns::ZoneLoadError &e : zone->errors())
                    why.append(problemFor(e));
                return fail(why);
            }
            source.names.append(QFileInfo(file).fileName());
        }
        return std::make_unique<ResolverLookup>(std::move(zone), options.cache, source);
    }
    dns::CaresOptions cares;
    cares.servers = options.servers;
    cares.timeoutMs = options.timeoutMs;
    cares.tries = options.tries;
    // The system resolver's search list must not turn "example" into "example.corp".
    cares.hermetic = true;
    auto backend = std::make_unique<dns::CaresBackend>(cares);
    if (!backend->isValid()) {
        const dns::CaresBackend::InitFailure f = backend->initFailure();
        LookupSetupProblem why;
        why.kind = f.kind == dns::CaresBackend::InitFailure::Kind::BadServer ? LookupSetupProblem::Kind::BadServer
                                                                            : LookupSetupProblem::Kind::ResolverFailed;
        why.detail = f.detail;
        return fail({why});
    }
    LookupSource source{LookupSource::Kind::Dns, backend->servers()};
    return std::make_unique<ResolverLookup>(std::move(backend), options.cache, source);
}

} // namespace rs
