// SPDX-License-Identifier: GPL-3.0-or-later
// One scope resolver: for every Domain stanza with a name (at any level) and the
// global scope of every configuration under tests/data/, the route table shows the
// port and the domain limit that explain reports for that stanza's domain (through
// the stanza's binding). The example trees are also asked of routescope-cli itself.
#include "uitestsupport.h"

#include "document/configsnapshot.h"
#include "document/document.h"
#include "editor/routetablemodel.h"
#include "routing/routeplan.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace rs;
using namespace rs::ui;
using namespace Qt::StringLiterals;

class TestOneResolver final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tableAgreesWithExplain_data();
    void tableAgreesWithExplain();
};

namespace {

struct Question {
    int scope;
    QString domain;
    QString binding;  ///< empty: none
};

// The domain and binding a scope's table speaks for, when there is one.
std::optional<Question> questionFor(const RouteModel &model, int i)
{
    const RoutingScope &s = model.scopes().at(i);
    if (i == 0)
        return Question{0, u"no-stanza-names-this.invalid"_s, {}};
    if (s.kind != ScopeKind::Domain || s.isRegex || s.name.isEmpty() || model.containerOf(i) < 0)
        return std::nullopt;
    const BindingChoice b = bindingOf(model, chainForStanza(model, i));
    if (b.binding > 0)
        return Question{i, s.name, model.scopes().at(b.binding).name};
    if (b.group > 0) {
        // A group's stanza speaks for the group's bindings that add nothing of their own.
        for (const int binding : model.bindings()) {
            const RoutingScope &bs = model.scopes().at(binding);
            if (model.groupOf(binding) == b.group && model.findDomainIn(binding, s.name) < 0
                && model.matchDomain(binding, s.name) < 0 && !bs.remoteSmtpPort && !bs.maxOutboundConnections
                && !bs.setsRouting())
                return Question{i, s.name, bs.name};
        }
        return std::nullopt;
    }
    return Question{i, s.name, {}};
}

// The port the table shows for entries without port=: the Port column of such a row,
// else the table's default port.
int shownPort(const RouteTableModel &table)
{
    for (int r = 0; r < table.rowCount(); ++r) {
        const RouteEntry &e = table.entry(r).entry;
        if (!e.port && (e.kind == EntryKind::Mx || e.kind == EntryKind::HostName || e.kind == EntryKind::IpLiteral))
            return table.index(r, RouteTableModel::PortColumn).data().toInt();
    }
    return table.defaultPort();
}

} // namespace

void TestOneResolver::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestOneResolver::tableAgreesWithExplain_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("askTheCli");
    const QDir root(QStringLiteral(ROUTESCOPE_TEST_DATA));
    QDirIterator it(root.path(), {u"*.conf"_s}, QDir::Files, QDirIterator::Subdirectories);
    QStringList paths;
    while (it.hasNext())
        paths << it.next();
    paths.sort();
    for (const QString &p : std::as_const(paths)) {
        const QString relative = root.relativeFilePath(p);
        // Files that an esp-tree file includes are asked through the tree.
        if (relative.startsWith(u"esp-tree/"_s) && relative != u"esp-tree/ecelerity.conf"_s)
            continue;
        const bool cli = relative.startsWith(u"examples/"_s) || relative.startsWith(u"esp-tree/"_s);
        QTest::newRow(qPrintable(relative)) << p << cli;
    }
}

void TestOneResolver::tableAgreesWithExplain()
{
    QFETCH(QString, path);
    QFETCH(bool, askTheCli);
    Document doc;
    QVERIFY(doc.open(path).ok());
    doc.waitForLoaded();
    const auto snapshot = doc.snapshot();
    const RouteModel &model = snapshot->model();
    RouteTableModel table(&doc);
    int asked = 0;
    for (int i = 0; i < model.scopes().size(); ++i) {
        const auto q = questionFor(model, i);
        if (!q)
            continue;
        table.setScope(i);
        const int binding = q->binding.isEmpty() ? -1 : model.findBinding(q->binding);
        const RoutePlan plan = planFor(model, q->domain, BindingChoice::of(model, binding));
        const QString what = u"%1 scope %2 (%3, binding '%4')"_s.arg(path).arg(i).arg(q->domain, q->binding);
        QVERIFY2(shownPort(table) == plan.defaultPort, qPrintable(what));
        QVERIFY2(table.domainLimit() == plan.domainLimit, qPrintable(what));
        if (!askTheCli)
            continue;
        QStringList args{u"explain"_s, path, u"--domain"_s, q->domain, u"--format"_s, u"json"_s, u"--zone"_s,
                         QStringLiteral(ROUTESCOPE_TEST_DATA "/dns/example.test.zone")};
        if (!q->binding.isEmpty())
            args << u"--binding"_s << q->binding;
        QProcess cli;
        cli.start(QStringLiteral(ROUTESCOPE_CLI), args);
        QVERIFY(cli.waitForFinished(10000));
        const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QVERIFY2(!json.isEmpty(), qPrintable(what + u": " + QString::fromUtf8(cli.readAllStandardError())));
        QVERIFY2(json.value(u"defaultPort"_s).toInt() == shownPort(table), qPrintable(what));
        QVERIFY2(json.value(u"domainLimit"_s).toInt() == table.domainLimit(), qPrintable(what));
        ++asked;
    }
    if (askTheCli)
        QVERIFY(asked > 0);
}

QTEST_MAIN(TestOneResolver)
#include "tst_oneresolver.moc"
