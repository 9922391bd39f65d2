// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/diagnostictext.h"

namespace rs::ui {

namespace {

// The `found` argument (see config/diagnosticcodes.h).
QString tokenText(const QString &token)
{
    if (token == u"string")
        return DiagnosticText::tr("a quoted string");
    if (token == u"word")
        return DiagnosticText::tr("a word");
    if (token == u"end-of-file")
        return DiagnosticText::tr("the end of the file");
    if (token == u"text")
        //: what the parser found where it expected something else
        return DiagnosticText::tr("text");
    return u'\'' + token + u'\'';
}

// The `fileType` argument.
QString fileTypeText(const QString &type)
{
    if (type == u"directory")
        return DiagnosticText::tr("a directory");
    if (type == u"fifo")
        return DiagnosticText::tr("a FIFO (named pipe)");
    if (type == u"character-device")
        return DiagnosticText::tr("a character device");
    if (type == u"block-device")
        return DiagnosticText::tr("a block device");
    if (type == u"socket")
        return DiagnosticText::tr("a socket");
    if (type == u"symbolic-link")
        return DiagnosticText::tr("a symbolic link");
    return DiagnosticText::tr("something else");
}

QString bytesText(const QString &text)
{
    constexpr qint64 kMiB = qint64(1) << 20;
    const qint64 bytes = text.toLongLong();
    if (bytes >= kMiB && bytes % kMiB == 0)
        return DiagnosticText::tr("%1 MiB").arg(bytes / kMiB);
    return DiagnosticText::tr("%1 bytes").arg(bytes);
}

} // namespace

QString DiagnosticText::sentence(const Diagnostic &d)
{
    // Arguments are strings: arg(a, b, ...) replaces every marker in one pass, so a
    // name holding "%2" stays as written.
    const auto a = [&d](int i) { return d.args.value(i); };
    using K = DiagnosticKind;
    switch (d.kind) {
    case K::SyntaxUnterminatedComment: return tr("block comment is not closed: missing '*/'");
    case K::SyntaxNoBreakSpace: return tr("no-break space (U+00A0) used as a blank; the MTA may not accept it");
    case K::SyntaxTypographicQuotes: return tr("typographic quotes (“ ”) instead of \" (pasted from a document?)");
    case K::SyntaxUnterminatedString: return tr("string is not closed: missing '\"'");
    case K::SyntaxUnclosedScope:
        //: %1: the start of the scope as written, e.g. Domain "example.com"
        return tr("scope '%1' is not closed: missing '}'").arg(a(0));
    case K::SyntaxUnclosedBlock: return tr("block is not closed: missing '}'");
    case K::SyntaxUnclosedList: return tr("list is not closed: missing ')'");
    case K::SyntaxUnclosedHash: return tr("hash is not closed: missing ']'");
    case K::SyntaxUnbalancedBrace: return tr("unbalanced '}': no scope is open here");
    case K::SyntaxBraceWithoutName: return tr("'{' without a scope name before it");
    case K::SyntaxUnexpectedToken:
        //: %1: what was found: a character in quotes, "a word", "a quoted string"...
        return tr("unexpected %1; expected an option or a scope").arg(tokenText(a(0)));
    case K::SyntaxExpectedEqualsOrBrace:
        //: %1: a word of the file; %2: what followed it ("a word", "'('"...)
        return tr("expected '=' or '{' after '%1', found %2").arg(a(0), tokenText(a(1)));
    case K::SyntaxUnexpectedInList: return tr("unexpected %1 in a list").arg(tokenText(a(0)));
    case K::SyntaxUnexpectedInHash:
        //: a hash: a [ ... ] block of key = value pairs in the configuration
        return tr("unexpected %1 in a hash").arg(tokenText(a(0)));
    case K::SyntaxScopeEquals: return tr("'=' before '{': '%1' is a scope and is written without '='").arg(a(0));
    case K::SyntaxMissingValue: return tr("option '%1' has no value").arg(a(0));

    case K::IncludeMissing: return tr("included file '%1' does not exist").arg(a(0));
    case K::IncludeTooDeep:
        //: %1: a number of levels; %2: a file
        return tr("includes nested deeper than %1 levels are not followed ('%2' is not read)").arg(a(0), a(1));
    case K::IncludeCycle: return tr("'%1' includes itself; not followed").arg(a(0));
    case K::IncludeRepeated:
        //: %1: the file included again; %2:%3 file and line where it was first included
        return tr("'%1' is already included (at %2:%3); each file is read once, so this include adds nothing")
            .arg(a(0), a(1), a(2));
    case K::IncludeRepeatedMain:
        return tr("'%1' is the file opened; each file is read once, so this include adds nothing").arg(a(0));
    case K::IncludeRepeatedNotConfiguration:
        return tr("'%1' is already included and does not read as a configuration; this include adds nothing")
            .arg(a(0));
    case K::IncludeTooMany:
        return tr("more than %1 included files; '%2' and the includes after it are not read").arg(a(0), a(1));
    case K::IncludeNotRegular:
        //: %2: "a directory", "a FIFO (named pipe)", "a character device"...
        return tr("included file '%1' is %2, not a regular file; not read").arg(a(0), fileTypeText(a(1)));
    case K::IncludeTooLargeTogether:
        if (a(2).isEmpty()) {
            //: %1: a size limit such as "64 MiB"; %2: a file
            return tr("the included files together would be over %1 with '%2'; it and the includes after it are "
                         "not read")
                .arg(bytesText(a(0)), a(1));
        }
        //: %1: a size limit such as "64 MiB"; %2: a file; %3: its size
        return tr("the included files together would be over %1 with '%2' (%3); it and the includes after it are "
                     "not read")
            .arg(bytesText(a(0)), a(1), bytesText(a(2)));
    case K::IncludeTooLarge: return tr("included file '%1' is over %2; not read").arg(a(0), bytesText(a(1)));
    case K::IncludeUnreadable:
        //: %2: the operating system's reason, e.g. "Permission denied"
        return tr("cannot read included file '%1': %2").arg(a(0), a(1));
    case K::IncludeNotConfiguration:
        return tr("included file '%1' does not read as a configuration (first error at line %2, column %3); it is "
                     "not followed and none of its content is shown")
            .arg(a(0), a(1), a(2));

    case K::DomainBadRegex:
        //: %2: the regular expression library's (PCRE2) own message, in English
        return tr("regular expression %1 does not compile: %2").arg(a(0), a(1));
    case K::OptionDuplicate:
        return tr("option '%1' is set again in the same scope (first set at line %2); this value replaces it")
            .arg(a(0), a(1));
    case K::OptionNotInteger:
        //: %1: an option such as Max_Outbound_Connections; %4: the value written
        return tr("%1 must be a whole number from %2 to %3, not %4").arg(a(0), a(1), a(2), a(3));
    case K::OptionNotThrottle:
        //: N/S is the syntax of the option: at most N per S seconds
        return tr("%1 must be N or N/S (at most N per S seconds), not %2").arg(a(0), a(1));

    case K::RouteImpliedPrefVersusMx:
        //: %1: a route entry; %2: its position in the list
        return tr("'%1' has no pref= and gets its position %2 as preference, which is compared with the DNS "
                     "preferences of __mx__; add pref= to make the order explicit")
            .arg(a(0), a(1));
    case K::RouteImpliedPrefVersusExplicit:
        //: %1: a route entry; %2: its position; %3: the pref= of the entry %4
        return tr("'%1' has no pref= and gets its position %2 as preference, which is compared with the explicit "
                     "pref=%3 of '%4'; add pref= to make the order explicit")
            .arg(a(0), a(1), a(2), a(3));
    case K::ScopeShadowed:
        //: %1: a domain; %2: a /regex/ stanza; %3: its line; %4: option names
        return tr("Domain \"%1\" has a stanza of its own, so the regex stanza %2 (line %3) that matches its name is "
                     "never read for it: %4 set there does not apply to %1; set it here too if it should")
            .arg(a(0), a(1), a(2), a(3));
    case K::ScopeShadowedElsewhere:
        //: %1: a domain; %2: a /regex/ stanza; %3:%4 its file and line; %5: option names
        return tr("Domain \"%1\" has a stanza of its own, so the regex stanza %2 (%3:%4) that matches its name is "
                     "never read for it: %5 set there does not apply to %1; set it here too if it should")
            .arg(a(0), a(1), a(2), a(3), a(4));
    case K::DomainDuplicateIn:
        //: %2: the enclosing scope's keyword (Binding, Binding_Group)
        return tr("Domain %1 is declared again in this %2 (first at line %3); routing uses the first declaration")
            .arg(a(0), a(1), a(2));
    case K::DomainDuplicate:
        return tr("Domain %1 is declared again (first at line %2); routing uses the first declaration").arg(a(0), a(1));
    case K::GatewayBadValue: return tr("Gateway takes one host, not a list or hash");
    case K::RouteBadItem: return tr("a route entry must be a string, not a nested list or hash");
    case K::RoutesEmpty: return tr("Routes is an empty list: this scope has no route to deliver to");
    case K::RoutesUnsupportedScope:
        //: %1: a scope keyword such as Host
        return tr("Routes is documented only for domain and global scope; the MTA may ignore it in a %1 scope")
            .arg(a(0));
    case K::RoutesInBinding:
        //: %1: Binding or Binding_Group
        return tr("Routes written directly in a %1 has no effect: routes come only from Domain stanzas and the "
                     "global scope (put it in a Domain stanza inside the %1)")
            .arg(a(0));
    case K::RoutesAndGateway:
        return tr("this scope sets both Routes and Gateway; RouteScope uses Routes (the documentation does not say "
                     "which wins in one stanza)");

    case K::RouteEmpty: return tr("route entry is empty");
    case K::RouteBadChar: return tr("route entry contains a space or a quote");
    case K::RouteEmptyHost: return tr("route entry has no host");
    case K::RouteIpv6Unclosed: return tr("IPv6 address is missing its closing ']'");
    case K::RouteBadIpv6: return tr("'%1' is not a valid IPv6 address").arg(a(0));
    case K::RouteIpv6WithoutBrackets:
        return tr("an IPv6 address in a route must be written in brackets: [%1]").arg(a(0));
    case K::RouteBadIpv4: return tr("'%1' is not a valid IPv4 address").arg(a(0));
    case K::RouteTextAfterIpv6: return tr("unexpected '%1' after the IPv6 address").arg(a(0));
    case K::RouteBadHost: return tr("'%1' is not a valid host name").arg(a(0));
    case K::RouteBadPort: return tr("port '%1' is not a number from %2 to %3").arg(a(0), a(1), a(2));
    case K::RouteAuthorityPort:
        return tr("port given as host:port; write smtp://%1?port=%2 as the documentation shows").arg(a(0), a(1));
    case K::RouteAuthorityPortInUri:
        return tr("port given as host:port; the documentation only shows ?port=%1").arg(a(0));
    case K::RouteDuplicateKey:
        //: %1: a query key of a route entry: pref, ttl, port or type
        return tr("'%1' is given more than once; the last one is used").arg(a(0));
    case K::RoutePortTwice: return tr("port given both as host:port and as port=; port=%1 is used").arg(a(0));
    case K::RouteBadPref: return tr("pref '%1' is not a number from %2 to %3").arg(a(0), a(1), a(2));
    case K::RouteBadTtl: return tr("ttl '%1' is not a number of seconds from %2 to %3").arg(a(0), a(1), a(2));
    case K::RouteBadType: return tr("type '%1' is neither 'mx' nor 'a'").arg(a(0));
    case K::RouteUnknownKey: return tr("unknown query key '%1' is ignored (known: pref, ttl, port, type)").arg(a(0));
    case K::RouteOtherScheme:
        //: %1: a URI scheme such as lmtp
        return tr("'%1' routes are listed but not resolved or simulated").arg(a(0));
    case K::RouteTypeIgnored: return tr("type= has no effect on an IP address");
    case K::RouteMissingScheme: return tr("query options need the smtp:// form, e.g. smtp://%1").arg(a(0));

    case K::NullMx:
        return tr("%1 publishes a null MX (RFC 7505): it accepts no mail, so __mx__ yields no host").arg(a(0));
    case K::MxPrefBeatsExplicit:
        //: %1: an MX host; %2: its DNS preference; %3: a host of the route list; %4: its pref=
        return tr("MX host %1 (DNS preference %2) is tried before %3 (pref=%4) although the list puts %3 first")
            .arg(a(0), a(1), a(2), a(3));
    case K::EntryInvalidSkipped:
        //: %1: the entry's number in the list, from 1; %2: the entry as written
        return tr("entry %1 '%2' is invalid and is skipped").arg(a(0), a(1));
    case K::EntryNotSimulated:
        //: %1: the entry's number, from 1; %2: the entry; %3: its scheme, e.g. lmtp
        return tr("entry %1 '%2' uses %3 and is listed, not simulated").arg(a(0), a(1), a(2));
    case K::ResolvedThroughZone:
        //: %1: the names of offline zone files
        return tr("resolved through the zone file %1").arg(a(0));
    case K::ResolvedThroughDns:
        if (a(0).isEmpty())
            return tr("resolved through DNS (c-ares, the system's servers)");
        //: %1: DNS servers as address:port
        return tr("resolved through DNS (c-ares) at %1").arg(a(0));
    }
    return d.code;
}

QString DiagnosticText::text(const Diagnostic &d)
{
    return printable(sentence(d));
}

QString DiagnosticText::severityText(Severity s)
{
    switch (s) {
    case Severity::Error: return tr("Error");
    case Severity::Warning: return tr("Warning");
    case Severity::Note: break;
    }
    //: the mildest severity of a diagnostic
    return tr("Note");
}

QString DiagnosticText::line(const Diagnostic &d)
{
    //: %1 severity, %2 the diagnostic, %3 its code (as in the CLI's output)
    return tr("%1: %2 [%3]").arg(severityText(d.severity), text(d), d.code);
}

} // namespace rs::ui
