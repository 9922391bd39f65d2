// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/editreading.h"

#include <QTest>

using namespace rs;

// An edit may change only the tokens it replaces: text before and after it must
// read as it did, and the new bytes must read in place as they do on their own.
class TestEditReading : public QObject
{
    Q_OBJECT
private slots:
    void readingChanged_data();
    void readingChanged();
};

void TestEditReading::readingChanged_data()
{
    // The old text is before + removed + after; the edit replaces `removed` with `inserted`.
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("removed");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QByteArray>("inserted");
    QTest::addColumn<int>("changedAt");  // offset in the new text, -1 for none

    QTest::newRow("option between statements") << QByteArray("a = 1\n") << QByteArray() << QByteArray("b = 2\n")
                                                << QByteArray("Routes = ( \"x\" )\n") << -1;
    QTest::newRow("list item replaced") << QByteArray("R = ( ") << QByteArray("\"a\"") << QByteArray(" \"b\" )\n")
                                        << QByteArray("\"c\"") << -1;
    QTest::newRow("deletion") << QByteArray("a = 1\n") << QByteArray("b = 2\n") << QByteArray("c = 3\n") << QByteArray()
                              << -1;
    QTest::newRow("whitespace joins whitespace") << QByteArray("a = 1 ") << QByteArray() << QByteArray(" b = 2")
                                                 << QByteArray("  ") << -1;
    QTest::newRow("fuzz: a typographic word takes the new quote")
        << QByteArray("x = ( \xe2\x80\x9cw )R = ") << QByteArray("2") << QByteArray("\n") << QByteArray("( \"h\" )") << 6;
    QTest::newRow("typographic word on an earlier line is safe")
        << QByteArray("x = ( \xe2\x80\x9cw )\nR = ") << QByteArray("2") << QByteArray("\n") << QByteArray("( \"h\" )")
        << -1;
    QTest::newRow("inside a block comment") << QByteArray("a = 1 /* c\n") << QByteArray() << QByteArray("*/\n")
                                            << QByteArray("R = 2\n") << 6;
    QTest::newRow("word grows into the new text") << QByteArray("a = abc") << QByteArray() << QByteArray("\n")
                                                  << QByteArray("def") << 4;
    QTest::newRow("new word grows into the old text") << QByteArray("a = ") << QByteArray() << QByteArray("abc\n")
                                                      << QByteArray("x") << 4;
    QTest::newRow("slash and star make a comment") << QByteArray("a = b/") << QByteArray() << QByteArray("\n")
                                                   << QByteArray("* c */") << 4;
    QTest::newRow("new quote opens a string to an old one")
        << QByteArray("a = ") << QByteArray() << QByteArray(" b = \"x\"\n") << QByteArray("\"") << 4;
    QTest::newRow("fuzz: a line break after a comment ending in CR at the end of the file")
        << QByteArray("a = 1 # c\r") << QByteArray() << QByteArray() << QByteArray("\nR = 2") << -1;
    QTest::newRow("fuzz: a line break after a comment ending in two CRs at the end of the file")
        << QByteArray("# c\r=={\r\r") << QByteArray() << QByteArray() << QByteArray("\nR = 2\n") << -1;
    QTest::newRow("text after a comment at the end of the file joins it")
        << QByteArray("a = 1 # c") << QByteArray() << QByteArray() << QByteArray(" R = 2") << 6;
    QTest::newRow("at the end of a file without a line break") << QByteArray("a = 1") << QByteArray() << QByteArray()
                                                               << QByteArray("\nR = 2") << -1;
}

void TestEditReading::readingChanged()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, removed);
    QFETCH(QByteArray, after);
    QFETCH(QByteArray, inserted);
    QFETCH(int, changedAt);
    const SyntaxTree tree = SyntaxTree::parse(before + removed + after);
    const auto begin = quint32(before.size());
    const TextEdits edits{{begin, begin + quint32(removed.size()), inserted}};
    const QByteArray newText = applyEdits(tree.bytes(), edits);
    const std::optional<quint32> at = readingChangedAt(tree, edits, newText);
    QCOMPARE(at.has_value() ? int(*at) : -1, changedAt);
}

QTEST_GUILESS_MAIN(TestEditReading)
#include "tst_editreading.moc"
