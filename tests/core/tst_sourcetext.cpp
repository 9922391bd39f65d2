// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/sourcetext.h"

#include <QTest>

using namespace rs;

// Line and column of offsets, with and without the walking hint: the hinted
// lookup must give the plain answer whatever hint it starts from.
class TestSourceText : public QObject
{
    Q_OBJECT
private slots:
    void position_data();
    void position();
    void hintAgreesEverywhere_data();
    void hintAgreesEverywhere();
};

void TestSourceText::position_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("start of file") << QByteArray("a\nb\n") << 0 << 1 << 1;
    QTest::newRow("newline belongs to its line") << QByteArray("a\nb\n") << 1 << 1 << 2;
    QTest::newRow("second line") << QByteArray("a\nb\n") << 2 << 2 << 1;
    QTest::newRow("crlf: cr on the first line") << QByteArray("ab\r\ncd") << 2 << 1 << 3;
    QTest::newRow("crlf: after the lf") << QByteArray("ab\r\ncd") << 4 << 2 << 1;
    QTest::newRow("no trailing newline, end") << QByteArray("x\nyz") << 4 << 2 << 3;
    QTest::newRow("empty file") << QByteArray() << 0 << 1 << 1;
    QTest::newRow("blank lines") << QByteArray("\n\n\n\nq") << 4 << 5 << 1;
}

void TestSourceText::position()
{
    QFETCH(QByteArray, text);
    QFETCH(int, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    const SourceText s(text, QString());
    const LineColumn plain = s.position(quint32(offset));
    QCOMPARE(plain.line, line);
    QCOMPARE(plain.column, column);
    int hint = 0;
    const LineColumn hinted = s.position(quint32(offset), hint);
    QCOMPARE(hinted.line, line);
    QCOMPARE(hinted.column, column);
    QCOMPARE(hint, line);
}

void TestSourceText::hintAgreesEverywhere_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("short lines") << QByteArray("a\nbb\nccc\n\n\ndddd\ne");
    QTest::newRow("crlf and lf mixed") << QByteArray("a\r\nb\nc\r\n\r\nd");
    QByteArray many;
    for (int i = 0; i < 200; ++i)
        many += QByteArray(i % 7, 'x') + '\n';
    QTest::newRow("200 lines, some blank") << many;
    QTest::newRow("one long line") << QByteArray(500, 'y');
}

void TestSourceText::hintAgreesEverywhere()
{
    QFETCH(QByteArray, text);
    const SourceText s(text, QString());
    const int size = int(text.size());
    auto same = [](LineColumn a, LineColumn b) { return a.line == b.line && a.column == b.column; };
    // Walking forward one byte at a time, by jumps of every size, and from any
    // stale hint (behind, ahead, out of range).
    for (int step = 1; step <= size; step += step < 16 ? 1 : 37) {
        int hint = 0;
        for (int o = 0; o <= size; o += step)
            QVERIFY2(same(s.position(quint32(o), hint), s.position(quint32(o))), qPrintable(QString::number(o)));
    }
    for (int start = -1; start <= s.lineCount() + 2; ++start) {
        for (int o = 0; o <= size; o += 3) {
            int hint = start;
            QVERIFY(same(s.position(quint32(o), hint), s.position(quint32(o))));
            QCOMPARE(hint, s.position(quint32(o)).line);
        }
    }
}

QTEST_GUILESS_MAIN(TestSourceText)
#include "tst_sourcetext.moc"
