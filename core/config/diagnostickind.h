// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace rs {

/// What a diagnostic says, one value per wording. Several kinds may share a code
/// (`route-bad-ip` is a missing ']', a bad IPv6 or a bad IPv4 address): the code is
/// what scripts match, the kind is what an interface words. The registry
/// (config/diagnosticcodes.h) gives each kind its code, severity and arguments.
enum class DiagnosticKind : quint16 {
    // The parser (config/parser.cpp)
    SyntaxUnterminatedComment,
    SyntaxNoBreakSpace,
    SyntaxTypographicQuotes,
    SyntaxUnterminatedString,
    SyntaxUnclosedScope,
    SyntaxUnclosedBlock,
    SyntaxUnclosedList,
    SyntaxUnclosedHash,
    SyntaxUnbalancedBrace,
    SyntaxBraceWithoutName,
    SyntaxUnexpectedToken,
    SyntaxExpectedEqualsOrBrace,
    SyntaxUnexpectedInList,
    SyntaxUnexpectedInHash,
    SyntaxScopeEquals,
    SyntaxMissingValue,

    // Includes (config/configset.cpp)
    IncludeMissing,
    IncludeTooDeep,
    IncludeCycle,
    IncludeRepeated,
    IncludeRepeatedMain,
    IncludeRepeatedNotConfiguration,
    IncludeTooMany,
    IncludeNotRegular,
    IncludeTooLargeTogether,
    IncludeTooLarge,
    IncludeUnreadable,
    IncludeNotConfiguration,

    // Scopes and options (routing/scopewalk.cpp, routing/routemodel.cpp)
    DomainBadRegex,
    OptionDuplicate,
    OptionNotInteger,
    OptionNotThrottle,

    // Scope rules (routing/validator.cpp)
    RouteImpliedPrefVersusMx,
    RouteImpliedPrefVersusExplicit,
    ScopeShadowed,
    ScopeShadowedElsewhere,
    DomainDuplicateIn,
    DomainDuplicate,
    GatewayBadValue,
    RouteBadItem,
    RoutesEmpty,
    RoutesUnsupportedScope,
    RoutesInBinding,
    RoutesAndGateway,

    // One route entry (routing/routeentry.cpp)
    RouteEmpty,
    RouteBadChar,
    RouteEmptyHost,
    RouteIpv6Unclosed,
    RouteBadIpv6,
    RouteIpv6WithoutBrackets,
    RouteBadIpv4,
    RouteTextAfterIpv6,
    RouteBadHost,
    RouteBadPort,
    RouteAuthorityPort,
    RouteAuthorityPortInUri,
    RouteDuplicateKey,
    RoutePortTwice,
    RouteBadPref,
    RouteBadTtl,
    RouteBadType,
    RouteUnknownKey,
    RouteOtherScheme,
    RouteTypeIgnored,
    RouteMissingScheme,

    // What DNS revealed, and notes of an explanation (routing/explanation.cpp, maillookup.cpp)
    NullMx,
    MxPrefBeatsExplicit,
    EntryInvalidSkipped,
    EntryNotSimulated,
    ResolvedThroughZone,
    ResolvedThroughDns,
};

} // namespace rs
