// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/routeentry.h"

#include "config/diagnosticcodes.h"

#include <QVarLengthArray>

#include <arpa/inet.h>

#include <array>
#include <bit>

#include <cstring>

namespace rs {

namespace {

bool parseNumber(QStringView text, qint64 max, qint64 &out)
{
    if (text.isEmpty() || text.size() > 12)
        return false;
    qint64 n = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
        n = n * 10 + (c.unicode() - u'0');  // at most 12 digits: no overflow
    }
    out = n;
    return n <= max;
}

// Host names compare case-insensitively; most are already lower-case ASCII.
QString lowered(QStringView text)
{
    for (const QChar c : text) {
        if ((c >= u'A' && c <= u'Z') || c.unicode() >= 0x80)
            return text.toString().toLower();
    }
    return text.toString();
}

// ASCII case-insensitive equality with a lower-case ASCII literal: the query keys,
// schemes and __mx__ of every entry of a file go through here, so no Unicode tables.
template<size_t N>
bool sameAscii(QStringView text, const char (&lower)[N])
{
    constexpr qsizetype n = qsizetype(N) - 1;
    if (text.size() != n)
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        char16_t c = text.at(i).unicode();
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c + (u'a' - u'A'));
        if (c != char16_t(lower[i]))
            return false;
    }
    return true;
}

// The first `c` in `text` at or after `from`, or -1. Entries are a few dozen
// characters: a plain loop, where QStringView::indexOf(QChar) goes through Qt's
// general substring search (about 100 instructions a call, 3 calls an entry).
qsizetype find(QStringView text, char16_t c, qsizetype from = 0)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        if (text.at(i).unicode() == c)
            return i;
    }
    return -1;
}

// What the first pass over an entry looks for, by ASCII character: a quote or a
// space (Check, with non-ASCII: Unicode spaces), "://" and '?'.
enum class EntryChar : quint8 { Plain, Check, Colon, Question };
constexpr auto makeEntryChars()
{
    struct Table { EntryChar of[128] = {}; } t;
    for (int u = 0; u < 128; ++u)
        t.of[u] = u <= 0x20 || u == 0x7f || u == '"' ? EntryChar::Check : EntryChar::Plain;
    t.of[int(':')] = EntryChar::Colon;
    t.of[int('?')] = EntryChar::Question;
    return t;
}
constexpr auto kEntryChars = makeEntryChars();

// The characters of c[0..7] that are not EntryChar::Plain, as bits (bit k for
// c[k]). Eight at a time with the compiler's vector extension (SSE2 on x86-64,
// NEON on arm64): most of an entry is letters, digits and dots, and a table
// lookup a character was most of its cost.
inline unsigned stopsIn8(const char16_t *c)
{
#if defined(__GNUC__)
    typedef unsigned short Lanes __attribute__((vector_size(16)));
    Lanes v;
    std::memcpy(&v, c, sizeof v);
    using U = unsigned short;
    const auto stop = (v <= U(0x20)) | (v >= U(0x7f)) | (v == U('"')) | (v == U(':')) | (v == U('?'));
    quint64 halves[2];
    std::memcpy(halves, &stop, sizeof halves);
    // Lanes are 0 or 0xffff: one bit of each (at 0, 16, 32, 48) gathered by a
    // multiply into bits 45 to 48, where the partial products do not meet.
    auto gather = [](quint64 lanes) {
        return unsigned(((lanes & 0x0001000100010001ull) * 0x0000200040008001ull) >> 45) & 0xfu;
    };
    return gather(halves[0]) | (gather(halves[1]) << 4);
#else
    unsigned bits = 0;
    for (int k = 0; k < 8; ++k) {
        if (c[k] >= 0x80 || kEntryChars.of[c[k]] != EntryChar::Plain)
            bits |= 1u << k;
    }
    return bits;
#endif
}

struct Parser {
    RouteEntry &e;
    QStringView t;        ///< the entry's text
    EntryDetail detail;
    QStringView hostText; ///< the host as written (IPv6 without brackets)

    void problem(DiagnosticKind kind, QStringList args, qsizetype column)
    {
        const DiagnosticSpec &spec = diagnosticSpec(kind);
        e.problems.append({spec.severity, spec.code, kind, std::move(args), int(column)});
    }
    // A number out of range: the value as written and the range it must be in.
    static QStringList range(QStringView value, qint64 min, qint64 max)
    {
        return {value.toString(), QString::number(min), QString::number(max)};
    }

    void setHost(EntryKind kind, QStringView written)
    {
        e.kind = kind;
        hostText = written;
        if (detail == EntryDetail::Full)
            e.host = lowered(written);
    }

    // host part: name, IPv4, or [IPv6], optionally with :port
    /// `firstColon`: the first ':' in `text`, or -1, as the first pass found it.
    void host(QStringView text, qsizetype column, bool inUri, qsizetype firstColon)
    {
        if (text.isEmpty()) {
            problem(DiagnosticKind::RouteEmptyHost, {}, column);
            return;
        }
        QStringView portText;
        qsizetype portColumn = 0;
        if (text.startsWith(u'[')) {
            const qsizetype close = find(text, u']');
            if (close < 0) {
                problem(DiagnosticKind::RouteIpv6Unclosed, {}, column);
                return;
            }
            const QStringView addr = text.sliced(1, close - 1);
            if (!isIpv6Literal(addr)) {
                problem(DiagnosticKind::RouteBadIpv6, {addr.toString()}, column + 1);
                return;
            }
            e.isIpv6 = true;
            setHost(EntryKind::IpLiteral, addr);
            const QStringView rest = text.sliced(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(u':')) {
                    problem(DiagnosticKind::RouteTextAfterIpv6, {rest.toString()}, column + close + 1);
                    return;
                }
                portText = rest.sliced(1);
                portColumn = column + close + 2;
            }
        } else {
            QStringView name = text;
            const qsizetype colon = firstColon;
            if (colon >= 0) {
                if (find(text, u':', colon + 1) >= 0 && isIpv6Literal(text)) {
                    problem(DiagnosticKind::RouteIpv6WithoutBrackets, {text.toString()}, column);
                    return;
                }
                name = text.first(colon);
                portText = text.sliced(colon + 1);
                portColumn = column + colon + 1;
            }
            // Only digits and dots can be IPv4: names skip inet_pton.
            if (isDottedNumbers(name) && isIpv4Literal(name)) {
                setHost(EntryKind::IpLiteral, name);
            } else if (isDottedNumbers(name)) {
                problem(DiagnosticKind::RouteBadIpv4, {name.toString()}, column);
                return;
            } else if (isValidHostName(name)) {
                setHost(EntryKind::HostName, name);
            } else {
                problem(DiagnosticKind::RouteBadHost, {name.toString()}, column);
                return;
            }
        }
        if (portColumn > 0) {
            qint64 port = 0;
            if (!parseNumber(portText, kMaxPort, port) || port < 1) {
                problem(DiagnosticKind::RouteBadPort, range(portText, 1, kMaxPort), portColumn);
                return;
            }
            e.port = int(port);
            if (inUri) {
                problem(DiagnosticKind::RouteAuthorityPortInUri, {QString::number(port)}, portColumn - 1);
            } else {
                if (e.host.isEmpty())
                    e.host = lowered(hostText);  // for the message, also with EntryDetail::Facts
                problem(DiagnosticKind::RouteAuthorityPort, {e.hostForUri(), QString::number(port)}, portColumn - 1);
            }
        }
    }

    static bool isDottedNumbers(QStringView s)
    {
        if (s.isEmpty())
            return false;
        for (QChar c : s) {
            if (c != u'.' && (c < u'0' || c > u'9'))
                return false;
        }
        return true;
    }

    void query(QStringView text, qsizetype column)
    {
        bool portFromQuery = false;
        // Keys seen: the four known ones as bits, others (an error anyway) listed.
        enum Known : quint8 { Pref = 1, Ttl = 2, Port = 4, Type = 8 };
        quint8 known = 0;
        QVarLengthArray<QStringView, 4> unknown;
        qsizetype pos = 0;
        while (pos <= text.size()) {
            qsizetype amp = find(text, u'&', pos);
            if (amp < 0)
                amp = text.size();
            const QStringView pair = text.sliced(pos, amp - pos);
            const qsizetype col = column + pos;
            pos = amp + 1;
            if (pair.isEmpty())
                continue;
            const qsizetype eq = find(pair, u'=');
            const QStringView key = eq < 0 ? pair : pair.first(eq);
            const QStringView val = eq < 0 ? QStringView() : pair.sliced(eq + 1);
            const qsizetype valCol = col + eq + 1;
            auto is = [key](const auto &name) { return sameAscii(key, name); };
            const quint8 bit = is("pref") ? Pref : is("ttl") ? Ttl : is("port") ? Port : is("type") ? Type : 0;
            const bool repeated = bit ? (known & bit) != 0 : std::any_of(unknown.cbegin(), unknown.cend(), [key](QStringView k) {
                return k.compare(key, Qt::CaseInsensitive) == 0;
            });
            if (repeated) {
                problem(DiagnosticKind::RouteDuplicateKey, {key.toString().toLower()}, col);
            }
            known |= bit;
            if (!bit)
                unknown.append(key);
            qint64 n = 0;
            if (bit == Pref) {
                if (!parseNumber(val, kMaxPref, n)) {
                    problem(DiagnosticKind::RouteBadPref, range(val, 0, kMaxPref), eq < 0 ? col : valCol);
                    continue;
                }
                e.pref = int(n);
            } else if (bit == Ttl) {
                if (!parseNumber(val, kMaxTtl, n)) {
                    problem(DiagnosticKind::RouteBadTtl, range(val, 0, kMaxTtl), eq < 0 ? col : valCol);
                    continue;
                }
                e.ttl = n;
            } else if (bit == Port) {
                if (!parseNumber(val, kMaxPort, n) || n < 1) {
                    problem(DiagnosticKind::RouteBadPort, range(val, 1, kMaxPort), eq < 0 ? col : valCol);
                    continue;
                }
                if (e.port && !portFromQuery) {
                    problem(DiagnosticKind::RoutePortTwice, {QString::number(n)}, col);
                }
                e.port = int(n);
                portFromQuery = true;
            } else if (bit == Type) {
                if (sameAscii(val, "mx")) {
                    e.type = LookupType::Mx;
                } else if (sameAscii(val, "a")) {
                    e.type = LookupType::A;
                } else {
                    problem(DiagnosticKind::RouteBadType, {val.toString()}, eq < 0 ? col : valCol);
                }
            } else {
                problem(DiagnosticKind::RouteUnknownKey, {key.toString().toLower()}, col);
            }
        }
    }

    void run()
    {
        if (t.isEmpty()) {
            problem(DiagnosticKind::RouteEmpty, {}, 0);
            return;
        }
        // One pass: a character no entry may hold, the first "://" and the first
        // '?' after it (or in the whole entry, without one). Entries are a few
        // dozen characters; QString searches cost more than the entry.
        const char16_t *const c = t.utf16();
        const qsizetype size = t.size();
        qsizetype sep = -1;
        qsizetype question = -1;
        qsizetype colon = -1;  // the first ':' after the separator, or in the whole entry
        auto visit = [&](qsizetype i) {
            const char16_t u = c[i];
            const EntryChar k = u < 0x80 ? kEntryChars.of[u] : EntryChar::Check;
            if (k == EntryChar::Check && (u == u'"' || QChar(u).isSpace())) {
                problem(DiagnosticKind::RouteBadChar, {}, i);
                return false;
            }
            if (k == EntryChar::Colon && sep < 0 && i + 2 < size && c[i + 1] == u'/' && c[i + 2] == u'/') {
                sep = i;
                question = -1;  // ones before it are in the scheme
                colon = -1;
            } else if (k == EntryChar::Colon && colon < 0) {
                colon = i;
            } else if (k == EntryChar::Question && question < 0) {
                question = i;
            }
            return true;
        };
        qsizetype i = 0;
        for (; i + 8 <= size; i += 8) {
            for (unsigned stops = stopsIn8(c + i); stops != 0; stops &= stops - 1) {
                if (!visit(i + std::countr_zero(stops)))
                    return;
            }
        }
        for (; i < size; ++i) {
            if (!visit(i))
                return;
        }
        if (sameAscii(t, "__mx__")) {
            e.kind = EntryKind::Mx;
            return;
        }
        if (sep > 0) {
            const QStringView scheme = t.first(sep);
            static const QString smtp = QStringLiteral("smtp");
            if (!sameAscii(scheme, "smtp")) {
                e.scheme = scheme.toString().toLower();
                if (e.scheme != smtp) {
                    e.kind = EntryKind::OtherScheme;
                    problem(DiagnosticKind::RouteOtherScheme, {e.scheme}, 0);
                    return;
                }
            }
            e.scheme = smtp;
            const qsizetype hostStart = sep + 3;
            const qsizetype q = question;
            QStringView authority = t.sliced(hostStart, (q < 0 ? t.size() : q) - hostStart);
            if (authority.endsWith(u'/'))
                authority.chop(1);  // smtp://host/?pref=1
            if (sameAscii(authority, "__mx__")) {
                e.kind = EntryKind::Mx;
            } else {
                // The first pass's colon, where it falls inside the authority.
                const bool inAuthority = colon >= hostStart && colon < hostStart + authority.size();
                host(authority, hostStart, true, inAuthority ? colon - hostStart : -1);
            }
            if (q >= 0)
                query(t.sliced(q + 1), q + 1);
            if (e.kind == EntryKind::Invalid)
                return;
            if (e.kind == EntryKind::IpLiteral && e.type != LookupType::Default) {
                problem(DiagnosticKind::RouteTypeIgnored, {}, q + 1);
            }
            return;
        }
        if (question >= 0) {
            problem(DiagnosticKind::RouteMissingScheme, {t.toString()}, question);
            return;
        }
        host(t, 0, false, sep == 0 ? 0 : colon);  // "://x": the separator's colon is the first
    }
};

} // namespace

Diagnostic EntryProblem::diagnostic() const
{
    Diagnostic d;
    d.severity = severity;
    d.code = code;
    d.kind = kind;
    d.args = args;
    return d;
}

bool RouteEntry::hasErrors() const
{
    if (kind == EntryKind::Invalid)
        return true;
    for (const auto &p : problems) {
        if (p.severity == Severity::Error)
            return true;
    }
    return false;
}

QString RouteEntry::hostForUri() const
{
    return isIpv6 ? u'[' + host + u']' : host;
}

RouteEntry parseRouteEntry(QStringView text, EntryDetail detail)
{
    RouteEntry e;
    Parser{e, text, detail, {}}.run();
    if (e.hasErrors())
        e.kind = EntryKind::Invalid;
    return e;
}

RouteEntry parseRouteEntry(const QString &text)
{
    RouteEntry e = parseRouteEntry(text, EntryDetail::Full);
    e.text = text;
    return e;
}

namespace {

QString writeEntry(const QString &host, std::optional<int> pref, std::optional<qint64> ttl,
                   std::optional<int> port, LookupType type)
{
    const QString h = isIpv6Literal(host) ? u'[' + host + u']' : host;
    if (!pref && !ttl && !port && type == LookupType::Default)
        return h;
    QStringList q;
    if (pref)
        q.append(u"pref=" + QString::number(*pref));
    if (ttl)
        q.append(u"ttl=" + QString::number(*ttl));
    if (port)
        q.append(u"port=" + QString::number(*port));
    if (type != LookupType::Default)
        q.append(u"type=" + lookupTypeName(type));
    return u"smtp://" + h + u'?' + q.join(u'&');
}

} // namespace

Result<QString, EntryProblem> composeRouteEntry(const QString &host, std::optional<int> pref,
                                                std::optional<qint64> ttl, std::optional<int> port,
                                                LookupType type)
{
    const QString text = writeEntry(host, pref, ttl, port, type);
    const RouteEntry e = parseRouteEntry(text);
    for (const EntryProblem &p : e.problems) {
        if (p.severity == Severity::Error)
            return Unexpected{p};
    }
    const bool mx = e.kind == EntryKind::Mx;
    const bool sameHost = mx ? host.compare(u"__mx__", Qt::CaseInsensitive) == 0
                             : e.host.compare(host, Qt::CaseInsensitive) == 0;
    if (!sameHost || e.pref != pref || e.ttl != ttl || e.port != port || e.type != type) {
        const DiagnosticSpec &spec = diagnosticSpec(DiagnosticKind::RouteBadHost);
        return Unexpected{EntryProblem{spec.severity, spec.code, spec.kind, {host}, 0}};
    }
    return text;
}

bool isValidHostName(QStringView host)
{
    if (host.endsWith(u'.'))
        host.chop(1);
    if (host.isEmpty() || host.size() > 253)
        return false;
    // Letters, digits, '-' and '_' (seen in real names); every host of a file comes
    // through here, so one table lookup a character.
    static constexpr auto allowed = [] {
        std::array<bool, 128> a{};
        for (int c = 0; c < 128; ++c)
            a[size_t(c)] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        return a;
    }();
    const char16_t *const begin = host.utf16();
    const char16_t *const end = begin + host.size();
    const char16_t *label = begin;
    for (const char16_t *p = begin;; ++p) {
        if (p == end || *p == u'.') {
            const qsizetype length = p - label;
            if (length == 0 || length > 63 || p[-1] == u'-' || *label == u'-')
                return false;
            if (p == end)
                return true;
            label = p + 1;
        } else if (*p >= 128 || !allowed[*p]) {
            return false;
        }
    }
}

// Copies short printable ASCII text into a NUL-terminated buffer for inet_pton,
// without touching the heap: this runs for every route entry of a file. Anything
// else is refused here: inet_pton would stop at an embedded NUL and accept
// "8::1\0junk" as 8::1.
template<size_t N>
static bool toAscii(QStringView text, char (&buffer)[N])
{
    if (text.isEmpty() || size_t(text.size()) >= N)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c <= 0x20 || c >= 0x7f)
            return false;
        buffer[i] = char(c);
    }
    buffer[text.size()] = '\0';
    return true;
}

bool isIpv4Literal(QStringView text)
{
    char buffer[16];
    in_addr a{};
    return toAscii(text, buffer) && inet_pton(AF_INET, buffer, &a) == 1;
}

bool isIpv6Literal(QStringView text)
{
    char buffer[46];
    in6_addr a{};
    return find(text, u':') >= 0 && toAscii(text, buffer) && inet_pton(AF_INET6, buffer, &a) == 1;
}

QString lookupTypeName(LookupType type)
{
    switch (type) {
    case LookupType::Default: return QString();
    case LookupType::Mx: return QStringLiteral("mx");
    case LookupType::A: return QStringLiteral("a");
    }
    return {};
}

QString entryKindName(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Mx: return QStringLiteral("mx");
    case EntryKind::HostName: return QStringLiteral("host");
    case EntryKind::IpLiteral: return QStringLiteral("ip");
    case EntryKind::OtherScheme: return QStringLiteral("other-scheme");
    case EntryKind::Invalid: return QStringLiteral("invalid");
    }
    return {};
}

} // namespace rs
