// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/fileio.h"

#include "io/posixfile.h"

#include <QRandomGenerator>

#include <cerrno>
#include <climits>
#include <fcntl.h>
#include <sys/xattr.h>
#include <unistd.h>
#include <vector>

namespace rs::io {

namespace {

using detail::Fd;

const QString kWhat = QStringLiteral("cannot write");
const QString kRefusing = QStringLiteral("refusing to write");

IoError fail(int errnum, const QString &path)
{
    return IoError::fromErrno(errnum, path, kWhat);
}

bool unsupported(int errnum)
{
    return errnum == ENOTSUP || errnum == EOPNOTSUPP;
}

// The path finally written: symbolic links followed to the last target, which may
// not exist yet (a link to a file still to be created).
IoResult<QByteArray> resolveLinks(QByteArray path, const QString &shown)
{
    for (int hops = 0; hops < 40; ++hops) {
        struct stat st {};
        if (::lstat(path.constData(), &st) != 0)
            return errno == ENOENT ? IoResult<QByteArray>(path) : Unexpected{fail(errno, shown)};
        if (!S_ISLNK(st.st_mode))
            return path;
        char target[PATH_MAX];
        const ssize_t n = ::readlink(path.constData(), target, sizeof target);
        if (n < 0)
            return Unexpected{fail(errno, shown)};
        if (size_t(n) >= sizeof target)
            return Unexpected{fail(ENAMETOOLONG, shown)};
        QByteArray next(target, n);
        const qsizetype slash = path.lastIndexOf('/');
        if (!next.startsWith('/') && slash >= 0)
            next.prepend(path.left(slash + 1));
        path = next;
    }
    return Unexpected{fail(ELOOP, shown)};
}

struct Place {
    Fd dir;
    QByteArray target;  ///< the path finally written, links followed
    QByteArray name;
    bool exists = false;
    struct stat st {};
};

// The folder (opened) and name of the file to replace, and what is there now. Refuses
// what must never be replaced.
IoResult<Place> inspect(const QString &path)
{
    if (path.isEmpty())
        return Unexpected{IoError{IoErrorCode::NotFound, path, kWhat, QStringLiteral("no file name given")}};
    IoResult<QByteArray> resolved = resolveLinks(detail::encodePath(path), path);
    if (!resolved)
        return Unexpected{resolved.error()};
    const QByteArray &target = *resolved;
    const qsizetype slash = target.lastIndexOf('/');
    Place place;
    place.target = target;
    place.name = slash < 0 ? target : target.mid(slash + 1);
    const QByteArray folder = slash < 0 ? QByteArray(".") : slash == 0 ? QByteArray("/") : target.left(slash);
    if (place.name.isEmpty() || place.name == "." || place.name == "..")
        return Unexpected{IoError{IoErrorCode::NotRegularFile, path, kWhat, QStringLiteral("is a directory"), 0,
                                  FileType::Directory}};
    place.dir = Fd(::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!place.dir.isValid())
        return Unexpected{fail(errno, path)};
    if (::fstatat(place.dir.get(), place.name.constData(), &place.st, AT_SYMLINK_NOFOLLOW) != 0) {
        if (errno != ENOENT)
            return Unexpected{fail(errno, path)};
        return place;  // a new file
    }
    place.exists = true;
    if (!S_ISREG(place.st.st_mode)) {
        // A device node, FIFO or socket replaced by a regular file would break whatever
        // uses it (as root, `-o /dev/null` would replace the system's /dev/null).
        return Unexpected{IoError{IoErrorCode::NotRegularFile, path, kRefusing,
                                  detail::fileTypeText(place.st.st_mode)
                                      + QStringLiteral("; only a regular file or a new path is replaced"),
                                  0, detail::fileTypeOf(place.st.st_mode)}};
    }
    if (place.st.st_nlink > 1) {
        const auto links = qint64(place.st.st_nlink);
        return Unexpected{IoError{IoErrorCode::HardLinked, path, kRefusing,
                                  QStringLiteral("the file has %1 hard links, and replacing it would "
                                                 "leave the other %2 with the old content; write to a new file instead "
                                                 "(set -o NEW, Save As) or remove the other links")
                                      .arg(links)
                                      .arg(links == 2 ? QStringLiteral("name") : QStringLiteral("%1 names").arg(links - 1))}};
    }
    return place;
}

struct Xattr {
    QByteArray name;
    QByteArray value;
};

// Every extended attribute of the file, ACLs (system.posix_acl_access) included.
// `fd` is the file opened for reading, or -1 when it cannot be (then by path).
IoResult<std::vector<Xattr>> readXattrs(int fd, const QByteArray &path, const QString &shown)
{
    const QString what = QStringLiteral("cannot read the extended attributes");
    auto list = [&](char *buffer, size_t size) {
        return fd >= 0 ? ::flistxattr(fd, buffer, size) : ::llistxattr(path.constData(), buffer, size);
    };
    auto get = [&](const char *name, void *buffer, size_t size) {
        return fd >= 0 ? ::fgetxattr(fd, name, buffer, size) : ::lgetxattr(path.constData(), name, buffer, size);
    };
    std::vector<Xattr> out;
    QByteArray names;
    for (int attempt = 0;; ++attempt) {  // the list may grow between the two calls
        const ssize_t size = list(nullptr, 0);
        if (size < 0)
            return unsupported(errno) ? IoResult<std::vector<Xattr>>(out) : Unexpected{IoError::fromErrno(errno, shown, what)};
        names.resize(size);
        const ssize_t got = size == 0 ? 0 : list(names.data(), size_t(size));
        if (got >= 0) {
            names.resize(got);
            break;
        }
        if (errno != ERANGE || attempt == 3)
            return Unexpected{IoError::fromErrno(errno, shown, what)};
    }
    for (qsizetype at = 0; at < names.size();) {
        const qsizetype end = names.indexOf('\0', at);
        const QByteArray name = names.mid(at, (end < 0 ? names.size() : end) - at);
        at = end < 0 ? names.size() : end + 1;
        if (name.isEmpty())
            continue;
        for (int attempt = 0;; ++attempt) {
            const ssize_t size = get(name.constData(), nullptr, 0);
            if (size < 0 && (errno == ENODATA || unsupported(errno)))
                break;  // removed meanwhile
            QByteArray value(size < 0 ? 0 : size, Qt::Uninitialized);
            const ssize_t got = size < 0 ? -1 : get(name.constData(), value.data(), size_t(value.size()));
            if (got >= 0) {
                value.resize(got);
                out.push_back({name, value});
                break;
            }
            if (errno != ERANGE || attempt == 3)
                return Unexpected{IoError::fromErrno(errno, shown, what + QStringLiteral(" (%1)").arg(QString::fromUtf8(name)))};
        }
    }
    return out;
}

QByteArray randomSuffix()
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray s(6, Qt::Uninitialized);
    for (char &c : s)
        c = kAlphabet[QRandomGenerator::global()->bounded(int(sizeof kAlphabet - 1))];
    return s;
}

// The new file, in the folder of the old one (rename() works only there). Unnamed
// (O_TMPFILE) where the filesystem can: a crash then leaves nothing behind.
struct Temp {
    Fd fd;
    QByteArray name;  ///< empty while unnamed
};

IoResult<Temp> createTemp(const Place &place, mode_t mode, const QString &shown)
{
    Temp t;
    t.fd = Fd(::openat(place.dir.get(), ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, mode));
    if (t.fd.isValid())
        return t;
    if (errno != EOPNOTSUPP && errno != EINVAL && errno != EISDIR && errno != ENOENT)
        return Unexpected{fail(errno, shown)};
    for (int attempt = 0; attempt < 100; ++attempt) {
        t.name = place.name + '.' + randomSuffix();
        t.fd = Fd(::openat(place.dir.get(), t.name.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, mode));
        if (t.fd.isValid())
            return t;
        if (errno != EEXIST)
            return Unexpected{fail(errno, shown)};
    }
    return Unexpected{fail(EEXIST, shown)};
}

// Gives an unnamed temporary a name ("FILE.XXXXXX") so that rename() can move it.
bool linkTemp(const Place &place, Temp &t)
{
    const QByteArray proc = "/proc/self/fd/" + QByteArray::number(t.fd.get());
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QByteArray name = place.name + '.' + randomSuffix();
        int rc = ::linkat(AT_FDCWD, proc.constData(), place.dir.get(), name.constData(), AT_SYMLINK_FOLLOW);
        if (rc != 0 && errno == ENOENT)  // no /proc: AT_EMPTY_PATH needs CAP_DAC_READ_SEARCH
            rc = ::linkat(t.fd.get(), "", place.dir.get(), name.constData(), AT_EMPTY_PATH);
        if (rc == 0) {
            t.name = name;
            return true;
        }
        if (errno != EEXIST)
            return false;
    }
    errno = EEXIST;
    return false;
}

IoResult<void> writeAll(int fd, QByteArrayView bytes, const QString &shown)
{
    const char *p = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(std::min<qsizetype>(left, qsizetype(1) << 30)));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return Unexpected{fail(errno, shown)};
        }
        p += n;
        left -= n;
    }
    return {};
}

// Owner and group first: chown() clears the setuid and setgid bits, so the mode comes
// after it. The attributes come before the mode: setting an ACL rewrites the group
// bits, which fchmod() then sets to what the file had (its ACL mask, when it has one).
IoResult<void> keepAttributes(int fd, const struct stat &old, const std::vector<Xattr> &xattrs, const QString &shown)
{
    auto notKept = [&shown](const QString &what, int errnum) {
        return Unexpected{IoError{IoErrorCode::AttributesNotKept, shown, QStringLiteral("cannot keep ") + what,
                                  errnoText(errnum) + QStringLiteral("; nothing written"), errnum}};
    };
    if (::fchown(fd, old.st_uid, old.st_gid) != 0)
        return notKept(QStringLiteral("the owner %1 and group %2").arg(old.st_uid).arg(old.st_gid), errno);
    for (const Xattr &x : xattrs) {
        if (::fsetxattr(fd, x.name.constData(), x.value.constData(), size_t(x.value.size()), 0) != 0 && !unsupported(errno))
            return notKept(QStringLiteral("the extended attribute %1").arg(QString::fromUtf8(x.name)), errno);
    }
    const mode_t mode = old.st_mode & 07777;
    if (::fchmod(fd, mode) != 0)
        return notKept(QStringLiteral("the mode %1").arg(mode, 4, 8, QLatin1Char('0')), errno);
    // The kernel drops a setgid bit silently for a group the writer is not in.
    struct stat now {};
    if (::fstat(fd, &now) != 0)
        return Unexpected{fail(errno, shown)};
    if (now.st_uid != old.st_uid || now.st_gid != old.st_gid || (now.st_mode & 07777) != mode)
        return notKept(QStringLiteral("the owner, group and mode %1").arg(mode, 4, 8, QLatin1Char('0')), EPERM);
    return {};
}

} // namespace

IoResult<void> checkWritable(const QString &path)
{
    IoResult<Place> place = inspect(path);
    if (!place)
        return Unexpected{place.error()};
    if (::faccessat(place->dir.get(), ".", W_OK, AT_EACCESS) != 0)
        return Unexpected{fail(errno, path)};
    return {};
}

IoResult<FileStamp> writeFileSafely(const QString &path, QByteArrayView bytes)
{
    IoResult<Place> inspected = inspect(path);
    if (!inspected)
        return Unexpected{inspected.error()};
    Place &place = *inspected;

    std::vector<Xattr> xattrs;
    if (place.exists) {
        // The attributes from the file itself, opened without following a link that
        // replaced it meanwhile; by name when it cannot be opened for reading.
        Fd old(::openat(place.dir.get(), place.name.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
        if (old.isValid()) {
            struct stat st {};
            if (::fstat(old.get(), &st) != 0)
                return Unexpected{fail(errno, path)};
            if (st.st_dev != place.st.st_dev || st.st_ino != place.st.st_ino)
                return Unexpected{IoError{IoErrorCode::Failed, path, kWhat, QStringLiteral("the file was replaced while being written; nothing written")}};
        } else if (errno != EACCES) {
            return Unexpected{fail(errno, path)};
        }
        IoResult<std::vector<Xattr>> read = readXattrs(old.get(), place.target, path);
        if (!read)
            return Unexpected{read.error()};
        xattrs = std::move(*read);
    }

    // A new file gets 0666 less the umask (and the folder's default ACL), as from any
    // other tool; an existing file's mode is set once its owner is.
    IoResult<Temp> created = createTemp(place, place.exists ? mode_t(0600) : mode_t(0666), path);
    if (!created)
        return Unexpected{created.error()};
    Temp &temp = *created;
    auto cleanUp = [&] {
        if (!temp.name.isEmpty())
            ::unlinkat(place.dir.get(), temp.name.constData(), 0);
    };
    auto failWith = [&](const IoError &e) {
        cleanUp();
        return Unexpected{e};
    };

    if (IoResult<void> w = writeAll(temp.fd.get(), bytes, path); !w)
        return failWith(w.error());
    if (place.exists) {
        if (IoResult<void> k = keepAttributes(temp.fd.get(), place.st, xattrs, path); !k)
            return failWith(k.error());
    }
    if (::fsync(temp.fd.get()) != 0)
        return failWith(fail(errno, path));
    if (temp.name.isEmpty() && !linkTemp(place, temp))
        return failWith(fail(errno, path));

    // What is there now must still be what was inspected (or still nothing).
    struct stat now {};
    const bool existsNow = ::fstatat(place.dir.get(), place.name.constData(), &now, AT_SYMLINK_NOFOLLOW) == 0;
    if (existsNow != place.exists
        || (existsNow && (now.st_dev != place.st.st_dev || now.st_ino != place.st.st_ino || now.st_nlink != place.st.st_nlink))) {
        return failWith(IoError{IoErrorCode::Failed, path, kWhat,
                                QStringLiteral("the file was replaced or linked while being written; nothing written")});
    }
    if (::renameat(place.dir.get(), temp.name.constData(), place.dir.get(), place.name.constData()) != 0)
        return failWith(fail(errno, path));
    temp.name.clear();  // it is the file now

    struct stat written {};
    if (::fstat(temp.fd.get(), &written) != 0)
        return Unexpected{fail(errno, path)};
    // The rename is durable only once the folder is synced. Some filesystems cannot
    // sync a folder (EINVAL); there is nothing more to do on those.
    if (::fsync(place.dir.get()) != 0 && errno != EINVAL)
        return Unexpected{IoError::fromErrno(errno, path, QStringLiteral("written, but syncing its folder failed"))};
    return detail::stampFrom(written);
}

} // namespace rs::io
