#include "ui/document.h"

#include "config/unifieddiff.h"
#include "routing/routeeditor.h"
#include "ui/configsnapshot.h"
#include "ui/editcommand.h"
#include "ui/linediff.h"
#include "ui/scopeedits.h"

#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QPromise>
#include <QSaveFile>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace rs::ui {

namespace {

bool readFile(const QString &path, QByteArray *bytes, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    *bytes = f.readAll();
    return true;
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

Document::Document(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_watcher(new QFileSystemWatcher(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        emit modifiedChanged(!clean);
    });
    connect(&m_load, &QFutureWatcher<std::shared_ptr<const ConfigSnapshot>>::progressValueChanged,
            this, &Document::loadingProgress);
    connect(&m_load, &QFutureWatcher<std::shared_ptr<const ConfigSnapshot>>::finished,
            this, &Document::finishLoad);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &Document::onFileChanged);
}

Document::~Document()
{
    // The worker only reads its own copies, but must not outlive the watcher.
    m_load.waitForFinished();
}

QString Document::displayName() const
{
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

bool Document::open(const QString &path, QString *error)
{
    QByteArray bytes;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QString why;
    if (!readFile(absolute, &bytes, &why)) {
        setError(error, tr("Cannot read %1: %2").arg(absolute, why));
        return false;
    }
    m_load.waitForFinished();
    if (!m_path.isEmpty())
        m_watcher->removePath(m_path);
    m_path = absolute;
    emit pathChanged(m_path);
    startLoad(bytes);
    watch();
    return true;
}

void Document::reload()
{
    if (m_path.isEmpty())
        return;
    QByteArray bytes;
    QString error;
    if (!readFile(m_path, &bytes, &error)) {
        emit loaded(false, tr("Cannot read %1: %2").arg(m_path, error));
        return;
    }
    m_load.waitForFinished();
    startLoad(bytes);
    watch();
}

void Document::close()
{
    m_load.waitForFinished();
    if (!m_path.isEmpty())
        m_watcher->removePath(m_path);
    m_path.clear();
    m_bytes.clear();
    m_savedBytes.clear();
    m_snapshot.reset();
    m_undoStack->clear();
    updateReadOnly();
    emit pathChanged(m_path);
    emit changed({DocumentChange::Closed, {}, {}});
}

void Document::startLoad(const QByteArray &bytes)
{
    m_loadingBytes = bytes;
    m_loadPending = true;
    emit loadingStarted(m_path);
    const QString path = m_path;
    m_load.setFuture(QtConcurrent::run(
        [bytes, path](QPromise<std::shared_ptr<const ConfigSnapshot>> &promise) {
            promise.setProgressRange(0, 100);
            promise.addResult(ConfigSnapshot::build(bytes, path, [&promise](int percent) {
                promise.setProgressValue(percent);
            }));
        }));
}

void Document::finishLoad()
{
    // Runs once per load: from the watcher's signal, or earlier from waitForLoaded().
    if (!m_loadPending || m_load.future().resultCount() == 0)
        return;
    m_loadPending = false;
    m_snapshot = m_load.result();
    m_bytes = m_loadingBytes;
    m_savedBytes = m_loadingBytes;
    m_loadingBytes.clear();
    m_undoStack->clear();
    m_undoStack->setClean();
    updateReadOnly();
    emit changed({DocumentChange::Loaded, {}, {}});
    emit modifiedChanged(false);
    emit loaded(true, {});
}

bool Document::isLoading() const
{
    return m_load.isRunning();
}

void Document::waitForLoaded()
{
    m_load.waitForFinished();
    finishLoad();
}

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

void Document::updateReadOnly()
{
    const bool was = isReadOnly();
    if (!m_snapshot)
        m_readOnlyReason = tr("No file is open");
    else if (m_snapshot->hasSyntaxErrors())
        m_readOnlyReason = tr("The file has syntax errors; fix them in a text editor, then reload");
    else if (!QFileInfo(m_path).isWritable())
        m_readOnlyReason = tr("The file is not writable");
    else
        m_readOnlyReason.clear();
    if (was != isReadOnly())
        emit readOnlyChanged(isReadOnly());
}

bool Document::canEditScope(int scope) const
{
    return whyNotEditable(scope).isEmpty();
}

QString Document::whyNotEditable(int scope) const
{
    if (isReadOnly())
        return m_readOnlyReason;
    const QList<RoutingScope> &scopes = m_snapshot->model().scopes();
    if (scope < 0 || scope >= scopes.size())
        return tr("No scope is selected");
    const RoutingScope &s = scopes.at(scope);
    if (s.kind == ScopeKind::Global)
        return {};
    if (s.location.ref.file != 0)
        return tr("This scope is in an included file, which is read-only");
    if (s.kind != ScopeKind::Domain || !s.isTopLevel())
        return tr("Only global and top-level Domain routes can be edited");
    return {};
}

namespace {

EditTarget targetOf(const RoutingScope &s)
{
    return s.kind == ScopeKind::Global ? EditTarget::globalScope() : EditTarget::domainScope(s.name);
}

} // namespace

bool Document::setRoutes(int scope, const QStringList &entries, const QString &text, QString *error)
{
    const QString why = whyNotEditable(scope);
    if (!why.isEmpty()) {
        setError(error, why);
        return false;
    }
    const RoutingScope &s = m_snapshot->model().scopes().at(scope);
    const EditResult r = RouteEditor::setRoutes(m_snapshot->config().mainTree(), targetOf(s), entries);
    if (!r.ok) {
        setError(error, r.error);
        return false;
    }
    return pushEdits(r.edits, text, error);
}

bool Document::clearRoutes(int scope, const QString &text, QString *error)
{
    const QString why = whyNotEditable(scope);
    if (!why.isEmpty()) {
        setError(error, why);
        return false;
    }
    const RoutingScope &s = m_snapshot->model().scopes().at(scope);
    const EditResult r = RouteEditor::clearRoutes(m_snapshot->config().mainTree(), targetOf(s));
    if (!r.ok) {
        setError(error, r.error);
        return false;
    }
    return pushEdits(r.edits, text, error);
}

bool Document::addDomainScope(const QString &name, const QStringList &entries, QString *error)
{
    if (isReadOnly()) {
        setError(error, m_readOnlyReason);
        return false;
    }
    if (name.trimmed().isEmpty() || name.contains(u'"')) {
        setError(error, tr("A domain name must not be empty or contain quotes"));
        return false;
    }
    if (RouteEditor::findDomainScope(m_snapshot->config().mainTree(), name) != kNoNode) {
        setError(error, tr("The file already has a Domain scope \"%1\"").arg(name));
        return false;
    }
    const EditResult r = RouteEditor::setRoutes(m_snapshot->config().mainTree(),
                                                EditTarget::domainScope(name), entries);
    if (!r.ok) {
        setError(error, r.error);
        return false;
    }
    return pushEdits(r.edits, tr("Add domain %1").arg(name), error);
}

bool Document::removeScope(int scope, QString *error)
{
    const QString why = whyNotEditable(scope);
    if (!why.isEmpty()) {
        setError(error, why);
        return false;
    }
    const RoutingScope &s = m_snapshot->model().scopes().at(scope);
    if (s.kind == ScopeKind::Global) {
        setError(error, tr("The global scope cannot be removed"));
        return false;
    }
    const TextEdits edits = removeScopeEdits(m_snapshot->config().mainTree(), s.location.ref.node);
    return pushEdits(edits, tr("Remove domain %1").arg(s.name), error);
}

bool Document::pushEdits(const TextEdits &edits, const QString &text, QString *error)
{
    Q_UNUSED(error)
    if (edits.isEmpty())
        return true;
    m_undoStack->push(new EditCommand(this, m_bytes, edits, text));
    return true;
}

void Document::applyTextEdits(const TextEdits &edits)
{
    TextEdits sorted = edits;
    std::sort(sorted.begin(), sorted.end(), [](const TextEdit &a, const TextEdit &b) {
        return a.begin < b.begin;
    });
    const Span oldRegion = sorted.isEmpty() ? Span{} : Span{sorted.first().begin, sorted.last().end};
    m_bytes = applyEdits(m_bytes, sorted);
    // Edits are small and the user waits for their result, so the snapshot is
    // rebuilt here; only opening a file is worth a worker and a progress bar.
    m_snapshot = ConfigSnapshot::build(m_bytes, m_path);
    updateReadOnly();
    emit changed({DocumentChange::Edited, editedRegion(sorted), oldRegion});
}

QByteArray Document::pendingDiff() const
{
    const QString name = displayName();
    return unifiedDiff(m_savedBytes, lineEdits(m_savedBytes, m_bytes), u"a/" + name, u"b/" + name);
}

bool Document::save(QString *error, const QString &path)
{
    const QString target = path.isEmpty() ? m_path : QFileInfo(path).absoluteFilePath();
    if (target.isEmpty()) {
        setError(error, tr("No file name to save to"));
        return false;
    }
    QSaveFile f(target);
    if (!f.open(QIODevice::WriteOnly)) {
        setError(error, tr("Cannot write %1: %2").arg(target, f.errorString()));
        return false;
    }
    f.write(m_bytes);
    if (!f.commit()) {
        setError(error, tr("Cannot write %1: %2").arg(target, f.errorString()));
        return false;
    }
    m_savedBytes = m_bytes;
    if (target != m_path) {
        m_watcher->removePath(m_path);
        m_path = target;
        emit pathChanged(m_path);
        // Includes resolve against the new folder.
        m_snapshot = ConfigSnapshot::build(m_bytes, m_path);
        updateReadOnly();
        emit changed({DocumentChange::Loaded, {}, {}});
    }
    m_undoStack->setClean();
    watch();
    return true;
}

void Document::watch()
{
    // QSaveFile and many editors replace the file, which drops the watch: add it again.
    if (!m_path.isEmpty() && !m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
}

void Document::onFileChanged(const QString &path)
{
    if (path != m_path)
        return;
    watch();
    QByteArray bytes;
    if (!readFile(m_path, &bytes, nullptr) && QFileInfo::exists(m_path))
        return;
    if (bytes == m_savedBytes)
        return;  // our own save, or a touch
    emit externallyModified();
}

} // namespace rs::ui
