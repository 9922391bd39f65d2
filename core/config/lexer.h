// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/sourcetext.h"

namespace rs {

enum class TokenKind : quint8 {
    EndOfFile,
    Whitespace,   ///< spaces, tabs, line breaks (and any other control byte)
    LineComment,  ///< '#' to the end of the line, line break excluded
    BlockComment, ///< '/* ... */'; flagged unterminated when it runs into the end
    String,       ///< '"' ... '"', may span lines; backslash keeps the next byte
    Word,         ///< a bare value or name: `enabled`, `/var/spool`, `/re(g|x)$/`
    LBrace, RBrace, LParen, RParen, LBracket, RBracket, Equals, Comma,
};

struct Token {
    TokenKind kind = TokenKind::EndOfFile;
    bool unterminated = false;
    /// Set on a String quoted with “typographic” quotes (pasted from documents) and
    /// on Whitespace holding a no-break space: readable, but worth a warning.
    bool unusual = false;
    Span span;
};

/// Splits bytes into tokens that cover the input with no gaps, so concatenating
/// the spans of all tokens gives the input back. Never fails: any byte sequence
/// lexes, and broken constructs are flagged on their token.
class Lexer final
{
public:
    explicit Lexer(QByteArrayView input) : m_input(input) {}
    Token next();
    /// Moves past ASCII whitespace (the run a Whitespace token would hold, up to
    /// any no-break space, which next() still returns flagged). For readers that
    /// drop whitespace: most of a file's tokens are indentation and line breaks.
    void skipAsciiSpace()
    {
        const auto size = quint32(m_input.size());
        const char *data = m_input.data();
        while (m_pos < size && isAsciiSpace(data[m_pos]))
            ++m_pos;
    }
    quint32 offset() const { return m_pos; }

    /// The bytes a Whitespace token is made of, besides the no-break space: ' ' and
    /// \t \n \v \f \r (9 to 13).
    static constexpr bool isAsciiSpace(char ch)
    {
        const auto c = static_cast<unsigned char>(ch);
        return c == ' ' || unsigned(c - 9) < 5;
    }

    static bool isTrivia(TokenKind kind)
    {
        return kind == TokenKind::Whitespace || kind == TokenKind::LineComment
            || kind == TokenKind::BlockComment;
    }

private:
    Token lexString(quint32 start);
    Token lexTypographicString(quint32 start);
    Token lexWhitespace(quint32 start);
    Token lexWord(quint32 start);
    Token lexBlockComment(quint32 start);

    QByteArrayView m_input;
    quint32 m_pos = 0;
};

} // namespace rs
