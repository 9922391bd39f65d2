#include "cli/commands.h"

#include "platform/hugepages.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    rs::preferHugePages(argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("routescope-cli"));
    QFile out, err;
    if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly))
        return rs::cli::UsageOrIo;
    QTextStream outStream(&out), errStream(&err);
    const int code = rs::cli::run(QCoreApplication::arguments(), outStream, errStream);
    outStream.flush();
    errStream.flush();
    return code;
}
