// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/editreading.h"

#include "config/lexer.h"

#include <algorithm>

namespace rs {

namespace {

bool sameToken(const Token &a, const Token &b, qint64 shift)
{
    return a.kind == b.kind && a.unterminated == b.unterminated && a.unusual == b.unusual
        && qint64(a.span.begin) + shift == qint64(b.span.begin) && qint64(a.span.end) + shift == qint64(b.span.end);
}

// Tokens of `text` from `from` on, with absolute spans; whitespace is skipped (an
// edit may split or join runs of it without changing what the text says).
class TokenReader
{
public:
    TokenReader(QByteArrayView text, quint32 from) : m_text(text), m_from(from), m_lexer(text.sliced(from)) {}
    Token next()
    {
        Token t = m_lexer.next();
        while (t.kind == TokenKind::Whitespace)
            t = m_lexer.next();
        t.span = {t.span.begin + m_from, t.span.end + m_from};
        // A '#' comment that ran to the end of the file keeps its final CRs; a line
        // break after it takes the last one. The same comment either way.
        while (t.kind == TokenKind::LineComment && t.span.end > t.span.begin && m_text.at(t.span.end - 1) == '\r')
            --t.span.end;
        return t;
    }

private:
    QByteArrayView m_text;
    quint32 m_from;
    Lexer m_lexer;
};

} // namespace

std::optional<quint32> readingChangedAt(const SyntaxTree &tree, const TextEdits &edits, const QByteArray &newText)
{
    if (edits.isEmpty())
        return std::nullopt;
    const QByteArray &oldText = tree.bytes();
    quint32 begin = edits.front().begin, end = edits.front().end;
    for (const TextEdit &e : edits) {
        begin = std::min(begin, e.begin);
        end = std::max(end, e.end);
    }
    const qint64 shift = qint64(newText.size()) - oldText.size();
    const auto newEnd = quint32(qint64(end) + shift);

    // Nodes are stored in source order and each starts at a token, so the last one
    // starting at or before the edit's line is a place where both texts lex alike.
    const quint32 lineStart = tree.source().lineStart(tree.position(begin).line);
    const std::vector<Node> &nodes = tree.nodes();
    const auto after = std::upper_bound(nodes.begin(), nodes.end(), lineStart,
                                        [](quint32 at, const Node &n) { return at < n.span.begin; });
    const quint32 from = after == nodes.begin() ? 0 : std::prev(after)->span.begin;

    TokenReader before(oldText, from), now(newText, from);
    Token o = before.next(), n = now.next();
    // Up to the edit: the same tokens, none of them reaching into it.
    for (; o.kind != TokenKind::EndOfFile && o.span.begin < begin; o = before.next(), n = now.next()) {
        if (o.span.end > begin || !sameToken(o, n, 0))
            return std::min(o.span.begin, n.span.begin);
    }
    // The new bytes: the tokens they make on their own, none reaching out of them.
    TokenReader alone(QByteArrayView(newText).first(newEnd), begin);
    for (Token a = alone.next(); a.kind != TokenKind::EndOfFile; a = alone.next(), n = now.next()) {
        if (!sameToken(a, n, 0))
            return std::min(a.span.begin, n.span.begin);
    }
    // After the edit: the first old token past it, where it was. From there on both
    // lexers read the same bytes from the same state.
    while (o.kind != TokenKind::EndOfFile && o.span.begin < end)
        o = before.next();
    if (!sameToken(o, n, shift))
        return n.span.begin;
    return std::nullopt;
}

} // namespace rs
