// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lessonsandbox.h"

#include "document/documenttext.h"
#include "io/fileio.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace rs::ui {

QString LessonSandboxes::root()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/lessons";
}

QString LessonSandboxes::folderOf(const Lesson &lesson)
{
    // A trainer's folder may be named without a number; the sandbox always has one,
    // so the folders sort like the list.
    static const QRegularExpression numbered(QStringLiteral("^\\d+-"));
    QString name = lesson.id;
    name.replace(u'/', u'-');
    if (!numbered.match(name).hasMatch())
        name = QStringLiteral("%1-%2").arg(lesson.number, 2, 10, QLatin1Char('0')).arg(name);
    return root() + u'/' + name;
}

Result<LessonSandbox, QString> LessonSandboxes::prepare(const Lesson &lesson, bool fresh)
{
    LessonSandbox box;
    box.folder = folderOf(lesson);
    if (!QDir().mkpath(box.folder))
        return Unexpected{tr("Cannot create the lesson folder %1.").arg(QDir::toNativeSeparators(box.folder))};
    box.config = box.folder + u"/lesson.conf";
    // The zones are the lesson's data, not the learner's: always as shipped.
    for (const QString &zone : lesson.zoneFiles) {
        QFile in(zone);
        if (!in.open(QIODevice::ReadOnly))
            return Unexpected{tr("Cannot read the lesson's zone file %1: %2").arg(zone, in.errorString())};
        const QString target = box.folder + u'/' + QFileInfo(zone).fileName();
        if (const auto written = io::writeFileSafely(target, in.readAll()); !written)
            return Unexpected{DocumentText::ioErrorText(written.error())};
        box.zones << target;
    }
    box.resumed = !fresh && QFileInfo::exists(box.config);
    if (!box.resumed) {
        if (const auto written = io::writeFileSafely(box.config, lesson.startConfig); !written)
            return Unexpected{DocumentText::ioErrorText(written.error())};
    }
    return box;
}

bool LessonSandboxes::contains(const QString &path)
{
    const QString folder = QDir::cleanPath(root()) + u'/';
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath()).startsWith(folder);
}

} // namespace rs::ui
