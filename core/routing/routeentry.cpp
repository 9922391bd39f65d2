#include "routing/routeentry.h"

#include <QVarLengthArray>

#include <arpa/inet.h>

#include <cstring>

namespace rs {

namespace {

constexpr int kMaxPort = 65535;
constexpr int kMaxPref = 65535;
constexpr qint64 kMaxTtl = 2147483647;

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
bool sameAscii(QStringView text, const char *lower)
{
    const qsizetype n = qsizetype(std::strlen(lower));
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

struct Parser {
    RouteEntry &e;
    void problem(Severity s, const char *code, const QString &message, qsizetype column)
    {
        e.problems.append({s, QString::fromLatin1(code), message, int(column)});
    }

    // host part: name, IPv4, or [IPv6], optionally with :port
    void host(QStringView text, qsizetype column, bool inUri)
    {
        if (text.isEmpty()) {
            problem(Severity::Error, "route-empty-host", QStringLiteral("route entry has no host"), column);
            return;
        }
        QStringView portText;
        qsizetype portColumn = 0;
        if (text.startsWith(u'[')) {
            const qsizetype close = text.indexOf(u']');
            if (close < 0) {
                problem(Severity::Error, "route-bad-ip", QStringLiteral("IPv6 address is missing its closing ']'"), column);
                return;
            }
            const QStringView addr = text.sliced(1, close - 1);
            if (!isIpv6Literal(addr)) {
                problem(Severity::Error, "route-bad-ip",
                        QStringLiteral("'%1' is not a valid IPv6 address").arg(addr), column + 1);
                return;
            }
            e.kind = EntryKind::IpLiteral;
            e.isIpv6 = true;
            e.host = addr.toString().toLower();
            const QStringView rest = text.sliced(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(u':')) {
                    problem(Severity::Error, "route-bad-host",
                            QStringLiteral("unexpected '%1' after the IPv6 address").arg(rest), column + close + 1);
                    return;
                }
                portText = rest.sliced(1);
                portColumn = column + close + 2;
            }
        } else {
            QStringView name = text;
            const qsizetype colon = text.indexOf(u':');
            if (colon >= 0) {
                if (text.indexOf(u':', colon + 1) >= 0 && isIpv6Literal(text)) {
                    problem(Severity::Error, "route-bad-ip",
                            QStringLiteral("an IPv6 address in a route must be written in brackets: [%1]").arg(text),
                            column);
                    return;
                }
                name = text.first(colon);
                portText = text.sliced(colon + 1);
                portColumn = column + colon + 1;
            }
            if (isIpv4Literal(name)) {
                e.kind = EntryKind::IpLiteral;
                e.host = name.toString();
            } else if (isDottedNumbers(name)) {
                problem(Severity::Error, "route-bad-ip", QStringLiteral("'%1' is not a valid IPv4 address").arg(name), column);
                return;
            } else if (isValidHostName(name)) {
                e.kind = EntryKind::HostName;
                e.host = lowered(name);
            } else {
                problem(Severity::Error, "route-bad-host",
                        QStringLiteral("'%1' is not a valid host name").arg(name), column);
                return;
            }
        }
        if (portColumn > 0) {
            qint64 port = 0;
            if (!parseNumber(portText, kMaxPort, port) || port < 1) {
                problem(Severity::Error, "route-bad-port",
                        QStringLiteral("port '%1' is not a number from 1 to 65535").arg(portText), portColumn);
                return;
            }
            e.port = int(port);
            problem(Severity::Warning, "route-authority-port",
                    inUri ? QStringLiteral("port given as host:port; the documentation only shows ?port=%1").arg(port)
                          : QStringLiteral("port given as host:port; write smtp://%1?port=%2 as the documentation shows")
                                .arg(e.hostForUri()).arg(port),
                    portColumn - 1);
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
        QVarLengthArray<QStringView, 8> seen;
        qsizetype pos = 0;
        while (pos <= text.size()) {
            qsizetype amp = text.indexOf(u'&', pos);
            if (amp < 0)
                amp = text.size();
            const QStringView pair = text.sliced(pos, amp - pos);
            const qsizetype col = column + pos;
            pos = amp + 1;
            if (pair.isEmpty())
                continue;
            const qsizetype eq = pair.indexOf(u'=');
            const QStringView key = eq < 0 ? pair : pair.first(eq);
            const QStringView val = eq < 0 ? QStringView() : pair.sliced(eq + 1);
            const qsizetype valCol = col + eq + 1;
            const bool repeated = std::any_of(seen.cbegin(), seen.cend(), [key](QStringView k) {
                return k.compare(key, Qt::CaseInsensitive) == 0;
            });
            if (repeated) {
                problem(Severity::Warning, "route-duplicate-key",
                        QStringLiteral("'%1' is given more than once; the last one is used").arg(key.toString().toLower()), col);
            }
            seen.append(key);
            qint64 n = 0;
            auto is = [key](const char *name) { return sameAscii(key, name); };
            if (is("pref")) {
                if (!parseNumber(val, kMaxPref, n)) {
                    problem(Severity::Error, "route-bad-pref",
                            QStringLiteral("pref '%1' is not a number from 0 to 65535").arg(val), eq < 0 ? col : valCol);
                    continue;
                }
                e.pref = int(n);
            } else if (is("ttl")) {
                if (!parseNumber(val, kMaxTtl, n)) {
                    problem(Severity::Error, "route-bad-ttl",
                            QStringLiteral("ttl '%1' is not a number of seconds from 0 to 2147483647").arg(val),
                            eq < 0 ? col : valCol);
                    continue;
                }
                e.ttl = n;
            } else if (is("port")) {
                if (!parseNumber(val, kMaxPort, n) || n < 1) {
                    problem(Severity::Error, "route-bad-port",
                            QStringLiteral("port '%1' is not a number from 1 to 65535").arg(val), eq < 0 ? col : valCol);
                    continue;
                }
                if (e.port && !portFromQuery) {
                    problem(Severity::Warning, "route-duplicate-key",
                            QStringLiteral("port given both as host:port and as port=; port=%1 is used").arg(n), col);
                }
                e.port = int(n);
                portFromQuery = true;
            } else if (is("type")) {
                if (sameAscii(val, "mx")) {
                    e.type = LookupType::Mx;
                } else if (sameAscii(val, "a")) {
                    e.type = LookupType::A;
                } else {
                    problem(Severity::Error, "route-bad-type",
                            QStringLiteral("type '%1' is neither 'mx' nor 'a'").arg(val), eq < 0 ? col : valCol);
                }
            } else {
                problem(Severity::Warning, "route-unknown-key",
                        QStringLiteral("unknown query key '%1' is ignored (known: pref, ttl, port, type)").arg(key.toString().toLower()), col);
            }
        }
    }

    void run()
    {
        const QString &t = e.text;
        if (t.isEmpty()) {
            problem(Severity::Error, "route-empty", QStringLiteral("route entry is empty"), 0);
            return;
        }
        for (qsizetype i = 0; i < t.size(); ++i) {
            const QChar c = t.at(i);
            const bool plain = c.unicode() > 0x20 && c.unicode() < 0x7f && c != u'"';
            if (!plain && (c == u'"' || c.isSpace())) {
                problem(Severity::Error, "route-bad-char",
                        QStringLiteral("route entry contains a space or a quote"), i);
                return;
            }
        }
        if (sameAscii(t, "__mx__")) {
            e.kind = EntryKind::Mx;
            return;
        }
        // The first "://" (a plain scan: QString::indexOf of a needle costs more than
        // the entry).
        qsizetype sep = -1;
        for (qsizetype i = 0; i + 2 < t.size(); ++i) {
            if (t.at(i) == u':' && t.at(i + 1) == u'/' && t.at(i + 2) == u'/') {
                sep = i;
                break;
            }
        }
        if (sep > 0) {
            const QStringView scheme = QStringView(t).first(sep);
            static const QString smtp = QStringLiteral("smtp");
            e.scheme = sameAscii(scheme, "smtp") ? smtp : scheme.toString().toLower();
            if (e.scheme != u"smtp") {
                e.kind = EntryKind::OtherScheme;
                problem(Severity::Note, "route-other-scheme",
                        QStringLiteral("'%1' routes are listed but not resolved or simulated").arg(e.scheme), 0);
                return;
            }
            const qsizetype hostStart = sep + 3;
            qsizetype q = t.indexOf(u'?', hostStart);
            QStringView authority = QStringView(t).sliced(hostStart, (q < 0 ? t.size() : q) - hostStart);
            if (authority.endsWith(u'/'))
                authority.chop(1);  // smtp://host/?pref=1
            if (sameAscii(authority, "__mx__")) {
                e.kind = EntryKind::Mx;
            } else {
                host(authority, hostStart, true);
            }
            if (q >= 0)
                query(QStringView(t).sliced(q + 1), q + 1);
            if (e.kind == EntryKind::Invalid)
                return;
            if (e.kind == EntryKind::IpLiteral && e.type != LookupType::Default) {
                problem(Severity::Note, "route-type-ignored",
                        QStringLiteral("type= has no effect on an IP address"), q + 1);
            }
            return;
        }
        if (t.contains(u'?')) {
            problem(Severity::Error, "route-missing-scheme",
                    QStringLiteral("query options need the smtp:// form, e.g. smtp://%1").arg(t), t.indexOf(u'?'));
            return;
        }
        host(t, 0, false);
    }
};

} // namespace

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

RouteEntry parseRouteEntry(const QString &text)
{
    RouteEntry e;
    e.text = text;
    Parser{e}.run();
    if (e.hasErrors())
        e.kind = EntryKind::Invalid;
    return e;
}

QString composeRouteEntry(const QString &host, std::optional<int> pref, std::optional<qint64> ttl,
                          std::optional<int> port, LookupType type)
{
    const bool v6 = isIpv6Literal(host);
    const QString h = v6 ? u'[' + host + u']' : host;
    if (host == u"__mx__" && !pref && !ttl && !port && type == LookupType::Default)
        return host;
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

bool isValidHostName(QStringView host)
{
    if (host.endsWith(u'.'))
        host.chop(1);
    if (host.isEmpty() || host.size() > 253)
        return false;
    qsizetype labelLength = 0;
    for (qsizetype i = 0; i <= host.size(); ++i) {
        if (i == host.size() || host.at(i) == u'.') {
            if (labelLength == 0 || labelLength > 63)
                return false;
            if (host.at(i - 1) == u'-' || host.at(i - labelLength) == u'-')
                return false;
            labelLength = 0;
            continue;
        }
        const QChar c = host.at(i);
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'-' || c == u'_';
        if (!ok)
            return false;
        ++labelLength;
    }
    return true;
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
    return text.contains(u':') && toAscii(text, buffer) && inet_pton(AF_INET6, buffer, &a) == 1;
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
