// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/io: the POSIX pieces fileio.cpp and safewrite.cpp share.

#include "io/fileio.h"

#include <sys/stat.h>

namespace rs::io::detail {

/// Owns a file descriptor; closes it once.
class Fd final
{
public:
    Fd() = default;
    explicit Fd(int fd) : m_fd(fd) {}
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    Fd(Fd &&other) noexcept : m_fd(other.release()) {}
    Fd &operator=(Fd &&other) noexcept;
    ~Fd();

    int get() const { return m_fd; }
    bool isValid() const { return m_fd >= 0; }
    int release()
    {
        const int fd = m_fd;
        m_fd = -1;
        return fd;
    }

private:
    int m_fd = -1;
};

/// "is a directory", "is a FIFO (named pipe)", ... for a mode that is not a regular file.
QString fileTypeText(mode_t mode);
FileType fileTypeOf(mode_t mode);
FileStamp stampFrom(const struct stat &st);
QByteArray encodePath(const QString &path);

} // namespace rs::io::detail
