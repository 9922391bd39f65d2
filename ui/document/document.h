// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/linediff.h"
#include "config/textedit.h"
#include "io/fileio.h"
#include "routing/treeeditor.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

class QFileSystemWatcher;
class QUndoStack;

namespace rs::ui {

class ConfigSnapshot;

/// What happened to a Document, carried by its one `changed` signal.
struct DocumentChange {
    enum Kind : quint8 {
        Loaded,   ///< a tree was opened, reloaded or merged: everything is new
        Edited,   ///< an edit, undo or redo changed `region` of `file`
        Closed,   ///< the document holds no file any more
    };
    Kind kind = Loaded;
    QString file;    ///< the path of the edited file (Edited only)
    Span region;     ///< bytes of the new text the edit produced (Edited only)
    Span oldRegion;  ///< the bytes they replaced, in the old text (Edited only)
    /// Edited: the snapshot has the scopes of the one before (same indices, names
    /// and nesting), so views may update in place instead of starting afresh.
    bool sameScopes = false;
    /// Edited: lines [firstLine, firstLine + oldLines) of the old text became lines
    /// [firstLine, firstLine + newLines) of the new one (1-based, whole lines).
    int firstLine = 0;
    int oldLines = 0;
    int newLines = 0;
};

/// Why the document will not make an edit; the window words it.
struct EditBlock {
    enum Code : quint8 {
        NoFile,          ///< no configuration is open
        Reparsing,       ///< (not used by edits: they wait for the reparse)
        SyntaxErrors,    ///< `file` has syntax errors: fix them in a text editor, then reload
        ReadOnlyInclude, ///< `file` is brought in by readonly_include (`include` is that statement)
        NotWritable,     ///< `file` cannot be written (permissions, or not a regular file)
        NotAScope,       ///< the scope holds no routes (Host, listener, ...)
        GlobalScope,     ///< the global scope cannot be removed
        Refused,         ///< the core refused the edit itself: see `edit`
    };
    Code code = NoFile;
    QString file;
    QString includeFile;   ///< where the readonly_include statement is
    int includeLine = 0;
    TreeEdit edit;         ///< Refused: the core's refusal
};

using EditOutcome = Result<void, EditBlock>;

/// One file of the open tree as the document holds it.
struct DocumentFile {
    QString path;
    QByteArray bytes;      ///< as edited
    QByteArray saved;      ///< as on disk when read or last written
    io::FileStamp stamp;   ///< of the file then
    bool modified = false; ///< bytes differ from saved
    bool changedOnDisk = false;  ///< the file on disk no longer holds `saved`
};

/// The outcome of writing the modified files: which were written, which not and why.
struct SaveReport {
    QStringList written;
    QList<std::pair<QString, IoError>> failed;
    /// Modified files that changed on disk since they were read: nothing was written
    /// (Normal mode); the window asks whether to reload, merge or overwrite.
    QStringList changedOnDisk;
    bool ok() const { return failed.isEmpty() && changedOnDisk.isEmpty(); }
};

/// A unified diff of one file, for the save dialog.
struct FileDiff {
    QString path;
    QByteArray diff;
};

/// Merging the user's edits into the files as they are now on disk.
struct MergeReport {
    QStringList merged;
    /// Files where the user's edits and the changes on disk touch the same lines:
    /// those lines (1-based, of the text last read), nothing merged anywhere.
    QList<std::pair<QString, QList<std::pair<int, int>>>> conflicts;
    bool ok() const { return conflicts.isEmpty(); }
};

/// An open configuration: the file the user opened and every file it brings in with
/// include, their bytes as edited and as on disk, the snapshot parsed from them, the
/// undo stack of edits (which may span files) and the files on disk (saved state,
/// changes made by others). Every change goes through TextEdits, so undo stores
/// edits, never copies of files.
class Document final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Document)

public:
    enum class SaveMode : quint8 {
        Normal,     ///< refuse to write over a file that changed on disk
        Overwrite,  ///< write anyway: the changes on disk are lost
    };

    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    /// Reads the file (a regular file only) and parses it and its includes in a
    /// worker thread; `loaded` reports the end.
    Result<void, IoError> open(const QString &path);
    void reload();
    void close();
    /// Stops a load in progress; `loaded` reports it as cancelled.
    void cancelLoad();
    bool isLoading() const;
    /// Blocks until a load or an edit's reparse in progress has finished (tests, benchmarks).
    void waitForLoaded();
    /// An edit of a large file is being reparsed in a worker: snapshot() still
    /// shows the text before it, and `changed` follows when the new one is ready.
    bool isReparsing() const { return m_reparsePending; }
    /// Files above this size are reparsed off the GUI thread after an edit that the
    /// snapshot cannot follow in place (see ConfigSnapshot::updated()).
    static constexpr qsizetype asyncReparseLimit = 1024 * 1024;
    /// Whether an edit updates the snapshot in place where it can (the default), or
    /// always builds it anew (benchmarks compare the two).
    void setIncrementalUpdates(bool on) { m_incremental = on; }

    bool hasFile() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    QString displayName() const;
    /// The opened file's bytes as edited.
    const QByteArray &bytes() const;
    /// Every file of the tree, the opened one first.
    const QList<DocumentFile> &files() const { return m_files; }
    const DocumentFile *file(const QString &path) const;
    std::shared_ptr<const ConfigSnapshot> snapshot() const { return m_snapshot; }
    QUndoStack *undoStack() const { return m_undoStack; }

    bool isModified() const;
    QStringList modifiedFiles() const;
    /// Files that changed on disk since they were read or written.
    QStringList changedOnDisk() const;
    bool isReadOnly() const { return !m_snapshot; }
    /// Why the routes of a scope cannot be edited; none when they can.
    std::optional<EditBlock> whyNotEditable(int scope) const;
    bool canEditScope(int scope) const { return !whyNotEditable(scope); }

    // Edits. Each pushes one undoable command named `text`; an edit that changes
    // nothing pushes nothing.
    EditOutcome setRoutes(int scope, const QStringList &entries, const QString &text);
    EditOutcome clearRoutes(int scope, const QString &text);
    /// A new Domain stanza: at the end of file `intoFile` (0: the opened one) when
    /// `container` is 0, else inside that Binding or Binding_Group.
    EditOutcome addDomainScope(const QString &name, const QStringList &entries, const QString &text,
                               int container = 0, int intoFile = 0);
    EditOutcome removeScope(int scope, const QString &text);

    /// The unified diff of each file save() would write, the opened file first.
    QList<FileDiff> pendingDiffs() const;
    /// What changed on disk in a file since it was read: the diff from the text read
    /// to the text on disk now.
    QByteArray diskDiff(const QString &path) const;
    /// Writes every modified file atomically, keeping owner, group, mode and
    /// attributes (io::writeFileSafely). A file that fails is reported and stays
    /// modified; the others are written.
    SaveReport save(SaveMode mode = SaveMode::Normal);
    /// Writes the opened file under a new name (includes then resolve against its
    /// folder). Refused while an included file has unsaved edits.
    Result<void, IoError> saveAs(const QString &path);
    /// Re-applies the unsaved edits to the files as they are now on disk (a
    /// three-way merge of lines); refused, changing nothing, where both changed the
    /// same lines.
    MergeReport mergeWithDisk();

    /// Applies edits to the files and reparses (used by the undo commands).
    void applyFileEdits(const QList<FileEdit> &edits);

signals:
    void changed(const rs::ui::DocumentChange &change);
    void loadingStarted(const QString &path);
    void loadingProgress(int percent);
    /// A load ended: ok, or why not (cancelled: `error` is empty and ok is false).
    void loaded(bool ok, const QString &error);
    void modifiedChanged(bool modified);
    void readOnlyChanged(bool readOnly);
    void pathChanged(const QString &path);
    /// A file of the tree changed on disk and differs from what was read or written.
    void externallyModified(const QString &path);
    /// An edit's reparse started (true) or ended (false).
    void reparsingChanged(bool reparsing);

private:
    EditOutcome pushTreeEdit(const TreeEdit &edit, const QString &text);
    void startLoad(const QByteArray &bytes, const io::FileStamp &stamp);
    void finishLoad();
    void adoptFiles();
    void settle();
    int settleScope(int scope);
    void finishReparse();
    void dropReparse();
    void reparseNow(const DocumentChange &change);
    QHash<QString, QByteArray> overlay() const;
    DocumentFile *fileNamed(const QString &path);
    void updateModified();
    void onFileChanged(const QString &path);
    void watch();

    QString m_path;
    QList<DocumentFile> m_files;
    QByteArray m_loadingBytes;
    io::FileStamp m_loadingStamp;
    bool m_loadPending = false;
    bool m_wasModified = false;
    std::atomic_bool m_cancel{false};
    std::shared_ptr<const ConfigSnapshot> m_snapshot;
    QUndoStack *m_undoStack = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QFutureWatcher<std::shared_ptr<const ConfigSnapshot>> m_load;
    QFutureWatcher<std::shared_ptr<const ConfigSnapshot>> m_reparse;
    bool m_reparsePending = false;
    bool m_incremental = true;
    DocumentChange m_reparseChange;
};

} // namespace rs::ui
