// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/diagnostictext.h"

#include "io/fileio.h"

namespace rs::cli {

namespace {

// The `found` argument (see config/diagnosticcodes.h).
QString tokenText(const QString &token)
{
    if (token == u"string")
        return QStringLiteral("a quoted string");
    if (token == u"word")
        return QStringLiteral("a word");
    if (token == u"end-of-file")
        return QStringLiteral("the end of the file");
    if (token == u"text")
        return QStringLiteral("text");
    return u'\'' + token + u'\'';
}

// The `fileType` argument.
QString fileTypeText(const QString &type)
{
    if (type == u"directory")
        return QStringLiteral("is a directory");
    if (type == u"fifo")
        return QStringLiteral("is a FIFO (named pipe)");
    if (type == u"character-device")
        return QStringLiteral("is a character device");
    if (type == u"block-device")
        return QStringLiteral("is a block device");
    if (type == u"socket")
        return QStringLiteral("is a socket");
    if (type == u"symbolic-link")
        return QStringLiteral("is a symbolic link");
    return QStringLiteral("is not a regular file");
}

QString bytesText(const QString &bytes)
{
    return io::byteSizeText(bytes.toLongLong());
}

QString sentence(const Diagnostic &d)
{
    // Every argument is a string: arg(a, b, ...) replaces all markers in one pass, so
    // a name holding "%2" stays as written.
    const auto a = [&d](int i) { return d.args.value(i); };
    const auto q = [&a](int i) -> QString { return u'\'' + a(i) + u'\''; };
    using K = DiagnosticKind;
    switch (d.kind) {
    case K::SyntaxUnterminatedComment: return QStringLiteral("block comment is not closed: missing '*/'");
    case K::SyntaxNoBreakSpace:
        return QStringLiteral("no-break space (U+00A0) used as a blank; the MTA may not accept it");
    case K::SyntaxTypographicQuotes:
        return QStringLiteral("typographic quotes (“ ”) instead of \" (pasted from a document?)");
    case K::SyntaxUnterminatedString: return QStringLiteral("string is not closed: missing '\"'");
    case K::SyntaxUnclosedScope: return QStringLiteral("scope %1 is not closed: missing '}'").arg(q(0));
    case K::SyntaxUnclosedBlock: return QStringLiteral("block is not closed: missing '}'");
    case K::SyntaxUnclosedList: return QStringLiteral("list is not closed: missing ')'");
    case K::SyntaxUnclosedHash: return QStringLiteral("hash is not closed: missing ']'");
    case K::SyntaxUnbalancedBrace: return QStringLiteral("unbalanced '}': no scope is open here");
    case K::SyntaxBraceWithoutName: return QStringLiteral("'{' without a scope name before it");
    case K::SyntaxUnexpectedToken:
        return QStringLiteral("unexpected %1; expected an option or a scope").arg(tokenText(a(0)));
    case K::SyntaxExpectedEqualsOrBrace:
        return QStringLiteral("expected '=' or '{' after %1, found %2").arg(q(0), tokenText(a(1)));
    case K::SyntaxUnexpectedInList: return QStringLiteral("unexpected %1 in a list").arg(tokenText(a(0)));
    case K::SyntaxUnexpectedInHash: return QStringLiteral("unexpected %1 in a hash").arg(tokenText(a(0)));
    case K::SyntaxScopeEquals:
        return QStringLiteral("'=' before '{': %1 is a scope and is written without '='").arg(q(0));
    case K::SyntaxMissingValue: return QStringLiteral("option %1 has no value").arg(q(0));

    case K::IncludeMissing: return QStringLiteral("included file %1 does not exist").arg(q(0));
    case K::IncludeTooDeep:
        return QStringLiteral("includes nested deeper than %1 levels are not followed (%2 is not read)")
            .arg(a(0), q(1));
    case K::IncludeCycle: return QStringLiteral("%1 includes itself; not followed").arg(q(0));
    case K::IncludeRepeated:
        return QStringLiteral("%1 is already included (at %2:%3); each file is read once, so this include adds nothing")
            .arg(q(0), a(1), a(2));
    case K::IncludeRepeatedMain:
        return QStringLiteral("%1 is already included (at the file opened); each file is read once, so this include "
                              "adds nothing")
            .arg(q(0));
    case K::IncludeRepeatedNotConfiguration:
        return QStringLiteral("%1 is already included (and does not read as a configuration); each file is read once, "
                              "so this include adds nothing")
            .arg(q(0));
    case K::IncludeTooMany:
        return QStringLiteral("more than %1 included files; %2 and the includes after it are not read").arg(a(0), q(1));
    case K::IncludeNotRegular:
        return QStringLiteral("included file %1 %2, not a regular file; not read").arg(q(0), fileTypeText(a(1)));
    case K::IncludeTooLargeTogether:
        return QStringLiteral("the included files together would be over %1 with %2%3; it and the includes after it "
                              "are not read")
            .arg(bytesText(a(0)), q(1), a(2).isEmpty() ? QString() : QStringLiteral(" (%1 bytes)").arg(a(2)));
    case K::IncludeTooLarge: return QStringLiteral("included file %1 is over %2; not read").arg(q(0), bytesText(a(1)));
    case K::IncludeUnreadable: return QStringLiteral("cannot read included file %1: %2").arg(q(0), a(1));
    case K::IncludeNotConfiguration:
        return QStringLiteral("included file %1 does not read as a configuration (first error at line %2, column %3); "
                              "it is not followed and none of its content is shown")
            .arg(q(0), a(1), a(2));

    case K::DomainBadRegex: return QStringLiteral("regular expression %1 does not compile: %2").arg(a(0), a(1));
    case K::OptionDuplicate:
        return QStringLiteral("option %1 is set again in the same scope (first set at line %2); this value replaces it")
            .arg(q(0), a(1));
    case K::OptionNotInteger:
        return QStringLiteral("%1 must be a whole number from %2 to %3, not %4").arg(a(0), a(1), a(2), a(3));
    case K::OptionNotThrottle:
        return QStringLiteral("%1 must be N or N/S (at most N per S seconds), not %2").arg(a(0), a(1));

    case K::RouteImpliedPrefVersusMx:
        return QStringLiteral("%1 has no pref= and gets its position %2 as preference, which is compared with the DNS "
                              "preferences of __mx__; add pref= to make the order explicit")
            .arg(q(0), a(1));
    case K::RouteImpliedPrefVersusExplicit:
        return QStringLiteral("%1 has no pref= and gets its position %2 as preference, which is compared with the "
                              "explicit pref=%3 of %4; add pref= to make the order explicit")
            .arg(q(0), a(1), a(2), q(3));
    case K::ScopeShadowed:
        return QStringLiteral("Domain \"%1\" has a stanza of its own, so the regex stanza %2 (line %3) that matches "
                              "its name is never read for it: %4 set there does not apply to %1; set it here too if it "
                              "should")
            .arg(a(0), a(1), a(2), a(3));
    case K::ScopeShadowedElsewhere:
        return QStringLiteral("Domain \"%1\" has a stanza of its own, so the regex stanza %2 (%3:%4) that matches its "
                              "name is never read for it: %5 set there does not apply to %1; set it here too if it "
                              "should")
            .arg(a(0), a(1), a(2), a(3), a(4));
    case K::DomainDuplicateIn:
        return QStringLiteral("Domain %1 is declared again in this %2 (first at line %3); routing uses the first "
                              "declaration")
            .arg(a(0), a(1), a(2));
    case K::DomainDuplicate:
        return QStringLiteral("Domain %1 is declared again (first at line %2); routing uses the first declaration")
            .arg(a(0), a(1));
    case K::GatewayBadValue: return QStringLiteral("Gateway takes one host, not a list or hash");
    case K::RouteBadItem: return QStringLiteral("a route entry must be a string, not a nested list or hash");
    case K::RoutesEmpty: return QStringLiteral("Routes is an empty list: this scope has no route to deliver to");
    case K::RoutesUnsupportedScope:
        return QStringLiteral("Routes is documented only for domain and global scope; the MTA may ignore it in a %1 "
                              "scope")
            .arg(a(0));
    case K::RoutesInBinding:
        return QStringLiteral("Routes written directly in a %1 has no effect: routes come only from Domain stanzas and "
                              "the global scope (put it in a Domain stanza inside the %1)")
            .arg(a(0));
    case K::RoutesAndGateway:
        return QStringLiteral("this scope sets both Routes and Gateway; RouteScope uses Routes (the documentation does "
                              "not say which wins in one stanza)");

    case K::RouteEmpty: return QStringLiteral("route entry is empty");
    case K::RouteBadChar: return QStringLiteral("route entry contains a space or a quote");
    case K::RouteEmptyHost: return QStringLiteral("route entry has no host");
    case K::RouteIpv6Unclosed: return QStringLiteral("IPv6 address is missing its closing ']'");
    case K::RouteBadIpv6: return QStringLiteral("%1 is not a valid IPv6 address").arg(q(0));
    case K::RouteIpv6WithoutBrackets:
        return QStringLiteral("an IPv6 address in a route must be written in brackets: [%1]").arg(a(0));
    case K::RouteBadIpv4: return QStringLiteral("%1 is not a valid IPv4 address").arg(q(0));
    case K::RouteTextAfterIpv6: return QStringLiteral("unexpected %1 after the IPv6 address").arg(q(0));
    case K::RouteBadHost: return QStringLiteral("%1 is not a valid host name").arg(q(0));
    case K::RouteBadPort: return QStringLiteral("port %1 is not a number from %2 to %3").arg(q(0), a(1), a(2));
    case K::RouteAuthorityPort:
        return QStringLiteral("port given as host:port; write smtp://%1?port=%2 as the documentation shows")
            .arg(a(0), a(1));
    case K::RouteAuthorityPortInUri:
        return QStringLiteral("port given as host:port; the documentation only shows ?port=%1").arg(a(0));
    case K::RouteDuplicateKey: return QStringLiteral("%1 is given more than once; the last one is used").arg(q(0));
    case K::RoutePortTwice:
        return QStringLiteral("port given both as host:port and as port=; port=%1 is used").arg(a(0));
    case K::RouteBadPref: return QStringLiteral("pref %1 is not a number from %2 to %3").arg(q(0), a(1), a(2));
    case K::RouteBadTtl: return QStringLiteral("ttl %1 is not a number of seconds from %2 to %3").arg(q(0), a(1), a(2));
    case K::RouteBadType: return QStringLiteral("type %1 is neither 'mx' nor 'a'").arg(q(0));
    case K::RouteUnknownKey:
        return QStringLiteral("unknown query key %1 is ignored (known: pref, ttl, port, type)").arg(q(0));
    case K::RouteOtherScheme: return QStringLiteral("%1 routes are listed but not resolved or simulated").arg(q(0));
    case K::RouteTypeIgnored: return QStringLiteral("type= has no effect on an IP address");
    case K::RouteMissingScheme: return QStringLiteral("query options need the smtp:// form, e.g. smtp://%1").arg(a(0));

    case K::NullMx:
        return QStringLiteral("%1 publishes a null MX (RFC 7505): it accepts no mail, so __mx__ yields no host")
            .arg(a(0));
    case K::MxPrefBeatsExplicit:
        return QStringLiteral("MX host %1 (DNS preference %2) is tried before %3 (pref=%4) although the list puts %3 "
                              "first")
            .arg(a(0), a(1), a(2), a(3));
    case K::EntryInvalidSkipped: return QStringLiteral("entry %1 %2 is invalid and is skipped").arg(a(0), q(1));
    case K::EntryNotSimulated:
        return QStringLiteral("entry %1 %2 uses %3 and is listed, not simulated").arg(a(0), q(1), a(2));
    case K::ResolvedThroughZone:
        return QStringLiteral("resolved through zone %1").arg(a(0).isEmpty() ? QStringLiteral("(none)") : a(0));
    case K::ResolvedThroughDns:
        return QStringLiteral("resolved through c-ares %1").arg(a(0).isEmpty() ? QStringLiteral("(no servers)") : a(0));
    }
    return d.code;
}

} // namespace

QString diagnosticText(const Diagnostic &d)
{
    return printable(sentence(d));
}

QString formatDiagnostic(const Diagnostic &d)
{
    // Each field on its own: a line break in a path or message cannot start a line
    // that reads as another diagnostic.
    return printable(d.file) + u':' + QString::number(d.line) + u':' + QString::number(d.column) + u": "
        + severityName(d.severity) + u": " + diagnosticText(d) + u" [" + printable(d.code) + u']';
}

} // namespace rs::cli
