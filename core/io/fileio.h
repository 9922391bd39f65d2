// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ioerror.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <atomic>

/// Every file RouteScope reads (configurations, includes, zones) and writes (`set`,
/// the editor's Save) goes through these functions, so the guarantees hold in one
/// place:
///
/// - Only regular files are read: a directory, FIFO, device or socket is an error
///   naming the path, found before anything blocks (no hang on a FIFO, no endless
///   read of /dev/zero). Reads are bounded by a size limit.
/// - A write never leaves half a file: the bytes go to a new file in the same folder,
///   are synced, and replace the old one with rename(); the folder is synced after.
/// - A write keeps what the file had: owner, group, mode (setuid, setgid and sticky
///   bits included), extended attributes and POSIX ACLs. A symbolic link is written
///   through to its target. Refused with a reason, nothing written: anything but a
///   regular file or a new path, and a file with other hard links (replacing it would
///   leave the other names with the old content).
/// - Errors carry the path and the system's strerror() text.
namespace rs::io {

/// The largest file read unless the caller says otherwise (256 MiB). A configuration
/// of 100,000 domains is about 10 MB.
inline constexpr qint64 kMaxFileBytes = qint64(256) << 20;

/// "256 MiB" for whole mebibytes, else "N bytes": how limits are named in messages.
QString byteSizeText(qint64 bytes);

/// Which version of a file was read or written: two stamps differ when the file was
/// replaced or changed in between (the editor's "changed on disk" test).
struct FileStamp {
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = -1;
    qint64 modifiedNs = 0;  ///< st_mtim in nanoseconds since the epoch
    qint64 changedNs = 0;   ///< st_ctim: also moves on chmod, chown, a new link
    bool isValid() const { return size >= 0; }
    /// Same file (device and inode), whatever its content.
    bool sameFile(const FileStamp &other) const { return device == other.device && inode == other.inode; }
    friend bool operator==(const FileStamp &, const FileStamp &) = default;
};

struct FileContent {
    QByteArray bytes;
    FileStamp stamp;  ///< of the file the bytes were read from
};

struct ReadOptions {
    qint64 maxBytes = kMaxFileBytes;          ///< a larger file is IoErrorCode::TooLarge
    const std::atomic_bool *cancel = nullptr; ///< checked between chunks of 1 MiB
};

/// Reads a whole regular file (symbolic links followed). Anything else is refused
/// without reading from it: IoErrorCode::NotRegularFile, "is a directory", "is a FIFO
/// (named pipe)", "is a character device"... A file over `maxBytes` is TooLarge.
IoResult<FileContent> readRegularFile(const QString &path, const ReadOptions &options = {});

/// The stamp of the file at `path` now (symbolic links followed), without reading it.
IoResult<FileStamp> stampOf(const QString &path);

/// What writeFileSafely() would refuse, checked without writing: a path that exists
/// and is not a regular file (or a link to one), a file with other hard links, a
/// folder that does not exist. A dialog can tell before the user confirms.
IoResult<void> checkWritable(const QString &path);

/// Replaces the file at `path` with `bytes`, atomically and keeping its owner, group,
/// mode, extended attributes and ACLs (see above); creates it when the path is new
/// (mode 0666 less the umask, and the folder's default ACL, as other tools do).
/// Returns the stamp of the file written.
IoResult<FileStamp> writeFileSafely(const QString &path, QByteArrayView bytes);

} // namespace rs::io
