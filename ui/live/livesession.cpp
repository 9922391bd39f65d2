// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/livesession.h"

#include "document/configsnapshot.h"
#include "document/document.h"
#include "routing/dnslookup.h"
#include "routing/maillookup.h"
#include "routing/routeplan.h"

namespace rs::ui {

namespace {

// Long enough to swallow a burst of keystrokes, short enough to feel live.
constexpr int debounceMs = 300;

QString keyOf(const QString &domain, const QString &binding)
{
    return normalizeDomain(domain) + u'\n' + binding.toLower();
}

} // namespace

LiveSession::LiveSession(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &LiveSession::resolveNow);
    connect(m_document, &Document::changed, this, [this] { schedule(); });
}

LiveSession::~LiveSession()
{
    if (m_explainer)
        m_explainer->cancel();
}

void LiveSession::setScope(int scope)
{
    m_scope = scope;
    const auto snapshot = m_document->snapshot();
    if (!snapshot || scope < 0 || scope >= snapshot->model().scopes().size())
        return;
    const RouteModel &model = snapshot->model();
    const RoutingScope &s = model.scopes().at(scope);
    // A stanza inside a binding is about mail through that binding; a group's
    // stanza about its bindings (the first one stands for them).
    const BindingChoice b = bindingOf(model, chainForStanza(model, scope));
    if (b.binding > 0) {
        m_binding = model.scopes().at(b.binding).name;
    } else if (b.group > 0) {
        for (const int binding : model.bindings()) {
            if (model.groupOf(binding) == b.group) {
                m_binding = model.scopes().at(binding).name;
                break;
            }
        }
    } else if (s.kind == ScopeKind::Domain && s.isTopLevel()) {
        m_binding.clear();
    }
    m_domain = s.kind == ScopeKind::Domain && !s.isRegex ? s.name : m_typed;
    schedule();
}

void LiveSession::setDomain(const QString &domain)
{
    const auto snapshot = m_document->snapshot();
    const bool namesDomain = snapshot && m_scope >= 0 && m_scope < snapshot->model().scopes().size()
        && snapshot->model().scopes().at(m_scope).kind == ScopeKind::Domain
        && !snapshot->model().scopes().at(m_scope).isRegex;
    if (!namesDomain)
        m_typed = domain;
    if (domain == m_domain)
        return;
    m_domain = domain;
    schedule();
}

void LiveSession::setBinding(const QString &binding)
{
    if (binding == m_binding)
        return;
    m_binding = binding;
    schedule();
}

QList<LiveSession::BindingOption> LiveSession::bindings() const
{
    QList<BindingOption> out;
    const auto snapshot = m_document->snapshot();
    if (!snapshot)
        return out;
    const RouteModel &model = snapshot->model();
    for (const int b : model.bindings()) {
        const int g = model.groupOf(b);
        out.append({model.scopes().at(b).name, g > 0 ? model.scopes().at(g).name : QString()});
    }
    // Grouped: each group's bindings together, in the order the groups come.
    std::stable_sort(out.begin(), out.end(), [&](const BindingOption &a, const BindingOption &b) {
        auto rank = [&](const BindingOption &o) {
            for (qsizetype i = 0; i < out.size(); ++i) {
                if (out.at(i).group == o.group)
                    return i;
            }
            return out.size();
        };
        return rank(a) < rank(b);
    });
    return out;
}

void LiveSession::setSource(Source source)
{
    if (source == m_source && m_lookup)
        return;
    m_source = source;
    dropLookup();
    schedule();
    emit sourceChanged();
}

void LiveSession::setZoneFile(const QString &path)
{
    setZoneFiles(path.isEmpty() ? QStringList() : QStringList{path});
}

void LiveSession::setZoneFiles(const QStringList &paths)
{
    if (paths == m_zoneFiles)
        return;
    m_zoneFiles = paths;
    if (m_source == Source::Zone)
        dropLookup();
    schedule();
    emit sourceChanged();
}

void LiveSession::setDnsServer(const QString &server)
{
    if (server == m_dnsServer)
        return;
    m_dnsServer = server;
    if (m_source == Source::Dns)
        dropLookup();
    schedule();
    emit sourceChanged();
}

void LiveSession::setTimeoutMs(int ms)
{
    if (ms == m_timeoutMs)
        return;
    m_timeoutMs = ms;
    dropLookup();
    schedule();
    emit sourceChanged();
}

void LiveSession::dropAnswers()
{
    dropLookup();
    schedule();
}

std::optional<LookupSource> LiveSession::through() const
{
    return m_lookup ? std::optional<LookupSource>(m_lookup->source()) : std::nullopt;
}

void LiveSession::setActive(bool active)
{
    m_active = active;
    if (m_active && m_dirty && !m_debounce.isActive())
        m_debounce.start();
}

void LiveSession::schedule()
{
    // A stale answer must never be shown: cancel the lookup in flight now, not
    // when the pause in typing ends.
    if (m_explainer)
        m_explainer->cancel();
    m_dirty = true;
    if (m_active)
        m_debounce.start();
}

bool LiveSession::isResolving() const
{
    return m_debounce.isActive() || (m_explainer && m_explainer->isBusy());
}

bool LiveSession::ensureLookup()
{
    if (m_lookup)
        return true;
    const std::optional<LookupOptions> options = lookupOptions();
    if (!options) {
        m_lookupProblems.clear();  // the panel words the missing zone
        return false;
    }
    LookupSetupProblems problems;
    // Loading a zone file is quick (a few records) and happens once per source.
    m_lookup = createMailLookup(*options, &problems);
    if (!m_lookup) {
        m_lookupProblems = problems;
        return false;
    }
    m_lookupProblems.clear();
    m_explainer = std::make_unique<Explainer>(m_lookup.get());
    connect(m_explainer.get(), &Explainer::progress, this, &LiveSession::progress);
    connect(m_explainer.get(), &Explainer::finished, this, &LiveSession::onFinished);
    return true;
}

std::optional<LookupOptions> LiveSession::lookupOptions() const
{
    LookupOptions options;
    options.timeoutMs = m_timeoutMs;
    if (m_source == Source::Zone) {
        if (m_zoneFiles.isEmpty())
            return std::nullopt;
        options.zoneFiles = m_zoneFiles;
    } else if (!m_dnsServer.isEmpty()) {
        options.servers = {m_dnsServer};
    }
    return options;
}

void LiveSession::dropLookup()
{
    if (m_explainer)
        m_explainer->cancel();
    m_explainer.reset();
    m_lookup.reset();
}

void LiveSession::clear(Idle why)
{
    m_idle = why;
    m_explanation.reset();
    m_previous.reset();
    m_resolvedKey.clear();
    emit updated();
}

void LiveSession::resolveNow()
{
    m_debounce.stop();
    if (!m_active)
        return;  // m_dirty stays: resolved on activation
    m_dirty = false;
    const QString name = m_domain.trimmed();
    const auto snapshot = m_document->snapshot();
    if (!snapshot)
        return clear(Idle::NoDocument);
    if (name.isEmpty())
        return clear(Idle::NoDomain);
    if (!ensureLookup())
        return clear(Idle::LookupUnavailable);
    const RouteModel &model = snapshot->model();
    const int binding = m_binding.isEmpty() ? -1 : model.findBinding(m_binding);
    const QString key = keyOf(name, binding > 0 ? m_binding : QString());
    if (key != m_resolvedKey) {
        // Another domain or binding: its hosts differ, so host what-ifs and steps start over.
        m_whatIf.down.clear();
        m_whatIf.limits.clear();
        m_step = -1;
    }
    m_idle = Idle::None;
    const RoutePlan plan = planFor(model, name, BindingChoice::of(model, binding));
    emit resolutionStarted(name, m_lookup->source());
    m_explainer->explain(plan, m_whatIf);
}

void LiveSession::onFinished(const Explanation &ex)
{
    const QString key = keyOf(ex.plan.domain, ex.plan.binding);
    std::optional<Explanation> before;
    if (m_explanation && key == m_resolvedKey)
        before = m_explanation;
    m_resolvedKey = key;
    show(ex, before);
}

void LiveSession::show(const Explanation &ex, const std::optional<Explanation> &before)
{
    m_previous = before;
    m_explanation = ex;
    if (m_step > ex.simulation.steps.size())
        m_step = int(ex.simulation.steps.size());
    ++m_shown;
    emit updated();
}

bool LiveSession::selectedScopeDecides() const
{
    const auto snapshot = m_document->snapshot();
    if (!m_explanation || !snapshot || m_scope < 0 || m_scope >= snapshot->model().scopes().size())
        return true;
    const RouteModel &model = snapshot->model();
    const Explanation &ex = *m_explanation;
    const int binding = ex.plan.hasBinding() ? model.findBinding(ex.plan.binding) : -1;
    return resolve(model, ex.plan.domain, BindingChoice::of(model, binding)).routeSource.scope == m_scope;
}

void LiveSession::applyWhatIf()
{
    if (!m_explanation) {
        emit updated();
        return;
    }
    const Explanation before = *m_explanation;
    show(reexplain(before, m_whatIf), before);
}

void LiveSession::setConnections(int connections)
{
    m_whatIf.connections = connections;
    applyWhatIf();
}

void LiveSession::setHostDown(const QString &host, bool down)
{
    if (host.isEmpty())
        return;
    m_whatIf.down.removeIf([&](const QString &h) { return h.compare(host, Qt::CaseInsensitive) == 0; });
    if (down)
        m_whatIf.down.append(host);
    applyWhatIf();
}

void LiveSession::setHostLimit(const QString &host, std::optional<int> limit)
{
    if (host.isEmpty())
        return;
    if (limit)
        m_whatIf.limits.insert(host.toLower(), *limit);
    else
        m_whatIf.limits.remove(host.toLower());
    applyWhatIf();
}

void LiveSession::resetWhatIf()
{
    m_whatIf = WhatIf();
    m_step = -1;
    applyWhatIf();
}

int LiveSession::stepCount() const
{
    return m_explanation ? int(m_explanation->simulation.steps.size()) : 0;
}

void LiveSession::setStep(int step)
{
    m_step = step < 0 ? -1 : std::min(step, stepCount());
    emit updated();
}

LiveSession::StepState LiveSession::stepState() const
{
    StepState st;
    if (!m_explanation)
        return st;
    const Simulation &sim = m_explanation->simulation;
    const int n = int(sim.steps.size());
    const int upTo = m_step < 0 ? n : m_step;
    st.counts = QList<int>(m_explanation->candidates.size(), 0);
    for (int k = 0; k < upTo; ++k) {
        const int i = sim.steps.at(k).candidate;
        if (i >= 0)
            ++st.counts[i];
        else {
            ++st.waiting;
            st.lastWaiting = k;
        }
    }
    // As the console marks it: where the next connection goes.
    st.next = sim.candidateAfter(m_step < 0 ? 0 : m_step);
    st.stepped = m_step > 0 ? sim.steps.at(m_step - 1).candidate : -1;
    return st;
}

} // namespace rs::ui
