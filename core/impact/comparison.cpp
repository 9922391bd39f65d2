// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/comparison.h"

#include "impact/hostusage.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <map>

namespace rs {

namespace {

bool sameName(const QString &a, const QString &b)
{
    // Nearly always written alike: the exact test first, it is a memcmp.
    return a == b || a.compare(b, Qt::CaseInsensitive) == 0;
}

// The enclosing scopes of two stanzas, compared without building either path.
bool samePath(const RouteModel &ma, int a, const RouteModel &mb, int b)
{
    while (a > 0 && b > 0) {
        const RoutingScope &sa = ma.scopes().at(a);
        const RoutingScope &sb = mb.scopes().at(b);
        if (sa.kind != sb.kind || !sameName(sa.name, sb.name))
            return false;
        a = sa.parent;
        b = sb.parent;
    }
    return a <= 0 && b <= 0;
}

bool sameOption(ComparedModel a, const ResolvedOption &ra, ComparedModel b, const ResolvedOption &rb, RoutingOption option)
{
    if (ra.isDefault() || rb.isDefault())
        return ra.isDefault() == rb.isDefault();
    if (ra.level != rb.level || !samePath(*a.model, ra.scope, *b.model, rb.scope))
        return false;
    const NodeRef na = optionNode(a.model->scopes().at(ra.scope), option);
    const NodeRef nb = optionNode(b.model->scopes().at(rb.scope), option);
    if (!na.isValid() || !nb.isValid())
        return na.isValid() == nb.isValid();
    return a.files->at(na.file) == b.files->at(nb.file)
        && a.model->config().tree(na.file).text(na.node) == b.model->config().tree(nb.file).text(nb.node);
}

// The Host stanzas directly in one container, as text, with their files.
bool sameHosts(ComparedModel a, int ca, ComparedModel b, int cb)
{
    if ((ca < 0) != (cb < 0))
        return false;
    if (ca < 0)
        return true;
    const QList<int> ha = a.model->hostsIn(ca);
    const QList<int> hb = b.model->hostsIn(cb);
    if (ha.size() != hb.size())
        return false;
    for (qsizetype i = 0; i < ha.size(); ++i) {
        const NodeRef ra = a.model->scopes().at(ha.at(i)).location.ref;
        const NodeRef rb = b.model->scopes().at(hb.at(i)).location.ref;
        if (a.files->at(ra.file) != b.files->at(rb.file)
            || a.model->config().tree(ra.file).text(ra.node) != b.model->config().tree(rb.file).text(rb.node))
            return false;
    }
    return true;
}

// Per host of an explanation: its ports, its limit and its connections.
struct HostFacts {
    QList<int> ports;
    int limit = -1;
    int connections = 0;
};

std::map<QString, HostFacts> factsOf(const Explanation &ex)
{
    std::map<QString, HostFacts> facts;
    for (qsizetype i = 0; i < ex.candidates.size(); ++i) {
        const Candidate &c = ex.candidates.at(i);
        auto [it, added] = facts.try_emplace(HostUsage::key(c.host));
        it->second.ports.append(c.port);
        if (added)
            it->second.limit = c.limit;
        it->second.connections += i < ex.simulation.assigned.size() ? ex.simulation.assigned.at(i) : 0;
    }
    for (auto &[host, f] : facts)
        std::sort(f.ports.begin(), f.ports.end());
    return facts;
}

// The tiers as the selection sees them: hosts grouped by preference, in order.
QList<QStringList> tiersOf(const Explanation &ex)
{
    QList<QStringList> tiers;
    for (const TierSpan &tier : preferenceTiers(ex.candidates)) {
        QStringList hosts;
        for (qsizetype i = tier.begin; i < tier.end; ++i)
            hosts.append(HostUsage::key(ex.candidates.at(i).host));
        tiers.append(hosts);
    }
    return tiers;
}

} // namespace

FileKeys FileKeys::of(const ConfigSet &config)
{
    FileKeys keys;
    const QDir folder = QFileInfo(config.mainTree().path()).absoluteDir();
    keys.m_keys.append(QString());
    for (int f = 1; f < config.fileCount(); ++f)
        keys.m_keys.append(folder.relativeFilePath(QFileInfo(config.tree(f).path()).absoluteFilePath()));
    return keys;
}

const QString &FileKeys::at(int fileIndex) const
{
    static const QString none;
    return fileIndex >= 0 && fileIndex < m_keys.size() ? m_keys.at(fileIndex) : none;
}

bool sameSource(const OptionSource &a, const FileKeys &filesA, const OptionSource &b, const FileKeys &filesB)
{
    if (a.option != b.option || a.level != b.level || a.path.size() != b.path.size())
        return false;
    for (qsizetype i = 0; i < a.path.size(); ++i) {
        if (a.path.at(i).kind != b.path.at(i).kind || !sameName(a.path.at(i).name, b.path.at(i).name))
            return false;
    }
    return a.isDefault() || filesA.at(a.fileIndex) == filesB.at(b.fileIndex);
}

bool sameRouting(ComparedModel a, const ScopeResolution &ra, ComparedModel b, const ScopeResolution &rb)
{
    if (ra.route != rb.route)
        return false;
    const RoutingOption route = ra.route == RouteChoice::Gateway ? RoutingOption::Gateway : RoutingOption::Routes;
    return sameOption(a, ra.routeSource, b, rb.routeSource, route)
        && sameOption(a, ra.port, b, rb.port, RoutingOption::RemoteSmtpPort)
        && sameOption(a, ra.limit, b, rb.limit, RoutingOption::MaxOutboundConnections);
}

bool sameHostChain(ComparedModel a, BindingChoice ba, ComparedModel b, BindingChoice bb)
{
    if ((ba.binding > 0) != (bb.binding > 0) || (ba.group > 0) != (bb.group > 0))
        return false;
    if (ba.binding > 0 && !sameName(a.model->scopes().at(ba.binding).name, b.model->scopes().at(bb.binding).name))
        return false;
    if (ba.group > 0 && !sameName(a.model->scopes().at(ba.group).name, b.model->scopes().at(bb.group).name))
        return false;
    const auto la = hostLevels(ba);
    const auto lb = hostLevels(bb);
    for (size_t i = 0; i < la.size(); ++i) {
        if (!sameHosts(a, la[i].second, b, lb[i].second))
            return false;
    }
    return true;
}

ImpactClasses classify(const Explanation &before, const FileKeys &filesBefore, const Explanation &after,
                       const FileKeys &filesAfter)
{
    ImpactClasses classes;
    const RoutePlan &pb = before.plan;
    const RoutePlan &pa = after.plan;
    if (pb.route != pa.route || !sameSource(pb.routeSource, filesBefore, pa.routeSource, filesAfter)
        || !sameSource(pb.portSource, filesBefore, pa.portSource, filesAfter)
        || !sameSource(pb.limitSource, filesBefore, pa.limitSource, filesAfter))
        classes.add(ImpactClass::SourceChanged);

    const std::map<QString, HostFacts> fb = factsOf(before);
    const std::map<QString, HostFacts> fa = factsOf(after);
    bool added = false, removed = false, ports = false, limits = pb.domainLimit != pa.domainLimit, spread = false;
    for (const auto &[host, f] : fa) {
        const auto old = fb.find(host);
        if (old == fb.end()) {
            added = true;
            spread = spread || f.connections != 0;
            continue;
        }
        ports = ports || old->second.ports != f.ports;
        limits = limits || old->second.limit != f.limit;
        spread = spread || old->second.connections != f.connections;
    }
    for (const auto &[host, f] : fb) {
        if (fa.find(host) == fa.end()) {
            removed = true;
            spread = spread || f.connections != 0;
        }
    }
    if (added)
        classes.add(ImpactClass::HostsAdded);
    if (removed)
        classes.add(ImpactClass::HostsRemoved);
    if (!added && !removed && tiersOf(before) != tiersOf(after))
        classes.add(ImpactClass::OrderChanged);
    if (ports)
        classes.add(ImpactClass::PortChanged);
    if (limits)
        classes.add(ImpactClass::LimitChanged);
    if (spread)
        classes.add(ImpactClass::SpreadChanged);
    const bool usableBefore = before.hasUsableCandidate();
    const bool usableAfter = after.hasUsableCandidate();
    if (usableBefore && !usableAfter)
        classes.add(ImpactClass::Undeliverable);
    if (!usableBefore && usableAfter)
        classes.add(ImpactClass::Deliverable);
    return classes;
}

} // namespace rs
