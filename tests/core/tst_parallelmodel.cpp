// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/diagnostictext.h"
#include "platform/parallel.h"
#include "routing/scoperesolver.h"
#include "routing/validator.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rs;

// RouteModel::build and validate() split big files across threads. Whatever the
// split, the model and the diagnostics must be those of one thread: same scopes in
// the same order with the same parents, same lookups, same messages.
class TestParallelModel : public QObject
{
    Q_OBJECT
private slots:
    void sameAsOneThread_data();
    void sameAsOneThread();
    void cleanup() { setMaxThreads(m_default); }

private:
    const int m_default = maxThreads();
};

namespace {

// Enough scopes that 4 threads each get a share (the split wants 10,000 nodes each).
constexpr int kDomains = 12000;

QByteArray domain(int i)
{
    return QByteArray("Domain \"d") + QByteArray::number(i) + ".test\" {\n  Routes = ( \"smtp://mx" + QByteArray::number(i)
        + ".test?pref=10\" \"__mx__\" )\n}\n";
}

QByteArray manyDomains(const std::function<QByteArray(int)> &between)
{
    QByteArray text;
    for (int i = 0; i < kDomains; ++i)
        text += between(i) + domain(i);
    return text;
}

QString dump(const ConfigSet &config)
{
    const RouteModel model = RouteModel::build(config);
    QString out;
    const auto &scopes = model.scopes();
    for (int i = 0; i < scopes.size(); ++i) {
        const RoutingScope &s = scopes.at(i);
        out += QStringLiteral("%1 %2 %3 parent=%4 depth=%5 %6:%7:%8 routes=%9 gateway=%10 max=%11 port=%12 first=%13\n")
                   .arg(i)
                   .arg(scopeKindName(s.kind), s.label())
                   .arg(s.parent)
                   .arg(s.depth)
                   .arg(model.path(s.location))
                   .arg(s.location.line)
                   .arg(s.location.column)
                   .arg(s.routesOption ? s.routesOption->node : -1)
                   .arg(s.gatewayOption ? s.gatewayOption->node : -1)
                   .arg(s.maxOutboundConnections.value_or(-2))
                   .arg(s.remoteSmtpPort.value_or(-2))
                   .arg(model.firstDeclaration(i));
    }
    for (const QString &name : {u"d0.test"_qs, u"D77.TEST"_qs, u"d11999.test"_qs, u"r5.test"_qs, u"nowhere.test"_qs})
        out += QStringLiteral("%1 -> %2 decided by %3\n").arg(name).arg(model.findDomainScope(name)).arg(resolve(model, name).routeSource.scope);
    out += QStringLiteral("regex match %1\n").arg(model.matchDomain(0, u"x.r7.test"_qs));
    for (const Diagnostic &d : validate(config, model))
        out += cli::formatDiagnostic(d) + u'\n';
    return out;
}

} // namespace

void TestParallelModel::sameAsOneThread_data()
{
    QTest::addColumn<QByteArray>("main");
    QTest::addColumn<QByteArray>("included");  // written next to it as inc.conf when not empty

    QTest::newRow("plain domains") << manyDomains([](int) -> QByteArray { return QByteArray(); }) << QByteArray();
    QTest::newRow("global options between the domains, repeated")
        << manyDomains([](int i) -> QByteArray {
               return i % 997 == 0 ? "Max_Outbound_Connections = " + QByteArray::number(i) + "\n# note\n" : QByteArray();
           })
        << QByteArray();
    QTest::newRow("nested binding groups, unknown scopes, hosts")
        << manyDomains([](int i) -> QByteArray {
               if (i % 500 == 0)
                   return "Binding_Group g" + QByteArray::number(i) + " {\n  Binding b {\n    Domain \"in"
                       + QByteArray::number(i) + ".test\" { Routes = ( \"relay.test\" ) }\n  }\n}\n";
               if (i % 700 == 0)
                   return QByteArray("listener { Domain \"l.test\" { Gateway = \"10.0.0.1\" } }\n");
               if (i % 900 == 0)
                   return QByteArray("Host \"/^mx[0-9]+[.]test$/\" { Max_Outbound_Connections = 4 }\n");
               return QByteArray();
           })
        << QByteArray();
    QTest::newRow("regexes, bad regexes and repeated names")
        << manyDomains([](int i) -> QByteArray {
               if (i % 300 == 0)
                   return "Domain \"/[.]r" + QByteArray::number(i % 9) + "[.]test$/\" { Routes = ( \"relay.test\" ) }\n";
               if (i % 1100 == 0)
                   return QByteArray("Domain \"/(unclosed/\" { }\nDomain \"D77.test\" { Gateway = \"10.0.0.9\" }\n");
               return QByteArray();
           })
        << QByteArray();
    QTest::newRow("one scope around everything")
        << "Binding_Group all {\n" + manyDomains([](int) -> QByteArray { return QByteArray(); }) + "}\nRoutes = ( \"__mx__\" )\n"
        << QByteArray();
    QTest::newRow("include in the middle")
        << manyDomains([](int i) -> QByteArray { return i == kDomains / 2 ? QByteArray("include \"inc.conf\"\n") : QByteArray(); })
        << "Remote_SMTP_Port = 2525\nDomain \"d77.test\" { Routes = ( \"__mx__\" ) }\n" + domain(kDomains + 1);
}

void TestParallelModel::sameAsOneThread()
{
    QFETCH(QByteArray, main);
    QFETCH(QByteArray, included);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"main.conf"_qs);
    for (const auto &[name, text] : {std::pair{path, main}, std::pair{dir.filePath(u"inc.conf"_qs), included}}) {
        QFile f(name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    IoResult<ConfigSet> loaded = ConfigSet::load(path);
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
    const ConfigSet &config = *loaded;

    setMaxThreads(1);
    const QString one = dump(config);
    QVERIFY(one.count(u'\n') > kDomains);
    for (const int threads : {2, 3, 4}) {
        setMaxThreads(threads);
        QCOMPARE(threadsFor(qsizetype(config.mainTree().nodes().size()), 10000), threads);
        const QString many = dump(config);
        if (many != one) {
            const QStringList a = one.split(u'\n'), b = many.split(u'\n');
            for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
                QCOMPARE(b.at(i), a.at(i));  // the first line that differs
            QCOMPARE(b.size(), a.size());
        }
    }
}

QTEST_GUILESS_MAIN(TestParallelModel)
#include "tst_parallelmodel.moc"
