#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
