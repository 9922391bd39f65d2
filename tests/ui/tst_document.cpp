// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "routing/routeeditor.h"
#include "document/configsnapshot.h"
#include "document/document.h"
#include "document/editcommand.h"
#include "config/linediff.h"
#include "editor/routetablemodel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <sys/stat.h>
#include <unistd.h>

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
    void treeEditsSpanFiles();
    void partialSaveSaysWhatWasWritten();
    void savingOverADiskChangeIsNeverSilent_data();
    void savingOverADiskChangeIsNeverSilent();
    void saveKeepsOwnerGroupMode();
    void loadCanBeCancelled();
    void fifoIsRefused();
    void invertEdits_data();
    void invertEdits();
    void largeFileEditsReparseInAWorker();
    void largeFileEditUpdatesInPlace();
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

namespace {

// A copy of tests/data/esp-tree in `dir`; returns the path of its ecelerity.conf.
QString copyTree(const QTemporaryDir &dir)
{
    const QDir from(QStringLiteral(ROUTESCOPE_TEST_DATA "/esp-tree"));
    for (const QString &f : {u"ecelerity.conf"_s, u"vendor-defaults.conf"_s, u"pools/bindings.conf"_s,
                             u"conf.d/10-webmail.conf"_s, u"conf.d/20-regional.conf"_s}) {
        QDir().mkpath(QFileInfo(dir.filePath(f)).absolutePath());
        QFile::copy(from.filePath(f), dir.filePath(f));
    }
    return dir.filePath(u"ecelerity.conf"_s);
}

int scopeAt(const Document &doc, const QString &path)
{
    const RouteModel &m = doc.snapshot()->model();
    for (int i = 1; i < m.scopes().size(); ++i) {
        QStringList parts;
        for (int s = i; s > 0; s = m.scopes().at(s).parent)
            parts.prepend(m.scopes().at(s).name);
        if (parts.join(u" > "_s) == path)
            return i;
    }
    return -1;
}

} // namespace

// Issue "real configurations": an edit in an included file, one in a binding's
// file, undo and redo across them, one diff per file, each saved in its own file.
void TestDocument::treeEditsSpanFiles()
{
    QTemporaryDir dir;
    const QString main = copyTree(dir);
    QFile vendorFile(dir.filePath(u"vendor-defaults.conf"_s));
    QVERIFY(vendorFile.open(QIODevice::Append));
    vendorFile.write("Domain \"vendor.example\" {\n  Routes = ( \"__mx__\" )\n}\n");
    vendorFile.close();
    Document doc;
    QVERIFY(doc.open(main).ok());
    doc.waitForLoaded();
    QCOMPARE(doc.files().size(), 5);
    const QByteArray webmail = test::readFile(dir.filePath(u"conf.d/10-webmail.conf"_s));
    const QByteArray pools = test::readFile(dir.filePath(u"pools/bindings.conf"_s));

    QVERIFY(doc.setRoutes(scopeAt(doc, u"webmail.example"_s), {u"relay.example.net"_s}, u"edit 1"_s));
    QVERIFY(doc.setRoutes(scopeAt(doc, u"marketing > mkt1 > gmail.example"_s), {u"__mx__"_s}, u"edit 2"_s));
    QCOMPARE(doc.modifiedFiles().size(), 2);
    // The readonly_include file is refused, naming the include line.
    const EditOutcome vendor = doc.clearRoutes(scopeAt(doc, u"vendor.example"_s), u"x"_s);
    QVERIFY(!vendor);
    QCOMPARE(vendor.error().code, EditBlock::ReadOnlyInclude);
    QCOMPARE(vendor.error().includeFile, main);
    QCOMPARE(vendor.error().includeLine, 16);
    QCOMPARE(doc.clearRoutes(scopeAt(doc, u"tx-gw.example.net"_s), u"x"_s).error().code, EditBlock::NotAScope);

    // Undo spans the files: back to the text as read, in both.
    doc.undoStack()->undo();
    QCOMPARE(doc.file(dir.filePath(u"pools/bindings.conf"_s))->bytes, pools);
    doc.undoStack()->undo();
    QCOMPARE(doc.file(dir.filePath(u"conf.d/10-webmail.conf"_s))->bytes, webmail);
    QVERIFY(!doc.isModified());
    doc.undoStack()->redo();
    doc.undoStack()->redo();

    const QList<FileDiff> diffs = doc.pendingDiffs();
    QCOMPARE(diffs.size(), 2);
    QCOMPARE(diffs.at(0).path, dir.filePath(u"pools/bindings.conf"_s));
    QCOMPARE(diffs.at(1).path, dir.filePath(u"conf.d/10-webmail.conf"_s));
    const SaveReport report = doc.save();
    QVERIFY(report.ok());
    QCOMPARE(report.written.size(), 2);
    QCOMPARE(test::readFile(dir.filePath(u"conf.d/10-webmail.conf"_s)),
             QByteArray("Domain \"webmail.example\" {\n  Routes = ( \"relay.example.net\" )\n"
                        "  Max_Outbound_Connections = 50\n}\n"));
    QVERIFY(test::readFile(dir.filePath(u"pools/bindings.conf"_s))
                .contains("    Domain \"gmail.example\" {\n      Max_Outbound_Connections = 20\n"
                          "      Routes = ( \"__mx__\" )\n    }\n"));
    QCOMPARE(test::readFile(main), test::readFile(QStringLiteral(ROUTESCOPE_TEST_DATA "/esp-tree/ecelerity.conf")));
    QVERIFY(!doc.isModified());
}

// A file that cannot be written is named; the others are written, nothing is lost.
void TestDocument::partialSaveSaysWhatWasWritten()
{
    QTemporaryDir dir;
    const QString main = copyTree(dir);
    Document doc;
    QVERIFY(doc.open(main).ok());
    doc.waitForLoaded();
    QVERIFY(doc.setRoutes(0, {u"relay.example.net"_s}, u"global"_s));
    QVERIFY(doc.setRoutes(scopeAt(doc, u"webmail.example"_s), {u"relay.example.net"_s}, u"webmail"_s));
    // A second hard link makes the include unwritable without breaking the link.
    const QString webmail = dir.filePath(u"conf.d/10-webmail.conf"_s);
    QVERIFY(::link(QFile::encodeName(webmail).constData(), QFile::encodeName(dir.filePath(u"linked.conf"_s)).constData()) == 0);
    const SaveReport report = doc.save();
    QCOMPARE(report.written, QStringList{main});
    QCOMPARE(report.failed.size(), 1);
    QCOMPARE(report.failed.first().first, webmail);
    QCOMPARE(report.failed.first().second.code, IoErrorCode::HardLinked);
    QVERIFY(doc.isModified());
    QCOMPARE(doc.modifiedFiles(), QStringList{webmail});
    QVERIFY(test::readFile(main).contains("Routes = ( \"relay.example.net\" )"));
    QVERIFY(!test::readFile(webmail).contains("relay.example.net"));
}

void TestDocument::savingOverADiskChangeIsNeverSilent_data()
{
    QTest::addColumn<QByteArray>("onDisk");   // what another program writes over the file
    QTest::addColumn<bool>("merges");
    QTest::newRow("another program appended a Domain: the edits merge")
        << QByteArray("Domain \"appended.example\" {\n}\n") << true;
    QTest::newRow("another program changed the same line: refused")
        << QByteArray() << false;
}

void TestDocument::savingOverADiskChangeIsNeverSilent()
{
    QFETCH(QByteArray, onDisk);
    QFETCH(bool, merges);
    QTemporaryDir dir;
    const QString path = test::writeFile(dir, u"a.conf"_s,
                                         "Routes = ( \"__mx__\" )\n\nDomain \"a.test\" {\n  Routes = ( \"r1.test\" )\n}\n");
    Document doc;
    QVERIFY(doc.open(path).ok());
    doc.waitForLoaded();
    QSignalSpy external(&doc, &Document::externallyModified);
    QVERIFY(doc.setRoutes(doc.snapshot()->model().findDomainScope(u"a.test"_s), {u"r2.test"_s}, u"edit"_s));
    QByteArray theirs = test::readFile(path);
    if (onDisk.isEmpty())
        theirs.replace("r1.test", "r3.test");
    else
        theirs += onDisk;
    test::writeFile(dir, u"a.conf"_s, theirs);
    QTRY_COMPARE(external.size(), 1);
    QCOMPARE(doc.changedOnDisk(), QStringList{path});

    // Save refuses; nothing is written.
    const SaveReport refused = doc.save();
    QCOMPARE(refused.changedOnDisk, QStringList{path});
    QVERIFY(refused.written.isEmpty());
    QCOMPARE(test::readFile(path), theirs);

    const MergeReport merged = doc.mergeWithDisk();
    QCOMPARE(merged.ok(), merges);
    if (!merges) {
        QCOMPARE(merged.conflicts.size(), 1);
        QCOMPARE(merged.conflicts.first().second, (QList<std::pair<int, int>>{{4, 4}}));
        QVERIFY(doc.bytes().contains("r2.test"));  // nothing changed in the editor
        // Overwrite is the user's explicit choice.
        QVERIFY(doc.save(Document::SaveMode::Overwrite).ok());
        QVERIFY(test::readFile(path).contains("r2.test"));
        QVERIFY(!test::readFile(path).contains("r3.test"));
        return;
    }
    QVERIFY(doc.bytes().contains("r2.test"));
    QVERIFY(doc.bytes().endsWith(onDisk));
    QVERIFY(doc.save().ok());
    QCOMPARE(test::readFile(path), doc.bytes());
    QVERIFY(doc.changedOnDisk().isEmpty());
}

// Issue 11: the editor's Save keeps owner, group and mode (setgid included).
void TestDocument::saveKeepsOwnerGroupMode()
{
    if (::geteuid() != 0)
        QSKIP("needs root to give the file another owner");
    QTemporaryDir dir;
    const QString path = test::writeFile(dir, u"owned.conf"_s, "Routes = ( \"__mx__\" )\n");
    const QByteArray native = QFile::encodeName(path);
    QVERIFY(::chown(native.constData(), 65534, 65534) == 0);  // nobody:nogroup
    QVERIFY(::chmod(native.constData(), 02640) == 0);
    Document doc;
    QVERIFY(doc.open(path).ok());
    doc.waitForLoaded();
    QVERIFY(doc.setRoutes(0, {u"relay.example.net"_s}, u"edit"_s));
    QVERIFY(doc.save().ok());
    struct stat st {};
    QVERIFY(::stat(native.constData(), &st) == 0);
    QCOMPARE(st.st_uid, uid_t(65534));
    QCOMPARE(st.st_gid, gid_t(65534));
    QCOMPARE(st.st_mode & 07777, mode_t(02640));
}

// Issue 11: any load can be cancelled, and the document can go away during one.
void TestDocument::loadCanBeCancelled()
{
    QByteArray text;
    for (int i = 0; i < 200000; ++i)
        text += "Domain \"d" + QByteArray::number(i) + ".example.test\" {\n  Routes = ( \"relay.example.test\" )\n}\n";
    QTemporaryDir dir;
    const QString path = test::writeFile(dir, u"big.conf"_s, text);
    {
        Document doc;
        QSignalSpy loaded(&doc, &Document::loaded);
        QVERIFY(doc.open(path).ok());
        doc.cancelLoad();
        doc.waitForLoaded();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().at(0).toBool(), false);
        QVERIFY(!doc.snapshot());
        QVERIFY(!doc.hasFile());
    }
    QElapsedTimer clock;
    clock.start();
    {
        Document doc;
        QVERIFY(doc.open(path).ok());
    }  // destroyed while loading: it stops the load instead of waiting for it
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
}

void TestDocument::fifoIsRefused()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"fifo.conf"_s);
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    Document doc;
    const auto opened = doc.open(fifo);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, IoErrorCode::NotRegularFile);
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
    doc.setIncrementalUpdates(false);  // the path of an edit the snapshot cannot follow in place
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

// The same edits in place: no worker, the snapshot follows at once with the same
// scopes, and undo too.
void TestDocument::largeFileEditUpdatesInPlace()
{
    QByteArray text = "Routes = ( \"__mx__\" )\n";
    for (int i = 0; text.size() <= Document::asyncReparseLimit + 4096; ++i)
        text += "Domain \"d" + QByteArray::number(i) + ".example.test\" {\n  Routes = ( \"relay.example.test\" )\n}\n";
    QTemporaryDir dir;
    const QString path = test::writeFile(dir, u"large.conf"_s, text);
    Document doc;
    QVERIFY(doc.open(path).ok());
    doc.waitForLoaded();
    QSignalSpy changed(&doc, &Document::changed);
    const int d5 = doc.snapshot()->model().findDomainScope(u"d5.example.test"_s);
    QVERIFY(doc.setRoutes(d5, {u"smtp://a.example.test?pref=5"_s, u"__mx__"_s}, u"edit"_s));
    QVERIFY(!doc.isReparsing());
    QCOMPARE(changed.size(), 1);
    const DocumentChange change = changed.first().first().value<DocumentChange>();
    QVERIFY(change.sameScopes);
    QCOMPARE(change.firstLine, 3 * 5 + 3);
    QCOMPARE(change.oldLines, 1);
    QCOMPARE(change.newLines, 1);
    QVERIFY(doc.snapshot()->isUpdate());
    QCOMPARE(doc.snapshot()->model().routes(d5).size(), 2);
    doc.undoStack()->undo();
    QVERIFY(!doc.isReparsing());
    QCOMPARE(doc.snapshot()->model().routes(d5).first().entry.text, u"relay.example.test"_s);
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
