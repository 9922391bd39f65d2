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

} // namespace AppSettings

} // namespace rs::ui
