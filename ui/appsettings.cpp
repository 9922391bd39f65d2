// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <QSettings>

namespace rs::ui::AppSettings {

QString language()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void setLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
}

QStringList recentFiles()
{
    return QSettings().value(QStringLiteral("files/recent")).toStringList();
}

void addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    QSettings().setValue(QStringLiteral("files/recent"), files);
}

void clearRecentFiles()
{
    QSettings().remove(QStringLiteral("files/recent"));
}

QByteArray windowGeometry()
{
    return QSettings().value(QStringLiteral("window/geometry")).toByteArray();
}

QByteArray windowState()
{
    return QSettings().value(QStringLiteral("window/state")).toByteArray();
}

void setWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), geometry);
    s.setValue(QStringLiteral("window/state"), state);
}

QString liveSource()
{
    return QSettings().value(QStringLiteral("live/source"), QStringLiteral("dns")).toString();
}

void setLiveSource(const QString &source)
{
    QSettings().setValue(QStringLiteral("live/source"), source);
}

QString zoneFile()
{
    return QSettings().value(QStringLiteral("live/zoneFile")).toString();
}

void setZoneFile(const QString &path)
{
    QSettings().setValue(QStringLiteral("live/zoneFile"), path);
}

QString dnsServer()
{
    return QSettings().value(QStringLiteral("live/dnsServer")).toString();
}

void setDnsServer(const QString &server)
{
    QSettings().setValue(QStringLiteral("live/dnsServer"), server);
}

int dnsTimeoutMs()
{
    return QSettings().value(QStringLiteral("live/timeoutMs"), defaultDnsTimeoutMs).toInt();
}

void setDnsTimeoutMs(int ms)
{
    QSettings().setValue(QStringLiteral("live/timeoutMs"), ms);
}

namespace {

QString lessonKey(const QString &id, QStringView what)
{
    return u"lessons/" + id + u'/' + what;
}

} // namespace

bool lessonPassed(const QString &id)
{
    return QSettings().value(lessonKey(id, u"passed"), false).toBool();
}

void setLessonPassed(const QString &id)
{
    QSettings().setValue(lessonKey(id, u"passed"), true);
}

int lessonHintsUsed(const QString &id)
{
    return QSettings().value(lessonKey(id, u"hints"), 0).toInt();
}

void setLessonHintsUsed(const QString &id, int hints)
{
    QSettings().setValue(lessonKey(id, u"hints"), hints);
}

bool lessonSolutionShown(const QString &id)
{
    return QSettings().value(lessonKey(id, u"solutionShown"), false).toBool();
}

void setLessonSolutionShown(const QString &id)
{
    QSettings().setValue(lessonKey(id, u"solutionShown"), true);
}

void clearLessonProgress()
{
    QSettings().remove(QStringLiteral("lessons"));
}

} // namespace rs::ui::AppSettings
