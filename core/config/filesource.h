// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/fileio.h"

#include <QStringList>

namespace rs {

/// Where a ConfigSet reads its files when they do not come from the file system as
/// it is now: the files of a git revision, for instance (impact/gitrevision.h).
/// Paths are the ones the set asks for: the opened path, and includes resolved
/// against the folder of the file that includes them.
class FileSource
{
public:
    virtual ~FileSource() = default;

    enum class Kind : quint8 { Missing, File, Directory };
    virtual Kind kind(const QString &path) const = 0;
    /// The files a directory include brings in: regular files, hidden names skipped,
    /// in lexical order, as paths inside `directory` (what ConfigSet does on disk).
    virtual QStringList files(const QString &directory) const = 0;
    /// The file's identity (device and inode, or what stands for them) without
    /// reading it: each file of a set is read once, however often it is included.
    virtual IoResult<io::FileStamp> stamp(const QString &path) const = 0;
    /// The whole file, at most `maxBytes` (more is IoErrorCode::TooLarge).
    virtual IoResult<io::FileContent> read(const QString &path, qint64 maxBytes) const = 0;
};

} // namespace rs
