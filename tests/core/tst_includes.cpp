// SPDX-License-Identifier: GPL-3.0-or-later
#include "scratchfiles.h"

#include "config/configset.h"
#include "routing/routemodel.h"
#include "routing/validator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace rs;

// ConfigSet's includes under issue 11: only regular files, each read once, within
// limits, every input error within a second, errors (not warnings) for what cannot
// be read, and nothing quoted from a file that is not a configuration.
class TestIncludes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void includes_data();
    void includes();
    void repeatedIncludeCountsOnce();
    void cancelStopsTheLoad();
    void mainFileMustBeRegular();
    void quotesAreCapped();

private:
    QString write(const QString &name, const QByteArray &bytes) const;
    QTemporaryDir m_dir;
};

namespace {

struct Outcome {
    ConfigSet config;
    Diagnostics diagnostics;
    qint64 ms = 0;
};

QString codes(const Diagnostics &diagnostics, Severity severity)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == severity && !out.contains(d.code))
            out.append(d.code);
    }
    return out.join(u' ');
}

} // namespace

QString TestIncludes::write(const QString &name, const QByteArray &bytes) const
{
    return rs::test::writeFile(m_dir.path(), name, bytes);
}

void TestIncludes::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(::mkfifo(QFile::encodeName(m_dir.filePath(u"fifo"_qs)).constData(), 0600), 0);
    // Each file includes the next three times, 30 levels: before issue 11 each include
    // was read again, 3^30 reads (10 levels took 8.5 s).
    for (int i = 0; i < 30; ++i) {
        const QByteArray next = "\"t" + QByteArray::number(i + 1) + ".conf\"";
        write(QStringLiteral("tree/t%1.conf").arg(i), "include " + next + "\ninclude " + next + "\ninclude " + next
                  + "\nDomain \"d" + QByteArray::number(i) + ".test\" { Routes = ( \"r.test\" ) }\n");
    }
    write(u"tree/t30.conf"_qs, "Routes = ( \"x.test\" )\n");
    write(u"shadow"_qs, "root:$6$Xyz12345$abcdefghijklmnopqrstuvwxyzABCDEF0123456789:19700:0:99999:7:::\n"
                        "daemon:*:19700:0:99999:7:::\nbin:*:19700:0:99999:7:::\n");
    write(u"secret"_qs, "s3cr3t-passw0rd\n");
    write(u"blob"_qs, QByteArray("Routes = ( \"x\" )\n\0\x01\x02 SECRETBLOB", 31));
    write(u"typo.conf"_qs, "Domain \"a.test\" { Routes = ( \"r.test\" ) }\nDomain \"b.test\" { }\nDomain \"c.test\" { }\n"
                           "Domain \"d.test\" {\n  Routes = ( \"r.test\"\n}\n");
    write(u"withfifo/a.conf"_qs, "Domain \"a.test\" { Routes = ( \"r.test\" ) }\n");
    QCOMPARE(::mkfifo(QFile::encodeName(m_dir.filePath(u"withfifo/z-fifo"_qs)).constData(), 0600), 0);
    for (int i = 0; i < 5; ++i)
        write(QStringLiteral("many/f%1.conf").arg(i), "# " + QByteArray(60, 'x') + "\n");
    for (int i = 0; i < 4; ++i)
        write(QStringLiteral("chain/c%1.conf").arg(i), "include \"c" + QByteArray::number(i + 1) + ".conf\"\n");
    write(u"chain/c4.conf"_qs, "\n");
    write(u"cycle-a.conf"_qs, "include \"cycle-main.conf\"\n");
}

void TestIncludes::includes_data()
{
    QTest::addColumn<QByteArray>("main");       // written as main.conf in the test folder
    QTest::addColumn<int>("maxFiles");          // IncludeLimits; 0: the default
    QTest::addColumn<int>("maxDepth");
    QTest::addColumn<int>("maxTotalBytes");
    QTest::addColumn<QString>("errors");        // distinct error codes, in order
    QTest::addColumn<QString>("warnings");
    QTest::addColumn<int>("files");             // files in the set, the main one included
    QTest::addColumn<QString>("args");          // a part of the first error's arguments, joined by spaces

    QTest::newRow("include-dev-zero") << QByteArray("include \"/dev/zero\"\n") << 0 << 0 << 0
                                      << u"include-not-regular"_qs << QString() << 1 << u"character-device"_qs;
    QTest::newRow("include-fifo") << QByteArray("include \"fifo\"\n") << 0 << 0 << 0 << u"include-not-regular"_qs
                                  << QString() << 1 << u"fifo"_qs;
    QTest::newRow("include-directory-lists-regular-files-only") << QByteArray("include \"withfifo\"\n") << 0 << 0 << 0
                                                                << QString() << QString() << 2 << QString();
    QTest::newRow("include-tree-3x30") << QByteArray("include \"tree/t0.conf\"\n") << 0 << 0 << 0 << u"include-depth"_qs
                                       << u"include-repeated"_qs << 17 << u"16 "_qs;
    QTest::newRow("include-unreadable-is-error") << QByteArray("include \"/proc/self/mem\"\n") << 0 << 0 << 0
                                                 << u"include-unreadable"_qs << QString() << 1 << u"/proc/self/mem"_qs;
    QTest::newRow("include-missing-is-a-warning") << QByteArray("include \"nothing-here.conf\"\n") << 0 << 0 << 0
                                                  << QString() << u"include-missing"_qs << 1 << QString();
    QTest::newRow("include-too-many") << QByteArray("include \"many\"\n") << 3 << 0 << 0 << u"include-too-many"_qs
                                      << QString() << 4 << u"3 "_qs;
    QTest::newRow("include-too-large") << QByteArray("include \"many\"\n") << 0 << 0 << 100 << u"include-too-large"_qs
                                       << QString() << 2 << u"100 "_qs;
    QTest::newRow("include-depth-limit") << QByteArray("include \"chain/c0.conf\"\n") << 0 << 2 << 0
                                         << u"include-depth"_qs << QString() << 3 << u"2 "_qs;
    QTest::newRow("include-cycle") << QByteArray("include \"cycle-a.conf\"\n") << 0 << 0 << 0 << QString()
                                   << u"include-cycle"_qs << 2 << QString();
    QTest::newRow("shadow-not-quoted") << QByteArray("include \"shadow\"\n") << 0 << 0 << 0 << u"include-not-config"_qs
                                       << QString() << 1 << u"shadow 1 1"_qs;
    QTest::newRow("one-line-secret-not-quoted") << QByteArray("include \"secret\"\n") << 0 << 0 << 0
                                                << u"include-not-config"_qs << QString() << 1 << u"secret"_qs;
    QTest::newRow("binary-include-not-quoted") << QByteArray("include \"blob\"\n") << 0 << 0 << 0
                                               << u"include-not-config"_qs << QString() << 1 << u"blob"_qs;
    QTest::newRow("config-with-a-typo-still-reported") << QByteArray("include \"typo.conf\"\n") << 0 << 0 << 0
                                                       << u"syntax-unclosed-list"_qs << QString() << 2 << QString();
}

void TestIncludes::includes()
{
    QFETCH(QByteArray, main);
    QFETCH(int, maxFiles);
    QFETCH(int, maxDepth);
    QFETCH(int, maxTotalBytes);
    QFETCH(QString, errors);
    QFETCH(QString, warnings);
    QFETCH(int, files);
    QFETCH(QString, args);
    const QString name = QTest::currentDataTag() == QByteArrayView("include-cycle") ? u"cycle-main.conf"_qs : u"main.conf"_qs;
    const QString path = write(name, main);
    LoadOptions options;
    if (maxFiles)
        options.limits.maxFiles = maxFiles;
    if (maxDepth)
        options.limits.maxDepth = maxDepth;
    if (maxTotalBytes)
        options.limits.maxTotalBytes = maxTotalBytes;

    QElapsedTimer clock;
    clock.start();
    IoResult<ConfigSet> loaded = ConfigSet::load(path, options);
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
    const Diagnostics diagnostics = validate(*loaded, RouteModel::build(*loaded));
    const qint64 ms = clock.elapsed();
    QVERIFY2(ms < 1000, qPrintable(QStringLiteral("%1 ms").arg(ms)));

    QCOMPARE(codes(diagnostics, Severity::Error), errors);
    QCOMPARE(codes(diagnostics, Severity::Warning), warnings);
    QCOMPARE(loaded->fileCount(), files);
    for (const Diagnostic &d : diagnostics) {
        QVERIFY(d.line > 0 && d.column > 0);
        QVERIFY(!d.file.isEmpty());
        // Nothing of a file that is not a configuration reaches a message.
        for (const char *secret : {"$6$", "root:", "daemon:", "s3cr3t", "SECRETBLOB"})
            QVERIFY2(!d.args.join(u' ').contains(QLatin1StringView(secret)), qPrintable(d.args.join(u' ')));
    }
    if (!args.isEmpty()) {
        const auto first = std::find_if(diagnostics.cbegin(), diagnostics.cend(),
                                        [](const Diagnostic &d) { return d.severity == Severity::Error; });
        QVERIFY(first != diagnostics.cend());
        QVERIFY2(first->args.join(u' ').contains(args), qPrintable(first->args.join(u' ')));
    }
}

void TestIncludes::repeatedIncludeCountsOnce()
{
    write(u"once/scopes.conf"_qs, "Domain \"x.test\" { Routes = ( \"r.test\" ) }\n");
    const QString path = write(u"once/main.conf"_qs, "include \"scopes.conf\"\ninclude \"scopes.conf\"\ninclude \"./scopes.conf\"\n");
    IoResult<ConfigSet> loaded = ConfigSet::load(path);
    QVERIFY(loaded);
    QCOMPARE(loaded->fileCount(), 2);
    const RouteModel model = RouteModel::build(*loaded);
    int named = 0;
    for (const RoutingScope &s : model.scopes())
        named += s.name == u"x.test" ? 1 : 0;
    QCOMPARE(named, 1);  // the route model sees the scope once: no domain-duplicate
    const Diagnostics diagnostics = validate(*loaded, model);
    QCOMPARE(codes(diagnostics, Severity::Warning), u"include-repeated"_qs);
    QCOMPARE(diagnostics.size(), 2);
    QCOMPARE(diagnostics.at(0).line, 2);
    QCOMPARE(diagnostics.at(1).line, 3);
    // Where the file was first included: main.conf, line 1.
    QCOMPARE(diagnostics.at(0).kind, DiagnosticKind::IncludeRepeated);
    QVERIFY(diagnostics.at(0).args.value(1).endsWith(u"main.conf"_qs));
    QCOMPARE(diagnostics.at(0).args.value(2), u"1"_qs);
}

void TestIncludes::cancelStopsTheLoad()
{
    std::atomic_bool cancel{true};
    LoadOptions options;
    options.cancel = &cancel;
    QByteArray big;
    for (int i = 0; i < 20000; ++i)
        big += "Domain \"d" + QByteArray::number(i) + ".test\" { Routes = ( \"r.test\" ) }\n";
    const ConfigSet set = ConfigSet::fromText(big + "include \"tree/t0.conf\"\n", m_dir.filePath(u"c.conf"_qs), options);
    QVERIFY(set.wasCancelled());
    QCOMPARE(set.fileCount(), 1);  // no include read
    QVERIFY(set.mainTree().nodes().size() < 20000);  // the parse stopped early

    const ConfigSet whole = ConfigSet::fromText(big, m_dir.filePath(u"c.conf"_qs));
    QVERIFY(!whole.wasCancelled());
}

void TestIncludes::mainFileMustBeRegular()
{
    QElapsedTimer clock;
    clock.start();
    for (const QString &path : {m_dir.filePath(u"fifo"_qs), u"/dev/zero"_qs, m_dir.path()}) {
        const IoResult<ConfigSet> r = ConfigSet::load(path);
        QVERIFY(!r);
        QCOMPARE(r.error().code, IoErrorCode::NotRegularFile);
    }
    QVERIFY(clock.elapsed() < 1000);
}

void TestIncludes::quotesAreCapped()
{
    const SyntaxTree t = SyntaxTree::parse("abcdefghijklmnopqrstuvwxyz0123456789 x\n", u"q.conf"_qs);
    QVERIFY(t.hasSyntaxErrors());
    const QString m = t.syntaxDiagnostics().first().args.join(u' ');
    QVERIFY2(m.startsWith(u"abcdefghijklmnopqrstuvwx... "_qs), qPrintable(m));
    QVERIFY(!m.contains(u"yz"_qs));
}

QTEST_GUILESS_MAIN(TestIncludes)
#include "tst_includes.moc"
