// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Files and git repositories that tests make in temporary folders.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace rs::test {

/// Writes `bytes` to `name` below `dir` (folders made as needed, the file replaced);
/// the file's path, or an empty string when it could not be written.
inline QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = QDir(dir).filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    return writeFile(dir.path(), name, bytes);
}

/// A git repository in a temporary folder, for `git:REV` sources. Commits are made
/// with a test identity and without signing, whatever the user's git configuration.
class ScratchGitRepo
{
public:
    /// git's path, empty when it is not installed (a test then skips).
    static QString gitProgram() { return QStandardPaths::findExecutable(QStringLiteral("git")); }

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    /// Runs git in the repository; true when it exits 0 within 20 s.
    bool git(const QStringList &args) const
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(gitProgram(), QStringList{QStringLiteral("-c"), QStringLiteral("user.name=t"), QStringLiteral("-c"),
                                          QStringLiteral("user.email=t@example.test"), QStringLiteral("-c"),
                                          QStringLiteral("commit.gpgsign=false")}
                                  + args);
        return p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }
    /// Writes a file of the work tree; false when it could not be written.
    bool put(const QString &name, const QByteArray &bytes) const { return !writeFile(path(), name, bytes).isEmpty(); }

private:
    QTemporaryDir m_dir;
};

} // namespace rs::test
