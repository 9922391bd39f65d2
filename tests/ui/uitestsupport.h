// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../support/scratchfiles.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMainWindow>
#include <QMouseEvent>
#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

namespace rs::test {

// The part of `root` (a widget, dock, model or session) of type T with the object
// name `name` (any of type T when empty); a missing one stops the test, naming what
// was looked for, so that a renamed object fails clearly rather than crashing later.
template<typename T>
T *part(const QObject &root, const QString &name = {})
{
    T *found = root.findChild<T *>(name);
    if (!found)
        qFatal("%s has no %s named \"%s\"", qPrintable(root.objectName()), T::staticMetaObject.className(),
               qPrintable(name));
    return found;
}

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

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Drags a dock separator of `window` with the mouse from `from` to `to`, as a user
// does. (QTest's mouseMove carries no button, which the separator needs; the window
// applies each move from a timer, and the table headers resize from one too.)
inline void dragSeparator(QMainWindow &window, QPoint from, QPoint to)
{
    const auto send = [&window](QEvent::Type type, QPoint at, Qt::MouseButton button, Qt::MouseButtons held) {
        QMouseEvent e(type, at, window.mapToGlobal(at), button, held, Qt::NoModifier);
        QApplication::sendEvent(&window, &e);
    };
    send(QEvent::MouseMove, from, Qt::NoButton, Qt::NoButton);
    send(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    for (int step = 1; step <= 10; ++step) {
        send(QEvent::MouseMove, from + (to - from) * step / 10, Qt::NoButton, Qt::LeftButton);
        QTest::qWait(5);
    }
    send(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
    QTest::qWait(50);
}

} // namespace rs::test
