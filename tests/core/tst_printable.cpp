// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/terminaloutput.h"
#include "config/diagnostic.h"

#include <QTemporaryFile>
#include <QTest>

#include <unistd.h>

using namespace rs;

// Control characters never reach a terminal (issue 11, item 8): printable() over text
// and bytes, and TerminalOutput, the device every text output of routescope-cli goes
// through, even when a character arrives split over two writes.
class TestPrintable : public QObject
{
    Q_OBJECT
private slots:
    void text_data();
    void text();
    void bytes_data();
    void bytes();
    void quoteExcerpt();
    void terminalOutput_data();
    void terminalOutput();
};

void TestPrintable::text_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("layout");
    QTest::addColumn<QString>("expected");
    QTest::newRow("esc-bel-escaped") << u"h\x1b]0;pwned\x07"_qs << false << u"h\\x1b]0;pwned\\x07"_qs;
    QTest::newRow("c1-control-escaped") << u"a\u009b2Jb"_qs << false << u"a\\u009b2Jb"_qs;
    QTest::newRow("c1-range-ends") << u"\u0080\u009f\u00a0"_qs << false << u"\\u0080\\u009f\u00a0"_qs;
    QTest::newRow("del-escaped") << u"a\x7f"_qs << false << u"a\\x7f"_qs;
    QTest::newRow("newline-escaped-in-a-field") << u"a\nb\tc"_qs << false << u"a\\x0ab\\x09c"_qs;
    QTest::newRow("layout-keeps-newline-tab") << u"a\nb\tc\rd"_qs << true << u"a\nb\tc\\x0dd"_qs;
    QTest::newRow("plain-text-unchanged") << u"Domain 'b\u00fccher.test'"_qs << false << u"Domain 'b\u00fccher.test'"_qs;
    QTest::newRow("idempotent") << u"\\x1b"_qs << false << u"\\x1b"_qs;
}

void TestPrintable::text()
{
    QFETCH(QString, input);
    QFETCH(bool, layout);
    QFETCH(QString, expected);
    QCOMPARE(printable(input, layout ? KeepControls::Layout : KeepControls::None), expected);
}

void TestPrintable::bytes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("crlf-kept-in-diff") << QByteArray("-a\r\n+b\r\n") << QByteArray("-a\r\n+b\r\n");
    QTest::newRow("lone-cr-escaped") << QByteArray("a\rb\n") << QByteArray("a\\x0db\n");
    QTest::newRow("esc-escaped") << QByteArray("+h\x1b[2J\n") << QByteArray("+h\\x1b[2J\n");
    QTest::newRow("c1-utf8-escaped") << QByteArray("+a\xc2\x9b" "2J\n") << QByteArray("+a\\u009b2J\n");
    QTest::newRow("lone-c1-byte-escaped") << QByteArray("+a\x9b" "2J\n") << QByteArray("+a\\x9b2J\n");
    QTest::newRow("utf8-kept") << QByteArray("+\xe2\x82\xac \xc3\xa9\n") << QByteArray("+\xe2\x82\xac \xc3\xa9\n");
    QTest::newRow("latin1-kept") << QByteArray("+caf\xe9\n") << QByteArray("+caf\xe9\n");
    QTest::newRow("nul-escaped") << QByteArray("+a\0b\n", 5) << QByteArray("+a\\x00b\n");
}

void TestPrintable::bytes()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(printableBytes(input, KeepControls::Layout), expected);
}

void TestPrintable::quoteExcerpt()
{
    QCOMPARE(rs::quoteExcerpt(u"short"_qs), u"'short'"_qs);
    QCOMPARE(rs::quoteExcerpt(u"abcdefghijklmnopqrstuvwxyz"_qs), u"'abcdefghijklmnopqrstuvwx...'"_qs);
    QCOMPARE(rs::quoteExcerpt(u"a\x1b"_qs), u"'a\\x1b'"_qs);
}

void TestPrintable::terminalOutput_data()
{
    QTest::addColumn<QByteArrayList>("writes");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("crlf-split-over-writes") << QByteArrayList{"a\r", "\nb\r"} << QByteArray("a\r\nb\\x0d");
    QTest::newRow("c1-split-over-writes") << QByteArrayList{"a\xc2", "\x9b" "b"} << QByteArray("a\\u009bb");
    QTest::newRow("euro-split-over-writes") << QByteArrayList{"\xe2", "\x82", "\xac\n"} << QByteArray("\xe2\x82\xac\n");
    QTest::newRow("esc-in-text") << QByteArrayList{"x\x1b]0;t\x07\n"} << QByteArray("x\\x1b]0;t\\x07\n");
}

void TestPrintable::terminalOutput()
{
    QFETCH(QByteArrayList, writes);
    QFETCH(QByteArray, expected);
    QTemporaryFile file;
    QVERIFY(file.open());
    cli::TerminalOutput out(file.handle());
    for (const QByteArray &w : writes)
        QCOMPARE(out.write(w), w.size());
    out.finish();
    QVERIFY(!out.failed());
    file.seek(0);
    QCOMPARE(file.readAll(), expected);

    // Data written verbatim stays as it is.
    QTemporaryFile raw;
    QVERIFY(raw.open());
    cli::TerminalOutput verbatim(raw.handle());
    QVERIFY(verbatim.writeVerbatim("Routes = ( \"h\x1b\" )\r\n"));
    raw.seek(0);
    QCOMPARE(raw.readAll(), QByteArray("Routes = ( \"h\x1b\" )\r\n"));
}

QTEST_GUILESS_MAIN(TestPrintable)
#include "tst_printable.moc"
