// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/filesource.h"
#include "io/result.h"

#include <QHash>

#include <memory>

struct git_repository;
struct git_tree;

namespace rs {

/// Why a git revision could not be opened. Interfaces word it.
struct GitError {
    enum class Code : quint8 {
        NotInRepository,  ///< no git repository holds the path
        BareRepository,   ///< a repository without a work tree: paths mean nothing in it
        UnknownRevision,  ///< the revision does not name a commit or tree
        Failed,           ///< any other libgit2 failure
    };
    Code code = Code::Failed;
    QString path;      ///< the configuration whose repository was looked for
    QString revision;
    QString detail;    ///< libgit2's own message
};

/// The files of one revision of the git repository that holds a configuration, read
/// with libgit2 from the object database: no checkout, no `git` process, nothing of
/// the work tree touched. Paths inside the repository's work tree name the file as it
/// is at the revision (a file missing there is NotFound, a directory lists the tree
/// entries of the revision, a symbolic link is followed inside the tree); paths
/// outside it (an include of /etc/momentum/common.conf) are read from the disk, as
/// they are the same for both sides of a comparison.
///
/// Single-threaded: load a ConfigSet with it on one thread (LoadOptions::files).
class GitRevisionFiles final : public FileSource
{
public:
    /// Opens the repository holding `path` (searched upwards from its folder) at
    /// `revision` (anything `git rev-parse` takes: HEAD~1, origin/main, a tag, a hash).
    static Result<std::unique_ptr<GitRevisionFiles>, GitError> open(const QString &path, const QString &revision);
    ~GitRevisionFiles() override;
    Q_DISABLE_COPY_MOVE(GitRevisionFiles)

    /// The commit the revision names, as 40 hex digits (empty for a tree).
    QString commitId() const { return m_commit; }
    QString revision() const { return m_revision; }

    Kind kind(const QString &path) const override;
    QStringList files(const QString &directory) const override;
    IoResult<io::FileStamp> stamp(const QString &path) const override;
    IoResult<io::FileContent> read(const QString &path, qint64 maxBytes) const override;

private:
    GitRevisionFiles() = default;
    struct Entry;
    /// The path inside the work tree ("" for its root), or nullopt outside it.
    std::optional<QString> relativeOf(const QString &path) const;
    /// The tree entry at `relative`, symbolic links followed (at most 8).
    std::optional<Entry> entryAt(QString relative) const;
    io::FileStamp stampFor(const QString &relative, qint64 size) const;
    IoError notFound(const QString &path) const;

    git_repository *m_repo = nullptr;
    git_tree *m_tree = nullptr;
    QString m_revision;
    QString m_commit;
    QString m_userRoot;       ///< the work tree as the caller's paths spell it
    QString m_canonicalRoot;  ///< the work tree with symbolic links resolved
    mutable QHash<QString, quint64> m_identities;  ///< relative path -> stand-in inode
};

} // namespace rs
