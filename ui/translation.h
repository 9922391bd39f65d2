// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace rs::ui {

/// Installs RouteScope's and Qt's own translations for `language` ("de", "en",
/// ...), or for the system locale when it is empty. Returns the language used
/// ("en" when nothing was loaded).
QString installTranslations(QCoreApplication &app, const QString &language = {});

/// The languages RouteScope ships, as codes ("en", "de").
QStringList availableLanguages();

/// The language installTranslations() chose ("en" before it was called): what
/// texts that come in several languages (the lessons) are shown in.
QString currentLanguage();

} // namespace rs::ui
