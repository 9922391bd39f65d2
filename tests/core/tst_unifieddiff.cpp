#include "config/linediff.h"
#include "config/unifieddiff.h"

#include <QTest>

using namespace rs;

class TestUnifiedDiff : public QObject
{
    Q_OBJECT
private slots:
    void diff_data();
    void diff();
    void lineEdits_data();
    void lineEdits();
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

void TestUnifiedDiff::lineEdits_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<int>("edits");
    QTest::newRow("identical") << QByteArray("a\nb\n") << QByteArray("a\nb\n") << 0;
    QTest::newRow("one line changed") << QByteArray("a\nb\nc\n") << QByteArray("a\nB\nc\n") << 1;
    QTest::newRow("two distant changes") << QByteArray("a\nb\nc\nd\ne\n") << QByteArray("A\nb\nc\nd\nE\n") << 2;
    QTest::newRow("insertion") << QByteArray("a\nc\n") << QByteArray("a\nb\nc\n") << 1;
    QTest::newRow("missing final newline") << QByteArray("a\nb") << QByteArray("a\nb\n") << 1;
    QTest::newRow("everything new") << QByteArray() << QByteArray("x\n") << 1;
}

void TestUnifiedDiff::lineEdits()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(int, edits);
    const TextEdits e = rs::lineEdits(before, after);
    QCOMPARE(e.size(), edits);
    QCOMPARE(applyEdits(before, e), after);
}

QTEST_GUILESS_MAIN(TestUnifiedDiff)
#include "tst_unifieddiff.moc"
