// SPDX-License-Identifier: GPL-3.0-or-later
#include "translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace rs::ui {

namespace {
QString g_language = QStringLiteral("en");  // set once at start-up, read on the GUI thread
} // namespace

QString currentLanguage()
{
    return g_language;
}

QString installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Owned by the application, which outlives every window.
    auto *own = new QTranslator(&app);
    // English has a catalogue too: it holds only the plural forms of "%n ...(s)" texts.
    if (!own->load(locale, QStringLiteral("routescope"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && !own->load(QStringLiteral(":/i18n/routescope_en.qm"))) {
        delete own;
        return g_language = QStringLiteral("en");
    }
    app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return g_language = QFileInfo(own->filePath()).baseName().section(u'_', 1);
}

QStringList availableLanguages()
{
    QStringList codes{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("routescope_*.qm")});
    for (const QString &f : files) {
        const QString code = f.section(u'_', 1).section(u'.', 0, 0);
        if (!codes.contains(code))
            codes.append(code);
    }
    return codes;
}

} // namespace rs::ui
