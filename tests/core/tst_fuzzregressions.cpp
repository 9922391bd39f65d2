// SPDX-License-Identifier: GPL-3.0-or-later
#include "config_property.h"
#include "routeentry_property.h"
#include "selection_property.h"
#include "zone_property.h"

#include <QDir>
#include <QTest>

// Every input a fuzzer once broke, plus the test data, checked against the fuzzers'
// properties in the ordinary build (and so under the sanitizers in CI).
class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private slots:
    void config_data();
    void config();
    void zone_data();
    void zone();
    void selection_data();
    void selection();
    void routeEntry_data();
    void routeEntry();
};

namespace {

void addFiles(const QStringList &dirs)
{
    QTest::addColumn<QString>("path");
    for (const QString &dir : dirs) {
        const QDir d(dir);
        for (const QString &f : d.entryList(QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(d.dirName() + u'/' + f)) << d.filePath(f);
    }
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void TestFuzzRegressions::config_data()
{
    addFiles({QStringLiteral(ROUTESCOPE_FUZZ_DIR "/regressions/config"), QStringLiteral(ROUTESCOPE_TEST_DATA "/nasty"),
              QStringLiteral(ROUTESCOPE_TEST_DATA "/examples")});
}

void TestFuzzRegressions::config()
{
    QFETCH(QString, path);
    const QString failure = rs::fuzz::checkConfigProperties(readAll(path));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestFuzzRegressions::zone_data()
{
    addFiles({QStringLiteral(ROUTESCOPE_FUZZ_DIR "/regressions/zone"), QStringLiteral(ROUTESCOPE_TEST_DATA "/dns")});
}

void TestFuzzRegressions::zone()
{
    QFETCH(QString, path);
    const QString failure = rs::fuzz::checkZoneProperties(readAll(path));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestFuzzRegressions::selection_data()
{
    addFiles({QStringLiteral(ROUTESCOPE_FUZZ_DIR "/regressions/selection")});
}

void TestFuzzRegressions::selection()
{
    QFETCH(QString, path);
    const QString failure = rs::fuzz::checkSelectionProperties(rs::fuzz::decodeSelectionInput(readAll(path)));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestFuzzRegressions::routeEntry_data()
{
    addFiles({QStringLiteral(ROUTESCOPE_FUZZ_DIR "/regressions/routeentry")});
}

void TestFuzzRegressions::routeEntry()
{
    QFETCH(QString, path);
    const QString failure = rs::fuzz::checkRouteEntryProperties(readAll(path));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
