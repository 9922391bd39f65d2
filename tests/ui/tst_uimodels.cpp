// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "document/configsnapshot.h"
#include "document/document.h"
#include "editor/itemroles.h"
#include "editor/problemsmodel.h"
#include "editor/routetablemodel.h"
#include "editor/scopefilterproxy.h"
#include "editor/scopetreemodel.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace rs;
using namespace rs::ui;
using namespace Qt::StringLiterals;

class TestUiModels final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scopeTree();
    void scopeFilter_data();
    void scopeFilter();
    void routeTable_data();
    void routeTable();
    void problems();
    void scopeKeysFindEveryScope();
    void scopeKeysInText_data();
    void scopeKeysInText();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestUiModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_path = test::copyExample(m_dir);
}

namespace {

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList names;
    for (int r = 0; r < model.rowCount(parent); ++r)
        names.append(model.index(r, 0, parent).data().toString());
    return names;
}

} // namespace

void TestUiModels::scopeTree()
{
    Document doc;
    QVERIFY(doc.open(m_path).ok());
    doc.waitForLoaded();
    ScopeTreeModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(doc.snapshot());

    QCOMPARE(childNames(model, {}), (QStringList{u"Global"_s, u"Domains"_s, u"Bindings"_s, u"Hosts"_s}));
    const QModelIndex domains = model.index(1, 0);
    const QStringList names = childNames(model, domains);
    QVERIFY(names.contains(u"big-isp.example.test"_s));
    QVERIFY(names.contains(u"/(?:^|[.])regional[.]example[.]test$/"_s));
    QCOMPARE(model.index(1, ScopeTreeModel::RoutesColumn).data().toInt(), names.size());
    // Binding_Group > Binding > Domain keeps its nesting.
    const QModelIndex group = model.index(0, 0, model.index(2, 0));
    QCOMPARE(group.data().toString(), u"Binding_Group transactional"_s);
    const QModelIndex binding = model.index(0, 0, group);
    QCOMPARE(binding.data().toString(), u"Binding tx1"_s);
    QCOMPARE(model.index(0, 0, binding).data().toString(), u"big-isp.example.test"_s);
    QCOMPARE(childNames(model, model.index(3, 0)).size(), 2);

    const int bigIsp = doc.snapshot()->model().findDomainScope(u"big-isp.example.test"_s);
    const QModelIndex i = model.indexOfScope(bigIsp);
    QCOMPARE(model.scopeOf(i), bigIsp);
    QCOMPARE(model.index(i.row(), ScopeTreeModel::RoutesColumn, i.parent()).data().toInt(), 5);

    // A reparse after an edit resets the model; the tester checks the signals.
    QVERIFY(doc.addDomainScope(u"added.example.test"_s, {u"__mx__"_s}, u"Add domain"_s));
    model.setSnapshot(doc.snapshot());
    QVERIFY(childNames(model, model.index(1, 0)).contains(u"added.example.test"_s));
}

void TestUiModels::scopeFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("problemsOnly");
    QTest::addColumn<QStringList>("domains");
    QTest::newRow("empty filter shows all") << QString() << false << QStringList();
    QTest::newRow("substring, included file too") << u"partner"_s << false
                                               << QStringList{u"partner.example.test"_s, u"partner2.example.test"_s};
    QTest::newRow("case-insensitive") << u"DIRECT"_s << false << QStringList{u"direct.example.test"_s};
    QTest::newRow("regex names match as text") << u"regional"_s << false
                                               << QStringList{u"/(?:^|[.])regional[.]example[.]test$/"_s};
    QTest::newRow("nothing matches") << u"no-such-scope"_s << false << QStringList();
}

void TestUiModels::scopeFilter()
{
    QFETCH(QString, text);
    QFETCH(bool, problemsOnly);
    QFETCH(QStringList, domains);
    Document doc;
    QVERIFY(doc.open(m_path).ok());
    doc.waitForLoaded();
    ScopeTreeModel model(&doc);
    ScopeFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(doc.snapshot());
    proxy.setFilterText(text);
    proxy.setProblemsOnly(problemsOnly);
    if (text.isEmpty()) {
        QCOMPARE(proxy.rowCount(), 4);
        return;
    }
    QStringList shown;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const QModelIndex top = proxy.index(r, 0);
        if (top.data(ItemKindRole).toInt() == ScopeTreeModel::CategoryItem
            && top.data().toString() == u"Domains"_s)
            shown = childNames(proxy, top);
    }
    QCOMPARE(shown, domains);
    proxy.setFilterText({});
    QCOMPARE(proxy.rowCount(), 4);
}

void TestUiModels::routeTable_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<int>("rows");
    QTest::addColumn<bool>("editable");
    QTest::addColumn<bool>("inherited");
    QTest::newRow("five gateways") << u"big-isp.example.test"_s << 5 << true << false;
    QTest::newRow("mx only") << u"direct.example.test"_s << 1 << true << false;
    QTest::newRow("gateway scope is shown, not edited") << u"lmtp.example.test"_s << 1 << false << false;
}

void TestUiModels::routeTable()
{
    QFETCH(QString, domain);
    QFETCH(int, rows);
    QFETCH(bool, editable);
    QFETCH(bool, inherited);
    QTemporaryDir dir;
    Document doc;
    QVERIFY(doc.open(test::copyExample(dir)).ok());
    doc.waitForLoaded();
    RouteTableModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setScope(doc.snapshot()->model().findDomainScope(domain));
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.columnCount(), int(RouteTableModel::ColumnCount));
    QCOMPARE(model.isEditable(), editable);
    QCOMPARE(model.isInherited(), inherited);
    for (int c = 0; c < model.columnCount(); ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
    if (editable) {
        // Edit, undo: the tester watches dataChanged/reset across both.
        QVERIFY(model.setData(model.index(0, RouteTableModel::EntryColumn), u"relay.example.test"_s));
        QCOMPARE(model.index(0, RouteTableModel::HostColumn).data().toString(), u"relay.example.test"_s);
        QVERIFY(model.insertEntry(0, u"__mx__"_s));
        QCOMPARE(model.rowCount(), rows + 1);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(model.rowCount(), rows);
    }
    model.setScope(-1);
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::problems()
{
    QTemporaryDir dir;
    const QString path = test::writeFile(dir, u"problems.conf"_s,
        "Routes = ( \"smtp://a.example.test?prf=1\" \"smtp://b.example.test?pref=99999\" )\n");
    Document doc;
    QVERIFY(doc.open(path).ok());
    doc.waitForLoaded();
    ProblemsModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(doc.snapshot());
    QCOMPARE(model.rowCount(), int(doc.snapshot()->diagnostics().size()));
    QCOMPARE(model.errorCount(), 1);    // pref out of range
    QCOMPARE(model.warningCount(), 1);  // unknown key prf
    const QModelIndex first = model.index(0, ProblemsModel::LocationColumn);
    QVERIFY(first.data().toString().contains(u':'));
    QVERIFY(first.data(LineRole).toInt() > 0);
    QVERIFY(!model.index(0, ProblemsModel::CodeColumn).data().toString().isEmpty());
    model.setSnapshot({});
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::scopeKeysFindEveryScope()
{
    // The index builds keys from the parent's key; they must be scopeKey()'s.
    Document doc;
    QVERIFY(doc.open(m_path).ok());
    doc.waitForLoaded();
    const auto snapshot = doc.snapshot();
    for (int i = 0; i < snapshot->model().scopes().size(); ++i)
        QCOMPARE(snapshot->findScope(snapshot->scopeKey(i)), i);
}

void TestUiModels::scopeKeysInText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("nested scopes") << QByteArray(
        "Binding_Group g {\n  Binding b {\n    Domain x { Routes = ( a ) }\n  }\n  Domain x { }\n}\nDomain x { }\n");
    QTest::newRow("regex names with slashes") << QByteArray("Domain \"/a\\/b$/\" { }\nDomain /c(d|e)$/ { }\n");
    QTest::newRow("names that differ only in case") << QByteArray("Domain Ab.Test { }\nHost AB.test { }\n");
    QTest::newRow("non-ascii names") << QByteArray("Domain \"\xc3\x9cml\xc3\xa4ut.test\" { }\n"
                                                   "Domain \"\xc4\xb0stanbul.test\" { }\n");
}

void TestUiModels::scopeKeysInText()
{
    // The index hashes keys from the parent's hash; a key must find its scope, or the
    // first scope with the same key when names repeat.
    QFETCH(QByteArray, text);
    const auto snapshot = ConfigSnapshot::build(text, u"keys.conf"_s);
    QVERIFY(snapshot->model().scopes().size() > 1);
    for (int i = 0; i < snapshot->model().scopes().size(); ++i) {
        const QString key = snapshot->scopeKey(i);
        int first = 0;
        while (snapshot->scopeKey(first) != key)
            ++first;
        QCOMPARE(snapshot->findScope(key), first);
        QCOMPARE(snapshot->findScope(key.toUpper()), snapshot->scopeKey(first).toUpper() == key ? first : -1);
    }
    QCOMPARE(snapshot->findScope(u"global:/domain:absent.test/"_s), -1);
    QCOMPARE(snapshot->findScope(QString()), -1);
}

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
