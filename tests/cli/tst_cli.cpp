// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the real routescope-cli binary: exit codes, output formats, and files
// written (or not) by `set`.
class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void checkTextFormat();
    void checkJsonFormat();
    void checkWerror();
    void routesText();
    void routesJson();
    void setInPlace();
    void setDryRunWritesNothing();
    void setOutputFile();
    void setRefusesBrokenFile();
    void setRefusesInvalidEntry();
    void setInATree_data();
    void setInATree();

private:
    struct Result {
        int code = -1;
        QByteArray out, err;
    };
    Result run(const QStringList &args);
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
    QString m_esp;
};

TestCli::Result TestCli::run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(ROUTESCOPE_CLI), args);
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QString TestCli::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

static QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_esp = QStringLiteral(ROUTESCOPE_TEST_DATA "/examples/esp.conf");
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    const QString data = QStringLiteral(ROUTESCOPE_TEST_DATA);
    QTest::newRow("no command") << QStringList{} << 2;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_qs} << 2;
    QTest::newRow("help") << QStringList{u"--help"_qs} << 0;
    QTest::newRow("check help") << QStringList{u"check"_qs, u"--help"_qs} << 0;
    QTest::newRow("check clean file") << QStringList{u"check"_qs, data + u"/examples/seed-synopsis.conf"_qs} << 0;
    QTest::newRow("check file with warnings only") << QStringList{u"check"_qs, data + u"/examples/esp.conf"_qs} << 0;
    QTest::newRow("check file with errors") << QStringList{u"check"_qs, data + u"/nasty/unclosed-list.conf"_qs} << 1;
    QTest::newRow("check missing file") << QStringList{u"check"_qs, u"/nonexistent/x.conf"_qs} << 2;
    QTest::newRow("check directory") << QStringList{u"check"_qs, data} << 2;
    QTest::newRow("check no file") << QStringList{u"check"_qs} << 2;
    QTest::newRow("check bad format") << QStringList{u"check"_qs, u"--format"_qs, u"xml"_qs, data + u"/examples/esp.conf"_qs} << 2;
    QTest::newRow("check unknown option") << QStringList{u"check"_qs, u"--bogus"_qs, data + u"/examples/esp.conf"_qs} << 2;
    QTest::newRow("routes") << QStringList{u"routes"_qs, data + u"/examples/esp.conf"_qs} << 0;
    QTest::newRow("routes missing file") << QStringList{u"routes"_qs, u"/nonexistent"_qs} << 2;
    QTest::newRow("set without target") << QStringList{u"set"_qs, data + u"/examples/esp.conf"_qs, u"--clear"_qs} << 2;
    QTest::newRow("set both targets")
        << QStringList{u"set"_qs, data + u"/examples/esp.conf"_qs, u"--global"_qs, u"--domain"_qs, u"x"_qs, u"--clear"_qs} << 2;
    QTest::newRow("set route and clear")
        << QStringList{u"set"_qs, data + u"/examples/esp.conf"_qs, u"--global"_qs, u"--clear"_qs, u"--route"_qs, u"a"_qs} << 2;
    QTest::newRow("set missing file") << QStringList{u"set"_qs, u"/nonexistent"_qs, u"--global"_qs, u"--clear"_qs} << 2;
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const Result r = run(args);
    QCOMPARE(r.code, code);
}

void TestCli::checkTextFormat()
{
    const QString path = write(u"bad.conf"_qs, "Domain a.test {\n  Routes = ( \"smtp://h.test?prf=1\" \"smtp://h.test?pref=x\" )\n");
    const Result r = run({u"check"_qs, path});
    QCOMPARE(r.code, 1);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), (path + u":1:1: error: scope 'Domain a.test' is not closed: missing '}' [syntax-unclosed-scope]"_qs).toUtf8());
    QCOMPARE(lines.at(1), (path + u":2:29: warning: unknown query key 'prf' is ignored (known: pref, ttl, port, type) [route-unknown-key]"_qs).toUtf8());
    QVERIFY(lines.at(2).startsWith((path + u":2:56: error: pref 'x'"_qs).toUtf8()));
}

void TestCli::checkJsonFormat()
{
    const QString path = write(u"warn.conf"_qs, "Routes = ( \"__mx__\" \"backup.test\" )\n");
    const Result r = run({u"check"_qs, u"--format"_qs, u"json"_qs, path});
    QCOMPARE(r.code, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    const QJsonArray ds = root.value(u"diagnostics"_qs).toArray();
    QCOMPARE(ds.size(), 1);
    const QJsonObject d = ds.at(0).toObject();
    QCOMPARE(d.value(u"file"_qs).toString(), path);
    QCOMPARE(d.value(u"line"_qs).toInt(), 1);
    QCOMPARE(d.value(u"column"_qs).toInt(), 21);
    QCOMPARE(d.value(u"severity"_qs).toString(), u"warning"_qs);
    QCOMPARE(d.value(u"code"_qs).toString(), u"route-implied-pref-mixed"_qs);
    QVERIFY(!d.value(u"message"_qs).toString().isEmpty());
}

void TestCli::checkWerror()
{
    const QString path = write(u"warn2.conf"_qs, "Routes = ( \"__mx__\" \"backup.test\" )\n");
    QCOMPARE(run({u"check"_qs, path}).code, 0);
    QCOMPARE(run({u"check"_qs, u"--werror"_qs, path}).code, 1);
}

void TestCli::routesText()
{
    const Result r = run({u"routes"_qs, m_esp});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(":7: global Routes\n"));
    QVERIFY(r.out.contains("Domain \"lmtp.example.test\" Gateway"));
    QVERIFY(r.out.contains("smtp://mail.partner.example.test?port=2525&ttl=60&type=a"));
}

void TestCli::routesJson()
{
    const Result r = run({u"routes"_qs, u"--format"_qs, u"json"_qs, m_esp});
    QCOMPARE(r.code, 0);
    const QJsonArray scopes = QJsonDocument::fromJson(r.out).object().value(u"scopes"_qs).toArray();
    QCOMPARE(scopes.size(), 7);
    const QJsonObject big = scopes.at(1).toObject();
    QCOMPARE(big.value(u"name"_qs).toString(), u"big-isp.example.test"_qs);
    QCOMPARE(big.value(u"line"_qs).toInt(), 11);
    const QJsonArray entries = big.value(u"entries"_qs).toArray();
    QCOMPARE(entries.size(), 5);
    QCOMPARE(entries.at(4).toObject().value(u"pref"_qs).toInt(), 20);
    QCOMPARE(entries.at(4).toObject().value(u"host"_qs).toString(), u"192.0.2.75"_qs);
}

void TestCli::setInPlace()
{
    const QByteArray before = readFile(m_esp);
    const QString path = write(u"esp.conf"_qs, before);
    const Result r = run({u"set"_qs, path, u"--domain"_qs, u"direct.example.test"_qs, u"--route"_qs,
                          u"smtp://relay.example.test?pref=5"_qs, u"--route"_qs, u"__mx__"_qs, u"--in-place"_qs});
    QCOMPARE(r.code, 0);
    const QByteArray after = readFile(path);
    QByteArray expected = before;
    expected.replace("Domain \"direct.example.test\" {\n  Routes = ( \"__mx__\" )",
                     "Domain \"direct.example.test\" {\n  Routes = ( \"smtp://relay.example.test?pref=5\" \"__mx__\" )");
    QVERIFY(expected != before);
    QCOMPARE(after, expected);
}

void TestCli::setDryRunWritesNothing()
{
    const QByteArray before = readFile(m_esp);
    const QString path = write(u"esp-dry.conf"_qs, before);
    const Result r = run({u"set"_qs, path, u"--domain"_qs, u"new.example.test"_qs, u"--route"_qs, u"relay.example.test"_qs,
                          u"--dry-run"_qs, u"--in-place"_qs});
    QCOMPARE(r.code, 0);
    QCOMPARE(readFile(path), before);
    QVERIFY(r.out.startsWith("--- a/"));
    QVERIFY(r.out.contains("+Domain \"new.example.test\" {\n+  Routes = ( \"relay.example.test\" )\n+}\n"));
}

void TestCli::setOutputFile()
{
    const QString out = m_dir.filePath(u"out.conf"_qs);
    const Result r = run({u"set"_qs, m_esp, u"--global"_qs, u"--clear"_qs, u"-o"_qs, out});
    QCOMPARE(r.code, 0);
    const QByteArray written = readFile(out);
    QVERIFY(!written.contains("Routes = ( \"smtp://hub.example.test?pref=1&type=a\" \"__mx__\" )"));
    QCOMPARE(written.size(), readFile(m_esp).size() - qsizetype(strlen("Routes = ( \"smtp://hub.example.test?pref=1&type=a\" \"__mx__\" )\n")));
}

void TestCli::setRefusesBrokenFile()
{
    const QByteArray broken = "Domain a {\n  Routes = ( \"__mx__\"\n";
    const QString path = write(u"broken.conf"_qs, broken);
    const Result r = run({u"set"_qs, path, u"--domain"_qs, u"a"_qs, u"--route"_qs, u"relay.test"_qs, u"--in-place"_qs});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("syntax errors"));
    QCOMPARE(readFile(path), broken);
}

void TestCli::setRefusesInvalidEntry()
{
    const QByteArray clean = "Domain a {\n}\n";
    const QString path = write(u"clean.conf"_qs, clean);
    const Result r = run({u"set"_qs, path, u"--domain"_qs, u"a"_qs, u"--route"_qs, u"smtp://h?port=99999"_qs, u"--in-place"_qs});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("port"));
    QCOMPARE(readFile(path), clean);
}

// set on esp-tree: the file that holds the scope is written and no other; each row
// names the changed file and its exact new bytes (or the refusal and exit code).
void TestCli::setInATree_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("changed");    // relative path; empty: nothing written
    QTest::addColumn<QByteArray>("expected"); // its bytes, or a part of stderr
    QTest::newRow("domain in an included file is written there")
        << QStringList{u"--domain"_qs, u"big.isp.example"_qs, u"--route"_qs, u"relay.example.net"_qs} << 0
        << u"conf.d/20-regional.conf"_qs
        << QByteArray("# all regional ISPs share one smart host\n"
                      "Domain \"/(?:^|[.])isp[.]example$/\" {\n"
                      "  Routes = ( \"smtp://smarthost.example.net?pref=1\" \"__mx__\" )\n"
                      "  Remote_SMTP_Port = 587\n}\n"
                      "# big.isp.example has its own stanza: the regex above no longer applies to it\n"
                      "Domain \"big.isp.example\" {\n  Max_Outbound_Connections = 100\n"
                      "  Routes = ( \"relay.example.net\" )\n}\n");
    QTest::newRow("binding domain created inside the binding")
        << QStringList{u"--binding"_qs, u"transactional"_qs, u"--domain"_qs, u"x.example"_qs, u"--route"_qs, u"__mx__"_qs}
        << 0 << u"pools/bindings.conf"_qs << QByteArray("  Gateway = \"tx-gw.example.net\"\n  Domain \"x.example\" {\n"
                                                        "    Routes = ( \"__mx__\" )\n  }\n}\n");
    QTest::newRow("unknown binding refused, exit 1")
        << QStringList{u"--binding"_qs, u"nope"_qs, u"--domain"_qs, u"x.example"_qs, u"--route"_qs, u"__mx__"_qs} << 1
        << QString() << QByteArray("no Binding \"nope\"");
    QTest::newRow("readonly include refused, naming the include line")
        << QStringList{u"--domain"_qs, u"vendor.example"_qs, u"--route"_qs, u"__mx__"_qs, u"--into"_qs,
                       u"vendor-defaults.conf"_qs}
        << 1 << QString() << QByteArray("readonly_include at ");
    QTest::newRow("--into a file outside the tree is a usage error")
        << QStringList{u"--domain"_qs, u"n.example"_qs, u"--route"_qs, u"__mx__"_qs, u"--into"_qs, u"/etc/hostname"_qs}
        << 2 << QString() << QByteArray("not a file of the configuration");
    QTest::newRow("--binding without --domain is a usage error")
        << QStringList{u"--binding"_qs, u"mkt1"_qs, u"--route"_qs, u"__mx__"_qs} << 2 << QString()
        << QByteArray("--binding needs --domain");
}

void TestCli::setInATree()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, changed);
    QFETCH(QByteArray, expected);
    QTemporaryDir dir;
    const QDir from(QStringLiteral(ROUTESCOPE_TEST_DATA "/esp-tree"));
    QHash<QString, QByteArray> before;
    for (const QString &f : {u"ecelerity.conf"_qs, u"vendor-defaults.conf"_qs, u"pools/bindings.conf"_qs,
                             u"conf.d/10-webmail.conf"_qs, u"conf.d/20-regional.conf"_qs}) {
        QDir().mkpath(QFileInfo(dir.filePath(f)).absolutePath());
        QVERIFY(QFile::copy(from.filePath(f), dir.filePath(f)));
        before.insert(f, readFile(dir.filePath(f)));
    }
    for (QString &a : args) {
        if (a == u"vendor-defaults.conf")
            a = dir.filePath(a);
    }
    const Result r = run(QStringList{u"set"_qs, dir.filePath(u"ecelerity.conf"_qs)} + args + QStringList{u"--in-place"_qs});
    QCOMPARE(r.code, code);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const QByteArray now = readFile(dir.filePath(it.key()));
        if (it.key() != changed) {
            QVERIFY2(now == it.value(), qPrintable(it.key()));
        } else if (expected.startsWith("#")) {
            QCOMPARE(now, expected);
        } else {
            QVERIFY2(now.endsWith(expected), now.constData());
        }
    }
    if (changed.isEmpty())
        QVERIFY2(r.err.contains(expected), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
