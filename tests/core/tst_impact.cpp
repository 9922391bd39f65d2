// SPDX-License-Identifier: GPL-3.0-or-later
#include "scratchfiles.h"

#include "impact/comparison.h"
#include "impact/domainlist.h"
#include "impact/impact.h"
#include "impact/impactrunner.h"
#include "routing/maillookup.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;
using namespace Qt::Literals::StringLiterals;

// Change impact (issue 13) over the offline zone tests/data/impact/impact.zone: one row
// per class, named after it, and the cases around them (lists, regexes, bindings,
// includes, git revisions, what-if, per-host totals, cancel, the runner).
class TestImpact : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void classes_data();
    void classes();
    void sharedExplanationIsExact_data();
    void sharedExplanationIsExact();
    void listedAndNamedOnce();
    void listedDomainThroughRegex();
    void bindings();
    void unknownBinding();
    void includeChangedOnOneSide();
    void gitRevision();
    void gitRevisionErrors();
    void downAcrossDomains();
    void unmatchedDown();
    void hostTotals();
    void routesToHost();
    void lookupsAskedOnce();
    void domainList_data();
    void domainList();
    void cancelled();
    void runnerOffTheGuiThread();

private:
    ImpactSetup setupFor(const QByteArray &before, const QByteArray &after);
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
    QString m_zone;
    int m_files = 0;
};

namespace {

// "hosts-removed,spread-changed" for a changed (domain, binding), "" when unchanged,
// "not compared" when it is not among the compared.
QString classesOf(const ImpactResult &r, const QString &domain, const QString &binding = {})
{
    if (!r.domains.contains(domain))
        return u"not compared"_s;
    for (const DomainImpact &d : r.changed) {
        if (d.domain == domain && d.binding == binding)
            return impactClassKeys(d.classes).join(u',');
    }
    return QString();
}

const QByteArray kSmart = "Domain \"a.impact.test\" {\n  Routes = ( \"relay1.impact.test\" )\n}\n";

} // namespace

void TestImpact::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_zone = QStringLiteral(ROUTESCOPE_TEST_DATA "/impact/impact.zone");
    QVERIFY(QFile::exists(m_zone));
}

QString TestImpact::write(const QString &name, const QByteArray &bytes)
{
    return rs::test::writeFile(m_dir.path(), name, bytes);
}

ImpactSetup TestImpact::setupFor(const QByteArray &before, const QByteArray &after)
{
    ++m_files;
    ImpactSetup s;
    s.before = ConfigSource::texts(m_dir.filePath(u"old%1.conf"_s.arg(m_files)), before);
    s.after = ConfigSource::texts(m_dir.filePath(u"new%1.conf"_s.arg(m_files)), after);
    s.lookup.zoneFiles = {m_zone};
    return s;
}

void TestImpact::classes_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QStringList>("down");
    QTest::addColumn<QString>("expected");  // the classes of a.impact.test

    auto domain = [](const QByteArray &body) -> QByteArray { return "Domain \"a.impact.test\" {\n" + body + "}\n"; };
    auto routes = [&](const QByteArray &list) -> QByteArray { return domain("  Routes = ( " + list + " )\n"); };
    const QByteArray twoTiers = "\"smtp://relay1.impact.test?pref=1\" \"smtp://relay2.impact.test?pref=5\" ";

    QTest::newRow("unchanged") << kSmart << kSmart << QStringList() << QString();
    QTest::newRow("unchanged, lines moved") << kSmart << "# a comment above\n\n" + kSmart << QStringList() << QString();
    QTest::newRow("source-changed")
        << "Routes = ( \"relay1.impact.test\" )\n" + domain("  Max_Outbound_Connections = 32\n")
        << "Routes = ( \"relay1.impact.test\" )\n" + kSmart << QStringList() << u"source-changed"_s;
    QTest::newRow("hosts-added") << kSmart << routes("\"relay1.impact.test\" \"smtp://backup.impact.test?pref=10\"")
                                 << QStringList() << u"hosts-added"_s;
    QTest::newRow("hosts-removed") << routes("\"relay1.impact.test\" \"smtp://backup.impact.test?pref=10\"") << kSmart
                                   << QStringList() << u"hosts-removed"_s;
    QTest::newRow("order-changed") << routes(twoTiers + "\"smtp://backup.impact.test?pref=9\"")
                                   << routes("\"smtp://relay1.impact.test?pref=1\" \"smtp://backup.impact.test?pref=5\" "
                                             "\"smtp://relay2.impact.test?pref=9\"")
                                   << QStringList() << u"order-changed"_s;
    QTest::newRow("order-changed, spread follows") << routes("\"relay1.impact.test\" \"relay2.impact.test\"")
                                                   << routes("\"relay2.impact.test\" \"relay1.impact.test\"")
                                                   << QStringList() << u"order-changed,spread-changed"_s;
    QTest::newRow("port-changed") << kSmart << routes("\"smtp://relay1.impact.test?port=587\"") << QStringList()
                                  << u"port-changed"_s;
    QTest::newRow("limit-changed, domain limit")
        << kSmart << domain("  Routes = ( \"relay1.impact.test\" )\n  Max_Outbound_Connections = 10\n") << QStringList()
        << u"source-changed,limit-changed,spread-changed"_s;
    QTest::newRow("limit-changed, host limit")
        << kSmart + "Host \"relay1.impact.test\" {\n  Max_Outbound_Connections = 40\n}\n"
        << kSmart + "Host \"relay1.impact.test\" {\n  Max_Outbound_Connections = 50\n}\n" << QStringList()
        << u"limit-changed"_s;
    QTest::newRow("spread-changed, host limit") << routes(twoTiers) + "Host \"relay1.impact.test\" {\n  Max_Outbound_Connections = 20\n}\n"
                                                << routes(twoTiers) + "Host \"relay1.impact.test\" {\n  Max_Outbound_Connections = 10\n}\n"
                                                << QStringList() << u"limit-changed,spread-changed"_s;
    QTest::newRow("spread-changed, host down") << routes(twoTiers) << routes(twoTiers) << QStringList{u"relay1.impact.test"_s}
                                               << u"spread-changed"_s;
    QTest::newRow("spread-changed, down by address") << routes(twoTiers) << routes(twoTiers) << QStringList{u"192.0.2.31"_s}
                                                     << u"spread-changed"_s;
    QTest::newRow("undeliverable") << kSmart << routes("\"nosuch.impact.test\"") << QStringList()
                                   << u"hosts-added,hosts-removed,spread-changed,undeliverable"_s;
    QTest::newRow("undeliverable, every host down") << kSmart << kSmart << QStringList{u"relay1.impact.test"_s}
                                                    << u"spread-changed,undeliverable"_s;
    QTest::newRow("undeliverable, null MX") << kSmart << routes("\"nomail.impact.test\"") << QStringList()
                                            << u"hosts-added,hosts-removed,spread-changed,undeliverable"_s;
    QTest::newRow("deliverable") << routes("\"nosuch.impact.test\"") << kSmart << QStringList()
                                 << u"hosts-added,hosts-removed,spread-changed,deliverable"_s;
    QTest::newRow("stanza removed: the global routes decide")
        << "Routes = ( \"relay2.impact.test\" )\n" + kSmart << QByteArray("Routes = ( \"relay2.impact.test\" )\n")
        << QStringList() << u"source-changed,hosts-added,hosts-removed,spread-changed"_s;
    QTest::newRow("Gateway instead of Routes") << kSmart << domain("  Gateway = \"relay1.impact.test\"\n")
                                               << QStringList() << u"source-changed"_s;
}

void TestImpact::classes()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QStringList, down);
    QFETCH(QString, expected);
    ImpactSetup s = setupFor(before, after);
    s.listedDomains = {u"a.impact.test"_s};
    s.down = down;
    const ImpactResult r = runImpact(s);
    QVERIFY2(r.ok(), qPrintable(QString::number(int(r.error.code))));
    QCOMPARE(classesOf(r, u"a.impact.test"_s), expected);
    QCOMPARE(r.compared - r.unchanged, qint64(expected.isEmpty() ? 0 : 1));
    QCOMPARE(r.unmatchedDown, QStringList());
    // The editor's review without a host view skips what cannot change: same answer.
    s.hostUsage = false;
    const ImpactResult fast = runImpact(s);
    QCOMPARE(classesOf(fast, u"a.impact.test"_s), expected);
    QCOMPARE(fast.unchanged, r.unchanged);
    QVERIFY(fast.classCounts == r.classCounts);
    QCOMPARE(fast.usageComplete, !down.isEmpty());
}

// The shortcut (one explanation for both sides where the deciding statements are the
// same text, candidates copied between domains that share a list) must give what
// explaining both sides of every domain gives.
void TestImpact::sharedExplanationIsExact_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    const QByteArray common = "Max_Outbound_Connections = 20\nRoutes = ( \"smtp://relay1.impact.test?pref=1\" \"__mx__\" )\n"
                              "Domain \"b.impact.test\" {\n  Routes = ( \"relay2.impact.test\" )\n}\n"
                              "Domain \"c.impact.test\" {\n  Routes = ( \"relay2.impact.test\" )\n}\n"
                              "Domain \"shop.impact.test\" {\n  Max_Outbound_Connections = 6\n}\n"
                              "Domain \"/^r[0-9]+[.]impact[.]test$/\" {\n  Routes = ( \"backup.impact.test\" )\n}\n"
                              "Host \"relay2.impact.test\" {\n  Max_Outbound_Connections = 5\n}\n"
                              // Limits the unresolved candidate of some domains' __mx__ (their own name).
                              "Host \"/^o[a-z]+[.]impact[.]test$/\" {\n  Max_Outbound_Connections = 7\n}\n";
    QTest::newRow("same file") << common << common;
    QTest::newRow("a Host limit changed") << common
                                          << QByteArray(common).replace("Max_Outbound_Connections = 5",
                                                                         "Max_Outbound_Connections = 4");
    QTest::newRow("the global routes changed") << common << QByteArray(common).replace("pref=1", "pref=30");
    QTest::newRow("one shared list changed") << common
                                             << QByteArray(common).replace("Domain \"c.impact.test\" {\n  Routes = ( \"relay2",
                                                                           "Domain \"c.impact.test\" {\n  Routes = ( \"relay1");
    QTest::newRow("a stanza added") << common << common + kSmart;
}

void TestImpact::sharedExplanationIsExact()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    ImpactSetup s = setupFor(before, after);
    s.listedDomains = {u"r1.impact.test"_s, u"r2.impact.test"_s, u"other.impact.test"_s, u"a.impact.test"_s,
                       u"nomail.impact.test"_s, u"one.impact.test"_s, u"x.impact.test"_s};
    const ImpactResult r = runImpact(s);
    QVERIFY(r.ok());

    // Every domain the long way: full plans on both sides, explain, classify.
    const ConfigSet oldSet = ConfigSet::fromText(before, s.before.path, false);
    const ConfigSet newSet = ConfigSet::fromText(after, s.after.path, false);
    const RouteModel oldModel = RouteModel::build(oldSet);
    const RouteModel newModel = RouteModel::build(newSet);
    const FileKeys oldKeys = FileKeys::of(oldSet);
    const FileKeys newKeys = FileKeys::of(newSet);
    std::unique_ptr<MailLookup> lookup = createMailLookup(s.lookup);
    QVERIFY(lookup);
    auto explainNow = [&](const RoutePlan &plan) {
        Explainer explainer(lookup.get());
        std::optional<Explanation> out;
        QEventLoop loop;
        connect(&explainer, &Explainer::finished, &loop, [&](const Explanation &ex) {
            out = ex;
            loop.quit();
        });
        explainer.explain(plan);
        if (!out)
            loop.exec();
        return *out;
    };
    // Every candidate as the review kept it: host, preference, state, limit, connections.
    auto kept = [&r](qint64 unit, ImpactSide side) {
        QStringList out;
        for (const HostUsage::Use &u : r.usage.uses(side)) {
            if (u.unit == unit)
                out << u"%1 %2 %3 %4 %5"_s.arg(r.usage.hosts().at(u.host)).arg(u.pref).arg(int(u.state)).arg(u.limit).arg(u.connections);
        }
        return out;
    };
    auto made = [](const Explanation &ex) {
        QStringList out;
        for (qsizetype i = 0; i < ex.candidates.size(); ++i) {
            const Candidate &c = ex.candidates.at(i);
            out << u"%1 %2 %3 %4 %5"_s.arg(HostUsage::key(c.host)).arg(c.pref).arg(int(c.state)).arg(c.limit).arg(ex.simulation.assigned.at(i));
        }
        return out;
    };
    qint64 connections = 0;
    for (qsizetype unit = 0; unit < r.domains.size(); ++unit) {
        const QString &domain = r.domains.at(unit);
        const Explanation a = explainNow(planFor(oldModel, domain));
        const Explanation b = explainNow(planFor(newModel, domain));
        QCOMPARE(classesOf(r, domain), impactClassKeys(classify(a, oldKeys, b, newKeys)).join(u','));
        QCOMPARE(kept(unit, ImpactSide::Before), made(a));
        QCOMPARE(kept(unit, ImpactSide::After), made(b));
        for (const int n : b.simulation.assigned)
            connections += n;
    }
    qint64 total = 0;
    for (const HostLoad &h : r.hosts)
        total += h.after.connections;
    QCOMPARE(total, connections);
}

void TestImpact::listedAndNamedOnce()
{
    ImpactSetup s = setupFor(kSmart, kSmart + "Domain \"b.impact.test\" {}\n");
    s.listedDomains = {u"A.Impact.Test."_s, u"b.impact.test"_s, u"c.impact.test"_s, u"c.impact.test"_s};
    const ImpactResult r = runImpact(s);
    QVERIFY(r.ok());
    QCOMPARE(r.domains, (QStringList{u"a.impact.test"_s, u"b.impact.test"_s, u"c.impact.test"_s}));
    QCOMPARE(r.listedFrom, 2);
    QCOMPARE(r.compared, 3);
}

void TestImpact::listedDomainThroughRegex()
{
    const QByteArray before = "Domain \"/[.]eu[.]impact[.]test$/\" {\n  Routes = ( \"relay1.impact.test\" )\n}\n";
    const QByteArray after = "Domain \"/[.]eu[.]impact[.]test$/\" {\n  Routes = ( \"relay2.impact.test\" )\n}\n";
    ImpactSetup s = setupFor(before, after);
    s.listedDomains = {u"shop.eu.impact.test"_s, u"shop.us.impact.test"_s};
    const ImpactResult r = runImpact(s);
    QVERIFY(r.ok());
    // A regex stanza names no domain of its own: only the listed ones are compared.
    QCOMPARE(r.compared, 2);
    QCOMPARE(classesOf(r, u"shop.eu.impact.test"_s), u"hosts-added,hosts-removed,spread-changed"_s);
    QCOMPARE(classesOf(r, u"shop.us.impact.test"_s), QString());
}

void TestImpact::bindings()
{
    const QByteArray before = kSmart
        + "Binding_Group \"pool\" {\n  Binding \"tx1\" {\n    Domain \"a.impact.test\" {\n      Max_Outbound_Connections = 5\n"
          "    }\n  }\n  Binding \"tx2\" {\n  }\n}\n";
    QByteArray after = before;
    after.replace("Max_Outbound_Connections = 5", "Max_Outbound_Connections = 3");
    ImpactSetup s = setupFor(before, after);
    s.bindings = {u"tx1"_s, u"tx2"_s};
    const ImpactResult r = runImpact(s);
    QVERIFY(r.ok());
    QCOMPARE(r.compared, 3);  // one domain, without a binding and through each
    QCOMPARE(classesOf(r, u"a.impact.test"_s), QString());
    QCOMPARE(classesOf(r, u"a.impact.test"_s, u"tx1"_s), u"limit-changed,spread-changed"_s);
    QCOMPARE(classesOf(r, u"a.impact.test"_s, u"tx2"_s), QString());
    const DomainImpact &d = r.changed.constFirst();
    QCOMPARE(d.before.plan.binding, u"tx1"_s);
    QCOMPARE(d.before.plan.bindingGroup, u"pool"_s);
    QCOMPARE(d.after.plan.domainLimit, 3);
    QCOMPARE(r.bindings.size(), 2);
    QVERIFY(r.bindings.at(0).before && r.bindings.at(0).after);
}

void TestImpact::unknownBinding()
{
    ImpactSetup s = setupFor(kSmart + "Binding \"tx1\" {}\n", kSmart + "Binding \"tx1\" {}\nBinding \"tx9\" {}\n");
    s.bindings = {u"tx9"_s};
    ImpactResult r = runImpact(s);
    QVERIFY(r.ok());  // declared in NEW only: compared, OLD as sent without a binding
    QVERIFY(!r.bindings.at(0).before && r.bindings.at(0).after);
    s.bindings = {u"nope"_s};
    r = runImpact(s);
    QCOMPARE(r.error.code, ImpactError::Code::UnknownBinding);
    QCOMPARE(r.error.name, u"nope"_s);
    QCOMPARE(r.error.known, (QStringList{u"tx1"_s, u"tx9"_s}));
}

void TestImpact::includeChangedOnOneSide()
{
    write(u"inc/conf.d/shop.conf"_s, "Domain \"shop.impact.test\" {\n  Max_Outbound_Connections = 6\n}\n");
    write(u"inc/conf.d/a.conf"_s, kSmart);
    const QString oldMain = write(u"inc/old.conf"_s, "include \"conf.d\"\n");
    // NEW includes the same folder, plus one file that changes a.impact.test.
    write(u"inc/new-extra.conf"_s, "Domain \"a.impact.test\" {\n  Routes = ( \"relay2.impact.test\" )\n}\n");
    const QString newMain = write(u"inc/new.conf"_s, "include \"new-extra.conf\"\ninclude \"conf.d\"\n");
    ImpactSetup s;
    s.before = ConfigSource::file(oldMain);
    s.after = ConfigSource::file(newMain);
    s.lookup.zoneFiles = {m_zone};
    const ImpactResult r = runImpact(s);
    QVERIFY(r.ok());
    // The same stanza of the same included file on both sides: unchanged, though the
    // main files differ; the stanza NEW adds before it decides a.impact.test now.
    QCOMPARE(classesOf(r, u"shop.impact.test"_s), QString());
    QCOMPARE(classesOf(r, u"a.impact.test"_s), u"source-changed,hosts-added,hosts-removed,spread-changed"_s);
    const DomainImpact &d = r.changed.constFirst();
    QVERIFY(d.before.plan.routeSource.file.endsWith(u"conf.d/a.conf"));
    QVERIFY(d.after.plan.routeSource.file.endsWith(u"new-extra.conf"));

    // The editor's case: the unsaved text of an included file against the disk.
    ImpactSetup edited;
    edited.before = ConfigSource::file(oldMain);
    QHash<QString, QByteArray> overlay;
    overlay.insert(m_dir.filePath(u"inc/conf.d/shop.conf"_s),
                   "Domain \"shop.impact.test\" {\n  Max_Outbound_Connections = 2\n}\n");
    edited.after = ConfigSource::texts(oldMain, "include \"conf.d\"\n", overlay);
    edited.lookup.zoneFiles = {m_zone};
    const ImpactResult e = runImpact(edited);
    QVERIFY(e.ok());
    QCOMPARE(classesOf(e, u"shop.impact.test"_s), u"limit-changed,spread-changed"_s);
    QCOMPARE(classesOf(e, u"a.impact.test"_s), QString());
}

void TestImpact::gitRevision()
{
    if (rs::test::ScratchGitRepo::gitProgram().isEmpty())
        QSKIP("git is not installed (scripts/install-deps installs it)");
    const rs::test::ScratchGitRepo repo;
    QVERIFY(repo.isValid());
    auto run = [&repo](const QStringList &args) { return repo.git(args); };
    auto put = [&repo](const QString &name, const QByteArray &bytes) { QVERIFY(repo.put(name, bytes)); };
    QVERIFY(run({u"init"_s, u"-q"_s}));
    put(u"ecelerity.conf"_s, "include \"conf.d\"\ninclude \"common.conf\"\n");
    put(u"conf.d/a.conf"_s, kSmart);
    put(u"conf.d/gone.conf"_s, "Domain \"gone.impact.test\" {\n  Routes = ( \"relay1.impact.test\" )\n}\n");
    put(u"common.conf"_s, "Max_Outbound_Connections = 20\n");
    QVERIFY(run({u"add"_s, u"-A"_s}));
    QVERIFY(run({u"commit"_s, u"-q"_s, u"-m"_s, u"one"_s}));
    // The work tree now: a.conf changed, gone.conf deleted, a new file in conf.d.
    put(u"conf.d/a.conf"_s, "Domain \"a.impact.test\" {\n  Routes = ( \"nosuch.impact.test\" )\n}\n");
    QVERIFY(QFile::remove(repo.filePath(u"conf.d/gone.conf"_s)));
    put(u"conf.d/new.conf"_s, "Domain \"new.impact.test\" {\n  Routes = ( \"relay2.impact.test\" )\n}\n");

    ImpactSetup s;
    s.before = ConfigSource::gitRevision(repo.filePath(u"ecelerity.conf"_s), u"HEAD"_s);
    s.after = ConfigSource::file(repo.filePath(u"ecelerity.conf"_s));
    s.lookup.zoneFiles = {m_zone};
    const ImpactResult r = runImpact(s);
    QVERIFY(r.ok());
    QCOMPARE(r.domains, (QStringList{u"a.impact.test"_s, u"new.impact.test"_s, u"gone.impact.test"_s}));
    QCOMPARE(classesOf(r, u"a.impact.test"_s), u"hosts-added,hosts-removed,spread-changed,undeliverable"_s);
    QCOMPARE(classesOf(r, u"gone.impact.test"_s), u"source-changed,hosts-added,hosts-removed,spread-changed,undeliverable"_s);
    QVERIFY(classesOf(r, u"new.impact.test"_s).startsWith(u"source-changed"));
    // Both sides read common.conf, each from its own tree: the limit is the same.
    QCOMPARE(r.changed.constFirst().before.plan.domainLimit, 20);

    // A revision is read without a checkout: the work tree is as it was.
    QVERIFY(!QFile::exists(repo.filePath(u"conf.d/gone.conf"_s)));
    // An older revision by another name, and one the file is not in.
    QVERIFY(run({u"tag"_s, u"deployed"_s}));
    s.before = ConfigSource::gitRevision(repo.filePath(u"ecelerity.conf"_s), u"deployed"_s);
    QCOMPARE(runImpact(s).changed.size(), r.changed.size());
    s.before = ConfigSource::gitRevision(repo.filePath(u"conf.d/new.conf"_s), u"HEAD"_s);
    const ImpactResult missing = runImpact(s);
    QCOMPARE(missing.error.code, ImpactError::Code::Source);
    QCOMPARE(missing.error.source.code, SourceError::Code::Io);
    QCOMPARE(missing.error.source.io.code, IoErrorCode::NotFound);
}

void TestImpact::gitRevisionErrors()
{
    const QString outside = write(u"norepo/x.conf"_s, kSmart);
    auto opened = GitRevisionFiles::open(outside, u"HEAD"_s);
    // The temporary folder may itself be inside a repository; then HEAD is unknown or not.
    if (!opened)
        QVERIFY(opened.error().code == GitError::Code::NotInRepository || opened.error().code == GitError::Code::UnknownRevision);
    ImpactSetup s;
    s.before = ConfigSource::gitRevision(outside, u"no-such-revision-xyz"_s);
    s.after = ConfigSource::file(outside);
    const ImpactResult r = runImpact(s);
    QCOMPARE(r.error.code, ImpactError::Code::Source);
    QCOMPARE(r.error.side, ImpactSide::Before);
    QCOMPARE(r.error.source.code, SourceError::Code::Git);
}

void TestImpact::downAcrossDomains()
{
    const QByteArray config = "Domain \"a.impact.test\" {\n  Routes = ( \"relay1.impact.test\" \"relay2.impact.test\" )\n}\n"
                              "Domain \"b.impact.test\" {\n  Routes = ( \"smtp://relay1.impact.test?pref=1\" "
                              "\"smtp://relay2.impact.test?pref=1\" )\n}\n"
                              "Domain \"c.impact.test\" {\n  Routes = ( \"relay1.impact.test\" )\n}\n"
                              "Domain \"d.impact.test\" {\n  Routes = ( \"relay2.impact.test\" )\n}\n";
    ImpactSetup s = setupFor(config, config);
    s.down = {u"relay1.impact.test"_s};
    const ImpactResult r = runImpact(s);
    QVERIFY(r.ok());
    QCOMPARE(classesOf(r, u"a.impact.test"_s), u"spread-changed"_s);
    QCOMPARE(classesOf(r, u"b.impact.test"_s), u"spread-changed"_s);
    QCOMPARE(classesOf(r, u"c.impact.test"_s), u"spread-changed,undeliverable"_s);
    QCOMPARE(classesOf(r, u"d.impact.test"_s), QString());
    // OLD is not touched by the what-if; relay2 takes what relay1 had.
    const auto relay1 = std::find_if(r.hosts.cbegin(), r.hosts.cend(), [](const HostLoad &h) { return h.host == u"relay1.impact.test"; });
    const auto relay2 = std::find_if(r.hosts.cbegin(), r.hosts.cend(), [](const HostLoad &h) { return h.host == u"relay2.impact.test"; });
    QVERIFY(relay1 != r.hosts.cend() && relay2 != r.hosts.cend());
    QCOMPARE(relay1->before.connections, 32 + 16 + 32);
    QCOMPARE(relay1->after.connections, 0);
    QCOMPARE(relay2->before.connections, 16 + 32);
    QCOMPARE(relay2->after.connections, 32 + 32 + 32);
}

void TestImpact::unmatchedDown()
{
    ImpactSetup s = setupFor(kSmart, kSmart);
    s.down = {u"relay1.impact.test."_s, u"typo.impact.test"_s};
    const ImpactResult r = runImpact(s);
    QVERIFY(r.ok());
    QCOMPARE(r.unmatchedDown, QStringList{u"typo.impact.test"_s});
}

void TestImpact::hostTotals()
{
    // Three domains at 10 connections each to one receiver that admits 20 in all;
    // before the change, z went elsewhere.
    QByteArray config = "Max_Outbound_Connections = 10\nHost \"hub.impact.test\" {\n  Max_Outbound_Connections = 20\n}\n";
    for (const char *d : {"x", "y", "z"})
        config += "Domain \"" + QByteArray(d) + ".impact.test\" {\n  Routes = ( \"hub.impact.test\" )\n}\n";
    QByteArray before = config;
    before.replace("Domain \"z.impact.test\" {\n  Routes = ( \"hub.impact.test\" )",
                   "Domain \"z.impact.test\" {\n  Routes = ( \"relay1.impact.test\" )");
    ImpactSetup s = setupFor(before, config);
    const ImpactResult r = runImpact(s);
    QVERIFY(r.ok());
    const auto hub = std::find_if(r.hosts.cbegin(), r.hosts.cend(), [](const HostLoad &h) { return h.host == u"hub.impact.test"; });
    QVERIFY(hub != r.hosts.cend());
    QCOMPARE(hub->before.connections, 20);
    QCOMPARE(hub->after.connections, 30);
    QCOMPARE(hub->before.domains, 2);
    QCOMPARE(hub->after.domains, 3);
    QCOMPARE(hub->after.limit, 20);
    QVERIFY(!hub->before.oversubscribed());
    QVERIFY(hub->after.oversubscribed());
    // Each domain alone stays below the limit: nothing per domain says so.
    QCOMPARE(classesOf(r, u"x.impact.test"_s), QString());
}

void TestImpact::routesToHost()
{
    const QByteArray config = "Domain \"shop.impact.test\" {\n  Routes = ( \"__mx__\" )\n}\n"
                              "Domain \"a.impact.test\" {\n  Routes = ( \"hub.impact.test\" )\n  Max_Outbound_Connections = 8\n}\n";
    ImpactSetup s = setupFor(config, config);
    s.bindings = {};
    const ImpactResult r = runImpact(s);
    QVERIFY(r.ok());
    const QList<HostRoute> routes = r.routesTo(u"HUB.impact.test."_s);
    QCOMPARE(routes.size(), 2);
    QCOMPARE(routes.at(0).domain, u"shop.impact.test"_s);
    QCOMPARE(routes.at(0).tier, 1);  // behind mx1 and mx2 at preference 10
    QCOMPARE(routes.at(0).pref, 20);
    QCOMPARE(routes.at(0).connections, 0);
    QCOMPARE(routes.at(0).share(), 0.0);
    QCOMPARE(routes.at(1).domain, u"a.impact.test"_s);
    QCOMPARE(routes.at(1).tier, 0);
    QCOMPARE(routes.at(1).connections, 8);
    QCOMPARE(routes.at(1).domainLimit, 8);
    QCOMPARE(routes.at(1).share(), 1.0);
    const QList<HostRoute> mx1 = r.routesTo(u"mx1.shop.impact.test"_s);
    QCOMPARE(mx1.size(), 1);
    QCOMPARE(mx1.at(0).connections, 16);
    QCOMPARE(mx1.at(0).share(), 0.5);
    QVERIFY(r.routesTo(u"nobody.impact.test"_s).isEmpty());
}

void TestImpact::lookupsAskedOnce()
{
    // shop's MX is asked once for both sides; relay1 once for all the domains.
    QByteArray before, after;
    for (int i = 0; i < 50; ++i)
        before += "Domain \"d" + QByteArray::number(i) + ".impact.test\" {\n  Routes = ( \"relay1.impact.test\" )\n}\n";
    after = before + "Domain \"shop.impact.test\" {\n  Routes = ( \"__mx__\" \"relay1.impact.test\" )\n}\n";
    before += "Domain \"shop.impact.test\" {\n  Routes = ( \"__mx__\" )\n}\n";
    const ImpactResult r = runImpact(setupFor(before, after));
    QVERIFY(r.ok());
    QCOMPARE(r.distinctLookups, 2);
    QCOMPARE(r.compared, 51);
    // relay1 (no pref=: 1) comes before the MX hosts (10, 20) and takes every connection.
    QCOMPARE(classesOf(r, u"shop.impact.test"_s), u"hosts-added,spread-changed"_s);
}

void TestImpact::domainList_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("domains");
    QTest::addColumn<QList<int>>("problemLines");
    QTest::newRow("comments and blank lines") << QByteArray("# top senders\n\nshop.example\n  mail.example  # note\n")
                                              << QStringList{u"shop.example"_s, u"mail.example"_s} << QList<int>();
    QTest::newRow("normalised, each once") << QByteArray("Shop.Example.\r\nshop.example\r\n")
                                           << QStringList{u"shop.example"_s} << QList<int>();
    QTest::newRow("two words on a line") << QByteArray("a.example\n1234 b.example\n") << QStringList{u"a.example"_s}
                                         << QList<int>{2};
    QTest::newRow("no final newline") << QByteArray("a.example") << QStringList{u"a.example"_s} << QList<int>();
}

void TestImpact::domainList()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, domains);
    QFETCH(QList<int>, problemLines);
    QList<DomainListProblem> problems;
    QCOMPARE(parseDomainList(text, &problems), domains);
    QList<int> lines;
    for (const DomainListProblem &p : problems)
        lines << p.line;
    QCOMPARE(lines, problemLines);
}

void TestImpact::cancelled()
{
    std::atomic_bool cancel = true;
    ImpactControl control;
    control.cancel = &cancel;
    const ImpactResult r = runImpact(setupFor(kSmart, kSmart), control);
    QCOMPARE(r.error.code, ImpactError::Code::Cancelled);
}

void TestImpact::runnerOffTheGuiThread()
{
    QByteArray config;
    for (int i = 0; i < 5000; ++i)
        config += "Domain \"d" + QByteArray::number(i) + ".impact.test\" {\n  Routes = ( \"__mx__\" \"relay1.impact.test\" )\n}\n";
    QByteArray changed = config;
    changed.replace("Domain \"d42.impact.test\" {\n  Routes = ( \"__mx__\" \"relay1.impact.test\" )",
                    "Domain \"d42.impact.test\" {\n  Routes = ( \"nosuch.impact.test\" )");
    ImpactRunner runner;
    QSignalSpy progress(&runner, &ImpactRunner::progress);
    QSignalSpy finished(&runner, &ImpactRunner::finished);
    // A first run replaced at once by a second: only the second answers.
    runner.start(setupFor(config, config));
    runner.start(setupFor(config, changed));
    QVERIFY(runner.isRunning());
    QVERIFY(finished.wait(60000));
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    const auto result = finished.at(0).at(0).value<std::shared_ptr<const ImpactResult>>();
    QVERIFY(result && result->ok());
    QCOMPARE(result->compared, 5000);
    QCOMPARE(result->changed.size(), 1);
    QCOMPARE(result->changed.at(0).domain, u"d42.impact.test"_s);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).value<ImpactProgress>().phase, ImpactPhase::Simulating);
    QVERIFY(!runner.isRunning());

    // Cancelled: nothing arrives.
    runner.start(setupFor(config, changed));
    runner.cancel();
    QVERIFY(!finished.wait(500));
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestImpact)
#include "tst_impact.moc"
