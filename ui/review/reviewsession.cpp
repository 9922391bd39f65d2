// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/reviewsession.h"

#include "document/configsnapshot.h"
#include "document/document.h"
#include "impact/impactrunner.h"
#include "live/livesession.h"

namespace rs::ui {

namespace {

std::shared_ptr<const RouteModel> modelOf(const std::shared_ptr<const ConfigSnapshot> &snapshot)
{
    // Aliasing: the run keeps the snapshot (and the ConfigSet the model points into) alive.
    return std::shared_ptr<const RouteModel>(snapshot, &snapshot->model());
}

} // namespace

ReviewSession::ReviewSession(Document *document, LiveSession *live, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_live(live)
    , m_runner(new ImpactRunner(this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ReviewSession::start);
    connect(m_runner, &ImpactRunner::progress, this, &ReviewSession::progress);
    connect(m_runner, &ImpactRunner::finished, this, &ReviewSession::onFinished);
    connect(m_document, &Document::changed, this, &ReviewSession::onDocumentChanged);
    connect(m_document, &Document::modifiedChanged, this, [this](bool modified) {
        // Saved (or undone back to the saved text): the snapshot is what is on disk.
        if (!modified && !m_document->isReparsing())
            m_baseline = m_document->snapshot();
    });
    connect(m_live, &LiveSession::sourceChanged, this, [this] {
        ++m_source;
        schedule();
    });
}

ReviewSession::~ReviewSession() = default;

void ReviewSession::setWanted(const QObject *who, bool wanted, bool hostUsage)
{
    if (wanted)
        m_wanted.insert(who, hostUsage);
    else
        m_wanted.remove(who);
    if (isWanted() && !isCurrent() && !isRunning())
        start();
    if (!isWanted()) {
        m_debounce.stop();
        m_runner->cancel();
    }
}

void ReviewSession::onDocumentChanged()
{
    const auto snapshot = m_document->snapshot();
    if (!m_document->isModified() && !m_document->isReparsing())
        m_baseline = snapshot;
    else if (!snapshot)
        m_baseline.reset();
    schedule();
}

void ReviewSession::schedule()
{
    if (!isWanted())
        return;
    m_runner->cancel();  // stale from now on: never shown
    m_runFor.reset();
    m_debounce.start();
    emit started();
}

void ReviewSession::runNow()
{
    if (isCurrent() || (m_runner->isRunning() && m_runFor == m_document->snapshot() && m_runSource == m_source))
        return;
    m_debounce.stop();
    start();
}

bool ReviewSession::isRunning() const
{
    return m_debounce.isActive() || m_runner->isRunning();
}

bool ReviewSession::needsHostUsage() const
{
    return std::any_of(m_wanted.cbegin(), m_wanted.cend(), [](bool usage) { return usage; });
}

bool ReviewSession::isCurrent() const
{
    return m_result && m_resultFor && m_resultFor == m_document->snapshot() && m_resultSource == m_source
        && (m_result->usageComplete || !needsHostUsage());
}

ReviewSession::Idle ReviewSession::idle() const
{
    if (!m_document->snapshot())
        return Idle::NoDocument;
    if (!m_live->lookupOptions())
        return Idle::NoLookup;
    return Idle::None;
}

std::optional<ConfigSource> ReviewSession::editedSource() const
{
    const auto snapshot = m_document->snapshot();
    if (!snapshot)
        return std::nullopt;
    return ConfigSource::built(modelOf(snapshot));
}

std::optional<ImpactSetup> ReviewSession::setupNow() const
{
    const auto snapshot = m_document->snapshot();
    const std::optional<LookupOptions> lookup = m_live->lookupOptions();
    if (!snapshot || !lookup)
        return std::nullopt;
    ImpactSetup setup;
    if (m_baseline) {
        setup.before = ConfigSource::built(modelOf(m_baseline));
    } else {
        // The files as saved, parsed again (after a merge with the disk, say).
        QHash<QString, QByteArray> saved;
        for (const DocumentFile &f : m_document->files().mid(1))
            saved.insert(f.path, f.saved);
        const DocumentFile *main = m_document->file(m_document->path());
        setup.before = ConfigSource::texts(m_document->path(), main ? main->saved : QByteArray(), saved);
    }
    setup.after = ConfigSource::built(modelOf(snapshot));
    setup.lookup = *lookup;
    setup.hostUsage = needsHostUsage();
    // Mail through every binding the edited text declares (one the saved text had and
    // the edit removed is still compared: an UnknownBinding only names neither side).
    const RouteModel &model = snapshot->model();
    QStringList bindings;
    for (const int b : model.bindings())
        bindings << model.scopes().at(b).name;
    if (m_baseline) {
        for (const int b : m_baseline->model().bindings()) {
            if (!bindings.contains(m_baseline->model().scopes().at(b).name, Qt::CaseInsensitive))
                bindings << m_baseline->model().scopes().at(b).name;
        }
    }
    bindings.removeDuplicates();
    if (qint64(model.scopes().size()) * (1 + bindings.size()) <= kMaxUnits)
        setup.bindings = bindings;
    return setup;
}

void ReviewSession::start()
{
    m_debounce.stop();
    const std::optional<ImpactSetup> setup = setupNow();
    if (!setup || !isWanted()) {
        m_runner->cancel();
        m_runFor.reset();
        emit updated();
        return;
    }
    m_runFor = m_document->snapshot();
    m_runSource = m_source;
    m_runner->start(*setup);
    emit started();
}

void ReviewSession::onFinished(std::shared_ptr<const ImpactResult> result)
{
    m_result = std::move(result);
    m_resultFor = m_runFor;
    m_resultSource = m_runSource;
    m_runFor.reset();
    // A host view opened while a run without every domain's hosts was in flight.
    if (isWanted() && !isCurrent() && !isRunning())
        start();
    emit updated();
}

} // namespace rs::ui
