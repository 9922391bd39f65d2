// SPDX-License-Identifier: GPL-3.0-or-later
// Every text a German user sees is German (issue 14): with the translators the app
// installs, the live panel's texts for every domain of the bundled example (hosts
// down, limits overridden), every diagnostic kind of the registry, every refusal and
// the resolver's problems are rendered twice, in English and in German, and a German
// text that equals its English source fails the row.
#include "document/document.h"
#include "document/documenttext.h"
#include "editor/diagnostictext.h"
#include "live/livesession.h"
#include "live/livetext.h"
#include "translation.h"

#include "config/diagnosticcodes.h"
#include "document/configsnapshot.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

#include <functional>

using namespace rs;
using namespace rs::ui;
using namespace Qt::StringLiterals;

using Render = std::function<QStringList()>;
Q_DECLARE_METATYPE(rs::Diagnostic)
Q_DECLARE_METATYPE(rs::ui::EditBlock)
Q_DECLARE_METATYPE(Render)

namespace {

// Texts that read the same in both languages, as whole texts (a keyword or a host
// name inside a longer text needs no entry here).
const QList<QRegularExpression> &allowlist()
{
    static const QList<QRegularExpression> list{
        // "TTL 3600 s", "TTL 60 s (ttl=)": the DNS term, the SI unit and the entry's key
        // are German as they are.
        QRegularExpression(u"^TTL \\d+ s( \\(ttl=\\))?$"_s),
        // Qt's own button (qtbase_de): "OK" is German too.
        QRegularExpression(u"^OK$"_s),
    };
    return list;
}

bool allowed(const QString &text)
{
    return std::any_of(allowlist().cbegin(), allowlist().cend(),
                       [&text](const QRegularExpression &re) { return re.match(text).hasMatch(); });
}

} // namespace

class TestGerman final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void qtDialogButtons();
    void commandLineHelp();
    void diagnostics_data();
    void diagnostics();
    void refusals_data();
    void refusals();
    void resolverProblems_data();
    void resolverProblems();
    void livePanel_data();
    void livePanel();

private:
    // The texts `render` gives with the app's translators taken out: the English.
    QStringList inEnglish(const Render &render);
    void compare(const Render &render);

    QList<QTranslator *> m_translators;
    QTemporaryDir m_dir;
};

void TestGerman::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    // As app/gui/main.cpp does for --lang de.
    QCOMPARE(installTranslations(*QCoreApplication::instance(), u"de"_s), u"de"_s);
    m_translators = QCoreApplication::instance()->findChildren<QTranslator *>();
    QVERIFY2(m_translators.size() == 2, "RouteScope's catalogue and Qt's own (qtbase_de, qt6-translations-l10n)");
}

QStringList TestGerman::inEnglish(const Render &render)
{
    for (QTranslator *t : std::as_const(m_translators))
        QCoreApplication::removeTranslator(t);
    const QStringList texts = render();
    for (QTranslator *t : std::as_const(m_translators))
        QCoreApplication::installTranslator(t);
    return texts;
}

void TestGerman::compare(const Render &render)
{
    const QStringList english = inEnglish(render);
    const QStringList german = render();
    QCOMPARE(german.size(), english.size());
    QVERIFY(!german.isEmpty());
    for (qsizetype i = 0; i < german.size(); ++i) {
        QVERIFY2(!german.at(i).isEmpty(), qPrintable(english.at(i)));
        if (german.at(i) == english.at(i) && !allowed(english.at(i)))
            QFAIL(qPrintable(u"not German: "_s + english.at(i)));
    }
}

void TestGerman::qtDialogButtons()
{
    compare([] {
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save
                             | QDialogButtonBox::Discard | QDialogButtonBox::Close);
        QStringList texts;
        for (QAbstractButton *b : box.buttons())
            texts << b->text();
        return texts;
    });
}

void TestGerman::commandLineHelp()
{
    // app/gui/main.cpp's texts for `routescope --help`.
    compare([] {
        return QStringList{QCoreApplication::translate("main", "Interface language (en, de)."),
                           QCoreApplication::translate("main", "Editor for Momentum MTA outbound routing."),
                           QCoreApplication::translate("main", "ecelerity.conf file to open."),
                           QCoreApplication::translate("main", "Offline DNS zone file for the live panel."),
                           QCoreApplication::translate("main", "DNS server for the live panel.")};
    });
}

void TestGerman::diagnostics_data()
{
    QTest::addColumn<Diagnostic>("diagnostic");
    QHash<QString, int> seen;
    for (const DiagnosticSpec &spec : diagnosticSpecs()) {
        const int n = ++seen[spec.code];
        const QString name = n == 1 ? spec.code : spec.code + u" #"_s + QString::number(n);
        QTest::newRow(qPrintable(name)) << makeDiagnostic(spec.kind, spec.exampleArgs);
    }
    // The words for the vocabularies of some arguments (config/diagnosticcodes.h).
    for (const char *found : {"{", "string", "word", "end-of-file", "text"}) {
        QTest::addRow("syntax-unexpected found=%s", found)
            << makeDiagnostic(DiagnosticKind::SyntaxUnexpectedToken, {QString::fromLatin1(found)});
    }
    for (const char *type : {"directory", "fifo", "character-device", "block-device", "socket", "symbolic-link", "other"}) {
        QTest::addRow("include-not-regular fileType=%s", type)
            << makeDiagnostic(DiagnosticKind::IncludeNotRegular, {u"x.conf"_s, QString::fromLatin1(type)});
    }
    QTest::newRow("include-too-large size unknown")
        << makeDiagnostic(DiagnosticKind::IncludeTooLargeTogether, {u"100"_s, u"x.conf"_s, QString()});
    QTest::newRow("resolved-through DNS of the system")
        << makeDiagnostic(DiagnosticKind::ResolvedThroughDns, {QString()});
}

void TestGerman::diagnostics()
{
    QFETCH(Diagnostic, diagnostic);
    compare([&diagnostic] {
        return QStringList{DiagnosticText::text(diagnostic), DiagnosticText::severityText(diagnostic.severity)};
    });
}

void TestGerman::refusals_data()
{
    QTest::addColumn<EditBlock>("block");
    Diagnostic cause = makeDiagnostic(DiagnosticKind::SyntaxMissingValue, {u"Routes"_s});
    cause.line = 3;
    const Diagnostic entryCause = makeDiagnostic(DiagnosticKind::RouteBadPref, {u"x"_s, u"0"_s, u"65535"_s});
    auto refused = [](EditRefusal r) {
        EditBlock b{EditBlock::Refused, u"/etc/ecelerity.conf"_s, {}, 0, {}};
        b.edit.refusal = TreeEditRefusal::File;
        b.edit.fileResult.refusal = std::move(r);
        return b;
    };
    const struct {
        const char *name;
        EditRefusal refusal;
    } files[] = {
        {"syntax-errors", {EditRefusalCode::SyntaxErrors, {}, cause, {}, -1, 0}},
        {"bad-scope-name", {EditRefusalCode::BadScopeName, u"a\"b"_s, std::nullopt, {}, -1, 0}},
        {"bad-regex", {EditRefusalCode::BadRegex, u"/(x/"_s, std::nullopt, u"missing closing parenthesis"_s, 3, 0}},
        {"bad-entry", {EditRefusalCode::BadEntry, u"smtp://x?pref=x"_s, entryCause, {}, -1, 0}},
        {"not-a-scope", {EditRefusalCode::NotAScope, {}, std::nullopt, {}, -1, 0}},
        {"would-change-neighbours", {EditRefusalCode::WouldChangeNeighbours, {}, std::nullopt, {}, -1, 7}},
        {"would-not-parse", {EditRefusalCode::WouldNotParse, {}, cause, {}, -1, 7}},
        {"would-not-read-back", {EditRefusalCode::WouldNotReadBack, u"Domain 'x'"_s, std::nullopt, {}, -1, 0}},
    };
    for (const auto &f : files)
        QTest::addRow("EditRefusalCode %s", f.name) << refused(f.refusal);

    const struct {
        const char *name;
        TreeEditRefusal refusal;
        QString subject;
    } trees[] = {
        {"read-only-include", TreeEditRefusal::ReadOnlyInclude, u"/etc/vendor.conf"_s},
        {"no-such-binding", TreeEditRefusal::NoSuchBinding, u"tx9"_s},
        {"not-in-tree", TreeEditRefusal::NotInTree, u"/tmp/other.conf"_s},
        {"not-a-scope", TreeEditRefusal::NotAScope, {}},
        {"global-scope", TreeEditRefusal::GlobalScope, {}},
        {"already-exists", TreeEditRefusal::AlreadyExists, u"example.com"_s},
    };
    for (const auto &t : trees) {
        EditBlock b{EditBlock::Refused, u"/etc/ecelerity.conf"_s, {}, 0, {}};
        b.edit.refusal = t.refusal;
        b.edit.subject = t.subject;
        QTest::addRow("TreeEditRefusal %s", t.name) << b;
    }

    const struct {
        const char *name;
        EditBlock block;
    } blocks[] = {
        {"no-file", {EditBlock::NoFile, {}, {}, 0, {}}},
        {"reparsing", {EditBlock::Reparsing, {}, {}, 0, {}}},
        {"syntax-errors", {EditBlock::SyntaxErrors, u"/etc/ecelerity.conf"_s, {}, 0, {}}},
        {"read-only-include", {EditBlock::ReadOnlyInclude, u"/etc/vendor.conf"_s, u"/etc/ecelerity.conf"_s, 16, {}}},
        {"read-only", {EditBlock::ReadOnlyInclude, u"/etc/vendor.conf"_s, {}, 0, {}}},
        {"not-writable", {EditBlock::NotWritable, u"/etc/ecelerity.conf"_s, {}, 0, {}}},
        {"not-a-scope", {EditBlock::NotAScope, {}, {}, 0, {}}},
        {"global-scope", {EditBlock::GlobalScope, {}, {}, 0, {}}},
    };
    for (const auto &b : blocks)
        QTest::addRow("EditBlock %s", b.name) << b.block;
}

void TestGerman::refusals()
{
    QFETCH(EditBlock, block);
    compare([&block] { return QStringList{DocumentText::blockText(block)}; });
}

void TestGerman::resolverProblems_data()
{
    QTest::addColumn<Render>("render");
    // Why a file cannot be read or written.
    const struct {
        const char *name;
        IoError error;
    } io[] = {
        {"io not-found", IoError::fromErrno(ENOENT, u"/etc/x.conf"_s, u"cannot read"_s)},
        {"io access-denied", IoError::fromErrno(EACCES, u"/etc/x.conf"_s, u"cannot read"_s)},
        {"io not-regular-file", {IoErrorCode::NotRegularFile, u"/dev/zero"_s, {}, {}, 0, FileType::CharacterDevice}},
        {"io not-regular-file unknown", {IoErrorCode::NotRegularFile, u"/x"_s, {}, {}, 0, FileType::Unknown}},
        {"io too-large", {IoErrorCode::TooLarge, u"/x.conf"_s, {}, {}, 0, FileType::Unknown}},
        {"io hard-linked", {IoErrorCode::HardLinked, u"/x.conf"_s, {}, {}, 0, FileType::Unknown}},
        {"io attributes-not-kept", IoError::fromErrno(EPERM, u"/x.conf"_s, u"cannot keep"_s)},
        {"io attributes-not-kept no errno", {IoErrorCode::AttributesNotKept, u"/x.conf"_s, {}, {}, 0, FileType::Unknown}},
        {"io no-space", IoError::fromErrno(ENOSPC, u"/x.conf"_s, u"cannot write"_s)},
        {"io cancelled", {IoErrorCode::Cancelled, u"/x.conf"_s, {}, {}, 0, FileType::Unknown}},
        {"io failed", {IoErrorCode::Failed, u"/x.conf"_s, {}, {}, 0, FileType::Unknown}},
    };
    for (const auto &e : io)
        QTest::newRow(e.name) << Render([error = e.error] { return QStringList{DocumentText::ioErrorText(error)}; });

    // Why the offline zone or the DNS resolver cannot be used.
    using Kind = LookupSetupProblem::Kind;
    const struct {
        const char *name;
        LookupSetupProblem problem;
    } setups[] = {
        {"setup zone-unreadable", {Kind::ZoneUnreadable, u"x.zone"_s, 0, {}, 0, IoError::fromErrno(ENOENT, u"x.zone"_s, {})}},
        {"setup zone-empty", {Kind::ZoneEmpty, u"x.zone"_s, 0, {}, 0, {}}},
        {"setup zone-too-large", {Kind::ZoneTooLarge, u"x.zone"_s, 0, {}, qint64(16) << 20, {}}},
        {"setup zone-syntax", {Kind::ZoneSyntax, u"x.zone"_s, 4, u"Syntax error, could not parse the RR"_s, 0, {}}},
        {"setup zone-include", {Kind::ZoneInclude, u"x.zone"_s, 2, {}, 0, {}}},
        {"setup zone-no-soa", {Kind::ZoneNoSoa, u"x.zone"_s, 0, {}, 0, {}}},
        {"setup zone-bad-origin", {Kind::ZoneBadOrigin, u"x.zone"_s, 0, u"a..b"_s, 0, {}}},
        {"setup bad-server", {Kind::BadServer, {}, 0, u"not a server"_s, 0, {}}},
        {"setup resolver-failed", {Kind::ResolverFailed, {}, 0, u"Out of memory"_s, 0, {}}},
    };
    for (const auto &s : setups)
        QTest::newRow(s.name) << Render([problem = s.problem] { return QStringList{LiveText::setupText({problem})}; });

    // Why a candidate host cannot take mail.
    const struct {
        const char *name;
        UnresolvedReason reason;
    } reasons[] = {
        {"not-answered", UnresolvedReason::NotAnswered}, {"null-mx", UnresolvedReason::NullMx},
        {"lookup-failed", UnresolvedReason::LookupFailed}, {"no-host", UnresolvedReason::NoHost},
        {"no-addresses", UnresolvedReason::NoAddresses}, {"address-failed", UnresolvedReason::AddressFailed},
    };
    const struct {
        const char *name;
        DnsStatus status;
    } statuses[] = {
        {"nxdomain", DnsStatus::NxDomain}, {"nodata", DnsStatus::NoData}, {"servfail", DnsStatus::ServFail},
        {"refused", DnsStatus::Refused}, {"timeout", DnsStatus::Timeout}, {"error", DnsStatus::Error},
    };
    const struct {
        const char *name;
        DnsCause cause;
    } causes[] = {
        {"none", DnsCause::None}, {"outside-zones", DnsCause::OutsideZones}, {"zone-not-loaded", DnsCause::ZoneNotLoaded},
        {"alias-leaves-zone", DnsCause::AliasLeavesZone}, {"alias-chain-too-long", DnsCause::AliasChainTooLong},
        {"bad-name", DnsCause::BadName}, {"malformed-answer", DnsCause::MalformedAnswer},
        {"no-resolver", DnsCause::NoResolver}, {"empty-exchange", DnsCause::EmptyExchange},
        {"not-asked", DnsCause::NotAsked}, {"library", DnsCause::Library},
    };
    for (const auto &r : reasons) {
        for (const auto &s : statuses) {
            for (const auto &c : causes) {
                Candidate candidate;
                candidate.host = u"mx1.example.test"_s;
                candidate.lookup = LookupKind::Mx;
                candidate.state = CandidateState::Unresolved;
                candidate.unresolved = r.reason;
                candidate.dns = {s.status, c.cause, c.cause == DnsCause::Library ? u"Timeout while contacting DNS servers"_s : QString()};
                QTest::addRow("candidate %s %s %s", r.name, s.name, c.name)
                    << Render([candidate] { return QStringList{LiveText::stateText(candidate), LiveText::unresolvedText(candidate)}; });
            }
        }
    }
    for (const auto &[name, source] : {std::pair{"through zone", LookupSource{LookupSource::Kind::Zone, {u"example.zone"_s}}},
                                      std::pair{"through DNS", LookupSource{LookupSource::Kind::Dns, {u"192.0.2.53:53"_s}}},
                                      std::pair{"through the system's DNS", LookupSource{LookupSource::Kind::Dns, {}}}}) {
        QTest::newRow(name) << Render([source = source] { return QStringList{LiveText::throughText(source)}; });
    }
}

void TestGerman::resolverProblems()
{
    QFETCH(Render, render);
    compare(render);
}

void TestGerman::livePanel_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("binding");
    // Every Domain stanza of the example (a /regex/ one by a name it matches), one of
    // them through its binding, and names under the global scope that reach the other
    // paths: MX tiers, a null MX, NXDOMAIN, an MX preference that beats an explicit one.
    for (const char *domain : {"big-isp.example.test", "partner.example.test", "direct.example.test",
                               "v6only.example.test", "eu.regional.example.test", "lmtp.example.test",
                               "partner2.example.test", "three.example.test", "noreply.example.test",
                               "nosuch.example.test", "four.example.test"}) {
        QTest::newRow(domain) << QString::fromLatin1(domain) << QString();
    }
    QTest::newRow("big-isp.example.test through tx1") << u"big-isp.example.test"_s << u"tx1"_s;
}

void TestGerman::livePanel()
{
    QFETCH(QString, domain);
    QFETCH(QString, binding);
    Document doc;
    QVERIFY(doc.open(QStringLiteral(ROUTESCOPE_EXAMPLES "/esp.conf")).ok());
    doc.waitForLoaded();
    LiveSession session(&doc);
    session.setSource(LiveSession::Source::Zone);
    session.setZoneFile(QStringLiteral(ROUTESCOPE_EXAMPLES "/example.zone"));
    session.setActive(true);
    session.setDomain(domain);
    session.setBinding(binding);
    const auto answered = [&session] { return !session.isResolving() && session.explanation().has_value(); };
    session.resolveNow();
    QTRY_VERIFY_WITH_TIMEOUT(answered(), 8000);
    const Explanation first = *session.explanation();
    QVERIFY(first.plan.domain == domain);

    // What-if: the first usable host down, the next one limited to a single connection.
    QStringList hosts;
    for (const Candidate &c : first.candidates) {
        if (c.state == CandidateState::Usable && !hosts.contains(c.host))
            hosts << c.host;
    }
    if (!hosts.isEmpty())
        session.setHostDown(hosts.first(), true);
    if (hosts.size() > 1)
        session.setHostLimit(hosts.at(1), 1);
    QTRY_VERIFY_WITH_TIMEOUT(answered(), 8000);
    const Explanation now = *session.explanation();
    const LookupSource through = *session.through();

    compare([&] {
        QStringList texts;
        for (const Explanation *ex : {&first, &now}) {
            const RoutePlan &p = ex->plan;
            texts << LiveText::routeSourceText(p) << LiveText::sourceText(p.limitSource)
                  << LiveText::sourceText(p.portSource);
            for (const Candidate &c : ex->candidates) {
                texts << LiveText::prefReason(c, p) << LiveText::prefShort(c) << LiveText::lookupText(c)
                      << LiveText::portReason(c, p) << LiveText::limitReason(c) << LiveText::ttlText(c)
                      << LiveText::ttlShort(c) << LiveText::stateName(c.state);
                if (c.state != CandidateState::Usable)
                    texts << LiveText::stateText(c);
            }
            for (int step = 0; step < ex->simulation.steps.size(); ++step)
                texts << LiveText::stepWhy(*ex, step);
            for (const Diagnostic &d : ex->diagnostics + ex->notes)
                texts << DiagnosticText::text(d);
        }
        texts << LiveText::changes(first, now);
        texts << LiveText::html(first, {}, false) << LiveText::html(now, LiveText::changes(first, now), true)
              << LiveText::throughText(through);
        return texts;
    });
}

QTEST_MAIN(TestGerman)
#include "tst_german.moc"
