// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ioerror.h"

#include <cerrno>
#include <cstring>

namespace rs {

namespace {

// strerror_r comes in two shapes (XSI returns int, GNU returns the text); both
// overloads are here so that whichever the C library declares compiles.
[[maybe_unused]] const char *strerrorResult(int rc, const char *buffer)
{
    return rc == 0 ? buffer : nullptr;
}
[[maybe_unused]] const char *strerrorResult(const char *text, const char *)
{
    return text;
}

IoErrorCode codeFor(int errnum)
{
    switch (errnum) {
    case ENOENT:
    case ENOTDIR: return IoErrorCode::NotFound;
    case EACCES:
    case EPERM:
    case EROFS: return IoErrorCode::AccessDenied;
    case ENOSPC:
    case EDQUOT: return IoErrorCode::NoSpace;
    case EISDIR: return IoErrorCode::NotRegularFile;
    case EFBIG: return IoErrorCode::TooLarge;
    default: return IoErrorCode::Failed;
    }
}

} // namespace

QString errnoText(int errnum)
{
    char buffer[256] = {};
    const char *text = strerrorResult(strerror_r(errnum, buffer, sizeof buffer), buffer);
    if (!text || !*text)
        return QStringLiteral("system error %1").arg(errnum);
    return QString::fromLocal8Bit(text);
}

IoError IoError::fromErrno(int errnum, const QString &path, const QString &what)
{
    return IoError{codeFor(errnum), path, what, errnoText(errnum), errnum,
                   errnum == EISDIR ? FileType::Directory : FileType::Unknown};
}

} // namespace rs
