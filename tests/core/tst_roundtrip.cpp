// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/diagnostictext.h"
#include "config/configset.h"
#include "routing/validator.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace rs;

// The lossless property over every file in tests/data, golden diagnostics for
// the example and nasty files, and the Momentum manual corpus.
class TestRoundTrip : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void goldenDiagnostics_data();
    void goldenDiagnostics();
    void corpusCleanFilesHaveNoErrors_data();
    void corpusCleanFilesHaveNoErrors();
};

static QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void TestRoundTrip::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    const QDir root(QStringLiteral(ROUTESCOPE_TEST_DATA));
    QDirIterator it(root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    QVERIFY(files.size() > 400);
    for (const QString &f : std::as_const(files))
        QTest::newRow(qPrintable(root.relativeFilePath(f))) << f;
}

void TestRoundTrip::roundTrip()
{
    QFETCH(QString, path);
    const QByteArray bytes = readAll(path);
    const SyntaxTree tree = SyntaxTree::parse(bytes, path);
    QCOMPARE(tree.serialize(), bytes);
    // Every node lies inside its parent and after its previous sibling.
    for (NodeId id = 1; id < NodeId(tree.nodes().size()); ++id) {
        const Node &n = tree.node(id);
        const Node &p = tree.node(n.parent);
        QVERIFY(n.span.begin >= p.span.begin && n.span.end <= p.span.end);
        QVERIFY(n.span.begin <= n.span.end);
        if (n.nextSibling != kNoNode)
            QVERIFY(tree.node(n.nextSibling).span.begin >= n.span.end);
    }
}

void TestRoundTrip::goldenDiagnostics_data()
{
    QTest::addColumn<QString>("path");
    const QDir root(QStringLiteral(ROUTESCOPE_TEST_DATA));
    for (const char *dir : {"examples", "nasty"}) {
        const QDir d(root.filePath(QLatin1StringView(dir)));
        for (const QString &f : d.entryList({QStringLiteral("*.conf")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(QLatin1StringView(dir) + u'/' + f)) << d.filePath(f);
    }
}

void TestRoundTrip::goldenDiagnostics()
{
    QFETCH(QString, path);
    const QDir root(QStringLiteral(ROUTESCOPE_TEST_DATA));
    const QString relative = root.relativeFilePath(path);
    IoResult<ConfigSet> loaded = ConfigSet::load(path);
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
    const ConfigSet &config = *loaded;
    QByteArray actual;
    for (Diagnostic d : validate(config, RouteModel::build(config))) {
        d.file = root.relativeFilePath(d.file);
        actual += cli::formatDiagnostic(d).toUtf8() + '\n';
    }
    const QString golden = QStringLiteral(ROUTESCOPE_GOLDEN_DIR) + u'/' + QString(relative).replace(u'/', u'_') + u".diag";
    if (qEnvironmentVariableIsSet("ROUTESCOPE_UPDATE_GOLDEN")) {
        QFile out(golden);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual);
        return;
    }
    const QByteArray expected = readAll(golden);
    if (actual != expected) {
        // Written beside the test binary for a `diff` with the golden file.
        QFile out(QFileInfo(golden).fileName() + u".actual");
        if (out.open(QIODevice::WriteOnly))
            out.write(actual);
    }
    QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(expected));
}

void TestRoundTrip::corpusCleanFilesHaveNoErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("isConfig");
    // Snippets the manual marks as configuration that are something else: Lua
    // tables, C enums, console and log output, shell commands, markdown, or
    // a missing brace. Reading them must give errors, and that must not change
    // silently; everything else in "clean" must read without an error.
    const QStringList notConfig{
        u"d4337d41b1"_qs, u"c2b81e6a1b"_qs, u"a8c55979f5"_qs, u"3ffd1636f2"_qs, u"59af7bff6a"_qs,
        u"9deabbd1d3"_qs, u"d2fc12d13c"_qs, u"5f64ee8714"_qs, u"e739f93405"_qs, u"5f45bb54ab"_qs,
        u"d65dbaa90b"_qs, u"1d17d75285"_qs, u"75f27d9011"_qs, u"c941fe0f77"_qs, u"21f7cccc42"_qs,
        u"1bc26404c9"_qs, u"94c4ebe783"_qs, u"33d873ff70"_qs, u"f57ef171a2"_qs, u"60750800c1"_qs,
        u"087e63bea6"_qs, u"6316bcb918"_qs, u"a827dc0e29"_qs, u"05f5184806"_qs, u"a8fe365c87"_qs,
        u"2e151f5fff"_qs, u"d119a44117"_qs, u"e148314b06"_qs, u"25a77e0ef0"_qs};
    const QString dir = QStringLiteral(ROUTESCOPE_CORPUS_DIR);
    const QList<QByteArray> lines = readAll(dir + u"/INDEX.tsv").split('\n');
    int clean = 0;
    for (const QByteArray &line : lines) {
        const QList<QByteArray> cols = line.split('\t');
        if (cols.size() < 2 || cols.at(1) != "clean")
            continue;
        ++clean;
        const QString file = QString::fromUtf8(cols.at(0));
        QTest::newRow(qPrintable(file)) << dir + u'/' + file << !notConfig.contains(QString(file).chopped(5));
    }
    QCOMPARE(clean, 366);
}

void TestRoundTrip::corpusCleanFilesHaveNoErrors()
{
    QFETCH(QString, path);
    QFETCH(bool, isConfig);
    const ConfigSet config = ConfigSet::fromText(readAll(path), path, false);
    const Diagnostics diagnostics = validate(config, RouteModel::build(config));
    if (isConfig) {
        for (const Diagnostic &d : diagnostics) {
            if (d.severity == Severity::Error)
                QFAIL(qPrintable(cli::formatDiagnostic(d)));
        }
    } else {
        QVERIFY2(hasErrors(diagnostics), "expected errors for a snippet that is not configuration");
    }
}

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
