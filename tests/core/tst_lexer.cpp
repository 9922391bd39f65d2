// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/lexer.h"

#include <QTest>

using namespace rs;

class TestLexer : public QObject
{
    Q_OBJECT
private slots:
    void tokens_data();
    void tokens();
    void coversInput_data();
    void coversInput();
};

static QString kindName(TokenKind k)
{
    switch (k) {
    case TokenKind::EndOfFile: return u"eof"_qs;
    case TokenKind::Whitespace: return u"ws"_qs;
    case TokenKind::LineComment: return u"comment"_qs;
    case TokenKind::BlockComment: return u"block"_qs;
    case TokenKind::String: return u"str"_qs;
    case TokenKind::Word: return u"word"_qs;
    case TokenKind::LBrace: return u"{"_qs;
    case TokenKind::RBrace: return u"}"_qs;
    case TokenKind::LParen: return u"("_qs;
    case TokenKind::RParen: return u")"_qs;
    case TokenKind::LBracket: return u"["_qs;
    case TokenKind::RBracket: return u"]"_qs;
    case TokenKind::Equals: return u"="_qs;
    case TokenKind::Comma: return u","_qs;
    }
    return {};
}

static QStringList lex(const QByteArray &input)
{
    Lexer lexer(input);
    QStringList out;
    for (Token t = lexer.next(); t.kind != TokenKind::EndOfFile; t = lexer.next()) {
        QString s = kindName(t.kind);
        if (t.kind == TokenKind::Word || t.kind == TokenKind::String)
            s += u':' + QString::fromUtf8(input.mid(t.span.begin, t.span.size()));
        if (t.unterminated)
            s += u'!';
        if (t.unusual)
            s += u'~';
        out << s;
    }
    return out;
}

void TestLexer::tokens_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("option") << QByteArray("a=1") << QStringList{u"word:a"_qs, u"="_qs, u"word:1"_qs};
    QTest::newRow("hash comment keeps CR out") << QByteArray("# c\r\nx")
                                               << QStringList{u"comment"_qs, u"ws"_qs, u"word:x"_qs};
    QTest::newRow("block comment") << QByteArray("/* a */b") << QStringList{u"block"_qs, u"word:b"_qs};
    QTest::newRow("unterminated block comment") << QByteArray("/* a") << QStringList{u"block!"_qs};
    QTest::newRow("string with escaped quote") << QByteArray("\"a\\\"b\"") << QStringList{u"str:\"a\\\"b\""_qs};
    QTest::newRow("unterminated string ends at its line")
        << QByteArray("\"abc\nx") << QStringList{u"str:\"abc!"_qs, u"ws"_qs, u"word:x"_qs};
    QTest::newRow("bare regex with parentheses") << QByteArray("/a(b|c)$/{")
                                                 << QStringList{u"word:/a(b|c)$/"_qs, u"{"_qs};
    QTest::newRow("path in list") << QByteArray("(/a/b)") << QStringList{u"("_qs, u"word:/a/b"_qs, u")"_qs};
    QTest::newRow("cidr") << QByteArray("127.0.0.0/8") << QStringList{u"word:127.0.0.0/8"_qs};
    QTest::newRow("nul byte in word") << QByteArray("a\0b", 3) << QStringList{QString::fromUtf8("word:a\0b", 8)};
    QTest::newRow("no-break space is a blank") << QByteArray("a\xc2\xa0{") << QStringList{u"word:a"_qs, u"ws~"_qs, u"{"_qs};
    QTest::newRow("typographic quotes") << QByteArray("\xe2\x80\x9cx\xe2\x80\x9d")
                                        << QStringList{u"str:“x”~"_qs};
    QTest::newRow("mixed quotes") << QByteArray("(\"x\xe2\x80\x9d)\n") << QStringList{u"("_qs, u"str:\"x”~"_qs, u")"_qs, u"ws"_qs};
}

void TestLexer::tokens()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, tokens);
    QCOMPARE(lex(input), tokens);
}

void TestLexer::coversInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("all bytes") << [] {
        QByteArray b;
        for (int i = 0; i < 256; ++i)
            b += char(i);
        return b;
    }();
    QTest::newRow("punctuation soup") << QByteArray("{}()[]=,\"#/**/\"");
    QTest::newRow("lone slash star") << QByteArray("/*");
    QTest::newRow("lone quote") << QByteArray("\"");
    QTest::newRow("backslash at end") << QByteArray("\"\\");
}

void TestLexer::coversInput()
{
    QFETCH(QByteArray, input);
    Lexer lexer(input);
    quint32 pos = 0;
    for (Token t = lexer.next(); t.kind != TokenKind::EndOfFile; t = lexer.next()) {
        QCOMPARE(t.span.begin, pos);
        QVERIFY(t.span.end > t.span.begin);
        pos = t.span.end;
    }
    QCOMPARE(pos, quint32(input.size()));
}

QTEST_GUILESS_MAIN(TestLexer)
#include "tst_lexer.moc"
