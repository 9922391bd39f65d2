#include "uitestsupport.h"

#include "routing/routeeditor.h"
#include "document/configsnapshot.h"
#include "document/document.h"
#include "document/editcommand.h"
#include "config/linediff.h"
#include "editor/routetablemodel.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace rs;
using namespace rs::ui;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(rs::TextEdit)

class TestDocument final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void editThroughTable_data();
    void editThroughTable();
    void moveDuplicateRemove();
    void addAndRemoveDomainScope();
    void inheritedOverride();
    void syntaxErrorsOpenReadOnly();
    void includedScopesAreEditable();
    void externalChangeIsReported();
    void invertEdits_data();
    void invertEdits();
    void largeFileEditsReparseInAWorker();
};

namespace {

// The line span [first, last] (1-based) of the Routes option of a domain scope.
std::pair<int, int> routesLines(const SyntaxTree &tree, const QString &domain)
{
    const NodeId scope = RouteEditor::findDomainScope(tree, domain);
    const NodeId option = RouteEditor::findRoutesOption(tree, scope);
    const Span s = tree.node(option).span;
    return {tree.position(s.begin).line, tree.position(s.end - 1).line};
}

// The 1-based lines of `before` that differ from `after`.
QList<int> changedLines(const QByteArray &before, const QByteArray &after)
{
    const SyntaxTree tree = SyntaxTree::parse(before);
    QList<int> lines;
    for (const TextEdit &e : lineEdits(before, after)) {
        const int first = tree.position(e.begin).line;
        const int last = e.end > e.begin ? tree.position(e.end - 1).line : first;
        for (int l = first; l <= last; ++l)
            lines.append(l);
    }
    return lines;
}

} // namespace

void TestDocument::editThroughTable_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("pref of the last big-isp gateway") << u"big-isp.example.test"_s << 4
        << int(RouteTableModel::PrefColumn) << QVariant(15) << u"smtp://192.0.2.75?pref=15"_s;
    QTest::newRow("host of the partner relay") << u"partner.example.test"_s << 0
        << int(RouteTableModel::HostColumn) << QVariant(u"mx2.partner.example.test"_s)
        << u"smtp://mx2.partner.example.test?ttl=60&port=2525&type=a"_s;
    QTest::newRow("type a to default") << u"partner.example.test"_s << 0
        << int(RouteTableModel::TypeColumn) << QVariant(int(LookupType::Default))
        << u"smtp://mail.partner.example.test?ttl=60&port=2525"_s;
    QTest::newRow("port cleared") << u"partner.example.test"_s << 0
        << int(RouteTableModel::PortColumn) << QVariant(0)
        << u"smtp://mail.partner.example.test?ttl=60&type=a"_s;
    QTest::newRow("ttl set on an IPv6 literal") << u"v6only.example.test"_s << 0
        << int(RouteTableModel::TtlColumn) << QVariant(300) << u"smtp://[2001:db8::25]?pref=5&ttl=300"_s;
    QTest::newRow("entry text replaced") << u"direct.example.test"_s << 0
        << int(RouteTableModel::EntryColumn) << QVariant(u"relay.example.test"_s) << u"relay.example.test"_s;
    QTest::newRow("regex scope entry") << u"/(?:^|[.])regional[.]example[.]test$/"_s << 0
        << int(RouteTableModel::PrefColumn) << QVariant(7) << u"smtp://relay.example.test?pref=7"_s;
}

void TestDocument::editThroughTable()
{
    QFETCH(QString, domain);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    const QString path = test::copyExample(dir);
    const QByteArray original = test::readFile(path);
    Document doc;
    QVERIFY(doc.open(path).ok());
    doc.waitForLoaded();
    QVERIFY(!doc.isReadOnly());
    QCOMPARE(doc.bytes(), original);  // opening never modifies

    RouteTableModel model(&doc);
    const int scope = doc.snapshot()->model().findDomainScope(domain);
    QVERIFY(scope > 0);
    model.setScope(scope);
    QVERIFY(model.isEditable());
    QSignalSpy changed(&doc, &Document::changed);
    QVERIFY(model.setData(model.index(row, column), value));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<DocumentChange>().kind, DocumentChange::Edited);
    QCOMPARE(model.entry(row).entry.text, expected);
    QVERIFY(doc.isModified());
    QCOMPARE(doc.undoStack()->undoText(), u"Set routes of " + domain);
    const QByteArray edited = doc.bytes();

    doc.undoStack()->undo();
    QCOMPARE(doc.bytes(), original);
    QVERIFY(!doc.isModified());
    doc.undoStack()->redo();
    QCOMPARE(doc.bytes(), edited);
    QCOMPARE(model.entry(row).entry.text, expected);

    QCOMPARE(doc.pendingDiffs().size(), 1);
    QCOMPARE(doc.pendingDiffs().first().path, doc.path());
    const SaveReport report = doc.save();
    QVERIFY(report.ok());
    QCOMPARE(report.written, QStringList{doc.path()});
    QVERIFY(!doc.isModified());
    const QByteArray saved = test::readFile(path);
    QCOMPARE(saved, edited);
    // Only the lines of the edited Routes option differ.
    const auto [first, last] = routesLines(SyntaxTree::parse(original), domain);
    const QList<int> lines = changedLines(original, saved);
    QVERIFY(!lines.isEmpty());
    for (const int l : lines)
        QVERIFY2(l >= first && l <= last, qPrintable(u"line %1 outside %2-%3"_s.arg(l).arg(first).arg(last)));
}

void TestDocument::moveDuplicateRemove()
{
    QTemporaryDir dir;
    const QString path = test::copyExample(dir);
    Document doc;
    QVERIFY(doc.open(path).ok());
    doc.waitForLoaded();
    const QByteArray original = doc.bytes();
    RouteTableModel model(&doc);
    model.setScope(doc.snapshot()->model().findDomainScope(u"big-isp.example.test"_s));
    const QStringList before = model.entryTexts();
    QCOMPARE(before.size(), 5);

    QVERIFY(model.moveEntry(0, +1));
    QCOMPARE(doc.undoStack()->undoText(), u"Move route down"_s);
    QCOMPARE(model.entryTexts().at(1), before.at(0));
    QCOMPARE(model.preferredRow(), 1);
    QVERIFY(!model.moveEntry(0, -1));  // nothing above the first row

    QVERIFY(model.duplicateEntry(4));
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(doc.undoStack()->undoText(), u"Duplicate route"_s);

    QVERIFY(model.removeEntries({5, 0}));
    QCOMPARE(model.rowCount(), 4);

    QVERIFY(model.moveEntries({3}, 0));  // what a drag to the top does
    QCOMPARE(model.entryTexts().first(), before.at(4));
    QCOMPARE(doc.undoStack()->count(), 4);
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QCOMPARE(doc.bytes(), original);
}

void TestDocument::addAndRemoveDomainScope()
{
    QTemporaryDir dir;
    const QString path = test::copyExample(dir);
    Document doc;
    QVERIFY(doc.open(path).ok());
    doc.waitForLoaded();
    const QByteArray original = doc.bytes();

    QVERIFY(doc.addDomainScope(u"new.example.test"_s, {u"__mx__"_s}, u"Add domain new.example.test"_s));
    QCOMPARE(doc.undoStack()->undoText(), u"Add domain new.example.test"_s);
    QVERIFY(doc.snapshot()->model().findDomainScope(u"new.example.test"_s) > 0);
    const EditOutcome again = doc.addDomainScope(u"new.example.test"_s, {u"__mx__"_s}, u"again"_s);
    QVERIFY(!again);
    QCOMPARE(again.error().edit.refusal, TreeEditRefusal::AlreadyExists);
    doc.undoStack()->undo();
    QCOMPARE(doc.bytes(), original);

    const int direct = doc.snapshot()->model().findDomainScope(u"direct.example.test"_s);
    QVERIFY(doc.removeScope(direct, u"Remove domain"_s));
    QVERIFY(!doc.bytes().contains("direct.example.test"));
    // The scope's lines go with one of the blank lines around them.
    QVERIFY(doc.bytes().contains("Remote_SMTP_Port = 587\n}\n\nDomain \"v6only"));
    QCOMPARE(changedLines(original, doc.bytes()).size(), 4);
    QCOMPARE(doc.removeScope(0, u"x"_s).error().code, EditBlock::GlobalScope);
    doc.undoStack()->undo();
    QCOMPARE(doc.bytes(), original);
}

void TestDocument::inheritedOverride()
{
    QTemporaryDir dir;
    const QString path = test::writeFile(dir, u"inherit.conf"_s,
        "Routes = ( \"smtp://hub.example.test?pref=1\" \"__mx__\" )\n"
        "\n"
        "Domain \"quiet.example.test\" {\n"
        "  Max_Outbound_Connections = 5\n"
        "}\n");
    Document doc;
    QVERIFY(doc.open(path).ok());
    doc.waitForLoaded();
    RouteTableModel model(&doc);
    const int scope = doc.snapshot()->model().findDomainScope(u"quiet.example.test"_s);
    model.setScope(scope);
    QVERIFY(model.isInherited());
    QCOMPARE(model.sourceScope(), 0);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!(model.flags(model.index(0, RouteTableModel::EntryColumn)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, RouteTableModel::EntryColumn), u"x.example"_s));

    QVERIFY(model.overrideHere());
    QVERIFY(!model.isInherited());
    QCOMPARE(model.sourceScope(), scope);
    QCOMPARE(model.entryTexts(), (QStringList{u"smtp://hub.example.test?pref=1"_s, u"__mx__"_s}));
    QCOMPARE(doc.undoStack()->undoText(), u"Override routes in quiet.example.test"_s);
    QVERIFY(model.clearRoutes());
    QVERIFY(model.isInherited());
}

void TestDocument::syntaxErrorsOpenReadOnly()
{
    QTemporaryDir dir;
    const QByteArray text = "Domain \"broken.example.test\" {\n  Routes = ( \"__mx__\" )\n";
    const QString path = test::writeFile(dir, u"broken.conf"_s, text);
    Document doc;
    QSignalSpy readOnly(&doc, &Document::readOnlyChanged);
    QVERIFY(doc.open(path).ok());
    doc.waitForLoaded();
    QVERIFY(!doc.canEditScope(0));
    QVERIFY(!doc.snapshot()->diagnostics().isEmpty());
    const EditOutcome refused = doc.setRoutes(0, {u"relay.example.test"_s}, u"x"_s);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, EditBlock::SyntaxErrors);
    QCOMPARE(test::readFile(path), text);
}

void TestDocument::includedScopesAreEditable()
{
    QTemporaryDir dir;
    const QString path = test::copyExample(dir);
    Document doc;
    QVERIFY(doc.open(path).ok());
    doc.waitForLoaded();
    const auto snapshot = doc.snapshot();
    QVERIFY(snapshot->config().fileCount() > 1);
    int included = -1;
    for (int i = 0; i < snapshot->model().scopes().size(); ++i) {
        const RoutingScope &s = snapshot->model().scopes().at(i);
        if (s.location.ref.file > 0 && s.kind == ScopeKind::Domain)
            included = i;
    }
    QVERIFY(included > 0);
    QVERIFY(doc.canEditScope(included));
}

void TestDocument::externalChangeIsReported()
{
    QTemporaryDir dir;
    const QString path = test::copyExample(dir);
    Document doc;
    QVERIFY(doc.open(path).ok());
    doc.waitForLoaded();
    QSignalSpy external(&doc, &Document::externallyModified);
    // Our own save must not count as an external change.
    QVERIFY(doc.setRoutes(0, {u"__mx__"_s}, u"Set routes of the global scope"_s));
    QVERIFY(doc.save().ok());
    QTest::qWait(300);
    QCOMPARE(external.size(), 0);
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    f.write("# edited elsewhere\n");
    f.close();
    QTRY_COMPARE(external.size(), 1);
    doc.reload();
    doc.waitForLoaded();
    QVERIFY(doc.bytes().endsWith("# edited elsewhere\n"));
}

void TestDocument::invertEdits_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<TextEdits>("edits");
    QTest::newRow("one replacement") << QByteArray("abcdef") << TextEdits{{1, 3, "XYZ"}};
    QTest::newRow("insert and delete") << QByteArray("abcdef") << TextEdits{{0, 0, "++"}, {4, 6, {}}};
    QTest::newRow("unsorted edits") << QByteArray("0123456789") << TextEdits{{8, 9, "eight"}, {2, 3, ""}};
}

void TestDocument::invertEdits()
{
    QFETCH(QByteArray, before);
    QFETCH(TextEdits, edits);
    const QByteArray after = applyEdits(before, edits);
    QCOMPARE(applyEdits(after, EditCommand::invert(before, edits)), before);
}

void TestDocument::largeFileEditsReparseInAWorker()
{
    // Above asyncReparseLimit an edit returns at once; the snapshot follows.
    QByteArray text = "Routes = ( \"__mx__\" )\n";
    for (int i = 0; text.size() <= Document::asyncReparseLimit + 4096; ++i)
        text += "Domain \"d" + QByteArray::number(i) + ".example.test\" {\n  Routes = ( \"relay.example.test\" )\n}\n";
    QTemporaryDir dir;
    const QString path = test::writeFile(dir, u"large.conf"_s, text);
    Document doc;
    QVERIFY(doc.open(path).ok());
    doc.waitForLoaded();
    QSignalSpy changed(&doc, &Document::changed);
    const auto before = doc.snapshot();
    const int d5 = before->model().findDomainScope(u"d5.example.test"_s);
    RouteTableModel table(&doc);
    table.setScope(d5);
    QVERIFY(table.isEditable());
    QVERIFY(doc.setRoutes(d5, {u"smtp://a.example.test?pref=5"_s}, u"edit"_s));
    QVERIFY(doc.isReparsing());
    QCOMPARE(doc.snapshot(), before);  // the views keep the old one meanwhile
    QVERIFY(doc.bytes().contains("smtp://a.example.test?pref=5"));
    // The table shows the old rows meanwhile: no edits through it on stale text.
    QVERIFY(!table.isEditable());
    QVERIFY(!(table.flags(table.index(0, RouteTableModel::EntryColumn)) & Qt::ItemIsEditable));
    QSignalSpy failed(&table, &RouteTableModel::editFailed);
    QVERIFY(!table.setData(table.index(0, RouteTableModel::EntryColumn), u"stale.example.test"_s));
    QVERIFY(!doc.bytes().contains("stale.example.test"));

    // A second edit, still picked in the old snapshot, settles the first one, finds
    // its scope again and applies on top of it; undo while reparsing too.
    const int d7 = before->model().findDomainScope(u"d7.example.test"_s);
    QVERIFY(doc.setRoutes(d7, {u"smtp://b.example.test"_s}, u"edit 2"_s));
    QCOMPARE(changed.size(), 1);
    doc.undoStack()->undo();
    QTRY_VERIFY(!doc.isReparsing());
    QCOMPARE(changed.size(), 3);
    QCOMPARE(changed.last().first().value<DocumentChange>().kind, DocumentChange::Edited);
    const auto after = doc.snapshot();
    QCOMPARE(after->model().routes(after->model().findDomainScope(u"d5.example.test"_s)).first().entry.text,
             u"smtp://a.example.test?pref=5"_s);
    QCOMPARE(after->model().routes(after->model().findDomainScope(u"d7.example.test"_s)).first().entry.text,
             u"relay.example.test"_s);
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
