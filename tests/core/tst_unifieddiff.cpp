#include "config/unifieddiff.h"

#include <QTest>

using namespace rs;

class TestUnifiedDiff : public QObject
{
    Q_OBJECT
private slots:
    void diff_data();
    void diff();
};

void TestUnifiedDiff::diff_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("begin");
    QTest::addColumn<int>("end");
    QTest::addColumn<QByteArray>("replacement");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray five = "1\n2\n3\n4\n5\n";
    QTest::newRow("change middle line") << five << 4 << 5 << QByteArray("three")
                                        << QByteArray("--- a\n+++ b\n@@ -1,5 +1,5 @@\n 1\n 2\n-3\n+three\n 4\n 5\n");
    QTest::newRow("insert a line") << five << 4 << 4 << QByteArray("new\n")
                                   << QByteArray("--- a\n+++ b\n@@ -1,5 +1,6 @@\n 1\n 2\n+new\n 3\n 4\n 5\n");
    QTest::newRow("append at end") << QByteArray("1\n") << 2 << 2 << QByteArray("2\n")
                                   << QByteArray("--- a\n+++ b\n@@ -1,1 +1,2 @@\n 1\n+2\n");
    QTest::newRow("delete a line") << five << 0 << 2 << QByteArray()
                                   << QByteArray("--- a\n+++ b\n@@ -1,4 +1,3 @@\n-1\n 2\n 3\n 4\n");
    QTest::newRow("no newline at end") << QByteArray("a\nb") << 2 << 3 << QByteArray("c")
                                       << QByteArray("--- a\n+++ b\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n");
}

void TestUnifiedDiff::diff()
{
    QFETCH(QByteArray, text);
    QFETCH(int, begin);
    QFETCH(int, end);
    QFETCH(QByteArray, replacement);
    QFETCH(QByteArray, expected);
    const QByteArray d = unifiedDiff(text, {{quint32(begin), quint32(end), replacement}}, u"a"_qs, u"b"_qs);
    QCOMPARE(QString::fromUtf8(d), QString::fromUtf8(expected));
}

QTEST_GUILESS_MAIN(TestUnifiedDiff)
#include "tst_unifieddiff.moc"
