// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/lexer.h"

#include <cstring>

namespace rs {

namespace {

enum CharClass : quint8 { Other = 0, Space = 1, Punct = 2 };

// Bytes that end a bare word. Everything else, including bytes >= 0x80 and NUL,
// belongs to words so that invalid UTF-8 survives as part of the text it sits in.
constexpr auto makeTable()
{
    struct Table { quint8 c[256] = {}; } t;
    for (int i = 0; i < 256; ++i)
        t.c[i] = Lexer::isAsciiSpace(char(i)) ? Space : Other;
    for (unsigned char ch : {'{', '}', '(', ')', '[', ']', '=', '"', ','})
        t.c[ch] = Punct;
    return t;
}
constexpr auto kTable = makeTable();

inline quint8 classOf(char ch) { return kTable.c[static_cast<unsigned char>(ch)]; }

// The bytes lexString() looks at inside a string: its end, a line break, an escape,
// and the first byte of a typographic quote. Half a file's bytes are in strings;
// the rest are skipped a table lookup each.
constexpr auto makeStringStops()
{
    struct Table { bool stop[256] = {}; } t;
    for (unsigned char ch : {'"', '\n', '\\', '\xe2'})
        t.stop[ch] = true;
    return t;
}
constexpr auto kStringStops = makeStringStops();

// U+00A0 NO-BREAK SPACE in UTF-8, as pasted from web pages.
inline bool isNbsp(const char *p, const char *end) { return p + 1 < end && p[0] == '\xc2' && p[1] == '\xa0'; }
// U+201C and U+201D, the typographic double quotes.
inline bool isOpenQuote(const char *p, const char *end)
{
    return p + 2 < end && p[0] == '\xe2' && p[1] == '\x80' && p[2] == '\x9c';
}
inline bool isCloseQuote(const char *p, const char *end)
{
    return p + 2 < end && p[0] == '\xe2' && p[1] == '\x80' && p[2] == '\x9d';
}

} // namespace

Token Lexer::next()
{
    const auto size = quint32(m_input.size());
    const quint32 start = m_pos;
    if (m_pos >= size)
        return {TokenKind::EndOfFile, false, false, {size, size}};
    const char *data = m_input.data();
    const char ch = data[m_pos];
    auto single = [&](TokenKind kind) {
        ++m_pos;
        return Token{kind, false, false, {start, m_pos}};
    };
    switch (ch) {
    case '{': return single(TokenKind::LBrace);
    case '}': return single(TokenKind::RBrace);
    case '(': return single(TokenKind::LParen);
    case ')': return single(TokenKind::RParen);
    case '[': return single(TokenKind::LBracket);
    case ']': return single(TokenKind::RBracket);
    case '=': return single(TokenKind::Equals);
    case ',': return single(TokenKind::Comma);
    case '"': return lexString(start);
    case '#': {
        const auto *nl = static_cast<const char *>(std::memchr(data + m_pos, '\n', size - m_pos));
        m_pos = nl ? quint32(nl - data) : size;
        if (m_pos > start && data[m_pos - 1] == '\r' && nl)
            --m_pos;  // the CR belongs to the line break, not the comment
        return {TokenKind::LineComment, false, false, {start, m_pos}};
    }
    default:
        break;
    }
    if (classOf(ch) == Space || isNbsp(data + m_pos, data + size))
        return lexWhitespace(start);
    if (isOpenQuote(data + m_pos, data + size))
        return lexTypographicString(start);
    if (ch == '/' && m_pos + 1 < size && data[m_pos + 1] == '*')
        return lexBlockComment(start);
    return lexWord(start);
}

Token Lexer::lexString(quint32 start)
{
    const auto size = quint32(m_input.size());
    const char *data = m_input.data();
    quint32 p = start + 1;
    quint32 typographicClose = 0;  // a ” on the first line, e.g. "fbl” from a word processor
    bool firstLine = true;
    while (p < size) {
        while (p < size && !kStringStops.stop[static_cast<unsigned char>(data[p])])
            ++p;
        if (p >= size)
            break;
        const char c = data[p];
        if (c == '"')
            break;
        if (c == '\n') {
            if (typographicClose) {
                m_pos = typographicClose + 3;
                return {TokenKind::String, false, true, {start, m_pos}};
            }
            firstLine = false;
        } else if (firstLine && !typographicClose && isCloseQuote(data + p, data + size)) {
            typographicClose = p;
        }
        p += (c == '\\' && p + 1 < size) ? 2 : 1;
    }
    if (p < size) {
        // A string may span lines (SQL queries do), but when its closing quote runs
        // straight into a word, as in `"broken` ... `Domain "next" {`, that quote
        // opened the next string: the real string was left open on its first line.
        // The same goes for `("throttle” "down")`: the ” closed the first string.
        const bool runsIntoWord = p + 1 < size && classOf(data[p + 1]) == Other && data[p + 1] != '#';
        if (!runsIntoWord || (firstLine && !typographicClose)) {
            m_pos = p + 1;
            return {TokenKind::String, false, false, {start, m_pos}};
        }
    }
    if (typographicClose) {
        m_pos = typographicClose + 3;
        return {TokenKind::String, false, true, {start, m_pos}};
    }
    // No closing quote before the end: end the string at its own line so that the
    // rest of the file is still checked.
    const auto *nl = static_cast<const char *>(std::memchr(data + start, '\n', size - start));
    m_pos = nl ? quint32(nl - data) : size;
    if (nl && m_pos > start + 1 && data[m_pos - 1] == '\r')
        --m_pos;
    return {TokenKind::String, true, false, {start, m_pos}};
}

Token Lexer::lexBlockComment(quint32 start)
{
    const auto size = quint32(m_input.size());
    const char *data = m_input.data();
    for (quint32 p = start + 2; p + 1 < size; ++p) {
        if (data[p] == '*' && data[p + 1] == '/') {
            m_pos = p + 2;
            return {TokenKind::BlockComment, false, false, {start, m_pos}};
        }
    }
    m_pos = size;
    return {TokenKind::BlockComment, true, false, {start, size}};
}

Token Lexer::lexWord(quint32 start)
{
    const auto size = quint32(m_input.size());
    const char *data = m_input.data();
    quint32 p = start;
    if (data[p] == '/') {
        // A bare regex (`Domain /yahoo\.co(m|\.uk)$/ {`) or path: parentheses and
        // brackets belong to the word while they balance.
        int depth = 0;
        while (p < size) {
            const char c = data[p];
            const quint8 cls = classOf(c);
            if (cls == Space)
                break;
            if (c == '\\' && p + 1 < size && classOf(data[p + 1]) != Space) {
                p += 2;
                continue;
            }
            if (c == '(' || c == '[') {
                ++depth;
            } else if (c == ')' || c == ']') {
                if (depth == 0)
                    break;
                --depth;
            } else if (cls == Punct && depth == 0) {
                break;
            } else if (c == '"') {
                break;
            }
            ++p;
        }
    } else {
        const char *end = data + size;
        while (p < size && classOf(data[p]) == Other && !isNbsp(data + p, end))
            ++p;
    }
    if (p == start)
        ++p;  // cannot happen for a word start, but never return an empty token
    m_pos = p;
    return {TokenKind::Word, false, false, {start, p}};
}

Token Lexer::lexWhitespace(quint32 start)
{
    const auto size = quint32(m_input.size());
    const char *data = m_input.data();
    bool nbsp = false;
    while (m_pos < size) {
        if (classOf(data[m_pos]) == Space) {
            ++m_pos;
        } else if (isNbsp(data + m_pos, data + size)) {
            nbsp = true;
            m_pos += 2;
        } else {
            break;
        }
    }
    return {TokenKind::Whitespace, false, nbsp, {start, m_pos}};
}

Token Lexer::lexTypographicString(quint32 start)
{
    // “like this”: ends at the closing typographic quote or an ASCII one, on the same line.
    const auto size = quint32(m_input.size());
    const char *data = m_input.data();
    const char *end = data + size;
    for (quint32 p = start + 3; p < size && data[p] != '\n'; ++p) {
        if (isCloseQuote(data + p, end)) {
            m_pos = p + 3;
            return {TokenKind::String, false, true, {start, m_pos}};
        }
        if (data[p] == '"') {
            m_pos = p + 1;
            return {TokenKind::String, false, true, {start, m_pos}};
        }
    }
    // No closing quote on the line: an ordinary word that starts with “.
    return lexWord(start);
}

} // namespace rs
