// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"
#include "live/livepanel.h"
#include "mainwindow.h"
#include "translation.h"

#include "platform/heapreuse.h"


#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    // Not on huge pages, unlike routescope-cli, but on recycled memory: every edit of a
    // big file copies its text, tree and scopes (docs/design.md, "Memory and start-up").
    rs::reuseFreedMemory();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RouteScope"));
    QApplication::setApplicationName(QStringLiteral("RouteScope"));
    QApplication::setApplicationVersion(QStringLiteral(ROUTESCOPE_VERSION));
    // Wayland compositors match the window to packaging/org.routescope.RouteScope.desktop by this.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.routescope.RouteScope"));

    // --lang must be known before any translated text is made, so parse twice:
    // once quietly for it, then for real with translated help.
    QCommandLineParser quiet;
    quiet.addOption(QCommandLineOption(QStringLiteral("lang"), QString(), QStringLiteral("CODE")));
    quiet.parse(QApplication::arguments());
    const QString lang = quiet.isSet(QStringLiteral("lang")) ? quiet.value(QStringLiteral("lang"))
                                                             : rs::ui::AppSettings::language();
    rs::ui::installTranslations(app, lang);

    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "Interface language (en, de)."),
                                        QStringLiteral("CODE")));
    parser.setApplicationDescription(QApplication::translate("main", "Editor for Momentum MTA outbound routing."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("CONFIG"),
                                 QApplication::translate("main", "ecelerity.conf file to open."),
                                 QStringLiteral("[CONFIG]"));
    // Where the live panel resolves, for this session (Settings keep the default).
    const QCommandLineOption zoneOption(QStringLiteral("zone"),
                                        QApplication::translate("main", "Offline DNS zone file for the live panel."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption dnsOption(QStringLiteral("dns"),
                                       QApplication::translate("main", "DNS server for the live panel."),
                                       QStringLiteral("HOST[:PORT]"));
    parser.addOption(zoneOption);
    parser.addOption(dnsOption);
    parser.process(app);

    rs::ui::MainWindow window;
    if (parser.isSet(zoneOption))
        window.livePanel()->setZoneFile(parser.value(zoneOption));
    else if (parser.isSet(dnsOption))
        window.livePanel()->setDnsServer(parser.value(dnsOption));
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    return QApplication::exec();
}
