// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/result.h"

#include <QString>

namespace rs {

/// Why a file could not be read or written, for callers that act on the kind
/// (a diagnostic code, an exit status) rather than on the text.
enum class IoErrorCode : quint8 {
    NotFound,           ///< the file or its folder does not exist
    AccessDenied,       ///< EACCES, EPERM
    NotRegularFile,     ///< a directory, FIFO, device or socket where a file was expected
    TooLarge,           ///< over the size limit of the read
    HardLinked,         ///< a write would break the file's other hard links
    AttributesNotKept,  ///< owner, group, mode or an extended attribute could not be kept
    NoSpace,            ///< ENOSPC, EDQUOT
    Cancelled,          ///< the caller's cancel flag was raised
    Failed,             ///< any other system error
};

/// What a path is when it is not a regular file (IoErrorCode::NotRegularFile).
enum class FileType : quint8 { Unknown, Directory, Fifo, CharacterDevice, BlockDevice, Socket, SymbolicLink, Other };

/// A failed read or write: what, where, and the system's own words for why. An
/// interface words it by `code` (and `fileType`, `sysErrno`); `what` and `reason` are
/// the CLI's English.
struct IoError {
    IoErrorCode code = IoErrorCode::Failed;
    QString path;
    QString what;     ///< what failed: "cannot read", "refusing to write", ...
    QString reason;   ///< why: strerror() text or ours ("is a directory"), no final period
    int sysErrno = 0; ///< the errno behind it, 0 when no system call failed
    FileType fileType = FileType::Unknown;  ///< NotRegularFile: what the path is instead

    /// "WHAT: REASON".
    QString message() const { return what + QStringLiteral(": ") + reason; }
    /// "PATH: WHAT: REASON".
    QString toString() const { return path + QStringLiteral(": ") + message(); }

    /// An error from a failed system call, its reason strerror(errnum).
    static IoError fromErrno(int errnum, const QString &path, const QString &what);
};

template<typename T>
using IoResult = Result<T, IoError>;

/// strerror() text for an errno value (thread-safe), never Qt's "Unknown error".
QString errnoText(int errnum);

} // namespace rs
