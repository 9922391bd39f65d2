#pragma once

#include "config/textedit.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

class QFileSystemWatcher;
class QUndoStack;

namespace rs::ui {

class ConfigSnapshot;

/// What happened to a Document, carried by its one `changed` signal.
struct DocumentChange {
    enum Kind : quint8 {
        Loaded,   ///< a file was opened or reloaded: everything is new
        Edited,   ///< an edit, undo or redo changed `region`
        Closed,   ///< the document holds no file any more
    };
    Kind kind = Loaded;
    Span region;     ///< bytes of the new text the edit produced (Edited only)
    Span oldRegion;  ///< the bytes they replaced, in the old text (Edited only)
};

/// One open configuration file: its bytes, the snapshot parsed from them, the undo
/// stack of edits and the file on disk (saved state, external changes). Every
/// change goes through TextEdits, so undo stores edits, never copies of the file.
class Document final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Document)

public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    /// Reads the file and parses it in a worker thread; `loaded` reports the end.
    /// Returns false (with `error`) when the file cannot be read at all.
    bool open(const QString &path, QString *error);
    void reload();
    void close();
    bool isLoading() const;
    /// Blocks until a load or an edit's reparse in progress has finished (tests, benchmarks).
    void waitForLoaded();
    /// An edit of a large file is being reparsed in a worker: snapshot() still
    /// shows the text before it, and `changed` follows when the new one is ready.
    bool isReparsing() const { return m_reparsePending; }
    /// Files above this size are reparsed off the GUI thread after an edit.
    static constexpr qsizetype asyncReparseLimit = 1024 * 1024;

    bool hasFile() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    QString displayName() const;
    const QByteArray &bytes() const { return m_bytes; }
    const QByteArray &savedBytes() const { return m_savedBytes; }
    std::shared_ptr<const ConfigSnapshot> snapshot() const { return m_snapshot; }
    QUndoStack *undoStack() const { return m_undoStack; }

    bool isModified() const;
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    /// True when edits of this scope's routes can be written: the document is
    /// editable and the scope is the global one or a top-level Domain of the main file.
    bool canEditScope(int scope) const;
    /// Why canEditScope() is false, for tooltips.
    QString whyNotEditable(int scope) const;

    // Edits. Each pushes one undoable command named `text`; false with `error`
    // when the edit is refused. An edit that changes nothing pushes nothing.
    bool setRoutes(int scope, const QStringList &entries, const QString &text, QString *error = nullptr);
    bool clearRoutes(int scope, const QString &text, QString *error = nullptr);
    bool addDomainScope(const QString &name, const QStringList &entries, QString *error = nullptr);
    bool removeScope(int scope, QString *error = nullptr);

    /// The unified diff of what save() would write.
    QByteArray pendingDiff() const;
    /// Writes the bytes atomically (QSaveFile) to the path, or `path` when given.
    bool save(QString *error, const QString &path = {});

    /// Applies edits to the bytes and reparses (used by the undo commands).
    void applyTextEdits(const TextEdits &edits);

signals:
    void changed(const rs::ui::DocumentChange &change);
    void loadingStarted(const QString &path);
    void loadingProgress(int percent);
    void loaded(bool ok, const QString &error);
    void modifiedChanged(bool modified);
    void readOnlyChanged(bool readOnly);
    void pathChanged(const QString &path);
    /// The file changed on disk and differs from what was loaded or saved.
    void externallyModified();
    /// An edit's reparse started (true) or ended (false).
    void reparsingChanged(bool reparsing);

private:
    bool pushEdits(const TextEdits &edits, const QString &text, QString *error);
    void startLoad(const QByteArray &bytes);
    void finishLoad();
    void settle();
    int settleScope(int scope);
    void finishReparse();
    void dropReparse();
    void updateReadOnly();
    void onFileChanged(const QString &path);
    void watch();

    QString m_path;
    QByteArray m_bytes;
    QByteArray m_savedBytes;
    QByteArray m_loadingBytes;
    bool m_loadPending = false;
    std::shared_ptr<const ConfigSnapshot> m_snapshot;
    QString m_readOnlyReason;
    QUndoStack *m_undoStack = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QFutureWatcher<std::shared_ptr<const ConfigSnapshot>> m_load;
    QFutureWatcher<std::shared_ptr<const ConfigSnapshot>> m_reparse;
    bool m_reparsePending = false;
    DocumentChange m_reparseChange;
};

} // namespace rs::ui
