// SPDX-License-Identifier: GPL-3.0-or-later
// Every source file states its license in its first lines (see LICENSE): a file
// copied out of the tree keeps saying under which terms.
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLicenseHeaders final : public QObject
{
    Q_OBJECT

private slots:
    void everySourceHasTheSpdxLine_data();
    void everySourceHasTheSpdxLine();
};

void TestLicenseHeaders::everySourceHasTheSpdxLine_data()
{
    QTest::addColumn<QString>("path");
    const QString root = QStringLiteral(ROUTESCOPE_SOURCE_DIR);
    QTest::newRow("CMakeLists.txt") << root + u"/CMakeLists.txt"_s;
    for (const QString &dir : {u"app"_s, u"core"_s, u"ui"_s, u"tests"_s, u"bench"_s, u"fuzz"_s, u"packaging"_s}) {
        QDirIterator it(root + u'/' + dir, {u"*.cpp"_s, u"*.h"_s, u"CMakeLists.txt"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = path.mid(root.size() + 1);
            // Test data are inputs, not sources.
            if (relative.startsWith(u"tests/data/") || relative.startsWith(u"tests/golden/"))
                continue;
            QTest::newRow(qPrintable(relative)) << path;
        }
    }
}

void TestLicenseHeaders::everySourceHasTheSpdxLine()
{
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray head;
    for (int i = 0; i < 3 && !f.atEnd(); ++i)
        head += f.readLine();
    QVERIFY2(head.contains("SPDX-License-Identifier: GPL-3.0-or-later"), qPrintable(path));
}

QTEST_GUILESS_MAIN(TestLicenseHeaders)
#include "tst_licenseheaders.moc"
