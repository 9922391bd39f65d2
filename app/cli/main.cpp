// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"

#include "platform/hugepages.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    rs::preferHugePages(argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("routescope-cli"));
    return rs::cli::runOnStandardStreams(QCoreApplication::arguments());
}
