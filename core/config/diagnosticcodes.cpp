// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/diagnosticcodes.h"

namespace rs {

namespace {

using namespace Qt::StringLiterals;
using K = DiagnosticKind;
using S = Severity;

// Codes and argument names are string literals (_s): copying one touches no reference
// count, so the validator's threads can stamp codes on diagnostics without sharing
// a counter.
QList<DiagnosticSpec> buildSpecs()
{
    // clang-format off
    QList<DiagnosticSpec> s{
        {K::SyntaxUnterminatedComment, u"syntax-unterminated-comment"_s, S::Error, {}, {}},
        {K::SyntaxNoBreakSpace, u"syntax-nbsp"_s, S::Warning, {}, {}},
        {K::SyntaxTypographicQuotes, u"syntax-typographic-quotes"_s, S::Warning, {}, {}},
        {K::SyntaxUnterminatedString, u"syntax-unterminated-string"_s, S::Error, {}, {}},
        {K::SyntaxUnclosedScope, u"syntax-unclosed-scope"_s, S::Error,
         {u"scope"_s}, {u"Domain \"example.com\""_s}},
        {K::SyntaxUnclosedBlock, u"syntax-unclosed-scope"_s, S::Error, {}, {}},
        {K::SyntaxUnclosedList, u"syntax-unclosed-list"_s, S::Error, {}, {}},
        {K::SyntaxUnclosedHash, u"syntax-unclosed-hash"_s, S::Error, {}, {}},
        {K::SyntaxUnbalancedBrace, u"syntax-unexpected"_s, S::Error, {}, {}},
        {K::SyntaxBraceWithoutName, u"syntax-unexpected"_s, S::Error, {}, {}},
        {K::SyntaxUnexpectedToken, u"syntax-unexpected"_s, S::Error,
         {u"found"_s}, {u"string"_s}},
        {K::SyntaxExpectedEqualsOrBrace, u"syntax-unexpected"_s, S::Error,
         {u"word"_s, u"found"_s}, {u"Routes"_s, u"word"_s}},
        {K::SyntaxUnexpectedInList, u"syntax-unexpected"_s, S::Error,
         {u"found"_s}, {u"="_s}},
        {K::SyntaxUnexpectedInHash, u"syntax-unexpected"_s, S::Error,
         {u"found"_s}, {u"end-of-file"_s}},
        {K::SyntaxScopeEquals, u"syntax-scope-equals"_s, S::Warning,
         {u"scope"_s}, {u"Esmtp_Listener"_s}},
        {K::SyntaxMissingValue, u"syntax-missing-value"_s, S::Error,
         {u"option"_s}, {u"Routes"_s}},

        {K::IncludeMissing, u"include-missing"_s, S::Warning,
         {u"path"_s}, {u"conf.d/missing.conf"_s}},
        {K::IncludeTooDeep, u"include-depth"_s, S::Error,
         {u"maxDepth"_s, u"path"_s}, {u"16"_s, u"deep.conf"_s}},
        {K::IncludeCycle, u"include-cycle"_s, S::Warning,
         {u"path"_s}, {u"/etc/ecelerity/ecelerity.conf"_s}},
        {K::IncludeRepeated, u"include-repeated"_s, S::Warning,
         {u"path"_s, u"file"_s, u"line"_s},
         {u"pools.conf"_s, u"ecelerity.conf"_s, u"12"_s}},
        {K::IncludeRepeatedMain, u"include-repeated"_s, S::Warning,
         {u"path"_s}, {u"ecelerity.conf"_s}},
        {K::IncludeRepeatedNotConfiguration, u"include-repeated"_s, S::Warning,
         {u"path"_s}, {u"/etc/shadow"_s}},
        {K::IncludeTooMany, u"include-too-many"_s, S::Error,
         {u"maxFiles"_s, u"path"_s}, {u"1000"_s, u"conf.d/1001.conf"_s}},
        {K::IncludeNotRegular, u"include-not-regular"_s, S::Error,
         {u"path"_s, u"fileType"_s}, {u"/dev/zero"_s, u"character-device"_s}},
        {K::IncludeTooLargeTogether, u"include-too-large"_s, S::Error,
         {u"limit"_s, u"path"_s, u"size"_s},
         {u"67108864"_s, u"big.conf"_s, u"1048576"_s}},
        {K::IncludeTooLarge, u"include-too-large"_s, S::Error,
         {u"path"_s, u"limit"_s}, {u"huge.conf"_s, u"268435456"_s}},
        {K::IncludeUnreadable, u"include-unreadable"_s, S::Error,
         {u"path"_s, u"reason"_s}, {u"secret.conf"_s, u"Permission denied"_s}},
        {K::IncludeNotConfiguration, u"include-not-config"_s, S::Error,
         {u"path"_s, u"line"_s, u"column"_s},
         {u"/etc/shadow"_s, u"1"_s, u"5"_s}},

        {K::DomainBadRegex, u"domain-bad-regex"_s, S::Error,
         {u"regex"_s, u"error"_s},
         {u"/(example\\.com$/"_s, u"missing closing parenthesis"_s}},
        {K::OptionDuplicate, u"option-duplicate"_s, S::Warning,
         {u"option"_s, u"line"_s}, {u"Routes"_s, u"7"_s}},
        {K::OptionNotInteger, u"option-bad-value"_s, S::Error,
         {u"option"_s, u"min"_s, u"max"_s, u"value"_s},
         {u"Max_Outbound_Connections"_s, u"-1"_s, u"1000000"_s, u"many"_s}},
        {K::OptionNotThrottle, u"option-bad-value"_s, S::Error,
         {u"option"_s, u"value"_s},
         {u"Outbound_Throttle_Messages"_s, u"10/0"_s}},

        {K::RouteImpliedPrefVersusMx, u"route-implied-pref-mixed"_s, S::Warning,
         {u"entry"_s, u"position"_s}, {u"relay.example.net"_s, u"1"_s}},
        {K::RouteImpliedPrefVersusExplicit, u"route-implied-pref-mixed"_s, S::Warning,
         {u"entry"_s, u"position"_s, u"pref"_s, u"other"_s},
         {u"relay.example.net"_s, u"1"_s, u"5"_s,
          u"smtp://backup.example.net?pref=5"_s}},
        {K::ScopeShadowed, u"scope-shadowed"_s, S::Warning,
         {u"domain"_s, u"regex"_s, u"line"_s, u"options"_s},
         {u"mail.example.com"_s, u"/example\\.com$/"_s, u"12"_s,
          u"Routes, Max_Outbound_Connections"_s}},
        {K::ScopeShadowedElsewhere, u"scope-shadowed"_s, S::Warning,
         {u"domain"_s, u"regex"_s, u"file"_s, u"line"_s,
          u"options"_s},
         {u"mail.example.com"_s, u"/example\\.com$/"_s, u"conf.d/regex.conf"_s,
          u"3"_s, u"Remote_SMTP_Port"_s}},
        {K::DomainDuplicateIn, u"domain-duplicate"_s, S::Warning,
         {u"domain"_s, u"scope"_s, u"line"_s},
         {u"example.com"_s, u"Binding"_s, u"20"_s}},
        {K::DomainDuplicate, u"domain-duplicate"_s, S::Warning,
         {u"domain"_s, u"line"_s}, {u"example.com"_s, u"4"_s}},
        {K::GatewayBadValue, u"gateway-bad-value"_s, S::Error, {}, {}},
        {K::RouteBadItem, u"route-bad-item"_s, S::Error, {}, {}},
        {K::RoutesEmpty, u"routes-empty"_s, S::Warning, {}, {}},
        {K::RoutesUnsupportedScope, u"routes-unsupported-scope"_s, S::Warning,
         {u"scope"_s}, {u"Host"_s}},
        {K::RoutesInBinding, u"routes-in-binding"_s, S::Warning,
         {u"scope"_s}, {u"Binding"_s}},
        {K::RoutesAndGateway, u"routes-and-gateway"_s, S::Warning, {}, {}},

        {K::RouteEmpty, u"route-empty"_s, S::Error, {}, {}},
        {K::RouteBadChar, u"route-bad-char"_s, S::Error, {}, {}},
        {K::RouteEmptyHost, u"route-empty-host"_s, S::Error, {}, {}},
        {K::RouteIpv6Unclosed, u"route-bad-ip"_s, S::Error, {}, {}},
        {K::RouteBadIpv6, u"route-bad-ip"_s, S::Error,
         {u"address"_s}, {u"2001:db8::g"_s}},
        {K::RouteIpv6WithoutBrackets, u"route-bad-ip"_s, S::Error,
         {u"address"_s}, {u"2001:db8::1"_s}},
        {K::RouteBadIpv4, u"route-bad-ip"_s, S::Error,
         {u"address"_s}, {u"192.0.2.300"_s}},
        {K::RouteTextAfterIpv6, u"route-bad-host"_s, S::Error,
         {u"text"_s}, {u"x25"_s}},
        {K::RouteBadHost, u"route-bad-host"_s, S::Error,
         {u"host"_s}, {u"relay_.example..net"_s}},
        {K::RouteBadPort, u"route-bad-port"_s, S::Error,
         {u"value"_s, u"min"_s, u"max"_s},
         {u"99999"_s, u"1"_s, u"65535"_s}},
        {K::RouteAuthorityPort, u"route-authority-port"_s, S::Warning,
         {u"host"_s, u"port"_s}, {u"relay.example.net"_s, u"2525"_s}},
        {K::RouteAuthorityPortInUri, u"route-authority-port"_s, S::Warning,
         {u"port"_s}, {u"2525"_s}},
        {K::RouteDuplicateKey, u"route-duplicate-key"_s, S::Warning,
         {u"key"_s}, {u"pref"_s}},
        {K::RoutePortTwice, u"route-duplicate-key"_s, S::Warning,
         {u"port"_s}, {u"587"_s}},
        {K::RouteBadPref, u"route-bad-pref"_s, S::Error,
         {u"value"_s, u"min"_s, u"max"_s},
         {u"high"_s, u"0"_s, u"65535"_s}},
        {K::RouteBadTtl, u"route-bad-ttl"_s, S::Error,
         {u"value"_s, u"min"_s, u"max"_s},
         {u"1h"_s, u"0"_s, u"2147483647"_s}},
        {K::RouteBadType, u"route-bad-type"_s, S::Error,
         {u"value"_s}, {u"aaaa"_s}},
        {K::RouteUnknownKey, u"route-unknown-key"_s, S::Warning,
         {u"key"_s}, {u"prf"_s}},
        {K::RouteOtherScheme, u"route-other-scheme"_s, S::Note,
         {u"scheme"_s}, {u"lmtp"_s}},
        {K::RouteTypeIgnored, u"route-type-ignored"_s, S::Note, {}, {}},
        {K::RouteMissingScheme, u"route-missing-scheme"_s, S::Error,
         {u"entry"_s}, {u"relay.example.net?pref=10"_s}},

        {K::NullMx, u"null-mx"_s, S::Error,
         {u"domain"_s}, {u"nomail.example.com"_s}},
        {K::MxPrefBeatsExplicit, u"mx-pref-beats-explicit"_s, S::Warning,
         {u"mxHost"_s, u"mxPref"_s, u"host"_s, u"pref"_s},
         {u"mx1.example.com"_s, u"5"_s, u"relay.example.net"_s, u"10"_s}},
        {K::EntryInvalidSkipped, u"entry-invalid"_s, S::Note,
         {u"entry"_s, u"text"_s}, {u"2"_s, u"smtp://relay?prf=1"_s}},
        {K::EntryNotSimulated, u"entry-not-simulated"_s, S::Note,
         {u"entry"_s, u"text"_s, u"scheme"_s},
         {u"3"_s, u"lmtp://store.example.net"_s, u"lmtp"_s}},
        {K::ResolvedThroughZone, u"resolved-through"_s, S::Note,
         {u"zones"_s}, {u"example.zone"_s}},
        {K::ResolvedThroughDns, u"resolved-through"_s, S::Note,
         {u"servers"_s}, {u"192.0.2.53:53"_s}},
    };
    // clang-format on
    for (qsizetype i = 0; i < s.size(); ++i)
        Q_ASSERT(s.at(i).kind == DiagnosticKind(i) && s.at(i).argNames.size() == s.at(i).exampleArgs.size());
    return s;
}

} // namespace

const QList<DiagnosticSpec> &diagnosticSpecs()
{
    static const QList<DiagnosticSpec> specs = buildSpecs();
    return specs;
}

const DiagnosticSpec &diagnosticSpec(DiagnosticKind kind)
{
    return diagnosticSpecs().at(qsizetype(kind));
}

Diagnostic makeDiagnostic(DiagnosticKind kind, QStringList args)
{
    const DiagnosticSpec &spec = diagnosticSpec(kind);
    Diagnostic d;
    d.severity = spec.severity;
    d.code = spec.code;
    d.kind = kind;
    d.args = std::move(args);
    return d;
}

} // namespace rs
