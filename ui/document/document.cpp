// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/document.h"

#include "config/unifieddiff.h"
#include "document/configsnapshot.h"
#include "document/documenttext.h"
#include "document/editcommand.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QPromise>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace rs::ui {

Document::Document(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_watcher(new QFileSystemWatcher(this))
{
    connect(m_undoStack, &QUndoStack::indexChanged, this, &Document::updateModified);
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
    // A load in progress is told to stop (it checks between files and while parsing),
    // so quitting during one does not wait for it to finish.
    m_cancel = true;
    m_load.waitForFinished();
    m_reparse.waitForFinished();
}

QString Document::displayName() const
{
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

const QByteArray &Document::bytes() const
{
    static const QByteArray none;
    return m_files.isEmpty() ? none : m_files.first().bytes;
}

const DocumentFile *Document::file(const QString &path) const
{
    for (const DocumentFile &f : m_files) {
        if (f.path == path)
            return &f;
    }
    return nullptr;
}

DocumentFile *Document::fileNamed(const QString &path)
{
    for (DocumentFile &f : m_files) {
        if (f.path == path)
            return &f;
    }
    return nullptr;
}

Result<void, IoError> Document::open(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    IoResult<io::FileContent> content = io::readRegularFile(absolute);
    if (!content)
        return Unexpected{content.error()};
    cancelLoad();
    m_load.waitForFinished();
    dropReparse();
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    m_path = absolute;
    emit pathChanged(m_path);
    startLoad(content->bytes, content->stamp);
    return {};
}

void Document::reload()
{
    if (m_path.isEmpty())
        return;
    IoResult<io::FileContent> content = io::readRegularFile(m_path);
    if (!content) {
        emit loaded(false, DocumentText::ioErrorText(content.error()));
        return;
    }
    cancelLoad();
    m_load.waitForFinished();
    dropReparse();
    startLoad(content->bytes, content->stamp);
}

void Document::close()
{
    cancelLoad();
    m_load.waitForFinished();
    dropReparse();
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    m_path.clear();
    m_files.clear();
    m_snapshot.reset();
    m_undoStack->clear();
    emit readOnlyChanged(true);
    emit pathChanged(m_path);
    emit changed({DocumentChange::Closed, {}, {}, {}});
    updateModified();
}

void Document::cancelLoad()
{
    if (m_load.isRunning())
        m_cancel = true;
}

void Document::startLoad(const QByteArray &bytes, const io::FileStamp &stamp)
{
    m_loadingBytes = bytes;
    m_loadingStamp = stamp;
    m_loadPending = true;
    m_cancel = false;
    emit loadingStarted(m_path);
    const QString path = m_path;
    m_load.setFuture(QtConcurrent::run(
        [this, bytes, path](QPromise<std::shared_ptr<const ConfigSnapshot>> &promise) {
            promise.setProgressRange(0, 100);
            promise.addResult(ConfigSnapshot::build(bytes, path, {}, &m_cancel, [&promise](int percent) {
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
    std::shared_ptr<const ConfigSnapshot> snapshot = m_load.result();
    if (!snapshot) {
        // Cancelled: what was open before stays as it was (nothing, after open()).
        if (!m_snapshot) {
            m_path.clear();
            emit pathChanged(m_path);
        }
        emit loaded(false, {});
        return;
    }
    const bool wasReadOnly = isReadOnly();
    m_snapshot = std::move(snapshot);
    m_files.clear();
    m_files.append({m_path, m_loadingBytes, m_loadingBytes, m_loadingStamp, false, false});
    m_loadingBytes.clear();
    adoptFiles();
    m_undoStack->clear();
    m_undoStack->setClean();
    watch();
    if (wasReadOnly)
        emit readOnlyChanged(false);
    emit changed({DocumentChange::Loaded, {}, {}, {}});
    updateModified();
    emit loaded(true, {});
}

void Document::adoptFiles()
{
    // Files the snapshot read from disk that the document does not hold yet (all of
    // them after a load): their text as read is both the edited and the saved one.
    const ConfigSet &config = m_snapshot->config();
    for (int i = 1; i < config.fileCount(); ++i) {
        const QString path = config.tree(i).path();
        if (!fileNamed(path))
            m_files.append({path, config.tree(i).bytes(), config.tree(i).bytes(), config.file(i).stamp, false, false});
    }
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
    adoptFiles();
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
    return std::any_of(m_files.cbegin(), m_files.cend(), [](const DocumentFile &f) { return f.modified; });
}

QStringList Document::modifiedFiles() const
{
    QStringList out;
    for (const DocumentFile &f : m_files) {
        if (f.modified)
            out << f.path;
    }
    return out;
}

QStringList Document::changedOnDisk() const
{
    QStringList out;
    for (const DocumentFile &f : m_files) {
        if (f.changedOnDisk)
            out << f.path;
    }
    return out;
}

void Document::updateModified()
{
    // The files say whether there is something to save; the undo stack cannot after
    // a merge (the text on disk moved under the edits) or a partial save.
    for (DocumentFile &f : m_files)
        f.modified = f.bytes.size() != f.saved.size() || f.bytes != f.saved;
    const bool now = isModified();
    if (now != m_wasModified) {
        m_wasModified = now;
        emit modifiedChanged(now);
    }
}

std::optional<EditBlock> Document::whyNotEditable(int scope) const
{
    if (!m_snapshot)
        return EditBlock{EditBlock::NoFile, {}, {}, 0, {}};
    const RouteModel &model = m_snapshot->model();
    NodeRef include;
    switch (TreeEditor::whyNotEditable(model, scope, &include)) {
    case TreeEditRefusal::NotAScope: return EditBlock{EditBlock::NotAScope, {}, {}, 0, {}};
    case TreeEditRefusal::ReadOnlyInclude: {
        const QString file = model.path(model.scopes().at(scope).location);
        if (!include.isValid())
            return EditBlock{EditBlock::ReadOnlyInclude, file, {}, 0, {}};
        return EditBlock{EditBlock::ReadOnlyInclude, file, model.config().tree(include.file).path(),
                         model.locationOf(include).line, {}};
    }
    default: break;
    }
    // The file the edit would change: the scope's, or where the global Routes is.
    const auto &global = model.global().routesOption;
    const int file = scope == 0 ? (global ? global->file : 0) : model.scopes().at(scope).location.ref.file;
    const SyntaxTree &tree = model.config().tree(file);
    if (tree.hasSyntaxErrors())
        return EditBlock{EditBlock::SyntaxErrors, tree.path(), {}, 0, {}};
    if (!io::checkWritable(tree.path()))
        return EditBlock{EditBlock::NotWritable, tree.path(), {}, 0, {}};
    return std::nullopt;
}

EditOutcome Document::pushTreeEdit(const TreeEdit &edit, const QString &text)
{
    if (!edit.ok) {
        EditBlock block{EditBlock::Refused, edit.subject, {}, 0, edit};
        if (edit.refusal == TreeEditRefusal::ReadOnlyInclude && edit.readOnlyInclude.isValid()) {
            const RouteModel &model = m_snapshot->model();
            block = EditBlock{EditBlock::ReadOnlyInclude, edit.subject,
                              model.config().tree(edit.readOnlyInclude.file).path(),
                              model.locationOf(edit.readOnlyInclude).line, edit};
        } else if (edit.refusal == TreeEditRefusal::GlobalScope) {
            block.code = EditBlock::GlobalScope;
        } else if (edit.refusal == TreeEditRefusal::NotAScope) {
            block.code = EditBlock::NotAScope;
        }
        return Unexpected{block};
    }
    if (edit.files.isEmpty())
        return {};
    for (const FileEdit &f : edit.files) {
        if (!io::checkWritable(f.path))
            return Unexpected{EditBlock{EditBlock::NotWritable, f.path, {}, 0, {}}};
    }
    m_undoStack->push(new EditCommand(this, edit.files, text));
    return {};
}

EditOutcome Document::setRoutes(int scope, const QStringList &entries, const QString &text)
{
    scope = settleScope(scope);  // edits are computed on the tree of the current text
    if (!m_snapshot)
        return Unexpected{EditBlock{EditBlock::NoFile, {}, {}, 0, {}}};
    if (auto why = whyNotEditable(scope))
        return Unexpected{*why};
    return pushTreeEdit(TreeEditor::setRoutesOf(m_snapshot->model(), scope, entries), text);
}

EditOutcome Document::clearRoutes(int scope, const QString &text)
{
    scope = settleScope(scope);
    if (!m_snapshot)
        return Unexpected{EditBlock{EditBlock::NoFile, {}, {}, 0, {}}};
    if (auto why = whyNotEditable(scope))
        return Unexpected{*why};
    return pushTreeEdit(TreeEditor::clearRoutesOf(m_snapshot->model(), scope), text);
}

EditOutcome Document::addDomainScope(const QString &name, const QStringList &entries, const QString &text,
                                     int container, int intoFile)
{
    container = settleScope(container);
    if (!m_snapshot)
        return Unexpected{EditBlock{EditBlock::NoFile, {}, {}, 0, {}}};
    return pushTreeEdit(TreeEditor::addDomain(m_snapshot->model(), container, name, entries, intoFile), text);
}

EditOutcome Document::removeScope(int scope, const QString &text)
{
    scope = settleScope(scope);
    if (!m_snapshot)
        return Unexpected{EditBlock{EditBlock::NoFile, {}, {}, 0, {}}};
    return pushTreeEdit(TreeEditor::removeScope(m_snapshot->model(), scope), text);
}

QHash<QString, QByteArray> Document::overlay() const
{
    // Every file as the document holds it, so that a reparse never mixes the edited
    // text of one file with another read again from disk.
    QHash<QString, QByteArray> texts;
    for (qsizetype i = 1; i < m_files.size(); ++i)
        texts.insert(m_files.at(i).path, m_files.at(i).bytes);
    return texts;
}

void Document::applyFileEdits(const QList<FileEdit> &edits)
{
    settle();  // one edit after the other: each `changed` describes one step
    DocumentChange change{DocumentChange::Edited, {}, {}, {}};
    std::shared_ptr<const ConfigSnapshot> updated;
    bool inPlace = m_incremental && edits.size() == 1 && m_snapshot;
    for (const FileEdit &fe : edits) {
        DocumentFile *f = fileNamed(fe.path);
        if (!f)
            continue;
        TextEdits sorted = fe.edits;
        std::sort(sorted.begin(), sorted.end(), [](const TextEdit &a, const TextEdit &b) { return a.begin < b.begin; });
        const Span oldRegion = sorted.isEmpty() ? Span{} : Span{sorted.first().begin, sorted.last().end};
        // The editor computed the whole new text with the edit (and read it back): the
        // first redo takes it instead of copying a big file once more.
        const bool computed = !fe.text.isNull() && fe.text.size() == editedSize(f->bytes.size(), sorted);
        f->bytes = computed ? fe.text : applyEdits(f->bytes, sorted);
        change = {DocumentChange::Edited, fe.path, editedRegion(sorted), oldRegion};
        if (m_snapshot) {
            // Whole lines: from the first the edit touches to the last, old and new.
            const int index = m_snapshot->fileIndex(fe.path);
            if (index >= 0) {
                const SyntaxTree &old = m_snapshot->config().tree(index);
                change.firstLine = old.position(oldRegion.begin).line;
                change.oldLines = old.position(oldRegion.end).line - change.firstLine + 1;
                const QByteArrayView added = QByteArrayView(f->bytes).sliced(change.region.begin, change.region.size());
                const QByteArrayView removed = old.text(oldRegion);
                change.newLines = change.oldLines + int(added.count('\n') - removed.count('\n'));
                if (inPlace)
                    updated = m_snapshot->updated(index, oldRegion, f->bytes);
            }
        }
    }
    updateModified();
    if (updated) {
        // The scopes are the same: the views follow in place, within a few
        // milliseconds even for a 100,000-scope file.
        if (qEnvironmentVariableIsSet("ROUTESCOPE_CHECK_UPDATES")) {
            const auto full = ConfigSnapshot::build(bytes(), m_path, overlay());
            if (const QString diff = updated->differenceFrom(*full); !diff.isEmpty())
                qFatal("the snapshot updated in place differs from a full build: %s", qPrintable(diff));
        }
        m_snapshot = std::move(updated);
        change.sameScopes = true;
        emit changed(change);
        return;
    }
    const qsizetype size = std::accumulate(m_files.cbegin(), m_files.cend(), qsizetype(0),
                                           [](qsizetype n, const DocumentFile &f) { return n + f.bytes.size(); });
    if (size <= asyncReparseLimit) {
        // A small tree reparses in a few milliseconds: at once, so views follow the edit.
        reparseNow(change);
        return;
    }
    // A 100,000-domain file takes most of a second: in a worker, so the window
    // keeps responding; the next edit, save or wait settles it first.
    m_reparseChange = change;
    m_reparsePending = true;
    const QByteArray bytes = this->bytes();
    const QString path = m_path;
    const QHash<QString, QByteArray> texts = overlay();
    m_reparse.setFuture(QtConcurrent::run([bytes, path, texts] { return ConfigSnapshot::build(bytes, path, texts); }));
    emit reparsingChanged(true);
}

void Document::reparseNow(const DocumentChange &change)
{
    m_snapshot = ConfigSnapshot::build(bytes(), m_path, overlay());
    adoptFiles();
    emit changed(change);
}

QList<FileDiff> Document::pendingDiffs() const
{
    QList<FileDiff> out;
    for (const DocumentFile &f : m_files) {
        if (!f.modified)
            continue;
        out.append({f.path, unifiedDiff(f.saved, lineEdits(f.saved, f.bytes), u"a/" + f.path, u"b/" + f.path)});
    }
    return out;
}

QByteArray Document::diskDiff(const QString &path) const
{
    const DocumentFile *f = file(path);
    if (!f)
        return {};
    const IoResult<io::FileContent> disk = io::readRegularFile(path);
    const QByteArray now = disk ? disk->bytes : QByteArray();
    return unifiedDiff(f->saved, lineEdits(f->saved, now), u"read/" + path, u"disk/" + path);
}

SaveReport Document::save(SaveMode mode)
{
    settle();
    SaveReport report;
    // Never write silently over a file another process changed since it was read.
    for (DocumentFile &f : m_files) {
        if (!f.modified)
            continue;
        const IoResult<io::FileStamp> now = io::stampOf(f.path);
        if (now && f.stamp.isValid() && !(*now == f.stamp)) {
            const IoResult<io::FileContent> disk = io::readRegularFile(f.path);
            f.changedOnDisk = !disk || disk->bytes != f.saved;
        }
        if (f.changedOnDisk && mode == SaveMode::Normal)
            report.changedOnDisk << f.path;
    }
    if (!report.changedOnDisk.isEmpty())
        return report;
    for (DocumentFile &f : m_files) {
        if (!f.modified)
            continue;
        const IoResult<io::FileStamp> written = io::writeFileSafely(f.path, f.bytes);
        if (!written) {
            report.failed.append({f.path, written.error()});
            continue;
        }
        f.saved = f.bytes;
        f.stamp = *written;
        f.changedOnDisk = false;
        report.written << f.path;
    }
    if (report.failed.isEmpty())
        m_undoStack->setClean();
    updateModified();
    watch();
    return report;
}

Result<void, IoError> Document::saveAs(const QString &path)
{
    settle();
    if (m_files.isEmpty())
        return Unexpected{IoError{IoErrorCode::Failed, path, QStringLiteral("save"), QStringLiteral("no file is open"), 0}};
    for (qsizetype i = 1; i < m_files.size(); ++i) {
        if (m_files.at(i).modified) {
            return Unexpected{IoError{IoErrorCode::Failed, m_files.at(i).path, QStringLiteral("save"),
                                      QStringLiteral("an included file has unsaved edits: save them first"), 0}};
        }
    }
    const QString target = QFileInfo(path).absoluteFilePath();
    const IoResult<io::FileStamp> written = io::writeFileSafely(target, bytes());
    if (!written)
        return Unexpected{written.error()};
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    const QByteArray text = bytes();
    m_path = target;
    emit pathChanged(m_path);
    // Includes resolve against the new folder: the tree is read again from there.
    m_snapshot = ConfigSnapshot::build(text, m_path);
    m_files.clear();
    m_files.append({m_path, text, text, *written, false, false});
    adoptFiles();
    m_undoStack->setClean();
    watch();
    emit changed({DocumentChange::Loaded, {}, {}, {}});
    updateModified();
    return {};
}

MergeReport Document::mergeWithDisk()
{
    settle();
    MergeReport report;
    // All or nothing: every changed file must merge before any is touched.
    struct Merged {
        DocumentFile *file;
        QByteArray text, disk;
        io::FileStamp stamp;
    };
    QList<Merged> results;
    for (DocumentFile &f : m_files) {
        const IoResult<io::FileContent> disk = io::readRegularFile(f.path);
        if (!disk || disk->bytes == f.saved)
            continue;
        const LineMerge m = mergeLines(f.saved, f.bytes, disk->bytes);
        if (!m.clean) {
            report.conflicts.append({f.path, m.conflicts});
            continue;
        }
        results.append({&f, m.text, disk->bytes, disk->stamp});
    }
    if (!report.ok())
        return report;
    for (const Merged &m : std::as_const(results)) {
        m.file->bytes = m.text;
        m.file->saved = m.disk;
        m.file->stamp = m.stamp;
        m.file->changedOnDisk = false;
        report.merged << m.file->path;
    }
    if (results.isEmpty())
        return report;
    // The undo steps were made on the text before the merge: they would apply at
    // the wrong places now. The merged text is the new start, still to be saved.
    m_undoStack->clear();
    m_snapshot = ConfigSnapshot::build(bytes(), m_path, overlay());
    adoptFiles();
    emit changed({DocumentChange::Loaded, {}, {}, {}});
    updateModified();
    return report;
}

void Document::watch()
{
    // Writing replaces a file, which drops its watch: add every file again.
    QStringList paths;
    for (const DocumentFile &f : std::as_const(m_files)) {
        if (!m_watcher->files().contains(f.path))
            paths << f.path;
    }
    if (!paths.isEmpty())
        m_watcher->addPaths(paths);
}

void Document::onFileChanged(const QString &path)
{
    DocumentFile *f = fileNamed(path);
    if (!f)
        return;
    watch();
    const IoResult<io::FileContent> disk = io::readRegularFile(path);
    if (disk && disk->bytes == f->saved)
        return;  // our own save, or a touch
    f->changedOnDisk = true;
    emit externallyModified(path);
}

} // namespace rs::ui
