#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace rs::test {

// Copies the bundled example (esp.conf and its conf.d) into `dir`, so tests may
// edit and save it; returns the path of the copy of esp.conf.
inline QString copyExample(const QTemporaryDir &dir)
{
    const QString from = QStringLiteral(ROUTESCOPE_EXAMPLES);
    QDir(dir.path()).mkpath(QStringLiteral("conf.d"));
    const QStringList included = QDir(from + u"/conf.d").entryList(QDir::Files);
    for (const QString &f : included)
        QFile::copy(from + u"/conf.d/" + f, dir.path() + u"/conf.d/" + f);
    const QString to = dir.path() + u"/esp.conf";
    QFile::copy(from + u"/esp.conf", to);
    QFile(to).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return to;
}

inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.path() + u'/' + name;
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace rs::test
