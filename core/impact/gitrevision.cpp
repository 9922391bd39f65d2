// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/gitrevision.h"

#include <git2.h>

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace rs {

namespace {

// libgit2 keeps global state (allocators, TLS); it is set up once per process.
void initGit()
{
    static const int once = git_libgit2_init();
    Q_UNUSED(once)
}

QString lastGitMessage()
{
    const git_error *e = git_error_last();
    return e && e->message ? QString::fromUtf8(e->message) : QString();
}

// The stand-in device of files read from a revision: no real device has this number,
// so a revision's file is never taken for a file on disk when includes are followed.
constexpr quint64 kGitDevice = 0x6769747265760000ull;  // "gitrev"
// A symbolic link inside the tree to another link, and so on: as the kernel, give up.
constexpr int kMaxLinkHops = 8;

// Frees a libgit2 object at the end of a scope.
template<typename T, void (*Free)(T *)>
struct Owned {
    T *p = nullptr;
    ~Owned() { if (p) Free(p); }
    T **out() { return &p; }
};

} // namespace

struct GitRevisionFiles::Entry {
    git_object_t type = GIT_OBJECT_INVALID;
    git_oid id{};
    QString relative;  ///< where it is, links resolved
};

GitRevisionFiles::~GitRevisionFiles()
{
    git_tree_free(m_tree);
    git_repository_free(m_repo);
}

Result<std::unique_ptr<GitRevisionFiles>, GitError> GitRevisionFiles::open(const QString &path, const QString &revision)
{
    initGit();
    GitError error;
    error.path = path;
    error.revision = revision;
    auto fail = [&](GitError::Code code) {
        error.code = code;
        error.detail = lastGitMessage();
        return Unexpected{error};
    };
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QString folder = QFileInfo(absolute).absolutePath();
    std::unique_ptr<GitRevisionFiles> files(new GitRevisionFiles);
    files->m_revision = revision;
    if (git_repository_open_ext(&files->m_repo, QFile::encodeName(folder).constData(), 0, nullptr) != 0)
        return fail(GitError::Code::NotInRepository);
    const char *workdir = git_repository_workdir(files->m_repo);
    if (!workdir)
        return fail(GitError::Code::BareRepository);
    Owned<git_object, git_object_free> target;
    if (git_revparse_single(target.out(), files->m_repo, revision.toUtf8().constData()) != 0)
        return fail(GitError::Code::UnknownRevision);
    Owned<git_object, git_object_free> tree;
    if (git_object_peel(tree.out(), target.p, GIT_OBJECT_TREE) != 0)
        return fail(GitError::Code::UnknownRevision);
    files->m_tree = reinterpret_cast<git_tree *>(tree.p);
    tree.p = nullptr;
    if (git_object_type(target.p) == GIT_OBJECT_COMMIT || git_object_type(target.p) == GIT_OBJECT_TAG) {
        Owned<git_object, git_object_free> commit;
        if (git_object_peel(commit.out(), target.p, GIT_OBJECT_COMMIT) == 0) {
            char hex[GIT_OID_HEXSZ + 1] = {};
            git_oid_tostr(hex, sizeof hex, git_object_id(commit.p));
            files->m_commit = QString::fromLatin1(hex);
        }
    }

    // Paths reach us as the caller spells them (through a symbolic link, say), while
    // libgit2 names the work tree with links resolved: map both onto the tree.
    files->m_canonicalRoot = QDir::cleanPath(QFileInfo(QFile::decodeName(workdir)).canonicalFilePath());
    const QString canonicalFolder = QFileInfo(folder).canonicalFilePath();
    const QString inside = QDir(files->m_canonicalRoot).relativeFilePath(canonicalFolder);
    if (inside == u"." || inside.isEmpty())
        files->m_userRoot = folder;
    else if (folder.endsWith(u'/' + inside))
        files->m_userRoot = folder.chopped(inside.size() + 1);
    else
        files->m_userRoot = files->m_canonicalRoot;
    return files;
}

std::optional<QString> GitRevisionFiles::relativeOf(const QString &path) const
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    for (const QString &root : {m_userRoot, m_canonicalRoot}) {
        if (absolute == root)
            return QString();
        if (absolute.startsWith(root) && absolute.size() > root.size() && absolute.at(root.size()) == u'/')
            return absolute.mid(root.size() + 1);
    }
    return std::nullopt;
}

std::optional<GitRevisionFiles::Entry> GitRevisionFiles::entryAt(QString relative) const
{
    for (int hop = 0; hop <= kMaxLinkHops; ++hop) {
        relative = QDir::cleanPath(relative);
        if (relative.startsWith(QStringLiteral("..")) || relative.startsWith(u'/'))
            return std::nullopt;  // a link out of the tree: not part of the revision
        Entry found;
        found.type = GIT_OBJECT_TREE;
        git_oid_cpy(&found.id, git_tree_id(m_tree));
        if (relative.isEmpty() || relative == u".")
            return found;
        const QStringList parts = relative.split(u'/', Qt::SkipEmptyParts);
        bool relinked = false;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (found.type != GIT_OBJECT_TREE)
                return std::nullopt;  // a file where a folder was expected
            Owned<git_tree, git_tree_free> tree;
            if (git_tree_lookup(tree.out(), m_repo, &found.id) != 0)
                return std::nullopt;
            const git_tree_entry *e = git_tree_entry_byname(tree.p, parts.at(i).toUtf8().constData());
            if (!e)
                return std::nullopt;
            if (git_tree_entry_filemode(e) == GIT_FILEMODE_LINK) {
                // The blob holds the link's target, relative to the folder of the link.
                Owned<git_blob, git_blob_free> blob;
                if (git_blob_lookup(blob.out(), m_repo, git_tree_entry_id(e)) != 0)
                    return std::nullopt;
                const QString target = QString::fromUtf8(static_cast<const char *>(git_blob_rawcontent(blob.p)),
                                                         qsizetype(git_blob_rawsize(blob.p)));
                if (QDir::isAbsolutePath(target)) {
                    const std::optional<QString> inTree = relativeOf(target);
                    if (!inTree)
                        return std::nullopt;
                    relative = *inTree;
                } else {
                    relative = (parts.mid(0, i) + QStringList{target}).join(u'/');
                }
                if (i + 1 < parts.size())
                    relative += u'/' + parts.mid(i + 1).join(u'/');
                relinked = true;
                break;
            }
            found.type = git_tree_entry_type(e);
            git_oid_cpy(&found.id, git_tree_entry_id(e));
        }
        if (!relinked) {
            found.relative = relative;
            return found;
        }
    }
    return std::nullopt;
}

FileSource::Kind GitRevisionFiles::kind(const QString &path) const
{
    const std::optional<QString> relative = relativeOf(path);
    if (!relative) {
        const QFileInfo info(path);
        return info.isDir() ? Kind::Directory : info.exists() ? Kind::File : Kind::Missing;
    }
    const std::optional<Entry> e = entryAt(*relative);
    if (!e)
        return Kind::Missing;
    // A submodule (a commit entry) cannot be read from this repository: missing.
    return e->type == GIT_OBJECT_TREE ? Kind::Directory : e->type == GIT_OBJECT_BLOB ? Kind::File : Kind::Missing;
}

QStringList GitRevisionFiles::files(const QString &directory) const
{
    const std::optional<QString> relative = relativeOf(directory);
    if (!relative) {
        const QDir dir(directory);
        QStringList paths;
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
            paths.append(dir.filePath(name));
        return paths;
    }
    const std::optional<Entry> e = entryAt(*relative);
    Owned<git_tree, git_tree_free> tree;
    if (!e || e->type != GIT_OBJECT_TREE || git_tree_lookup(tree.out(), m_repo, &e->id) != 0)
        return {};
    // As on disk: regular files (links to them too), hidden names and folders skipped.
    QStringList names;
    for (size_t i = 0; i < git_tree_entrycount(tree.p); ++i) {
        const git_tree_entry *entry = git_tree_entry_byindex(tree.p, i);
        const QString name = QString::fromUtf8(git_tree_entry_name(entry));
        if (name.startsWith(u'.'))
            continue;
        const QString inside = relative->isEmpty() ? name : *relative + u'/' + name;
        const std::optional<Entry> resolved = entryAt(inside);
        if (resolved && resolved->type == GIT_OBJECT_BLOB)
            names.append(name);
    }
    std::sort(names.begin(), names.end());
    const QDir dir(directory);
    QStringList paths;
    for (const QString &name : std::as_const(names))
        paths.append(dir.filePath(name));
    return paths;
}

io::FileStamp GitRevisionFiles::stampFor(const QString &relative, qint64 size) const
{
    // Each path of the revision its own stand-in inode, so that "each file once"
    // works as on disk; two paths of the same content are still two files.
    // Read by value: GCC's -Wnull-dereference at -O2 distrusts QHash iterators.
    quint64 inode = m_identities.value(relative);
    if (inode == 0) {
        inode = quint64(m_identities.size()) + 1;
        m_identities.insert(relative, inode);
    }
    io::FileStamp s;
    s.device = kGitDevice;
    s.inode = inode;
    s.size = size;
    return s;
}

IoError GitRevisionFiles::notFound(const QString &path) const
{
    IoError e;
    e.code = IoErrorCode::NotFound;
    e.path = path;
    e.what = QStringLiteral("cannot read");
    e.reason = QStringLiteral("not in git revision %1").arg(m_revision);
    return e;
}

IoResult<io::FileStamp> GitRevisionFiles::stamp(const QString &path) const
{
    const std::optional<QString> relative = relativeOf(path);
    if (!relative)
        return io::stampOf(path);
    const std::optional<Entry> e = entryAt(*relative);
    if (!e || e->type != GIT_OBJECT_BLOB)
        return Unexpected{notFound(path)};
    return stampFor(e->relative, 0);
}

IoResult<io::FileContent> GitRevisionFiles::read(const QString &path, qint64 maxBytes) const
{
    const std::optional<QString> relative = relativeOf(path);
    if (!relative)
        return io::readRegularFile(path, {maxBytes, nullptr});
    const std::optional<Entry> e = entryAt(*relative);
    if (!e)
        return Unexpected{notFound(path)};
    if (e->type != GIT_OBJECT_BLOB) {
        IoError error = notFound(path);
        error.code = IoErrorCode::NotRegularFile;
        error.reason = QStringLiteral("is a directory in git revision %1").arg(m_revision);
        return Unexpected{error};
    }
    Owned<git_blob, git_blob_free> blob;
    if (git_blob_lookup(blob.out(), m_repo, &e->id) != 0) {
        IoError error = notFound(path);
        error.code = IoErrorCode::Failed;
        error.reason = lastGitMessage();
        return Unexpected{error};
    }
    const qint64 size = qint64(git_blob_rawsize(blob.p));
    if (size > maxBytes) {
        IoError error = notFound(path);
        error.code = IoErrorCode::TooLarge;
        error.reason = QStringLiteral("is over %1 in git revision %2").arg(io::byteSizeText(maxBytes), m_revision);
        return Unexpected{error};
    }
    io::FileContent content;
    content.bytes = QByteArray(static_cast<const char *>(git_blob_rawcontent(blob.p)), size);
    content.stamp = stampFor(e->relative, size);
    return content;
}

} // namespace rs
