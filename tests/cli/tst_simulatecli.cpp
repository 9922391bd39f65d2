// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// routescope-cli simulate, run as a program: the CSV header, exit codes, bad values,
// outages, the zone switch, throttles and the JSON bands.
class TestSimulateCli : public QObject
{
    Q_OBJECT
private slots:
    void exitCodes_data();
    void exitCodes();
    void csvHeaderAndRows();
    void outageWindow();
    void zoneSwitchAfterTtl();
    void throttledDomain();
    void bindingWithSmartHost();
    void jsonBandsAndConservation();

private:
    struct Result {
        int code = -1;
        QByteArray out, err;
    };
    static Result run(const QStringList &args);
    static QStringList base(const QString &domain);
    // CSV rows as "t host connections delivered queue" strings.
    static QList<QStringList> rows(const QByteArray &csv);
};

static const QString kData = QStringLiteral(ROUTESCOPE_TEST_DATA "/simulation");

TestSimulateCli::Result TestSimulateCli::run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(ROUTESCOPE_CLI), QStringList{u"simulate"_s} + args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QStringList TestSimulateCli::base(const QString &domain)
{
    return {kData + u"/simulate.conf"_s, u"--zone"_s, kData + u"/before.zone"_s, u"--domain"_s, domain};
}

QList<QStringList> TestSimulateCli::rows(const QByteArray &csv)
{
    QList<QStringList> out;
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i)
        out.append(QString::fromUtf8(lines.at(i)).split(u','));
    return out;
}

void TestSimulateCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");  // in stderr
    const QStringList shop = base(u"shop.sim.test"_s);
    QTest::newRow("defaults") << shop << 0 << QString();
    QTest::newRow("help") << QStringList{u"--help"_s} << 0 << QString();
    QTest::newRow("duration 90") << shop + QStringList{u"--duration"_s, u"90"_s} << 0 << QString();
    QTest::newRow("duration 90s") << shop + QStringList{u"--duration"_s, u"90s"_s} << 0 << QString();
    QTest::newRow("duration 1h with 1m steps") << shop + QStringList{u"--duration"_s, u"1h"_s, u"--step"_s, u"1m"_s} << 0 << QString();
    QTest::newRow("rate per minute") << shop + QStringList{u"--rate"_s, u"300/m"_s} << 0 << QString();
    QTest::newRow("null MX: no host") << base(u"noreply.sim.test"_s) << 1 << u"no host can take mail"_s;
    QTest::newRow("bad duration unit") << shop + QStringList{u"--duration"_s, u"10x"_s} << 2 << u"--duration"_s;
    QTest::newRow("negative duration") << shop + QStringList{u"--duration"_s, u"-5m"_s} << 2 << u"--duration"_s;
    QTest::newRow("zero duration") << shop + QStringList{u"--duration"_s, u"0"_s} << 2 << u"--duration"_s;
    QTest::newRow("fractional duration") << shop + QStringList{u"--duration"_s, u"1.5m"_s} << 2 << u"--duration"_s;
    QTest::newRow("zero step") << shop + QStringList{u"--step"_s, u"0s"_s} << 2 << u"--step"_s;
    QTest::newRow("step longer than duration")
        << shop + QStringList{u"--duration"_s, u"1m"_s, u"--step"_s, u"2m"_s} << 2 << u"longer than the duration"_s;
    QTest::newRow("too many steps") << shop + QStringList{u"--duration"_s, u"100h"_s} << 2 << u"steps"_s;
    QTest::newRow("bad rate") << shop + QStringList{u"--rate"_s, u"fast"_s} << 2 << u"--rate"_s;
    QTest::newRow("bad rate unit") << shop + QStringList{u"--rate"_s, u"5/x"_s} << 2 << u"--rate"_s;
    QTest::newRow("zero host rate") << shop + QStringList{u"--host-rate"_s, u"0/s"_s} << 2 << u"--host-rate"_s;
    QTest::newRow("window ends before it starts") << shop + QStringList{u"--down"_s, u"mx1.shop.sim.test@5m-1m"_s} << 2 << u"--down"_s;
    QTest::newRow("bad window") << shop + QStringList{u"--down"_s, u"mx1@later"_s} << 2 << u"--down"_s;
    QTest::newRow("window of no candidate")
        << shop + QStringList{u"--down"_s, u"mx9.shop.sim.test@1m-2m"_s} << 2 << u"candidates: mx1.shop.sim.test, mx2.shop.sim.test"_s;
    QTest::newRow("window of an address") << shop + QStringList{u"--down"_s, u"192.0.2.11@1m-2m"_s} << 0 << QString();
    QTest::newRow("zero runs") << shop + QStringList{u"--runs"_s, u"0"_s} << 2 << u"--runs"_s;
    QTest::newRow("too many runs") << shop + QStringList{u"--runs"_s, u"100000"_s} << 2 << u"--runs"_s;
    QTest::newRow("bad seed") << shop + QStringList{u"--seed"_s, u"-1"_s} << 2 << u"--seed"_s;
    QTest::newRow("bad format") << shop + QStringList{u"--format"_s, u"text"_s} << 2 << u"--format"_s;
    QTest::newRow("bad zone switch") << shop + QStringList{u"--zone-after"_s, u"soon"_s} << 2 << u"--zone-after"_s;
    QTest::newRow("unknown binding") << shop + QStringList{u"--binding"_s, u"nope"_s} << 2 << u"no Binding 'nope'"_s;
    QTest::newRow("zone and dns") << shop + QStringList{u"--dns"_s, u"127.0.0.1"_s} << 2 << u"exclude each other"_s;
    QTest::newRow("no domain") << QStringList{kData + u"/simulate.conf"_s} << 2 << u"--domain"_s;
    QTest::newRow("missing config") << QStringList{u"/nonexistent.conf"_s, u"--domain"_s, u"x"_s} << 2 << u"cannot read"_s;
    QTest::newRow("missing zone") << QStringList{kData + u"/simulate.conf"_s, u"--zone"_s, u"/nonexistent.zone"_s,
                                                 u"--domain"_s, u"x"_s} << 2 << u"nonexistent.zone"_s;
}

void TestSimulateCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Result r = run(args);
    QCOMPARE(r.code, code);
    if (!message.isEmpty())
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
}

void TestSimulateCli::csvHeaderAndRows()
{
    const Result r = run(base(u"shop.sim.test"_s) + QStringList{u"--duration"_s, u"1m"_s, u"--step"_s, u"10s"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith("t,host,connections,delivered,queue\n"));
    const QList<QStringList> data = rows(r.out);
    QCOMPARE(data.size(), 6 * 2);  // 6 steps, 2 hosts
    QCOMPARE(data.at(0).at(0), u"0"_s);
    QCOMPARE(data.at(0).at(1), u"mx1.shop.sim.test"_s);
    QCOMPARE(data.at(1).at(1), u"mx2.shop.sim.test"_s);
    QCOMPARE(data.last().at(0), u"50"_s);
    qint64 delivered = 0;
    for (const QStringList &row : data) {
        QCOMPARE(row.size(), 5);
        delivered += row.at(3).toLongLong();
    }
    // 50/s for a minute, 20 connections at most: everything goes, nothing queues.
    QCOMPARE(delivered, 3000);
    QCOMPARE(data.last().at(4), u"0"_s);
}

// mx1 down from 10 s to 20 s: none of its connections or deliveries in the window,
// mx2 carries the load, and mx1 is back afterwards.
void TestSimulateCli::outageWindow()
{
    const Result r = run(base(u"shop.sim.test"_s) + QStringList{u"--duration"_s, u"3m"_s, u"--down"_s,
                                                                 u"mx1.shop.sim.test@10-20"_s, u"--lifetime"_s, u"5s"_s});
    QCOMPARE(r.code, 0);
    int before = 0, during = 0, after = 0, mx2During = 0;
    for (const QStringList &row : rows(r.out)) {
        const int t = row.at(0).toInt();
        const int connections = row.at(2).toInt();
        if (row.at(1) == u"mx1.shop.sim.test") {
            (t < 10 ? before : t < 20 ? during : after) += connections;
        } else if (t >= 10 && t < 20) {
            mx2During += connections;
            QCOMPARE(row.at(4), u"0"_s);
        }
    }
    QVERIFY(before > 0);
    QCOMPARE(during, 0);
    QCOMPARE(mx2During, 10 * 10);
    QVERIFY(after > 0);
}

// The new zone is published at 30 s; the cached MX answer (TTL 120) is asked again at 120 s.
void TestSimulateCli::zoneSwitchAfterTtl()
{
    const Result r = run(base(u"shop.sim.test"_s) + QStringList{u"--duration"_s, u"4m"_s, u"--zone-after"_s,
                                                                 u"30s="_s + kData + u"/after.zone"_s});
    QCOMPARE(r.code, 0);
    for (const QStringList &row : rows(r.out)) {
        const int t = row.at(0).toInt();
        const bool oldHost = row.at(1).startsWith(u"mx");
        if (row.at(2).toInt() > 0)
            QVERIFY2(oldHost == (t < 120), qPrintable(row.join(u',')));
    }
    const Result json = run(base(u"shop.sim.test"_s) + QStringList{u"--duration"_s, u"4m"_s, u"--format"_s, u"json"_s,
                                                                    u"--zone-after"_s, u"30s="_s + kData + u"/after.zone"_s});
    const QJsonArray epochs = QJsonDocument::fromJson(json.out).object().value(u"epochs").toArray();
    QCOMPARE(epochs.size(), 2);
    QCOMPARE(epochs.at(1).toObject().value(u"from").toInt(), 120);
}

void TestSimulateCli::throttledDomain()
{
    const Result r = run(base(u"slow.sim.test"_s) + QStringList{u"--duration"_s, u"30"_s});
    QCOMPARE(r.code, 0);
    const QList<QStringList> data = rows(r.out);
    for (const QStringList &row : data)
        QVERIFY(row.at(3).toInt() <= 10);
    // 40 a second more arrive than leave.
    QCOMPARE(data.last().at(4), u"1200"_s);
}

void TestSimulateCli::bindingWithSmartHost()
{
    const Result r = run(base(u"shop.sim.test"_s) + QStringList{u"--binding"_s, u"tx1"_s, u"--duration"_s, u"5"_s});
    QCOMPARE(r.code, 0);
    for (const QStringList &row : rows(r.out))
        QCOMPARE(row.at(2).toInt() > 0, row.at(1) == u"relay.sim.test");
}

void TestSimulateCli::jsonBandsAndConservation()
{
    const Result r = run(base(u"shop.sim.test"_s) + QStringList{u"--duration"_s, u"2m"_s, u"--runs"_s, u"50"_s, u"--seed"_s,
                                                                 u"7"_s, u"--rate"_s, u"80/s"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"runs").toInt(), 50);
    QCOMPARE(o.value(u"seed").toString(), u"7"_s);
    const QJsonArray steps = o.value(u"steps").toArray();
    QCOMPARE(steps.size(), 120);
    const QJsonObject last = steps.last().toObject();
    for (const QJsonValue &h : last.value(u"hosts").toArray()) {
        const QJsonObject c = h.toObject().value(u"connections").toObject();
        QVERIFY(c.value(u"low").toInt() <= c.value(u"median").toInt());
        QVERIFY(c.value(u"median").toInt() <= c.value(u"high").toInt());
        const int expected = h.toObject().value(u"expected").toInt();
        QVERIFY2(expected >= c.value(u"low").toInt() && expected <= c.value(u"high").toInt(), qPrintable(h.toObject().value(u"host").toString()));
    }
    for (const QJsonValue &run : o.value(u"runTotals").toArray()) {
        const QJsonObject t = run.toObject();
        QCOMPARE(t.value(u"delivered").toInteger() + t.value(u"queued").toInteger(), t.value(u"arrived").toInteger());
        QCOMPARE(t.value(u"arrived").toInteger(), 80 * 120);
    }
}

QTEST_GUILESS_MAIN(TestSimulateCli)
#include "tst_simulatecli.moc"
