// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/fileio.h"

#include "io/posixfile.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace rs::io {

namespace detail {

Fd &Fd::operator=(Fd &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = other.release();
    }
    return *this;
}

Fd::~Fd()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

QString fileTypeText(mode_t mode)
{
    switch (mode & S_IFMT) {
    case S_IFDIR: return QStringLiteral("is a directory");
    case S_IFIFO: return QStringLiteral("is a FIFO (named pipe)");
    case S_IFCHR: return QStringLiteral("is a character device");
    case S_IFBLK: return QStringLiteral("is a block device");
    case S_IFSOCK: return QStringLiteral("is a socket");
    case S_IFLNK: return QStringLiteral("is a symbolic link");
    default: return QStringLiteral("is not a regular file");
    }
}

FileType fileTypeOf(mode_t mode)
{
    switch (mode & S_IFMT) {
    case S_IFDIR: return FileType::Directory;
    case S_IFIFO: return FileType::Fifo;
    case S_IFCHR: return FileType::CharacterDevice;
    case S_IFBLK: return FileType::BlockDevice;
    case S_IFSOCK: return FileType::Socket;
    case S_IFLNK: return FileType::SymbolicLink;
    default: return FileType::Other;
    }
}

FileStamp stampFrom(const struct stat &st)
{
    FileStamp s;
    s.device = quint64(st.st_dev);
    s.inode = quint64(st.st_ino);
    s.size = qint64(st.st_size);
    s.modifiedNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    s.changedNs = qint64(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
    return s;
}

QByteArray encodePath(const QString &path)
{
    return QFile::encodeName(path);
}

} // namespace detail

using detail::Fd;

QString byteSizeText(qint64 bytes)
{
    constexpr qint64 kMiB = qint64(1) << 20;
    if (bytes >= kMiB && bytes % kMiB == 0)
        return QStringLiteral("%1 MiB").arg(bytes / kMiB);
    return QStringLiteral("%1 bytes").arg(bytes);
}

IoResult<FileContent> readRegularFile(const QString &path, const ReadOptions &options)
{
    static const QString what = QStringLiteral("cannot read");
    if (path.isEmpty())
        return Unexpected{IoError{IoErrorCode::NotFound, path, what, QStringLiteral("no file name given")}};
    const QByteArray native = detail::encodePath(path);
    auto notRegular = [&path](mode_t mode) {
        return Unexpected{IoError{IoErrorCode::NotRegularFile, path, what,
                                  detail::fileTypeText(mode) + QStringLiteral(", not a regular file"), 0,
                                  detail::fileTypeOf(mode)}};
    };
    // stat() before open(): opening a FIFO blocks, and opening some devices acts
    // (a watchdog starts, a tape rewinds). fstat() after open() is the check that
    // counts, in case the path was replaced in between.
    struct stat st {};
    if (::stat(native.constData(), &st) != 0)
        return Unexpected{IoError::fromErrno(errno, path, what)};
    if (!S_ISREG(st.st_mode))
        return notRegular(st.st_mode);
    Fd fd(::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (!fd.isValid())
        return Unexpected{IoError::fromErrno(errno, path, what)};
    if (::fstat(fd.get(), &st) != 0)
        return Unexpected{IoError::fromErrno(errno, path, what)};
    if (!S_ISREG(st.st_mode))
        return notRegular(st.st_mode);
    auto tooLarge = [&](const QString &size) {
        return Unexpected{IoError{IoErrorCode::TooLarge, path, what,
                                  QStringLiteral("%1 is over the limit of %2").arg(size, byteSizeText(options.maxBytes))}};
    };
    if (qint64(st.st_size) > options.maxBytes)
        return tooLarge(QStringLiteral("%1 bytes").arg(qint64(st.st_size)));

    // st_size is a hint (files in /proc say 0, a file may grow): read until EOF,
    // never more than the limit plus one byte.
    constexpr qint64 kChunk = qint64(1) << 20;
    QByteArray bytes;
    bytes.reserve(qsizetype(std::min<qint64>(qint64(st.st_size) + 1, options.maxBytes + 1)));
    qint64 total = 0;
    for (;;) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed))
            return Unexpected{IoError{IoErrorCode::Cancelled, path, what, QStringLiteral("cancelled")}};
        const qint64 want = std::min(kChunk, options.maxBytes + 1 - total);
        if (want <= 0)
            return tooLarge(QStringLiteral("the file"));
        bytes.resize(qsizetype(total + want));
        const ssize_t n = ::read(fd.get(), bytes.data() + total, size_t(want));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return Unexpected{IoError::fromErrno(errno, path, what)};
        }
        if (n == 0)
            break;
        total += n;
    }
    bytes.resize(qsizetype(total));
    if (total > options.maxBytes)
        return tooLarge(QStringLiteral("the file"));
    return FileContent{std::move(bytes), detail::stampFrom(st)};
}

IoResult<FileStamp> stampOf(const QString &path)
{
    struct stat st {};
    if (path.isEmpty() || ::stat(detail::encodePath(path).constData(), &st) != 0)
        return Unexpected{IoError::fromErrno(path.isEmpty() ? ENOENT : errno, path, QStringLiteral("cannot read"))};
    return detail::stampFrom(st);
}

} // namespace rs::io
