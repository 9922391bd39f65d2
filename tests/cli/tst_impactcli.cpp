// SPDX-License-Identifier: GPL-3.0-or-later
#include "scratchfiles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// `routescope-cli impact` run as a user runs it: exit codes and --fail-on, the text and
// JSON output, --domains, --binding, --down and git:REV (issue 13).
class TestImpactCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void textOutput();
    void jsonOutput();
    void listedAndNamedOnce();
    void bindings();
    void downAcrossDomains();
    void oversubscribedHost();
    void gitRevision();

private:
    struct Result {
        int code = -1;
        QByteArray out, err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };
    Result run(const QStringList &args, const QString &workingDirectory = {});
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
    QString m_zone;
};

namespace {

// a.impact.test loses its only host; b.impact.test swaps its two.
const QByteArray kOld = "Domain \"a.impact.test\" {\n  Routes = ( \"relay1.impact.test\" )\n}\n"
                        "Domain \"b.impact.test\" {\n  Routes = ( \"relay1.impact.test\" \"relay2.impact.test\" )\n}\n";
const QByteArray kNew = "Domain \"a.impact.test\" {\n  Routes = ( \"nosuch.impact.test\" )\n}\n"
                        "Domain \"b.impact.test\" {\n  Routes = ( \"relay2.impact.test\" \"relay1.impact.test\" )\n}\n";
const QByteArray kReordered = "Domain \"a.impact.test\" {\n  Routes = ( \"relay1.impact.test\" )\n}\n"
                              "Domain \"b.impact.test\" {\n  Routes = ( \"relay2.impact.test\" \"relay1.impact.test\" )\n}\n";

QJsonObject changedEntry(const QJsonObject &o, const QString &domain, const QJsonValue &binding = QJsonValue::Null)
{
    for (const QJsonValue &v : o.value(u"changed").toArray()) {
        if (v[u"domain"].toString() == domain && v[u"binding"] == binding)
            return v.toObject();
    }
    return {};
}

QJsonObject hostEntry(const QJsonObject &o, const QString &host)
{
    for (const QJsonValue &v : o.value(u"hosts").toArray()) {
        if (v[u"host"].toString() == host)
            return v.toObject();
    }
    return {};
}

} // namespace

TestImpactCli::Result TestImpactCli::run(const QStringList &args, const QString &workingDirectory)
{
    QProcess p;
    if (!workingDirectory.isEmpty())
        p.setWorkingDirectory(workingDirectory);
    p.start(QStringLiteral(ROUTESCOPE_CLI), QStringList{u"impact"_s} + args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QString TestImpactCli::write(const QString &name, const QByteArray &bytes)
{
    return rs::test::writeFile(m_dir.path(), name, bytes);
}

void TestImpactCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_zone = QStringLiteral(ROUTESCOPE_TEST_DATA "/impact/impact.zone");
    write(u"old.conf"_s, kOld);
    write(u"new.conf"_s, kNew);
    write(u"reordered.conf"_s, kReordered);
    write(u"domains.txt"_s, "# top recipients\nc.impact.test\n\na.impact.test\n");
    write(u"bad-domains.txt"_s, "a.impact.test\n1234 b.impact.test\n");
    write(u"bindings.conf"_s, kOld + "Binding \"tx1\" {\n}\n");
}

void TestImpactCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    const QString o = m_dir.filePath(u"old.conf"_s), n = m_dir.filePath(u"new.conf"_s),
                  r = m_dir.filePath(u"reordered.conf"_s), z = m_zone;
    QTest::newRow("no change") << QStringList{o, o, u"--zone"_s, z} << 0;
    QTest::newRow("undeliverable fails by default") << QStringList{o, n, u"--zone"_s, z} << 1;
    QTest::newRow("a change that is not undeliverable passes by default") << QStringList{o, r, u"--zone"_s, z} << 0;
    QTest::newRow("fail-on a class seen") << QStringList{o, r, u"--zone"_s, z, u"--fail-on"_s, u"order-changed"_s} << 1;
    QTest::newRow("fail-on a class not seen") << QStringList{o, r, u"--zone"_s, z, u"--fail-on"_s, u"hosts-added"_s} << 0;
    QTest::newRow("fail-on a list") << QStringList{o, r, u"--zone"_s, z, u"--fail-on"_s, u"port-changed,spread-changed"_s}
                                    << 1;
    QTest::newRow("fail-on any") << QStringList{o, r, u"--zone"_s, z, u"--fail-on"_s, u"any"_s} << 1;
    QTest::newRow("fail-on any, no change") << QStringList{o, o, u"--zone"_s, z, u"--fail-on"_s, u"any"_s} << 0;
    QTest::newRow("fail-on an unknown class") << QStringList{o, n, u"--zone"_s, z, u"--fail-on"_s, u"broken"_s} << 2;
    QTest::newRow("one configuration only") << QStringList{o, u"--zone"_s, z} << 2;
    QTest::newRow("missing OLD") << QStringList{m_dir.filePath(u"nope.conf"_s), n, u"--zone"_s, z} << 2;
    QTest::newRow("OLD is a folder") << QStringList{m_dir.path(), n, u"--zone"_s, z} << 2;
    QTest::newRow("NEW as git:REV") << QStringList{o, u"git:HEAD"_s, u"--zone"_s, z} << 2;
    QTest::newRow("git: without a revision") << QStringList{u"git:"_s, n, u"--zone"_s, z} << 2;
    QTest::newRow("zone and dns") << QStringList{o, n, u"--zone"_s, z, u"--dns"_s, u"127.0.0.1"_s} << 2;
    QTest::newRow("broken zone") << QStringList{o, n, u"--zone"_s, m_dir.filePath(u"nope.zone"_s)} << 2;
    QTest::newRow("unknown binding") << QStringList{o, n, u"--zone"_s, z, u"--binding"_s, u"tx9"_s} << 2;
    QTest::newRow("binding known in one") << QStringList{o, m_dir.filePath(u"bindings.conf"_s), u"--zone"_s, z,
                                                         u"--binding"_s, u"tx1"_s, u"--fail-on"_s, u"any"_s} << 0;
    QTest::newRow("down names no candidate") << QStringList{o, o, u"--zone"_s, z, u"--down"_s, u"typo.impact.test"_s} << 2;
    QTest::newRow("down makes a domain undeliverable") << QStringList{o, o, u"--zone"_s, z, u"--down"_s,
                                                                     u"relay1.impact.test"_s} << 1;
    QTest::newRow("domains file missing") << QStringList{o, n, u"--zone"_s, z, u"--domains"_s, m_dir.filePath(u"x"_s)} << 2;
    QTest::newRow("domains file with a bad line") << QStringList{o, n, u"--zone"_s, z, u"--domains"_s,
                                                                 m_dir.filePath(u"bad-domains.txt"_s)} << 2;
    QTest::newRow("bad format") << QStringList{o, n, u"--zone"_s, z, u"--format"_s, u"xml"_s} << 2;
    QTest::newRow("help") << QStringList{u"--help"_s} << 0;
}

void TestImpactCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const Result r = run(args);
    QVERIFY2(r.code == code, r.err.constData());
    if (code == 2 && !args.contains(u"--help"))
        QVERIFY(!r.err.isEmpty());
}

void TestImpactCli::textOutput()
{
    const Result r = run({m_dir.filePath(u"old.conf"_s), m_dir.filePath(u"new.conf"_s), u"--zone"_s, m_zone});
    QCOMPARE(r.code, 1);
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n');
    QCOMPARE(lines.value(0), u"2 of 2 domains change: 1 hosts-added, 1 hosts-removed, 1 order-changed, 2 spread-changed, "
                             "1 undeliverable"_s);
    // In file order, each with its classes, then before and after on one line.
    QCOMPARE(lines.value(2), u"a.impact.test: hosts-added, hosts-removed, spread-changed, undeliverable"_s);
    QCOMPARE(lines.value(3), u"  before: [0] relay1.impact.test=32   after: [0] nosuch.impact.test*"_s);
    QVERIFY(lines.value(4).startsWith(u"  no usable host after: nosuch.impact.test: "));
    QCOMPARE(lines.value(6), u"b.impact.test: order-changed, spread-changed"_s);
    QCOMPARE(lines.value(7),
             u"  before: [0] relay1.impact.test=32 | [1] relay2.impact.test   after: [0] relay2.impact.test=32 | [1] relay1.impact.test"_s);
    QVERIFY(r.out.contains("  relay1.impact.test: 64 -> 0\n"));

    const Result same = run({m_dir.filePath(u"old.conf"_s), m_dir.filePath(u"old.conf"_s), u"--zone"_s, m_zone});
    QCOMPARE(same.out, QByteArray("no change to any of 2 domains\n"));
}

void TestImpactCli::jsonOutput()
{
    const Result r = run({m_dir.filePath(u"old.conf"_s), m_dir.filePath(u"new.conf"_s), u"--zone"_s, m_zone, u"--format"_s,
                          u"json"_s});
    QCOMPARE(r.code, 1);
    const QJsonObject o = r.json();
    QCOMPARE(o[u"old"].toString(), m_dir.filePath(u"old.conf"_s));
    QCOMPARE(o[u"new"].toString(), m_dir.filePath(u"new.conf"_s));
    QCOMPARE(o[u"compared"].toInt(), 2);
    const QJsonObject summary = o[u"summary"].toObject();
    QCOMPARE(summary[u"unchanged"].toInt(), 0);
    QCOMPARE(summary[u"changed"].toInt(), 2);
    QCOMPARE(summary[u"classes"].toObject(),
             (QJsonObject{{u"hosts-added"_s, 1}, {u"hosts-removed"_s, 1}, {u"order-changed"_s, 1},
                          {u"spread-changed"_s, 2}, {u"undeliverable"_s, 1}}));
    const QJsonObject a = changedEntry(o, u"a.impact.test"_s);
    QCOMPARE(a[u"binding"], QJsonValue(QJsonValue::Null));
    QCOMPARE(a[u"classes"].toArray(), (QJsonArray{u"hosts-added"_s, u"hosts-removed"_s, u"spread-changed"_s,
                                                  u"undeliverable"_s}));
    const QJsonObject before = a[u"before"].toObject();
    const QJsonObject after = a[u"after"].toObject();
    QCOMPARE(before[u"domainLimit"].toInt(), 32);
    QCOMPARE(before[u"usable"].toBool(), true);
    QCOMPARE(after[u"usable"].toBool(), false);
    QCOMPARE(before[u"assigned"].toObject(), (QJsonObject{{u"relay1.impact.test"_s, 32}}));
    const QJsonObject host = before[u"tiers"][0][0].toObject();
    QCOMPARE(host[u"host"].toString(), u"relay1.impact.test"_s);
    QCOMPARE(host[u"pref"].toInt(), 0);
    QCOMPARE(host[u"port"].toInt(), 25);
    // explain's source object: facts and their words side by side.
    const QJsonObject source = before[u"source"].toObject();
    QCOMPARE(source[u"option"].toString(), u"routes"_s);
    QCOMPARE(source[u"level"].toString(), u"domain"_s);
    QCOMPARE(source[u"path"].toArray(), QJsonArray{u"domain a.impact.test"_s});
    QCOMPARE(source[u"line"].toInt(), 2);
    QVERIFY(!source[u"text"].toString().isEmpty());
    // A reason in words always comes with its code (the state).
    const QJsonObject unusable = after[u"tiers"][0][0].toObject();
    QCOMPARE(unusable[u"state"].toString(), u"unresolved"_s);
    QVERIFY(!unusable[u"reason"].toString().isEmpty());
    QCOMPARE(o[u"failOn"].toArray(), QJsonArray{u"undeliverable"_s});
    QCOMPARE(o[u"failed"].toBool(), true);
    QVERIFY(!hostEntry(o, u"relay1.impact.test"_s).isEmpty());
}

void TestImpactCli::listedAndNamedOnce()
{
    const Result r = run({m_dir.filePath(u"old.conf"_s), m_dir.filePath(u"old.conf"_s), u"--zone"_s, m_zone, u"--domains"_s,
                          m_dir.filePath(u"domains.txt"_s), u"--format"_s, u"json"_s});
    QCOMPARE(r.code, 0);
    // a and b from the stanzas, c from the list; a, listed too, once.
    QCOMPARE(r.json()[u"compared"].toInt(), 3);
}

void TestImpactCli::bindings()
{
    QByteArray before = kOld + "Binding_Group \"pool\" {\n  Binding \"tx1\" {\n    Domain \"b.impact.test\" {\n"
                               "      Max_Outbound_Connections = 8\n    }\n  }\n}\n";
    QByteArray after = before;
    after.replace("Max_Outbound_Connections = 8", "Max_Outbound_Connections = 4");
    const QString o = write(u"b-old.conf"_s, before), n = write(u"b-new.conf"_s, after);
    const Result r = run({o, n, u"--zone"_s, m_zone, u"--binding"_s, u"tx1"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject json = r.json();
    QCOMPARE(json[u"compared"].toInt(), 4);  // two domains, without a binding and through tx1
    QCOMPARE(json[u"changed"].toArray().size(), 1);
    const QJsonObject b = changedEntry(json, u"b.impact.test"_s, u"tx1"_s);
    QCOMPARE(b[u"classes"].toArray(), (QJsonArray{u"limit-changed"_s, u"spread-changed"_s}));
    QCOMPARE(b[u"after"][u"domainLimit"].toInt(), 4);
    QCOMPARE(b[u"after"][u"domainLimitSource"][u"path"].toArray(),
             (QJsonArray{u"binding_group pool"_s, u"binding tx1"_s, u"domain b.impact.test"_s}));
    const Result text = run({o, n, u"--zone"_s, m_zone, u"--binding"_s, u"tx1"_s});
    QVERIFY(text.out.startsWith("1 of 4 domain and binding pairs change: 1 limit-changed, 1 spread-changed\n"));
    QVERIFY(text.out.contains("\nb.impact.test through Binding 'tx1': limit-changed, spread-changed\n"));
}

void TestImpactCli::downAcrossDomains()
{
    const Result r = run({m_dir.filePath(u"old.conf"_s), m_dir.filePath(u"old.conf"_s), u"--zone"_s, m_zone, u"--down"_s,
                          u"relay1.impact.test"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.code, 1);
    const QJsonObject o = r.json();
    QCOMPARE(o[u"down"].toArray(), QJsonArray{u"relay1.impact.test"_s});
    QCOMPARE(changedEntry(o, u"a.impact.test"_s)[u"classes"].toArray(),
             (QJsonArray{u"spread-changed"_s, u"undeliverable"_s}));
    // b spills to relay2; the down host is still listed, marked down.
    const QJsonObject b = changedEntry(o, u"b.impact.test"_s);
    QCOMPARE(b[u"classes"].toArray(), QJsonArray{u"spread-changed"_s});
    QCOMPARE(b[u"after"][u"assigned"].toObject(),
             (QJsonObject{{u"relay1.impact.test"_s, 0}, {u"relay2.impact.test"_s, 32}}));
    QCOMPARE(b[u"after"][u"tiers"][0][0][u"state"].toString(), u"down"_s);
    const QJsonObject relay2 = hostEntry(o, u"relay2.impact.test"_s);
    QCOMPARE(relay2[u"before"][u"connections"].toInt(), 0);
    QCOMPARE(relay2[u"after"][u"connections"].toInt(), 32);
}

void TestImpactCli::oversubscribedHost()
{
    QByteArray config = "Max_Outbound_Connections = 10\nHost \"hub.impact.test\" {\n  Max_Outbound_Connections = 25\n}\n";
    for (const char *d : {"x", "y"})
        config += "Domain \"" + QByteArray(d) + ".impact.test\" {\n  Routes = ( \"hub.impact.test\" )\n}\n";
    const QString o = write(u"hub-old.conf"_s, config);
    const QString n = write(u"hub-new.conf"_s, config + "Domain \"z.impact.test\" {\n  Routes = ( \"hub.impact.test\" )\n}\n");
    const Result r = run({o, n, u"--zone"_s, m_zone, u"--format"_s, u"json"_s});
    const QJsonObject hub = hostEntry(r.json(), u"hub.impact.test"_s);
    QCOMPARE(hub[u"before"].toObject(), (QJsonObject{{u"connections"_s, 20}, {u"domains"_s, 2}, {u"limit"_s, 25},
                                                     {u"oversubscribed"_s, false}}));
    QCOMPARE(hub[u"after"].toObject(), (QJsonObject{{u"connections"_s, 30}, {u"domains"_s, 3}, {u"limit"_s, 25},
                                                    {u"oversubscribed"_s, true}}));
    const Result text = run({o, n, u"--zone"_s, m_zone});
    QVERIFY(text.out.contains("  hub.impact.test: 20 -> 30 (limit 25)  oversubscribed\n"));
}

void TestImpactCli::gitRevision()
{
    if (rs::test::ScratchGitRepo::gitProgram().isEmpty())
        QSKIP("git is not installed (scripts/install-deps installs it)");
    const rs::test::ScratchGitRepo repo;
    QVERIFY(repo.isValid());
    QVERIFY(repo.git({u"init"_s, u"-q"_s}));
    QVERIFY(repo.put(u"ecelerity.conf"_s, "include \"conf.d\"\n"));
    QVERIFY(repo.put(u"conf.d/domains.conf"_s, kOld));
    QVERIFY(repo.git({u"add"_s, u"-A"_s}));
    QVERIFY(repo.git({u"commit"_s, u"-q"_s, u"-m"_s, u"deployed"_s}));
    QVERIFY(repo.put(u"conf.d/domains.conf"_s, kNew));

    // As in a CI job: relative paths, from the repository's folder.
    const Result r = run({u"git:HEAD"_s, u"ecelerity.conf"_s, u"--zone"_s, m_zone, u"--format"_s, u"json"_s}, repo.path());
    QCOMPARE(r.code, 1);
    const QJsonObject o = r.json();
    QCOMPARE(o[u"old"].toString(), u"git:HEAD"_s);
    QCOMPARE(o[u"summary"][u"changed"].toInt(), 2);
    // The revision's file is named as the work tree's: the same path on both sides.
    const QJsonObject a = changedEntry(o, u"a.impact.test"_s);
    QVERIFY(a[u"before"][u"source"][u"file"].toString().endsWith(u"/conf.d/domains.conf"));
    QCOMPARE(a[u"before"][u"source"][u"file"], a[u"after"][u"source"][u"file"]);
    // Committed: nothing changes any more.
    QVERIFY(repo.git({u"commit"_s, u"-q"_s, u"-a"_s, u"-m"_s, u"change"_s}));
    QCOMPARE(run({u"git:HEAD"_s, u"ecelerity.conf"_s, u"--zone"_s, m_zone}, repo.path()).code, 0);
    QCOMPARE(run({u"git:HEAD~1"_s, u"ecelerity.conf"_s, u"--zone"_s, m_zone}, repo.path()).code, 1);
    const Result unknown = run({u"git:no-such-branch"_s, u"ecelerity.conf"_s, u"--zone"_s, m_zone}, repo.path());
    QCOMPARE(unknown.code, 2);
    QVERIFY(unknown.err.contains("no-such-branch"));
}

QTEST_GUILESS_MAIN(TestImpactCli)
#include "tst_impactcli.moc"
