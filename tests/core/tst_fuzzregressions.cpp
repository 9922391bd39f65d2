#include "config_property.h"

#include <QDir>
#include <QTest>

// Every input a fuzzer once broke, plus every file of tests/data, checked
// against the fuzzers' properties in the ordinary build.
class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private slots:
    void config_data();
    void config();
};

void TestFuzzRegressions::config_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &dir : {QStringLiteral(ROUTESCOPE_FUZZ_DIR "/regressions/config"),
                               QStringLiteral(ROUTESCOPE_TEST_DATA "/nasty"),
                               QStringLiteral(ROUTESCOPE_TEST_DATA "/examples")}) {
        const QDir d(dir);
        for (const QString &f : d.entryList(QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(d.dirName() + u'/' + f)) << d.filePath(f);
    }
}

void TestFuzzRegressions::config()
{
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString failure = rs::fuzz::checkConfigProperties(f.readAll());
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
