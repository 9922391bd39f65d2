// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/routeentry.h"

#include <QTest>

using namespace rs;

class TestRouteEntry : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void problems_data();
    void problems();
    void compose_data();
    void compose();
    void hostName_data();
    void hostName();
    void firstPassAtEveryPosition_data();
    void firstPassAtEveryPosition();
    void problemArguments_data();
    void problemArguments();
};

// Summary of a parsed entry: kind host pref ttl port type ("-" for unset).
static QString summary(const RouteEntry &e)
{
    auto opt = [](auto v) { return v ? QString::number(*v) : u"-"_qs; };
    const QString type = e.type == LookupType::Default ? u"-"_qs : lookupTypeName(e.type);
    return QStringList{entryKindName(e.kind), e.host.isEmpty() ? u"-"_qs : e.host, opt(e.pref), opt(e.ttl),
                       opt(e.port), type}
        .join(u' ');
}

// The checks read entries with EntryDetail::Facts: everything but the strings must
// be what a full parse gives, the problems' wording included.
static void verifyFactsAsFull(const QString &text)
{
    const RouteEntry full = parseRouteEntry(text);
    const RouteEntry facts = parseRouteEntry(text, EntryDetail::Facts);
    QVERIFY(facts.text.isEmpty());
    QCOMPARE(facts.kind, full.kind);
    QCOMPARE(facts.isIpv6, full.isIpv6);
    QCOMPARE(facts.pref, full.pref);
    QCOMPARE(facts.ttl, full.ttl);
    QCOMPARE(facts.port, full.port);
    QCOMPARE(facts.type, full.type);
    QCOMPARE(facts.problems.size(), full.problems.size());
    for (qsizetype i = 0; i < full.problems.size(); ++i) {
        QCOMPARE(facts.problems.at(i).kind, full.problems.at(i).kind);
        QCOMPARE(facts.problems.at(i).args, full.problems.at(i).args);
        QCOMPARE(facts.problems.at(i).column, full.problems.at(i).column);
    }
}

void TestRouteEntry::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mx") << u"__mx__"_qs << u"mx - - - - -"_qs;
    QTest::newRow("mx upper case") << u"__MX__"_qs << u"mx - - - - -"_qs;
    QTest::newRow("host name") << u"my.local.smart.host"_qs << u"host my.local.smart.host - - - -"_qs;
    QTest::newRow("host name is lower-cased") << u"Relay.Example.TEST"_qs << u"host relay.example.test - - - -"_qs;
    QTest::newRow("ipv4") << u"10.0.0.1"_qs << u"ip 10.0.0.1 - - - -"_qs;
    QTest::newRow("ipv6 in brackets") << u"[2001:db8::1]"_qs << u"ip 2001:db8::1 - - - -"_qs;
    QTest::newRow("synopsis uri") << u"smtp://1.2.3.4?pref=10&ttl=300&type=mx"_qs << u"ip 1.2.3.4 10 300 - mx"_qs;
    QTest::newRow("uri pref only") << u"smtp://my.local.smart.host?pref=1"_qs << u"host my.local.smart.host 1 - - -"_qs;
    QTest::newRow("uri all keys") << u"smtp://mail.partner.example.test?port=2525&ttl=60&type=a"_qs
                                  << u"host mail.partner.example.test - 60 2525 a"_qs;
    QTest::newRow("uri ipv6") << u"smtp://[2001:db8::25]?pref=5"_qs << u"ip 2001:db8::25 5 - - -"_qs;
    QTest::newRow("uri without query") << u"smtp://relay.example.test"_qs << u"host relay.example.test - - - -"_qs;
    QTest::newRow("uri scheme upper case") << u"SMTP://relay.example.test?pref=2"_qs << u"host relay.example.test 2 - - -"_qs;
    QTest::newRow("uri trailing slash") << u"smtp://relay.example.test/?pref=2"_qs << u"host relay.example.test 2 - - -"_qs;
    QTest::newRow("uri pref bounds") << u"smtp://a.test?pref=0"_qs << u"host a.test 0 - - -"_qs;
    QTest::newRow("uri pref max") << u"smtp://a.test?pref=65535"_qs << u"host a.test 65535 - - -"_qs;
    QTest::newRow("uri ttl max") << u"smtp://a.test?ttl=2147483647"_qs << u"host a.test - 2147483647 - -"_qs;
    QTest::newRow("host colon port") << u"smtp://a.test:2525"_qs << u"host a.test - - 2525 -"_qs;
    QTest::newRow("ipv6 colon port") << u"[fe80::a00]:1"_qs << u"ip fe80::a00 - - 1 -"_qs;
    QTest::newRow("bare mixed-case host colon port") << u"Relay.Example.TEST:2525"_qs << u"host relay.example.test - - 2525 -"_qs;
    QTest::newRow("bare upper-case ipv6 colon port") << u"[2001:DB8::A]:26"_qs << u"ip 2001:db8::a - - 26 -"_qs;
    QTest::newRow("lmtp scheme kept") << u"lmtp://10.0.0.5:2003"_qs << u"other-scheme - - - - -"_qs;
    QTest::newRow("underscore host") << u"mx_1.example.test"_qs << u"host mx_1.example.test - - - -"_qs;
    QTest::newRow("trailing dot host") << u"relay.example.test."_qs << u"host relay.example.test. - - - -"_qs;
    QTest::newRow("unknown key keeps rest") << u"smtp://a.test?prf=5&port=26"_qs << u"host a.test - - 26 -"_qs;
}

void TestRouteEntry::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const RouteEntry e = parseRouteEntry(text);
    QCOMPARE(summary(e), expected);
    QCOMPARE(e.text, text);
    verifyFactsAsFull(text);
}

void TestRouteEntry::problems_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");  // "severity code @column"
    QTest::newRow("clean uri") << u"smtp://a.test?pref=1"_qs << QStringList{};
    QTest::newRow("empty") << u""_qs << QStringList{u"error route-empty @0"_qs};
    QTest::newRow("pref too large") << u"smtp://a.test?pref=65536"_qs << QStringList{u"error route-bad-pref @19"_qs};
    QTest::newRow("pref negative") << u"smtp://a.test?pref=-1"_qs << QStringList{u"error route-bad-pref @19"_qs};
    QTest::newRow("pref not a number") << u"smtp://a.test?pref=ten"_qs << QStringList{u"error route-bad-pref @19"_qs};
    QTest::newRow("pref empty") << u"smtp://a.test?pref="_qs << QStringList{u"error route-bad-pref @19"_qs};
    QTest::newRow("ttl too large") << u"smtp://a.test?ttl=2147483648"_qs << QStringList{u"error route-bad-ttl @18"_qs};
    QTest::newRow("port zero") << u"smtp://a.test?port=0"_qs << QStringList{u"error route-bad-port @19"_qs};
    QTest::newRow("port too large") << u"smtp://a.test?port=70000"_qs << QStringList{u"error route-bad-port @19"_qs};
    QTest::newRow("bad type") << u"smtp://a.test?type=aaaa"_qs << QStringList{u"error route-bad-type @19"_qs};
    QTest::newRow("typo in key") << u"smtp://a.test?prf=5"_qs << QStringList{u"warning route-unknown-key @14"_qs};
    QTest::newRow("duplicate key") << u"smtp://a.test?pref=1&pref=2"_qs << QStringList{u"warning route-duplicate-key @21"_qs};
    QTest::newRow("authority port") << u"smtp://a.test:26"_qs << QStringList{u"warning route-authority-port @13"_qs};
    QTest::newRow("bad authority port") << u"smtp://a.test:x"_qs << QStringList{u"error route-bad-port @14"_qs};
    QTest::newRow("bad host chars") << u"smtp://a!b.test"_qs << QStringList{u"error route-bad-host @7"_qs};
    QTest::newRow("empty host") << u"smtp://?pref=1"_qs << QStringList{u"error route-empty-host @7"_qs};
    QTest::newRow("bad ipv4") << u"10.0.0.256"_qs << QStringList{u"error route-bad-ip @0"_qs};
    QTest::newRow("bare ipv6") << u"2001:db8::1"_qs << QStringList{u"error route-bad-ip @0"_qs};
    QTest::newRow("bad ipv6") << u"[2001:db8::zz]"_qs << QStringList{u"error route-bad-ip @1"_qs};
    QTest::newRow("unclosed bracket") << u"[2001:db8::1"_qs << QStringList{u"error route-bad-ip @0"_qs};
    // fuzz_routeentry, crash-d8696ba1: inet_pton stopped at the NUL and took the
    // rest of the brackets for 8::1.
    QTest::newRow("nul inside ipv6 brackets (fuzz)")
        << QString::fromUtf8(QByteArray::fromBase64("c210cDovL1s4OjoxAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0cDovL3QuAAAAAAAAAAAAAF0/"))
        << QStringList{u"error route-bad-ip @8"_qs};
    QTest::newRow("nul after ipv4") << (u"10.0.0.1"_qs + QChar(0) + u"x"_qs) << QStringList{u"error route-bad-host @0"_qs};
    QTest::newRow("query without scheme") << u"a.test?pref=1"_qs << QStringList{u"error route-missing-scheme @6"_qs};
    QTest::newRow("space inside") << u"a .test"_qs << QStringList{u"error route-bad-char @1"_qs};
    QTest::newRow("label too long") << (u"smtp://"_qs + QString(64, u'a') + u".test"_qs) << QStringList{u"error route-bad-host @7"_qs};
    QTest::newRow("hyphen at label edge") << u"-a.test"_qs << QStringList{u"error route-bad-host @0"_qs};
    QTest::newRow("type on ip") << u"smtp://1.2.3.4?type=mx"_qs << QStringList{u"note route-type-ignored @15"_qs};
    QTest::newRow("other scheme") << u"xfer://node1"_qs << QStringList{u"note route-other-scheme @0"_qs};
    QTest::newRow("question mark in the scheme") << u"sm?tp://a.test?pref=1"_qs
                                                 << QStringList{u"note route-other-scheme @0"_qs};
    QTest::newRow("second query mark is part of the query")
        << u"smtp://a.test?pref=1?x=2"_qs << QStringList{u"error route-bad-pref @19"_qs};
    QTest::newRow("second scheme separator is part of the host")
        << u"smtp://a.test://b?pref=1"_qs << QStringList{u"error route-bad-port @14"_qs};
    QTest::newRow("separator at the start: no scheme")
        << u"://a.test?pref=1"_qs << QStringList{u"error route-missing-scheme @9"_qs};
    QTest::newRow("separator at the start, no query") << u"://a.test"_qs << QStringList{u"error route-bad-host @0"_qs};
    QTest::newRow("no-break space inside") << u"a\u00a0.test"_qs << QStringList{u"error route-bad-char @1"_qs};
    QTest::newRow("duplicate unknown key, any case")
        << u"smtp://a.test?x=1&X=2"_qs
        << QStringList{u"warning route-unknown-key @14"_qs, u"warning route-duplicate-key @18"_qs, u"warning route-unknown-key @18"_qs};
    QTest::newRow("duplicate known key, other case")
        << u"smtp://a.test?ttl=1&TTL=2"_qs << QStringList{u"warning route-duplicate-key @20"_qs};
    QTest::newRow("two problems") << u"smtp://a.test?pref=x&ttl=y"_qs
                                  << QStringList{u"error route-bad-pref @19"_qs, u"error route-bad-ttl @25"_qs};
}

void TestRouteEntry::problems()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const RouteEntry e = parseRouteEntry(text);
    verifyFactsAsFull(text);
    QStringList actual;
    for (const EntryProblem &p : e.problems)
        actual << severityName(p.severity) + u' ' + p.code + u" @" + QString::number(p.column);
    QCOMPARE(actual, expected);
    const bool anyError = std::any_of(expected.cbegin(), expected.cend(), [](const QString &s) { return s.startsWith(u"error"); });
    QCOMPARE(e.hasErrors(), anyError);
    QCOMPARE(e.kind == EntryKind::Invalid, anyError);
}

void TestRouteEntry::compose_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("pref");  // -1 unset
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare host") << u"relay.example.test"_qs << -1 << -1 << u"relay.example.test"_qs;
    QTest::newRow("host with pref") << u"relay.example.test"_qs << 10 << -1 << u"smtp://relay.example.test?pref=10"_qs;
    QTest::newRow("ipv6 gets brackets") << u"2001:db8::1"_qs << 5 << 587 << u"smtp://[2001:db8::1]?pref=5&port=587"_qs;
    QTest::newRow("mx stays") << u"__mx__"_qs << -1 << -1 << u"__mx__"_qs;
    // Parts that would not read back as themselves are refused, not written.
    QTest::newRow("query in host") << u"x.example?port=25&"_qs << 10 << -1 << u"error:route-bad-host"_qs;
    QTest::newRow("space in host") << u"mx 1.example"_qs << -1 << -1 << u"error:route-bad-char"_qs;
    QTest::newRow("port too large") << u"mx.example"_qs << -1 << 70000 << u"error:route-bad-port"_qs;
    QTest::newRow("pref too large") << u"mx.example"_qs << 65536 << -1 << u"error:route-bad-pref"_qs;
    QTest::newRow("empty host") << QString() << -1 << -1 << u"error:route-empty"_qs;
}

void TestRouteEntry::compose()
{
    QFETCH(QString, host);
    QFETCH(int, pref);
    QFETCH(int, port);
    QFETCH(QString, expected);
    const auto text = composeRouteEntry(host, pref < 0 ? std::nullopt : std::optional<int>(pref), std::nullopt,
                                        port < 0 ? std::nullopt : std::optional<int>(port), LookupType::Default);
    if (expected.startsWith(u"error:")) {
        QVERIFY(!text);
        QCOMPARE(text.error().code, expected.mid(6));
        return;
    }
    QVERIFY2(text.ok(), qPrintable(text ? QString() : text.error().code));
    QCOMPARE(*text, expected);
    QVERIFY(!parseRouteEntry(*text).hasErrors());
}

void TestRouteEntry::hostName_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"relay.example.test"_qs << true;
    QTest::newRow("upper case, digits, hyphen, underscore") << u"MX-1_a.Example9.test"_qs << true;
    QTest::newRow("trailing dot") << u"relay.example.test."_qs << true;
    QTest::newRow("single label") << u"localhost"_qs << true;
    QTest::newRow("63-character label") << (QString(63, u'a') + u".test"_qs) << true;
    QTest::newRow("64-character label") << (QString(64, u'a') + u".test"_qs) << false;
    QTest::newRow("253 characters") << QString(QString(49, u'a') + u".b"_qs).repeated(5).left(253) << true;
    QTest::newRow("255 characters") << QString(QString(49, u'a') + u".b"_qs).repeated(5) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("only a dot") << u"."_qs << false;
    QTest::newRow("empty label") << u"a..test"_qs << false;
    QTest::newRow("leading dot") << u".a.test"_qs << false;
    QTest::newRow("hyphen at label start") << u"a.-b.test"_qs << false;
    QTest::newRow("hyphen at label end") << u"a.b-.test"_qs << false;
    QTest::newRow("space") << u"a b.test"_qs << false;
    QTest::newRow("non-ASCII letter") << u"b\u00fccher.test"_qs << false;
    QTest::newRow("DEL") << (u"a"_qs + QChar(0x7f) + u".test"_qs) << false;
}

void TestRouteEntry::hostName()
{
    QFETCH(QString, host);
    QFETCH(bool, valid);
    QCOMPARE(isValidHostName(host), valid);
}

// The first pass over an entry reads eight characters at a time: a space, a
// quote, a non-ASCII space or a '?' is found wherever it falls in or between blocks.
void TestRouteEntry::firstPassAtEveryPosition_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");  // first problem, "code @column"
    const QString host = u"smtp://mx.abcdefghijklmnopqrstuvwxyz.example.test"_qs;
    for (qsizetype at = 7; at < host.size(); ++at) {
        for (const QChar c : {QChar(u' '), QChar(u'"'), QChar(0x2003), QChar(u'\t')}) {
            QString text = host;
            text.insert(at, c);
            QTest::addRow("U+%04x at %d", c.unicode(), int(at))
                << text << QStringLiteral("route-bad-char @%1").arg(at);
        }
        QString query = host;
        query.insert(at, u'?');
        // A '?' where the host should be: the host before it is read, or is empty.
        QTest::addRow("? at %d", int(at)) << query + u"x=1"_qs
                                          << (at == 7 ? u"route-empty-host @7"_qs : u"route-unknown-key @%1"_qs.arg(at + 1));
    }
}

// The first problem of an entry, read in full and for its facts alike.
static std::optional<EntryProblem> firstProblem(const QString &text)
{
    verifyFactsAsFull(text);
    const RouteEntry e = parseRouteEntry(text);
    return e.problems.isEmpty() ? std::nullopt : std::optional(e.problems.first());
}

void TestRouteEntry::firstPassAtEveryPosition()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto problem = firstProblem(text);
    QVERIFY(problem);
    QCOMPARE(problem->code + u" @" + QString::number(problem->column), expected);
}

// What a problem quotes: the part of the entry it is about.
void TestRouteEntry::problemArguments_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("args");  // of the first problem
    QTest::newRow("separator at the start: the empty host before it") << u"://a.test"_qs << QStringList{u""_qs};
    QTest::newRow("bad host before a port") << u"a!b.test:25"_qs << QStringList{u"a!b.test"_qs};
    QTest::newRow("port after a second separator") << u"smtp://a.test://b"_qs
                                                   << QStringList{u"//b"_qs, u"1"_qs, u"65535"_qs};
    QTest::newRow("colon in the query is not the host's") << u"smtp://a.test?prf:=1"_qs << QStringList{u"prf:"_qs};
    QTest::newRow("bare ipv6 quoted whole") << u"2001:db8::1"_qs << QStringList{u"2001:db8::1"_qs};
}

void TestRouteEntry::problemArguments()
{
    QFETCH(QString, text);
    QFETCH(QStringList, args);
    const auto problem = firstProblem(text);
    QVERIFY(problem);
    QCOMPARE(problem->args, args);
}

QTEST_GUILESS_MAIN(TestRouteEntry)
#include "tst_routeentry.moc"
