// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/routeeditor.h"
#include "routing/validator.h"

#include <QTest>

using namespace rs;

// "Apply this edit, expect exactly this text" (augeas' test style).
class TestRouteEditor : public QObject
{
    Q_OBJECT
private slots:
    void edit_data();
    void edit();
    void sameRoutesGiveSameBytes_data();
    void sameRoutesGiveSameBytes();
    void refusals_data();
    void refusals();
    void domainRefusals_data();
    void domainRefusals();
    void entryWarnings_data();
    void entryWarnings();
    void onlyTheOptionChanges();
    void removeScope_data();
    void removeScope();
};

static const QStringList kMx{u"__mx__"_qs};

void TestRouteEditor::edit_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("domain");  // empty: global
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<bool>("clear");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("change one entry in place keeps comments")
        << QByteArray("Domain \"a.test\" {\n  Routes = ( \"x.test\" # main\n    \"y.test\" )\n}\n") << u"a.test"_qs
        << QStringList{u"x.test"_qs, u"z.test"_qs} << false
        << QByteArray("Domain \"a.test\" {\n  Routes = ( \"x.test\" # main\n    \"z.test\" )\n}\n");
    QTest::newRow("append to a one-line list")
        << QByteArray("Routes = ( \"a.test\" )\n") << QString() << QStringList{u"a.test"_qs, u"b.test"_qs} << false
        << QByteArray("Routes = ( \"a.test\" \"b.test\" )\n");
    QTest::newRow("append follows the multi-line layout")
        << QByteArray("Domain d {\n  Routes = (\n    \"a.test\"\n    \"b.test\"\n  )\n}\n") << u"d"_qs
        << QStringList{u"a.test"_qs, u"b.test"_qs, u"c.test"_qs} << false
        << QByteArray("Domain d {\n  Routes = (\n    \"a.test\"\n    \"b.test\"\n    \"c.test\"\n  )\n}\n");
    QTest::newRow("prepend to a multi-line single item list")
        << QByteArray("Domain d {\n  Routes = (\n    \"a.test\"\n  )\n}\n") << u"d"_qs
        << QStringList{u"z.test"_qs, u"a.test"_qs} << false
        << QByteArray("Domain d {\n  Routes = (\n    \"z.test\"\n    \"a.test\"\n  )\n}\n");
    QTest::newRow("remove the middle entry")
        << QByteArray("Routes = ( \"a\" \"b\" \"c\" )\n") << QString() << QStringList{u"a"_qs, u"c"_qs} << false
        << QByteArray("Routes = ( \"a\" \"c\" )\n");
    QTest::newRow("remove the first entry")
        << QByteArray("Routes = ( \"a\" \"b\" )\n") << QString() << QStringList{u"b"_qs} << false
        << QByteArray("Routes = ( \"b\" )\n");
    QTest::newRow("reorder two entries")
        << QByteArray("Routes = ( \"a\" \"b\" )\n") << QString() << QStringList{u"b"_qs, u"a"_qs} << false
        << QByteArray("Routes = ( \"b\" \"a\" )\n");
    QTest::newRow("fill an empty list")
        << QByteArray("Routes = ()\n") << QString() << kMx << false << QByteArray("Routes = ( \"__mx__\" )\n");
    QTest::newRow("fill an empty list keeps its comment")
        << QByteArray("Routes = ( # none yet\n)\n") << QString() << kMx << false
        << QByteArray("Routes = ( \"__mx__\" # none yet\n)\n");
    QTest::newRow("fill an empty list with a block comment")
        << QByteArray("Routes = (/* none */)\n") << QString() << kMx << false
        << QByteArray("Routes = ( \"__mx__\" /* none */)\n");
    QTest::newRow("crlf file keeps crlf")
        << QByteArray("Domain d {\r\n  Max_Outbound_Connections = 4\r\n}\r\n") << u"d"_qs << kMx << false
        << QByteArray("Domain d {\r\n  Max_Outbound_Connections = 4\r\n  Routes = ( \"__mx__\" )\r\n}\r\n");
    QTest::newRow("insert into scope follows tab indentation")
        << QByteArray("Domain d {\n\tGateway = \"10.0.0.1\"\n}\n") << u"d"_qs << kMx << false
        << QByteArray("Domain d {\n\tGateway = \"10.0.0.1\"\n\tRoutes = ( \"__mx__\" )\n}\n");
    QTest::newRow("insert into one-line scope stays on one line")
        << QByteArray("domain d{ max_outbound_connections = 6 }\n") << u"d"_qs << kMx << false
        << QByteArray("domain d{ max_outbound_connections = 6 Routes = ( \"__mx__\" ) }\n");
    QTest::newRow("insert into empty scope")
        << QByteArray("Domain d {\n}\n") << u"d"_qs << kMx << false
        << QByteArray("Domain d {\n  Routes = ( \"__mx__\" )\n}\n");
    QTest::newRow("new domain scope at the end")
        << QByteArray("Routes = ( \"__mx__\" )\n") << u"new.test"_qs << QStringList{u"relay.test"_qs} << false
        << QByteArray("Routes = ( \"__mx__\" )\n\nDomain \"new.test\" {\n  Routes = ( \"relay.test\" )\n}\n");
    QTest::newRow("new domain scope in a file without final newline, 4-space indent")
        << QByteArray("Domain a {\n    x = 1\n}") << u"b"_qs << kMx << false
        << QByteArray("Domain a {\n    x = 1\n}\n\nDomain \"b\" {\n    Routes = ( \"__mx__\" )\n}\n");
    QTest::newRow("new domain scope in an empty file")
        << QByteArray() << u"b"_qs << kMx << false << QByteArray("Domain \"b\" {\n  Routes = ( \"__mx__\" )\n}\n");
    QTest::newRow("domain lookup ignores case")
        << QByteArray("Domain \"A.Test\" { Routes = ( \"x\" ) }\n") << u"a.test"_qs << QStringList{u"y"_qs} << false
        << QByteArray("Domain \"A.Test\" { Routes = ( \"y\" ) }\n");
    QTest::newRow("regex domain matched exactly")
        << QByteArray("Domain \"/x$/\" { Routes = ( \"x\" ) }\n") << u"/x$/"_qs << QStringList{u"y"_qs} << false
        << QByteArray("Domain \"/x$/\" { Routes = ( \"y\" ) }\n");
    QTest::newRow("global routes inserted after the last global option")
        << QByteArray("# hub\nRemote_SMTP_Port = 25\nDomain d {\n}\n") << QString() << kMx << false
        << QByteArray("# hub\nRemote_SMTP_Port = 25\nRoutes = ( \"__mx__\" )\nDomain d {\n}\n");
    QTest::newRow("fuzz: global option sharing its line with a scope")
        << QByteArray("opt = \"foo\"2\n\xf5" "a {\n  b {\n    opt = \"bar\"\n  }\n\n  c {}\n}\n") << QString() << kMx << false
        << QByteArray("opt = \"foo\" Routes = ( \"__mx__\" ) 2\n\xf5" "a {\n  b {\n    opt = \"bar\"\n  }\n\n  c {}\n}\n");
    QTest::newRow("global routes in a file of scopes only")
        << QByteArray("# hub\nDomain d {\n}\n") << QString() << kMx << false
        << QByteArray("# hub\nRoutes = ( \"__mx__\" )\nDomain d {\n}\n");
    // Line breaks inside block comments: text put after them would be commented out.
    QTest::newRow("global routes after a block comment that spans lines")
        << QByteArray("a = 1 /* start\n end */\nDomain x { b = 2 }\n") << QString() << kMx << false
        << QByteArray("a = 1 /* start\n end */\nRoutes = ( \"__mx__\" )\nDomain x { b = 2 }\n");
    QTest::newRow("global routes before a comment that runs into the first scope's line")
        << QByteArray("/* c\n*/ Domain x {\n}\n") << QString() << kMx << false
        << QByteArray("Routes = ( \"__mx__\" )\n/* c\n*/ Domain x {\n}\n");
    QTest::newRow("global routes when a comment spans lines up to a scope")
        << QByteArray("a = 1 /* x\n y */ Domain q {\n}\n") << QString() << kMx << false
        << QByteArray("a = 1 Routes = ( \"__mx__\" ) /* x\n y */ Domain q {\n}\n");
    QTest::newRow("global routes after a comment that ends the file")
        << QByteArray("a = 1 /* c\n */") << QString() << kMx << false
        << QByteArray("a = 1 /* c\n */\nRoutes = ( \"__mx__\" )");
    QTest::newRow("domain routes after a block comment that spans lines")
        << QByteArray("Domain \"f.test\" {\n  a = 1 /* c\n  */\n}\n") << u"f.test"_qs << kMx << false
        << QByteArray("Domain \"f.test\" {\n  a = 1 /* c\n  */\n  Routes = ( \"__mx__\" )\n}\n");
    QTest::newRow("domain routes when a comment runs into the closing brace's line")
        << QByteArray("Domain \"f.test\" {\n  a = 1\n  b = 2 /* c\n */ }\n") << u"f.test"_qs << kMx << false
        << QByteArray("Domain \"f.test\" {\n  a = 1\n  b = 2 /* c\n */\n  Routes = ( \"__mx__\" ) }\n");
    QTest::newRow("domain routes before a closing brace on the last option's line")
        << QByteArray("Domain d {\n  a = 1 }\n") << u"d"_qs << kMx << false
        << QByteArray("Domain d {\n  a = 1\n  Routes = ( \"__mx__\" ) }\n");
    QTest::newRow("insert into empty scope with a brace in a comment before it")
        << QByteArray("Domain d /* { */ {\n}\n") << u"d"_qs << kMx << false
        << QByteArray("Domain d /* { */ {\n  Routes = ( \"__mx__\" )\n}\n");
    QTest::newRow("scalar routes stay scalar")
        << QByteArray("Routes = \"a\"\n") << QString() << QStringList{u"b"_qs} << false << QByteArray("Routes = \"b\"\n");
    QTest::newRow("scalar routes become a list")
        << QByteArray("Routes = \"a\"\n") << QString() << QStringList{u"a"_qs, u"b"_qs} << false
        << QByteArray("Routes = ( \"a\" \"b\" )\n");
    QTest::newRow("bare items keep their spelling when unchanged")
        << QByteArray("Routes = ( a b )\n") << QString() << QStringList{u"a"_qs, u"c"_qs} << false
        << QByteArray("Routes = ( a \"c\" )\n");
    QTest::newRow("clear removes the line")
        << QByteArray("Domain d {\n  Routes = ( \"x\" ) # old\n  Max_Outbound_Connections = 2\n}\n") << u"d"_qs << QStringList{}
        << true << QByteArray("Domain d {\n  Max_Outbound_Connections = 2\n}\n");
    QTest::newRow("clear in a one-line scope")
        << QByteArray("domain d{ routes = (\"x\") max_outbound_connections = 6 }\n") << u"d"_qs << QStringList{} << true
        << QByteArray("domain d{ max_outbound_connections = 6 }\n");
    QTest::newRow("fuzz: clear keeps a blank before a comment that follows")
        << QByteArray("a = 1\t Routes = ( \"x\" )#c\n") << QString() << QStringList{} << true
        << QByteArray("a = 1 #c\n");
    QTest::newRow("clear keeps a blank before a statement that follows")
        << QByteArray("a = 1 Routes = x b = 2\n") << QString() << QStringList{} << true << QByteArray("a = 1 b = 2\n");
    QTest::newRow("clear crlf line")
        << QByteArray("Routes = ( \"x\" )\r\nA = 1\r\n") << QString() << QStringList{} << true << QByteArray("A = 1\r\n");
    QTest::newRow("clear when absent changes nothing")
        << QByteArray("A = 1\n") << QString() << QStringList{} << true << QByteArray("A = 1\n");
    QTest::newRow("set an empty list")
        << QByteArray("Routes = ( \"a\" \"b\" )\n") << QString() << QStringList{} << false << QByteArray("Routes = ( )\n");
}

void TestRouteEditor::edit()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, domain);
    QFETCH(QStringList, entries);
    QFETCH(bool, clear);
    QFETCH(QByteArray, expected);
    const SyntaxTree tree = SyntaxTree::parse(input);
    const EditTarget target = domain.isEmpty() ? EditTarget::globalScope() : EditTarget::domainScope(domain);
    const EditResult r = clear ? RouteEditor::clearRoutes(tree, target) : RouteEditor::setRoutes(tree, target, entries);
    QVERIFY2(r.ok, qPrintable(QString::number(int(r.refusal.code)) + r.refusal.subject));
    QCOMPARE(QString::fromUtf8(r.text), QString::fromUtf8(expected));
    QCOMPARE(r.text, expected);
    QCOMPARE(applyEdits(input, r.edits), expected);
    // The result is still clean, and reading it back gives the entries asked for.
    const SyntaxTree after = SyntaxTree::parse(r.text);
    QVERIFY(!after.hasSyntaxErrors());
    if (!clear) {
        const NodeId scope = domain.isEmpty() ? SyntaxTree::root() : RouteEditor::findDomainScope(after, domain);
        QVERIFY(scope != kNoNode);
        const NodeId option = RouteEditor::findRoutesOption(after, scope);
        QVERIFY2(option != kNoNode, "the Routes option is not found again (commented out?)");
        QStringList got;
        for (const NodeId item : after.items(after.value(option)))
            got << after.scalar(item);
        QCOMPARE(got, entries);
    }
}

void TestRouteEditor::sameRoutesGiveSameBytes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("entries");
    QTest::newRow("multi-line with comments")
        << QByteArray("Domain \"a\" {\r\n  Routes = ( # c\r\n    \"x\" /* d */\r\n    y\r\n  )\r\n}") << u"a"_qs
        << QStringList{u"x"_qs, u"y"_qs};
    QTest::newRow("global") << QByteArray("Routes=(\"__mx__\")") << QString() << kMx;
}

void TestRouteEditor::sameRoutesGiveSameBytes()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, domain);
    QFETCH(QStringList, entries);
    const SyntaxTree tree = SyntaxTree::parse(input);
    const EditResult r = RouteEditor::setRoutes(
        tree, domain.isEmpty() ? EditTarget::globalScope() : EditTarget::domainScope(domain), entries);
    QVERIFY(r.ok);
    QVERIFY(r.edits.isEmpty());
    QCOMPARE(r.text, input);
}

void TestRouteEditor::refusals_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<EditRefusalCode>("code");
    QTest::addColumn<int>("line");
    QTest::newRow("syntax error in file") << QByteArray("Domain d {\n") << kMx << EditRefusalCode::SyntaxErrors << 0;
    QTest::newRow("invalid entry") << QByteArray("") << QStringList{u"smtp://h?pref=x"_qs} << EditRefusalCode::BadEntry << 0;
    QTest::newRow("typographic word before the routes on their line")
        << QByteArray("Domain d { x = ( \xe2\x80\x9cw ) Routes = 2 }\n") << kMx << EditRefusalCode::WouldChangeNeighbours
        << 1;
    QTest::newRow("entry with a quote") << QByteArray("") << QStringList{u"a\"b"_qs} << EditRefusalCode::BadEntry << 0;
}

void TestRouteEditor::refusals()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, entries);
    QFETCH(EditRefusalCode, code);
    QFETCH(int, line);
    const EditResult r = RouteEditor::setRoutes(SyntaxTree::parse(input), EditTarget::domainScope(u"d"_qs), entries);
    QVERIFY(!r.ok);
    QCOMPARE(r.refusal.code, code);
    QCOMPARE(r.refusal.line, line);
    QVERIFY(r.edits.isEmpty());
}

// Issue 11, item 4: a target name that would not read back as given is refused,
// whether the scope is new (appended) or the file already has others.
void TestRouteEditor::domainRefusals_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<EditRefusalCode>("code");
    QTest::addColumn<int>("line");
    const QByteArray file = "Routes = ( \"a.test\" )\n\nDomain \"b.test\" {\n  Routes = ( \"__mx__\" )\n}\n";
    QTest::newRow("domain-backslash-refused") << file << u"a\\"_qs << EditRefusalCode::WouldNotParse << 7;
    QTest::newRow("domain-backslash-in-empty-file-refused") << QByteArray() << u"x\\"_qs << EditRefusalCode::WouldNotParse
                                                            << 1;
    QTest::newRow("regex-unclosed-refused") << file << u"/([unclosed/"_qs << EditRefusalCode::BadRegex << 0;
    QTest::newRow("regex-bad-repeat-refused") << file << u"/*.test/"_qs << EditRefusalCode::BadRegex << 0;
}

void TestRouteEditor::domainRefusals()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, domain);
    QFETCH(EditRefusalCode, code);
    QFETCH(int, line);
    const EditResult r = RouteEditor::setRoutes(SyntaxTree::parse(input), EditTarget::domainScope(domain), {u"relay.test"_qs});
    QVERIFY2(!r.ok, r.text.constData());
    QCOMPARE(r.refusal.code, code);
    QCOMPARE(r.refusal.line, line);
    QVERIFY(r.edits.isEmpty());
    QVERIFY(r.text.isEmpty());
}

void TestRouteEditor::entryWarnings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QString>("expected");  // "line:column code", one per warning
    QTest::newRow("set-warns-unknown-key (new scope)")
        << QByteArray("Routes = ( \"a\" )\n") << u"x.test"_qs << QStringList{u"smtp://h.test?prf=1"_qs}
        << u"4:29 route-unknown-key"_qs;
    QTest::newRow("set-warns-unknown-key (existing list, second entry)")
        << QByteArray("Domain \"x.test\" {\n  Routes = ( \"a.test\" )\n}\n") << u"x.test"_qs
        << QStringList{u"a.test"_qs, u"smtp://h.test?prf=1"_qs} << u"2:38 route-unknown-key"_qs;
    QTest::newRow("no warning for clean entries")
        << QByteArray("") << QString() << QStringList{u"smtp://h.test?pref=1"_qs} << QString();
}

void TestRouteEditor::entryWarnings()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, domain);
    QFETCH(QStringList, entries);
    QFETCH(QString, expected);
    const EditTarget target = domain.isEmpty() ? EditTarget::globalScope() : EditTarget::domainScope(domain);
    const EditResult r = RouteEditor::setRoutes(SyntaxTree::parse(input, u"f.conf"_qs), target, entries);
    QVERIFY2(r.ok, qPrintable(QString::number(int(r.refusal.code)) + r.refusal.subject));
    QStringList got;
    for (const Diagnostic &d : r.warnings) {
        QCOMPARE(d.severity, Severity::Warning);
        QCOMPARE(d.file, u"f.conf"_qs);
        QCOMPARE(int(d.offset), int(r.text.left(d.offset).size()));
        got.append(QStringLiteral("%1:%2 %3").arg(d.line).arg(d.column).arg(d.code));
    }
    QCOMPARE(got.join(u'\n'), expected);
    // The same as `check` says about the new text.
    const ConfigSet config = ConfigSet::fromText(r.text, u"f.conf"_qs, false);
    QStringList checked;
    for (const Diagnostic &d : validate(config, RouteModel::build(config))) {
        if (d.severity == Severity::Warning && d.code.startsWith(u"route-"))
            checked.append(QStringLiteral("%1:%2 %3").arg(d.line).arg(d.column).arg(d.code));
    }
    QCOMPARE(checked, got);
}

void TestRouteEditor::onlyTheOptionChanges()
{
    // Editing one domain in a large file leaves every byte outside that option alone.
    QByteArray input = "# head\r\n";
    for (int i = 0; i < 200; ++i)
        input += "Domain \"d" + QByteArray::number(i) + "\" {\r\n  Routes = ( \"__mx__\" ) # keep\r\n}\r\n";
    const SyntaxTree tree = SyntaxTree::parse(input);
    const EditResult r = RouteEditor::setRoutes(tree, EditTarget::domainScope(u"d100"_qs), {u"relay.test"_qs});
    QVERIFY(r.ok);
    QCOMPARE(r.edits.size(), 1);
    const TextEdit &e = r.edits.first();
    QCOMPARE(input.mid(e.begin, e.end - e.begin), QByteArray("\"__mx__\""));
    QCOMPARE(r.text.left(e.begin), input.left(e.begin));
    QCOMPARE(r.text.mid(e.begin + e.replacement.size()), input.mid(e.end));
}

void TestRouteEditor::removeScope_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("scope on its own lines") << QByteArray("a = 1\nDomain x {\n  b = 2\n}\nc = 3\n") << u"x"_qs
                                            << QByteArray("a = 1\nc = 3\n");
    QTest::newRow("crlf lines") << QByteArray("a = 1\r\nDomain x {\r\n}\r\nc = 3\r\n") << u"x"_qs
                                << QByteArray("a = 1\r\nc = 3\r\n");
    QTest::newRow("scope sharing a line") << QByteArray("a = 1 Domain x { } c = 3\n") << u"x"_qs
                                          << QByteArray("a = 1 c = 3\n");
    QTest::newRow("between blank lines") << QByteArray("a = 1\n\nDomain x {\n}\n\nc = 3\n") << u"x"_qs
                                         << QByteArray("a = 1\n\nc = 3\n");
    QTest::newRow("comment after the scope on its line") << QByteArray("a = 1 Domain x { }#c\n") << u"x"_qs
                                                         << QByteArray("a = 1 #c\n");
    QTest::newRow("string right before the scope") << QByteArray("a = \"v\"Domain x { } c = 3\n") << u"x"_qs
                                                   << QByteArray("a = \"v\"c = 3\n");
    QTest::newRow("last line without break") << QByteArray("a = 1\nDomain x { }") << u"x"_qs
                                             << QByteArray("a = 1\n");
}

void TestRouteEditor::removeScope()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, domain);
    QFETCH(QByteArray, expected);
    const SyntaxTree tree = SyntaxTree::parse(text);
    const NodeId scope = RouteEditor::findDomainScope(tree, domain);
    QVERIFY(scope != kNoNode);
    const EditResult r = RouteEditor::removeScope(tree, scope);
    QVERIFY2(r.ok, qPrintable(QString::number(int(r.refusal.code)) + r.refusal.subject));
    QCOMPARE(r.text, expected);
    QCOMPARE(applyEdits(text, r.edits), expected);
}

QTEST_GUILESS_MAIN(TestRouteEditor)
#include "tst_routeeditor.moc"
