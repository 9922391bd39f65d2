#include "document/document.h"

#include "config/unifieddiff.h"
#include "routing/routeeditor.h"
#include "document/configsnapshot.h"
#include "document/editcommand.h"
#include "config/linediff.h"

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
    connect(&m_reparse, &QFutureWatcher<std::shared_ptr<const ConfigSnapshot>>::finished,
            this, &Document::finishReparse);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &Document::onFileChanged);
}

Document::~Document()
{
    // The worker only reads its own copies, but must not outlive the watcher.
    m_load.waitForFinished();
    m_reparse.waitForFinished();
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
    dropReparse();
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
    dropReparse();
    startLoad(bytes);
    watch();
}

void Document::close()
{
    m_load.waitForFinished();
    dropReparse();
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
    settle();
}

void Document::settle()
{
    if (m_reparsePending)
        finishReparse();
}

void Document::finishReparse()
{
    // Runs once per edit: from the watcher's signal, or earlier from settle().
    if (!m_reparsePending)
        return;
    m_reparse.waitForFinished();
    m_reparsePending = false;
    m_snapshot = m_reparse.result();
    updateReadOnly();
    emit reparsingChanged(false);
    emit changed(m_reparseChange);
}

int Document::settleScope(int scope)
{
    // The caller picked `scope` in the snapshot it was shown; an edit reparsed
    // since may have added or removed scopes before it: find it again by name.
    if (!m_reparsePending || !m_snapshot || scope < 0 || scope >= m_snapshot->model().scopes().size()) {
        settle();
        return scope;
    }
    const QString key = m_snapshot->scopeKey(scope);
    settle();
    return m_snapshot->findScope(key);
}

void Document::dropReparse()
{
    // A load replaces the text: the reparse of an edit to the old one is moot.
    m_reparse.waitForFinished();
    if (m_reparsePending) {
        m_reparsePending = false;
        emit reparsingChanged(false);
    }
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
    scope = settleScope(scope);  // edits are computed on the tree of the current text
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
    scope = settleScope(scope);  // edits are computed on the tree of the current text
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
    settle();
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
    scope = settleScope(scope);  // edits are computed on the tree of the current text
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
    const EditResult r = RouteEditor::removeScope(m_snapshot->config().mainTree(), s.location.ref.node);
    if (!r.ok) {
        setError(error, r.error);
        return false;
    }
    return pushEdits(r.edits, tr("Remove domain %1").arg(s.name), error);
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
    settle();  // one edit after the other: each `changed` describes one step
    TextEdits sorted = edits;
    std::sort(sorted.begin(), sorted.end(), [](const TextEdit &a, const TextEdit &b) {
        return a.begin < b.begin;
    });
    const Span oldRegion = sorted.isEmpty() ? Span{} : Span{sorted.first().begin, sorted.last().end};
    m_bytes = applyEdits(m_bytes, sorted);
    const DocumentChange change{DocumentChange::Edited, editedRegion(sorted), oldRegion};
    if (m_bytes.size() <= asyncReparseLimit) {
        // A small file reparses in a few milliseconds: at once, so views follow the edit.
        m_snapshot = ConfigSnapshot::build(m_bytes, m_path);
        updateReadOnly();
        emit changed(change);
        return;
    }
    // A 100,000-domain file takes most of a second: in a worker, so the window
    // keeps responding; the next edit, save or wait settles it first.
    m_reparseChange = change;
    m_reparsePending = true;
    const QByteArray bytes = m_bytes;
    const QString path = m_path;
    m_reparse.setFuture(QtConcurrent::run([bytes, path] { return ConfigSnapshot::build(bytes, path); }));
    emit reparsingChanged(true);
}

QByteArray Document::pendingDiff() const
{
    const QString name = displayName();
    return unifiedDiff(m_savedBytes, lineEdits(m_savedBytes, m_bytes), u"a/" + name, u"b/" + name);
}

bool Document::save(QString *error, const QString &path)
{
    settle();
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
