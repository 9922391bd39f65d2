// SPDX-License-Identifier: GPL-3.0-or-later
#include "translation.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestTranslation final : public QObject
{
    Q_OBJECT

private slots:
    void germanCatalogueIsEmbedded();
    void knownStrings_data();
    void knownStrings();
    void installFollowsTheRequestedLanguage();
};

void TestTranslation::germanCatalogueIsEmbedded()
{
    QVERIFY(QFile::exists(u":/i18n/routescope_de.qm"_s));
    QTranslator t;
    QVERIFY(t.load(u":/i18n/routescope_de.qm"_s));
    QVERIFY(!t.isEmpty());
    QVERIFY(rs::ui::availableLanguages().contains(u"de"_s));
}

void TestTranslation::knownStrings_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("german");
    QTest::newRow("undo command name") << u"rs::ui::RouteTableModel"_s << u"Add route"_s << u"Route hinzufügen"_s;
    QTest::newRow("dock title") << u"rs::ui::MainWindow"_s << u"Problems"_s << u"Probleme"_s;
    QTest::newRow("column header") << u"rs::ui::RouteTableModel"_s << u"Host"_s << u"Host"_s;
    QTest::newRow("menu") << u"rs::ui::MainWindow"_s << u"&File"_s << u"&Datei"_s;
}

void TestTranslation::knownStrings()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, german);
    QTranslator t;
    QVERIFY(t.load(u":/i18n/routescope_de.qm"_s));
    QCOMPARE(t.translate(context.toUtf8().constData(), source.toUtf8().constData()).isEmpty() ? source
                 : t.translate(context.toUtf8().constData(), source.toUtf8().constData()),
             german);
}

void TestTranslation::installFollowsTheRequestedLanguage()
{
    QCOMPARE(rs::ui::installTranslations(*QCoreApplication::instance(), u"de"_s), u"de"_s);
    QCOMPARE(QCoreApplication::translate("rs::ui::RouteTableModel", "Move route up"), u"Route nach oben verschieben"_s);
    QCOMPARE(QCoreApplication::translate("rs::ui::ScopeTreeModel", "%n scope(s)", nullptr, 3), u"3 Bereiche"_s);
}

QTEST_GUILESS_MAIN(TestTranslation)
#include "tst_translation.moc"
