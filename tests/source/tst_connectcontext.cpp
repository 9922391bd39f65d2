// SPDX-License-Identifier: GPL-3.0-or-later
// QT_NO_CONTEXTLESS_CONNECT has no effect on Qt 6.4 (it arrived in 6.7), so this
// test holds the rule instead: every connect() in the sources names a context
// object, so that a functor never runs after its receiver is gone.
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConnectContext final : public QObject
{
    Q_OBJECT

private slots:
    void everyConnectNamesAContext_data();
    void everyConnectNamesAContext();
    void theCheckFindsAContextlessConnect();
};

namespace {

// The top-level arguments of the call whose '(' is at `open`, or none when the
// parentheses do not close (the scan then cannot judge it).
std::optional<QStringList> arguments(const QString &text, qsizetype open)
{
    QStringList args;
    QString current;
    int depth = 0;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"' || c == u'\'') {
            // Skip a string or character literal.
            const qsizetype start = i;
            for (++i; i < text.size() && text.at(i) != c; ++i) {
                if (text.at(i) == u'\\')
                    ++i;
            }
            current += text.mid(start, i - start + 1);
            continue;
        }
        if (c == u'(' || c == u'{' || c == u'[') {
            if (depth++ == 0)
                continue;
        } else if (c == u')' || c == u'}' || c == u']') {
            if (--depth == 0) {
                args << current.trimmed();
                return args;
            }
        } else if (c == u',' && depth == 1) {
            args << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    return std::nullopt;
}

// "file:line: connect(...)" for each connect() with a sender, a signal and a
// functor but no context object.
QStringList contextless(const QString &text, const QString &name)
{
    QStringList found;
    static const QRegularExpression call(u"(?<![A-Za-z0-9_])connect\\s*\\("_s);
    for (auto it = call.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        // Not a declaration or the comment above this function.
        const qsizetype lineStart = text.lastIndexOf(u'\n', m.capturedStart()) + 1;
        const QString before = text.mid(lineStart, m.capturedStart() - lineStart).trimmed();
        if (before.startsWith(u"//"_s) || before.startsWith(u'*') || before.endsWith(u"bool"_s))
            continue;
        const auto args = arguments(text, m.capturedEnd() - 1);
        if (!args || args->size() != 3 || args->at(2).startsWith(u"SLOT("_s))
            continue;
        const int line = int(text.left(m.capturedStart()).count(u'\n')) + 1;
        found << u"%1:%2: connect(%3)"_s.arg(name).arg(line).arg(args->join(u", "_s).simplified().left(120));
    }
    return found;
}

} // namespace

void TestConnectContext::everyConnectNamesAContext_data()
{
    QTest::addColumn<QString>("path");
    const QDir root(QStringLiteral(ROUTESCOPE_SOURCE_DIR));
    for (const char *dir : {"app", "core", "ui", "tests", "bench", "fuzz"}) {
        QDirIterator it(root.filePath(QLatin1StringView(dir)), {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files << it.next();
        files.sort();
        for (const QString &f : std::as_const(files)) {
            if (!f.endsWith(u"tst_connectcontext.cpp"_s))
                QTest::newRow(qPrintable(root.relativeFilePath(f))) << f;
        }
    }
}

void TestConnectContext::everyConnectNamesAContext()
{
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList found = contextless(QString::fromUtf8(f.readAll()), QDir(QStringLiteral(ROUTESCOPE_SOURCE_DIR)).relativeFilePath(path));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

// The scan must be able to fail.
void TestConnectContext::theCheckFindsAContextlessConnect()
{
    const QString bad = u"void f() {\n  connect(a, &A::done, [this] { g(\"(,)\"); });\n"
                        "  connect(a, &A::done, this, [this] { g(); });\n  connect(b, SIGNAL(x()), SLOT(y()));\n}\n"_s;
    QCOMPARE(contextless(bad, u"x.cpp"_s), (QStringList{u"x.cpp:2: connect(a, &A::done, [this] { g(\"(,)\"); })"_s}));
}

QTEST_GUILESS_MAIN(TestConnectContext)
#include "tst_connectcontext.moc"
