// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/treeeditor.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;
using namespace Qt::StringLiterals;

// Edits of a tree of files (esp-tree: includes, a directory include, a
// readonly_include, bindings in a file of their own): each row names the edit and
// gives the exact new bytes of every file that changes; no other file changes.
class TestTreeEditor : public QObject
{
    Q_OBJECT
private slots:
    void edit_data();
    void edit();
    void byScope();
};

namespace {

struct Tree {
    QTemporaryDir dir;
    ConfigSet set;
    RouteModel model;
    QString path(const QString &relative) const { return dir.filePath(relative); }
};

std::unique_ptr<Tree> copyTree()
{
    auto t = std::make_unique<Tree>();
    const QDir from(QStringLiteral(ROUTESCOPE_TEST_DATA "/esp-tree"));
    QDirIterator it(from.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString to = t->dir.filePath(from.relativeFilePath(file));
        QDir().mkpath(QFileInfo(to).absolutePath());
        QFile::copy(file, to);
    }
    IoResult<ConfigSet> loaded = ConfigSet::load(t->path(u"ecelerity.conf"_s));
    if (!loaded)
        qFatal("cannot load the tree: %s", qPrintable(loaded.error().message()));
    t->set = std::move(*loaded);
    t->model = RouteModel::build(t->set);
    return t;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void TestTreeEditor::edit_data()
{
    QTest::addColumn<QString>("domain");   // empty: global
    QTest::addColumn<QString>("binding");
    QTest::addColumn<QString>("into");     // relative path of a file of the tree, or empty
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QString>("changedFile");  // relative path, or empty when refused / nothing changes
    QTest::addColumn<QByteArray>("expected");  // the changed file's new bytes, or the refusal
    QTest::addColumn<bool>("created");

    QTest::newRow("domain in a directory include is edited in its file")
        << u"webmail.example"_s << QString() << QString() << QStringList{u"smtp://relay.example.net?pref=5"_s, u"__mx__"_s}
        << u"conf.d/10-webmail.conf"_s
        << QByteArray("Domain \"webmail.example\" {\n"
                      "  Routes = ( \"smtp://relay.example.net?pref=5\" \"__mx__\" )\n"
                      "  Max_Outbound_Connections = 50\n}\n")
        << false;
    QTest::newRow("global routes in the opened file")
        << QString() << QString() << QString() << QStringList{u"smarthost.example.net"_s} << u"ecelerity.conf"_s
        << QByteArray("# ecelerity.conf of a sending platform, split the way operators split it:\n"
                      "# global policy here, IP pools (bindings) in pools/, per-domain routing in conf.d/.\n"
                      "Security {\n  user = \"ecuser\"\n  group = \"ecuser\"\n}\n\n"
                      "Remote_SMTP_Port = 25\nMax_Outbound_Connections = 32\n\n"
                      "# Everything goes to the domain's own MX unless a stanza says otherwise.\n"
                      "Routes = ( \"smarthost.example.net\" )\n\n"
                      "include \"pools/bindings.conf\"\ninclude \"conf.d\"\nreadonly_include \"vendor-defaults.conf\"\n")
        << false;
    QTest::newRow("new top-level domain goes to the opened file")
        << u"new.example"_s << QString() << QString() << QStringList{u"__mx__"_s} << u"ecelerity.conf"_s
        << QByteArray("# ecelerity.conf of a sending platform, split the way operators split it:\n"
                      "# global policy here, IP pools (bindings) in pools/, per-domain routing in conf.d/.\n"
                      "Security {\n  user = \"ecuser\"\n  group = \"ecuser\"\n}\n\n"
                      "Remote_SMTP_Port = 25\nMax_Outbound_Connections = 32\n\n"
                      "# Everything goes to the domain's own MX unless a stanza says otherwise.\n"
                      "Routes = ( \"__mx__\" )\n\n"
                      "include \"pools/bindings.conf\"\ninclude \"conf.d\"\nreadonly_include \"vendor-defaults.conf\"\n"
                      "\nDomain \"new.example\" {\n  Routes = ( \"__mx__\" )\n}\n")
        << true;
    QTest::newRow("new top-level domain into a named file of the tree")
        << u"new.example"_s << QString() << u"conf.d/20-regional.conf"_s << QStringList{u"relay.example.net"_s}
        << u"conf.d/20-regional.conf"_s
        << QByteArray("# all regional ISPs share one smart host\n"
                      "Domain \"/(?:^|[.])isp[.]example$/\" {\n"
                      "  Routes = ( \"smtp://smarthost.example.net?pref=1\" \"__mx__\" )\n"
                      "  Remote_SMTP_Port = 587\n}\n"
                      "# big.isp.example has its own stanza: the regex above no longer applies to it\n"
                      "Domain \"big.isp.example\" {\n  Max_Outbound_Connections = 100\n}\n"
                      "\nDomain \"new.example\" {\n  Routes = ( \"relay.example.net\" )\n}\n")
        << true;
    QTest::newRow("domain inside a binding is created there")
        << u"webmail.example"_s << u"mkt2"_s << QString() << QStringList{u"__mx__"_s} << u"pools/bindings.conf"_s
        << QByteArray("# IP pools. Mail is assigned to a binding by policy; each pool has its own limits.\n"
                      "Binding_Group \"marketing\" {\n  Max_Outbound_Connections = 8\n\n"
                      "  Binding \"mkt1\" {\n    Bind_Address = \"198.51.100.11\"\n"
                      "    Domain \"gmail.example\" {\n      Max_Outbound_Connections = 20\n    }\n  }\n"
                      "  Binding \"mkt2\" {\n    Bind_Address = \"198.51.100.12\"\n"
                      "    Domain \"webmail.example\" {\n      Routes = ( \"__mx__\" )\n    }\n  }\n\n"
                      "  # every marketing pool sends to the big webmailer through its partner relay\n"
                      "  Domain \"webmail.example\" {\n    Routes = ( \"smtp://relay.partner.example?pref=5\" \"__mx__\" )\n  }\n"
                      "  Host \"/^mx[0-9]+[.]webmail[.]example$/\" {\n    Max_Outbound_Connections = 4\n  }\n}\n\n"
                      "Binding \"transactional\" {\n  Bind_Address = \"198.51.100.20\"\n"
                      "  # receipts never wait behind marketing: a dedicated gateway\n"
                      "  Gateway = \"tx-gw.example.net\"\n}\n")
        << true;
    QTest::newRow("domain inside a binding is edited in place")
        << u"gmail.example"_s << u"mkt1"_s << QString() << QStringList{u"__mx__"_s} << u"pools/bindings.conf"_s
        << QByteArray("# IP pools. Mail is assigned to a binding by policy; each pool has its own limits.\n"
                      "Binding_Group \"marketing\" {\n  Max_Outbound_Connections = 8\n\n"
                      "  Binding \"mkt1\" {\n    Bind_Address = \"198.51.100.11\"\n"
                      "    Domain \"gmail.example\" {\n      Max_Outbound_Connections = 20\n"
                      "      Routes = ( \"__mx__\" )\n    }\n  }\n"
                      "  Binding \"mkt2\" {\n    Bind_Address = \"198.51.100.12\"\n  }\n\n"
                      "  # every marketing pool sends to the big webmailer through its partner relay\n"
                      "  Domain \"webmail.example\" {\n    Routes = ( \"smtp://relay.partner.example?pref=5\" \"__mx__\" )\n  }\n"
                      "  Host \"/^mx[0-9]+[.]webmail[.]example$/\" {\n    Max_Outbound_Connections = 4\n  }\n}\n\n"
                      "Binding \"transactional\" {\n  Bind_Address = \"198.51.100.20\"\n"
                      "  # receipts never wait behind marketing: a dedicated gateway\n"
                      "  Gateway = \"tx-gw.example.net\"\n}\n")
        << false;
    QTest::newRow("domain inside a top-level binding, after a comment")
        << u"x.example"_s << u"transactional"_s << QString() << QStringList{u"__mx__"_s} << u"pools/bindings.conf"_s
        << QByteArray("# IP pools. Mail is assigned to a binding by policy; each pool has its own limits.\n"
                      "Binding_Group \"marketing\" {\n  Max_Outbound_Connections = 8\n\n"
                      "  Binding \"mkt1\" {\n    Bind_Address = \"198.51.100.11\"\n"
                      "    Domain \"gmail.example\" {\n      Max_Outbound_Connections = 20\n    }\n  }\n"
                      "  Binding \"mkt2\" {\n    Bind_Address = \"198.51.100.12\"\n  }\n\n"
                      "  # every marketing pool sends to the big webmailer through its partner relay\n"
                      "  Domain \"webmail.example\" {\n    Routes = ( \"smtp://relay.partner.example?pref=5\" \"__mx__\" )\n  }\n"
                      "  Host \"/^mx[0-9]+[.]webmail[.]example$/\" {\n    Max_Outbound_Connections = 4\n  }\n}\n\n"
                      "Binding \"transactional\" {\n  Bind_Address = \"198.51.100.20\"\n"
                      "  # receipts never wait behind marketing: a dedicated gateway\n"
                      "  Gateway = \"tx-gw.example.net\"\n"
                      "  Domain \"x.example\" {\n    Routes = ( \"__mx__\" )\n  }\n}\n")
        << true;
    QTest::newRow("unknown binding is refused") << u"a.example"_s << u"nope"_s << QString() << QStringList{u"__mx__"_s}
                                                << QString() << QByteArray("NoSuchBinding nope") << false;
    QTest::newRow("setting what is there changes nothing")
        << u"webmail.example"_s << QString() << QString() << QStringList{u"__mx__"_s} << QString() << QByteArray() << false;
}

void TestTreeEditor::edit()
{
    QFETCH(QString, domain);
    QFETCH(QString, binding);
    QFETCH(QString, into);
    QFETCH(QStringList, entries);
    QFETCH(QString, changedFile);
    QFETCH(QByteArray, expected);
    QFETCH(bool, created);
    const auto t = copyTree();
    RoutesTarget target{domain, binding, 0};
    if (!into.isEmpty())
        target.intoFile = int(t->set.filePaths().indexOf(t->path(into)));
    QVERIFY(target.intoFile >= 0);
    const TreeEdit e = TreeEditor::setRoutes(t->model, target, entries);
    if (e.refusal == TreeEditRefusal::NoSuchBinding) {
        QCOMPARE(QByteArray("NoSuchBinding " + e.subject.toUtf8()), expected);
        return;
    }
    QVERIFY2(e.ok, qPrintable(QString::number(int(e.fileResult.refusal.code))));
    QCOMPARE(e.created, created);
    if (changedFile.isEmpty()) {
        QVERIFY(e.files.isEmpty());
        return;
    }
    QCOMPARE(e.files.size(), 1);
    QCOMPARE(e.files.first().path, t->path(changedFile));
    QCOMPARE(e.files.first().text, expected);
    QCOMPARE(applyEdits(readAll(t->path(changedFile)), e.files.first().edits), expected);
}

// The editor's way: by the scope the user selected; and the readonly refusal.
void TestTreeEditor::byScope()
{
    const auto t = copyTree();
    const RouteModel &m = t->model;
    int vendorHost = -1, groupDomain = -1;
    for (int i = 1; i < m.scopes().size(); ++i) {
        const RoutingScope &s = m.scopes().at(i);
        if (s.kind == ScopeKind::Host && s.name == u"tx-gw.example.net")
            vendorHost = i;
        if (s.kind == ScopeKind::Domain && m.scopes().at(s.parent).kind == ScopeKind::BindingGroup)
            groupDomain = i;
    }
    QVERIFY(vendorHost > 0 && groupDomain > 0);

    // A Host scope holds no routes.
    QCOMPARE(TreeEditor::setRoutesOf(m, vendorHost, {u"__mx__"_s}).refusal, TreeEditRefusal::NotAScope);
    // Removing the vendor's Host stanza: refused, naming the readonly_include line.
    const TreeEdit r = TreeEditor::removeScope(m, vendorHost);
    QCOMPARE(r.refusal, TreeEditRefusal::ReadOnlyInclude);
    QVERIFY(r.readOnlyInclude.isValid());
    QCOMPARE(t->set.tree(r.readOnlyInclude.file).path(), t->path(u"ecelerity.conf"_s));
    QCOMPARE(m.locationOf(r.readOnlyInclude).line, 16);
    QVERIFY(r.files.isEmpty());

    // The group's Domain stanza: cleared in pools/bindings.conf.
    const TreeEdit c = TreeEditor::clearRoutesOf(m, groupDomain);
    QVERIFY(c.ok);
    QCOMPARE(c.files.size(), 1);
    QCOMPARE(c.files.first().path, t->path(u"pools/bindings.conf"_s));
    QVERIFY(!c.files.first().text.contains("relay.partner.example"));
    QVERIFY(c.files.first().text.contains("  Domain \"webmail.example\" {\n  }\n"));
}

QTEST_GUILESS_MAIN(TestTreeEditor)
#include "tst_treeeditor.moc"
