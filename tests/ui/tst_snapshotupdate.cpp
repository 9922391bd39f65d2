// SPDX-License-Identifier: GPL-3.0-or-later
// ConfigSnapshot::updated() after one edit gives exactly what a full build gives, or
// declines (then the document builds the snapshot anew). Rows named after the edit.
#include "uitestsupport.h"

#include "document/configsnapshot.h"

#include <QTest>

using namespace rs;
using namespace rs::ui;
using namespace Qt::StringLiterals;

class TestSnapshotUpdate final : public QObject
{
    Q_OBJECT

private slots:
    void updateEqualsFullBuild_data();
    void updateEqualsFullBuild();
};

namespace {

const QByteArray kMain = "Remote_SMTP_Port = 25\nRoutes = ( \"__mx__\" )\n\n"
                         "Domain \"a.test\" {\n  Routes = ( \"r1.test\" )\n}\n"
                         "Domain \"/[.]regional[.]test$/\" { Remote_SMTP_Port = 587 }\n"
                         "Domain \"x.regional.test\" {\n  Routes = ( \"smtp://h?prf=1\" )\n}\n"
                         "Domain \"b.test\" {\n  Routes = ( \"x\" \"y\" )\n  Max_Outbound_Connections = 5\n"
                         "  Max_Outbound_Connections = 6\n}\n"
                         "Binding_Group g {\n  Binding b1 {\n    Domain \"c.test\" {\n      Routes = ( \"__mx__\" )\n"
                         "    }\n  }\n}\n"
                         "Host = {\n  Max_Outbound_Connections = 3\n}\n"
                         "include \"inc.conf\"\n"
                         "Domain \"last.test\" { Routes = ( \"z\" ) }\n";
const QByteArray kInc = "Domain \"inc.test\" {\n  Routes = ( \"i1.test\" )\n}\n";

} // namespace

void TestSnapshotUpdate::updateEqualsFullBuild_data()
{
    QTest::addColumn<QString>("file");      // main.conf or inc.conf
    QTest::addColumn<QByteArray>("from");  // text replaced (first occurrence)
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<bool>("updates");     // false: updated() declines
    QTest::newRow("a route replaced, same lines") << u"main.conf"_s << QByteArray("\"r1.test\"") << QByteArray("\"r2.test\"") << true;
    QTest::newRow("a line added: what follows moves")
        << u"main.conf"_s << QByteArray("\"r1.test\" )") << QByteArray("\"r1.test\"\n    \"r2.test\" )") << false;
    QTest::newRow("a line added below the duplicate option")
        << u"main.conf"_s << QByteArray("\"__mx__\" )\n    }") << QByteArray("\"__mx__\"\n      \"m2\" )\n    }") << true;
    QTest::newRow("a warning appears (unknown key)")
        << u"main.conf"_s << QByteArray("\"r1.test\"") << QByteArray("\"smtp://r1.test?prf=3\"") << true;
    QTest::newRow("a warning goes away") << u"main.conf"_s << QByteArray("smtp://h?prf=1") << QByteArray("smtp://h?pref=1")
                                         << true;
    QTest::newRow("a Domain inside a binding") << u"main.conf"_s << QByteArray("( \"__mx__\" )\n    }")
                                               << QByteArray("( \"relay.test\" )\n    }") << true;
    QTest::newRow("the included file") << u"inc.conf"_s << QByteArray("\"i1.test\"") << QByteArray("\"i2.test\" \"i3.test\"")
                                       << true;
    QTest::newRow("in a scope written with = (a syntax warning)")
        << u"main.conf"_s << QByteArray("Max_Outbound_Connections = 3") << QByteArray("Max_Outbound_Connections = 4") << true;
    QTest::newRow("the global Routes: declines") << u"main.conf"_s << QByteArray("( \"__mx__\" )\n\n")
                                                 << QByteArray("( \"hub.test\" )\n\n") << false;
    QTest::newRow("a Domain renamed: declines") << u"main.conf"_s << QByteArray("\"a.test\"") << QByteArray("\"aa.test\"") << false;
    QTest::newRow("a regex stanza edited: declines")
        << u"main.conf"_s << QByteArray("Remote_SMTP_Port = 587") << QByteArray("Remote_SMTP_Port = 465") << false;
    QTest::newRow("a Domain added: declines") << u"main.conf"_s << QByteArray("Domain \"last.test\"")
                                              << QByteArray("Domain \"new.test\" { }\nDomain \"last.test\"") << false;
}

void TestSnapshotUpdate::updateEqualsFullBuild()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(bool, updates);
    QTemporaryDir dir;
    const QString main = test::writeFile(dir, u"main.conf"_s, kMain);
    test::writeFile(dir, u"inc.conf"_s, kInc);
    const auto before = ConfigSnapshot::build(kMain, main);
    const int index = file == u"main.conf" ? 0 : 1;
    QCOMPARE(before->config().fileCount(), 2);
    const QByteArray old = before->config().tree(index).bytes();
    const auto at = quint32(old.indexOf(from));
    QVERIFY(at < quint32(old.size()));
    QByteArray after = old;
    after.replace(qsizetype(at), from.size(), to);
    const auto update = before->updated(index, {at, at + quint32(from.size())}, after);
    QCOMPARE(bool(update), updates);
    if (!update)
        return;
    QVERIFY(update->isUpdate());
    QHash<QString, QByteArray> overlay;
    if (index == 1)
        overlay.insert(dir.filePath(u"inc.conf"_s), after);
    const auto full = ConfigSnapshot::build(index == 0 ? after : kMain, main, overlay);
    QCOMPARE(update->differenceFrom(*full), QString());
}

QTEST_MAIN(TestSnapshotUpdate)
#include "tst_snapshotupdate.moc"
