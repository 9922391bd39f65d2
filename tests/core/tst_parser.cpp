// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/syntaxtree.h"
#include "treedump.h"

#include <QTest>

using namespace rs;

class TestParser : public QObject
{
    Q_OBJECT
private slots:
    void structure_data();
    void structure();
    void diagnostics_data();
    void diagnostics();
    void names();
    void deepNesting();
};

void TestParser::structure_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("tree");

    QTest::newRow("empty file") << QByteArray() << u"(doc)"_qs;
    QTest::newRow("bare option") << QByteArray("debug_level=error") << u"(doc (option debug_level error))"_qs;
    QTest::newRow("quoted option") << QByteArray("Gateway = \"10.0.0.1\"") << u"(doc (option Gateway \"10.0.0.1\"))"_qs;
    QTest::newRow("routes list") << QByteArray("Routes = ( \"__mx__\" relay )")
                                 << u"(doc (option Routes (list \"__mx__\" relay)))"_qs;
    QTest::newRow("list with commas") << QByteArray("a = ( x, y , z )") << u"(doc (option a (list x y z)))"_qs;
    QTest::newRow("hash") << QByteArray("A = [ uri = \"u\" realm = r ]")
                          << u"(doc (option A (hash (option uri \"u\") (option realm r))))"_qs;
    QTest::newRow("hash without equals") << QByteArray("map [ user = \"%{u}\" ]")
                                         << u"(doc (option map (hash (option user \"%{u}\"))))"_qs;
    QTest::newRow("numeric hash keys") << QByteArray("c = [\n 99 = \"p\"\n]") << u"(doc (option c (hash (option 99 \"p\"))))"_qs;
    QTest::newRow("scope with quoted instance") << QByteArray("Domain \"a.test\" { Routes = ( \"__mx__\" ) }")
                                                << u"(doc (scope Domain \"a.test\" (option Routes (list \"__mx__\"))))"_qs;
    QTest::newRow("scope without instance") << QByteArray("ESMTP_Listener { Listen \":25\" {} }")
                                            << u"(doc (scope ESMTP_Listener (scope Listen \":25\")))"_qs;
    QTest::newRow("brace touching name") << QByteArray("binding \"foo\"{ x = 1 }")
                                         << u"(doc (scope binding \"foo\" (option x 1)))"_qs;
    QTest::newRow("brace on next line") << QByteArray("Domain a.test\n{\n}") << u"(doc (scope Domain a.test))"_qs;
    QTest::newRow("statements on one line") << QByteArray("node mta1 { mta_id = 1  votes = 1 }")
                                            << u"(doc (scope node mta1 (option mta_id 1) (option votes 1)))"_qs;
    QTest::newRow("bare regex domain") << QByteArray("Domain /yahoo\\.co(m|\\.uk)$/ { }")
                                       << u"(doc (scope Domain /yahoo\\.co(m|\\.uk)$/))"_qs;
    QTest::newRow("bare regex touching brace") << QByteArray("Domain /google\\.(com|es)$/{\n}")
                                               << u"(doc (scope Domain /google\\.(com|es)$/))"_qs;
    QTest::newRow("quoted regex domain") << QByteArray("Domain \"/(?:^|[.])x[.]test$/\" {}")
                                         << u"(doc (scope Domain \"/(?:^|[.])x[.]test$/\"))"_qs;
    QTest::newRow("path value") << QByteArray("SpoolBase = /var/spool/ecelerity") << u"(doc (option SpoolBase /var/spool/ecelerity))"_qs;
    QTest::newRow("cidr list") << QByteArray("Relay_Hosts = ( 127.0.0.0/8 10.0.0.0/24 )")
                               << u"(doc (option Relay_Hosts (list 127.0.0.0/8 10.0.0.0/24)))"_qs;
    QTest::newRow("include") << QByteArray("include \"conf.d\"\nreadonly_include /etc/x.conf")
                             << u"(doc (include \"conf.d\") (include /etc/x.conf))"_qs;
    QTest::newRow("include in scope") << QByteArray("Domain d { include \"d.conf\" }")
                                      << u"(doc (scope Domain d (include \"d.conf\")))"_qs;
    QTest::newRow("comments everywhere") << QByteArray("# a\nRoutes /* b */ = ( # c\n \"x\" /* d */ )# e")
                                         << u"(doc (option Routes (list \"x\")))"_qs;
    QTest::newRow("value on next line") << QByteArray("q =\n  \"long value\"") << u"(doc (option q \"long value\"))"_qs;
    QTest::newRow("string spanning lines") << QByteArray("q = \"a\nb\"") << u"(doc (option q \"a\nb\"))"_qs;
    QTest::newRow("escaped quote") << QByteArray("q = \"a\\\"b\"") << u"(doc (option q \"a\\\"b\"))"_qs;
    QTest::newRow("nested lists") << QByteArray("a = ( ( 1 2 ) [ k = v ] )")
                                  << u"(doc (option a (list (list 1 2) (hash (option k v)))))"_qs;
    QTest::newRow("stray closing brace") << QByteArray("}\na = 1") << u"(doc (error }) (option a 1))"_qs;
    QTest::newRow("unclosed scope") << QByteArray("Domain x {\n a = 1\n") << u"(doc (scope Domain x (option a 1)))"_qs;
    QTest::newRow("unclosed list recovers at next option")
        << QByteArray("Domain x {\n Routes = ( \"a\"\n b = 2\n}") << u"(doc (scope Domain x (option Routes (list \"a\")) (option b 2)))"_qs;
    QTest::newRow("missing value") << QByteArray("Domain x { Routes = }") << u"(doc (scope Domain x (option Routes)))"_qs;
    QTest::newRow("word without equals") << QByteArray("lonely\nb = 1") << u"(doc (error lonely) (option b 1))"_qs;
}

void TestParser::structure()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, tree);
    const SyntaxTree t = SyntaxTree::parse(input, u"t.conf"_qs);
    QCOMPARE(dumpNode(t, SyntaxTree::root()), tree);
    QCOMPARE(t.serialize(), input);
}

void TestParser::diagnostics_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");  // "line:col code", then " warning" for a warning

    QTest::newRow("clean") << QByteArray("Domain x { Routes = ( \"__mx__\" ) }") << QStringList{};
    QTest::newRow("unclosed scope at its start line")
        << QByteArray("a = 1\nDomain x {\n  b = 2\n") << QStringList{u"2:1 syntax-unclosed-scope"_qs};
    QTest::newRow("unclosed list, checking goes on")
        << QByteArray("Domain x {\n  Routes = ( \"a\"\n}\n}\n") << QStringList{u"2:12 syntax-unclosed-list"_qs, u"4:1 syntax-unexpected"_qs};
    QTest::newRow("unterminated string reported at its start")
        << QByteArray("Domain x {\n  Gateway = \"abc\n}\nDomain y { }\n") << QStringList{u"2:13 syntax-unterminated-string"_qs};
    QTest::newRow("unterminated block comment")
        << QByteArray("a = 1\n  /* open\n b = 2\n") << QStringList{u"2:3 syntax-unterminated-comment"_qs};
    QTest::newRow("stray closing brace") << QByteArray("a = 1\n}\n") << QStringList{u"2:1 syntax-unexpected"_qs};
    QTest::newRow("missing value") << QByteArray("Domain x {\n  Routes =\n}\n") << QStringList{u"2:3 syntax-missing-value"_qs};
    QTest::newRow("unclosed hash") << QByteArray("Domain x {\n a = [ k = v\n}\n") << QStringList{u"2:6 syntax-unclosed-hash"_qs};
    QTest::newRow("two errors, both reported")
        << QByteArray("}\nDomain x {\n") << QStringList{u"1:1 syntax-unexpected"_qs, u"2:1 syntax-unclosed-scope"_qs};
    QTest::newRow("crlf columns") << QByteArray("a = 1\r\n  }\r\n") << QStringList{u"2:3 syntax-unexpected"_qs};
    QTest::newRow("no-break space in indentation, at its column")
        << QByteArray("Domain x {\n  \xc2\xa0Routes = ( a )\n}\n") << QStringList{u"2:3 syntax-nbsp warning"_qs};
    QTest::newRow("typographic quotes, a warning")
        << QByteArray("Gateway = \xe2\x80\x9cx\xe2\x80\x9d\n") << QStringList{u"1:11 syntax-typographic-quotes warning"_qs};
}

void TestParser::diagnostics()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    const SyntaxTree t = SyntaxTree::parse(input, u"t.conf"_qs);
    QStringList actual;
    for (const Diagnostic &d : t.syntaxDiagnostics()) {
        QCOMPARE(d.file, u"t.conf"_qs);
        const QString severity = d.severity == Severity::Error ? QString() : u" warning"_qs;
        actual << QStringLiteral("%1:%2 %3%4").arg(d.line).arg(d.column).arg(d.code, severity);
    }
    QCOMPARE(actual, expected);
    QCOMPARE(t.serialize(), input);
}

void TestParser::names()
{
    const SyntaxTree t = SyntaxTree::parse("ROUTES = ( a )\ndomain \"X.test\" { }\n");
    const NodeId option = t.node(SyntaxTree::root()).firstChild;
    QVERIFY(t.nameIs(option, QLatin1StringView("routes")));
    const NodeId scope = t.node(option).nextSibling;
    QVERIFY(t.nameIs(scope, QLatin1StringView("Domain")));
    QCOMPARE(t.instance(scope), u"X.test"_qs);
    QVERIFY(t.instanceIsQuoted(scope));
}

void TestParser::deepNesting()
{
    // 10,000 nested scopes: the parser is iterative and must not overflow the stack.
    constexpr int depth = 10000;
    QByteArray input;
    for (int i = 0; i < depth; ++i)
        input += "s {\n";
    for (int i = 0; i < depth; ++i)
        input += "}\n";
    const SyntaxTree t = SyntaxTree::parse(input);
    QVERIFY(!t.hasSyntaxErrors());
    QCOMPARE(t.serialize(), input);
    QCOMPARE(int(t.nodes().size()), depth + 1);
}

QTEST_GUILESS_MAIN(TestParser)
#include "tst_parser.moc"
