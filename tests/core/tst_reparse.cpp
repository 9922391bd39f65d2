// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/reparse.h"
#include "config/textedit.h"
#include "routing/routeeditor.h"

#include <QTest>

using namespace rs;
using namespace Qt::StringLiterals;

// reparseStatements() must give, node for node, the tree a full parse gives: rows
// named after the kind of edit.
class TestReparse : public QObject
{
    Q_OBJECT
private slots:
    void sameAsFullParse_data();
    void sameAsFullParse();
    void refusesSyntaxErrors();
    void shiftCarriesOldPositions();
};

namespace {

QString describe(const SyntaxTree &t)
{
    QStringList out;
    for (size_t i = 0; i < t.nodes().size(); ++i) {
        const Node &n = t.nodes()[i];
        out << u"%1 k%2 [%3,%4) n[%5,%6) i[%7,%8) p%9 c%10-%11 s%12 f%13"_s.arg(i)
                   .arg(int(n.kind))
                   .arg(n.span.begin).arg(n.span.end)
                   .arg(n.name.begin).arg(n.name.end)
                   .arg(n.instance.begin).arg(n.instance.end)
                   .arg(n.parent).arg(n.firstChild).arg(n.lastChild).arg(n.nextSibling).arg(n.flags);
    }
    for (const Diagnostic &d : t.syntaxDiagnostics())
        out << u"%1 %2:%3:%4 @%5"_s.arg(d.code, d.file).arg(d.line).arg(d.column).arg(d.offset);
    return out.join(u'\n');
}

const QByteArray kFile = "# global\nRoutes = ( \"__mx__\" )\n\nDomain \"a.test\" {\n  Routes = ( \"r1.test\" )\n}\n"
                         "/* between */\nDomain b.test { Routes = ( \"x\" \"y\" ) }\n\nBinding b {\n  Domain \"c.test\" {\n"
                         "    Max_Outbound_Connections = 3\n  }\n}\n# end\n";

} // namespace

void TestReparse::sameAsFullParse_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<TextEdits>("edits");
    auto at = [](const QByteArray &text, const char *needle) { return quint32(text.indexOf(needle)); };
    const quint32 r1 = at(kFile, "\"r1.test\"");
    QTest::newRow("a route replaced in a Domain") << kFile << TextEdits{{r1, r1 + 9, "\"relay.example\""}};
    QTest::newRow("a route added, more nodes") << kFile << TextEdits{{r1 + 9, r1 + 9, " \"r2.test\""}};
    QTest::newRow("a line added in a Domain") << kFile
                                               << TextEdits{{r1 + 12, r1 + 12, "\n  Remote_SMTP_Port = 587"}};
    const quint32 x = at(kFile, "\"x\" \"y\"");
    QTest::newRow("items removed from a one-line scope") << kFile << TextEdits{{x, x + 8, "\"z\""}};
    const quint32 g = at(kFile, "\"__mx__\"");
    QTest::newRow("the global option, first statement") << kFile << TextEdits{{g, g + 8, "\"hub.test\" \"__mx__\""}};
    QTest::newRow("a Domain appended at the end") << kFile
                                                  << TextEdits{{quint32(kFile.size()), quint32(kFile.size()),
                                                                "\nDomain \"new.test\" {\n  Routes = ( \"__mx__\" )\n}\n"}};
    const quint32 d = at(kFile, "Domain \"a.test\"");
    const quint32 dEnd = at(kFile, "/* between */");
    QTest::newRow("a Domain removed with its lines") << kFile << TextEdits{{d, dEnd, {}}};
    const quint32 c = at(kFile, "    Max_Outbound");
    QTest::newRow("nested in a Binding") << kFile << TextEdits{{c, c, "    Routes = ( \"__mx__\" )\n"}};
    QTest::newRow("an edit in trivia between statements") << kFile << TextEdits{{dEnd, dEnd + 13, "# now a comment"}};
    QByteArray crlf = kFile;
    crlf.replace("\n", "\r\n");
    const quint32 r1c = at(crlf, "\"r1.test\"");
    QTest::newRow("CRLF file") << crlf << TextEdits{{r1c + 9, r1c + 9, "\r\n    \"r2.test\""}};
    QTest::newRow("an empty file gets a first statement") << QByteArray() << TextEdits{{0, 0, "Routes = ( \"a\" )\n"}};
    QTest::newRow("the only statement removed") << QByteArray("Routes = ( \"a\" )\n") << TextEdits{{0, 17, {}}};
    QTest::newRow("two statements in one edit") << kFile << TextEdits{{r1, r1 + 9, "\"q\""}, {x, x + 3, "\"w\""}};
    // Found by the fuzzer: a global Routes appended after an option that a comment follows.
    const QByteArray commentLast = "# c\n  Max_Outbound_Connections = 40\n  ODo&port=utbound_T\n# poy";
    QTest::newRow("global option appended before a last comment")
        << commentLast
        << RouteEditor::setRoutes(SyntaxTree::parse(commentLast), EditTarget::globalScope(), {u"__mx__"_s}).edits;

    // `D = { ... }` reads as a scope with a syntax warning; the reparsed tree carries the
    // warnings of the file as a full parse reports them, moved where the edit moved them.
    const QByteArray scopeEquals = "D=  {\n  Routes = ( \"__ix__\" )\n}\n";
    QTest::newRow("found by the fuzzer: global Routes before a scope written with =")
        << scopeEquals
        << RouteEditor::setRoutes(SyntaxTree::parse(scopeEquals), EditTarget::globalScope(), {u"__mx__"_s}).edits;
    const quint32 ix = quint32(scopeEquals.indexOf("\"__ix__\""));
    QTest::newRow("a route replaced in a scope written with =") << scopeEquals << TextEdits{{ix, ix + 8, "\"a.test\""}};
    const QByteArray warnings = "Domain = {\n}\nRoutes = ( \"a\" )\nHost = {\n}\n";
    const quint32 a = quint32(warnings.indexOf("\"a\""));
    QTest::newRow("warnings before and after the edit") << warnings
                                                        << TextEdits{{a, a + 3, "\"b\"\n  \"c\""}};
}

void TestReparse::sameAsFullParse()
{
    QFETCH(QByteArray, before);
    QFETCH(TextEdits, edits);
    const SyntaxTree old = SyntaxTree::parse(before, u"t.conf"_s);
    const QByteArray after = applyEdits(before, edits);
    Span region{quint32(before.size()), 0};
    for (const TextEdit &e : edits) {
        region.begin = std::min(region.begin, e.begin);
        region.end = std::max(region.end, e.end);
    }
    const auto result = reparseStatements(old, region, after);
    QVERIFY(result);
    const SyntaxTree full = SyntaxTree::parse(after, u"t.conf"_s);
    QCOMPARE(describe(result->first), describe(full));
    QCOMPARE(result->first.bytes(), after);
    QCOMPARE(result->first.source().lineCount(), full.source().lineCount());
}

void TestReparse::refusesSyntaxErrors()
{
    const SyntaxTree old = SyntaxTree::parse(kFile);
    const quint32 r1 = quint32(kFile.indexOf("\"r1.test\""));
    QByteArray after = kFile;
    after.replace(r1, 9, "( \"unclosed\"");
    QVERIFY(!reparseStatements(old, {r1, r1 + 9}, after));
    QVERIFY(!reparseStatements(SyntaxTree::parse("Domain x {\n"), {0, 0}, QByteArray("a = 1\nDomain x {\n")));
}

// A node, an offset and a line after the edit, carried over by the shift.
void TestReparse::shiftCarriesOldPositions()
{
    const SyntaxTree old = SyntaxTree::parse(kFile);
    const quint32 r1 = quint32(kFile.indexOf("\"r1.test\""));
    const QByteArray after = applyEdits(kFile, {{r1 + 9, r1 + 9, "\n    \"r2.test\""}});
    const auto result = reparseStatements(old, {r1 + 9, r1 + 9}, after);
    QVERIFY(result);
    const NodeShift &s = result->second;
    const NodeId binding = RouteEditor::findScope(old, {{u"Binding"_s, u"b"_s}});
    QVERIFY(binding != kNoNode);
    const NodeId moved = s.node(binding);
    QCOMPARE(result->first.node(moved).kind, NodeKind::Scope);
    QCOMPARE(result->first.instance(moved), u"b"_s);
    QCOMPARE(s.offset(old.node(binding).span.begin), result->first.node(moved).span.begin);
    QCOMPARE(s.line(old.position(old.node(binding).span.begin).line),
             result->first.position(result->first.node(moved).span.begin).line);
    QCOMPARE(s.lineDelta, 1);
}

QTEST_GUILESS_MAIN(TestReparse)
#include "tst_reparse.moc"
