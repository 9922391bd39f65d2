// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace rs::ui {

/// The settings the editor keeps between sessions (QSettings keys in one place).
namespace AppSettings {

/// "" follows the system locale; else a language code such as "de" or "en".
QString language();
void setLanguage(const QString &code);

QStringList recentFiles();
void addRecentFile(const QString &path);
void clearRecentFiles();
constexpr int maxRecentFiles = 8;

QByteArray windowGeometry();
QByteArray windowState();
void setWindowLayout(const QByteArray &geometry, const QByteArray &state);

/// The live panel: "zone" (offline zone file) or "dns" (c-ares).
QString liveSource();
void setLiveSource(const QString &source);
QString zoneFile();
void setZoneFile(const QString &path);
/// "host[:port]"; empty: the system's resolver configuration.
QString dnsServer();
void setDnsServer(const QString &server);
int dnsTimeoutMs();
void setDnsTimeoutMs(int ms);
constexpr int defaultDnsTimeoutMs = 2000;

/// Progress through the lessons, by lesson id: passed (every condition met once),
/// how many hints were shown, whether the solution was shown.
bool lessonPassed(const QString &id);
void setLessonPassed(const QString &id);
int lessonHintsUsed(const QString &id);
void setLessonHintsUsed(const QString &id, int hints);
bool lessonSolutionShown(const QString &id);
void setLessonSolutionShown(const QString &id);
/// Forgets all lesson progress (a trainer preparing a machine for the next group).
void clearLessonProgress();

} // namespace AppSettings

} // namespace rs::ui
