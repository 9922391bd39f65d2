// SPDX-License-Identifier: GPL-3.0-or-later
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
    void merge_data();
    void merge();
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

void TestUnifiedDiff::merge_data()
{
    QTest::addColumn<QByteArray>("base");
    QTest::addColumn<QByteArray>("ours");
    QTest::addColumn<QByteArray>("theirs");
    QTest::addColumn<QByteArray>("expected");  // empty: refused
    QTest::addColumn<QString>("conflicts");
    const QByteArray base = "Routes = ( \"__mx__\" )\n\nDomain \"a.test\" {\n  Routes = ( \"r1.test\" )\n}\n";
    QByteArray ours = base;
    ours.replace("r1.test", "r2.test");
    QTest::newRow("another process appended a Domain; we edited a route list")
        << base << ours << base + "Domain \"new.test\" {\n}\n"
        << ours + "Domain \"new.test\" {\n}\n" << QString();
    QTest::newRow("both changed the same line") << base << ours << QByteArray(base).replace("r1.test", "r3.test")
                                                << QByteArray() << u"4-4"_qs;
    QTest::newRow("both changed it the same way") << base << ours << ours << ours << QString();
    QTest::newRow("only they changed") << base << base << ours << ours << QString();
    QTest::newRow("CRLF and NUL bytes are text") << QByteArray("a\r\n\0b\r\nc\r\n", 11) << QByteArray("A\r\n\0b\r\nc\r\n", 11)
                                                  << QByteArray("a\r\n\0b\r\nC\r\n", 11)
                                                  << QByteArray("A\r\n\0b\r\nC\r\n", 11) << QString();
}

void TestUnifiedDiff::merge()
{
    QFETCH(QByteArray, base);
    QFETCH(QByteArray, ours);
    QFETCH(QByteArray, theirs);
    QFETCH(QByteArray, expected);
    QFETCH(QString, conflicts);
    const LineMerge m = mergeLines(base, ours, theirs);
    QCOMPARE(m.clean, !expected.isEmpty());
    QCOMPARE(m.text, expected);
    QStringList ranges;
    for (const auto &[first, last] : m.conflicts)
        ranges << QString::number(first) + u'-' + QString::number(last);
    QCOMPARE(ranges.join(u' '), conflicts);
}

QTEST_GUILESS_MAIN(TestUnifiedDiff)
#include "tst_unifieddiff.moc"
