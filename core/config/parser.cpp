// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/parser.h"

namespace rs {

namespace {

// The `found` argument of a syntax diagnostic (see diagnosticcodes.h).
QString tokenArg(TokenKind kind)
{
    switch (kind) {
    case TokenKind::LBrace: return QStringLiteral("{");
    case TokenKind::RBrace: return QStringLiteral("}");
    case TokenKind::LParen: return QStringLiteral("(");
    case TokenKind::RParen: return QStringLiteral(")");
    case TokenKind::LBracket: return QStringLiteral("[");
    case TokenKind::RBracket: return QStringLiteral("]");
    case TokenKind::Equals: return QStringLiteral("=");
    case TokenKind::Comma: return QStringLiteral(",");
    case TokenKind::String: return QStringLiteral("string");
    case TokenKind::Word: return QStringLiteral("word");
    case TokenKind::EndOfFile: return QStringLiteral("end-of-file");
    default: return QStringLiteral("text");
    }
}

bool isScalar(TokenKind kind) { return kind == TokenKind::Word || kind == TokenKind::String; }

} // namespace

Parser::Parser(SyntaxTree &tree, const std::atomic_bool *cancel)
    : m_tree(tree)
    , m_lexer(QByteArrayView(tree.bytes()))
    , m_cancel(cancel)
{
}

void Parser::run()
{
    const auto size = quint32(m_tree.bytes().size());
    // Roughly one node per ten bytes in real files; reserving avoids regrowth.
    m_tree.m_nodes.reserve(size_t(size / 10 + 16));
    addNode(NodeKind::Document, {0, size}, kNoNode);
    m_stack.push_back({SyntaxTree::root(), Context::Statements});
    for (quint32 step = 1; !m_stack.empty(); ++step) {
        // A relaxed load every 4096 steps costs nothing measurable and answers a
        // cancel within milliseconds even on a 100 MB file.
        if (m_cancel && step % 4096 == 0 && m_cancel->load(std::memory_order_relaxed))
            return;
        switch (m_stack.back().context) {
        case Context::Statements: statement(); break;
        case Context::List: listItem(); break;
        case Context::Hash: hashItem(); break;
        }
    }
}

const Token &Parser::peek(int ahead)
{
    if (ahead < m_aheadCount)
        return m_ahead[size_t(ahead)];
    return lookAhead(ahead);
}

const Token &Parser::lookAhead(int ahead)
{
    while (m_aheadCount <= ahead) {
        m_lexer.skipAsciiSpace();
        Token t = m_lexer.next();
        if (Lexer::isTrivia(t.kind)) {
            if (t.kind == TokenKind::BlockComment && t.unterminated)
                report(t.span.begin, DiagnosticKind::SyntaxUnterminatedComment);
            if (t.kind == TokenKind::Whitespace && t.unusual)
                report(t.span.begin, DiagnosticKind::SyntaxNoBreakSpace);
            continue;
        }
        if (t.kind == TokenKind::String && t.unusual)
            report(t.span.begin, DiagnosticKind::SyntaxTypographicQuotes);
        if (t.kind == TokenKind::String && t.unterminated)
            report(t.span.begin, DiagnosticKind::SyntaxUnterminatedString);
        m_ahead[size_t(m_aheadCount++)] = t;
    }
    return m_ahead[size_t(ahead)];
}

Token Parser::take()
{
    peek(0);
    const Token t = m_ahead[0];
    for (int i = 1; i < m_aheadCount; ++i)
        m_ahead[size_t(i - 1)] = m_ahead[size_t(i)];
    --m_aheadCount;
    if (t.kind != TokenKind::EndOfFile)
        m_lastEnd = t.span.end;
    return t;
}

NodeId Parser::addNode(NodeKind kind, Span span, NodeId parent)
{
    auto &nodes = m_tree.m_nodes;
    const auto id = NodeId(nodes.size());
    Node n;
    n.kind = kind;
    n.span = span;
    n.parent = parent;
    nodes.push_back(n);
    if (parent != kNoNode) {
        Node &p = nodes[size_t(parent)];
        if (p.lastChild == kNoNode)
            p.firstChild = id;
        else
            nodes[size_t(p.lastChild)].nextSibling = id;
        p.lastChild = id;
    }
    return id;
}

void Parser::report(quint32 offset, DiagnosticKind kind, QStringList args)
{
    const LineColumn pos = m_tree.m_source.position(offset);
    Diagnostic d = makeDiagnostic(kind, std::move(args));
    d.file = m_tree.path();
    d.line = pos.line;
    d.column = pos.column;
    d.offset = offset;
    m_tree.m_diagnostics.append(std::move(d));
}

QString Parser::excerptOf(Span span) const
{
    // Decode no more than the excerpt can show (a scope left open may span the rest
    // of the file), cut where a UTF-8 sequence starts so the decoding stays UTF-8.
    QByteArrayView text = m_tree.text(span);
    if (text.size() > 4 * kMaxQuotedChars + 4) {
        qsizetype cut = 4 * kMaxQuotedChars + 4;
        while (cut > 0 && (uchar(text.at(cut)) & 0xc0) == 0x80)
            --cut;
        text = text.first(cut);
    }
    return excerpt(decodeText(text));
}

void Parser::stray(NodeId parent, DiagnosticKind kind, QStringList args)
{
    const Token t = take();
    report(t.span.begin, kind, std::move(args));
    addNode(NodeKind::Error, t.span, parent);
}

void Parser::statement()
{
    const NodeId scope = m_stack.back().node;
    const Token t = peek();  // a copy: take() moves the lookahead under a reference
    switch (t.kind) {
    case TokenKind::EndOfFile:
        if (scope == SyntaxTree::root())
            m_stack.pop_back();
        else
            closeUnterminated();
        return;
    case TokenKind::RBrace:
        if (scope == SyntaxTree::root()) {
            stray(scope, DiagnosticKind::SyntaxUnbalancedBrace);
        } else {
            closeContainer(take().span.end);
        }
        return;
    case TokenKind::LBrace: {
        const Token open = take();
        report(open.span.begin, DiagnosticKind::SyntaxBraceWithoutName);
        const NodeId id = addNode(NodeKind::Scope, open.span, scope);
        m_stack.push_back({id, Context::Statements});
        return;
    }
    case TokenKind::Word:
        break;
    default:
        stray(scope, DiagnosticKind::SyntaxUnexpectedToken, {tokenArg(t.kind)});
        return;
    }

    const Token word = t;
    const TokenKind next = peek(1).kind;
    if (next == TokenKind::Equals || next == TokenKind::LParen || next == TokenKind::LBracket) {
        startOption(take(), scope);
        return;
    }
    if (next == TokenKind::LBrace) {
        take();
        const Token open = take();
        const NodeId id = addNode(NodeKind::Scope, {word.span.begin, open.span.end}, scope);
        m_tree.m_nodes[size_t(id)].name = word.span;
        m_stack.push_back({id, Context::Statements});
        return;
    }
    if (isScalar(next)) {
        const QByteArrayView kw = m_tree.text(word.span);
        const bool isInclude = sameName(kw, "include") || sameName(kw, "readonly_include");
        if (peek(2).kind == TokenKind::LBrace && !isInclude) {
            take();
            const Token inst = take();
            const Token open = take();
            const NodeId id = addNode(NodeKind::Scope, {word.span.begin, open.span.end}, scope);
            m_tree.m_nodes[size_t(id)].name = word.span;
            m_tree.m_nodes[size_t(id)].instance = inst.span;
            m_stack.push_back({id, Context::Statements});
            return;
        }
        if (isInclude) {
            take();
            const Token path = take();
            const NodeId id = addNode(NodeKind::Include, {word.span.begin, path.span.end}, scope);
            m_tree.m_nodes[size_t(id)].name = word.span;
            m_tree.m_nodes[size_t(id)].instance = path.span;
            return;
        }
    }
    stray(scope, DiagnosticKind::SyntaxExpectedEqualsOrBrace, {excerptOf(word.span), tokenArg(next)});
}

void Parser::startOption(const Token &name, NodeId parent)
{
    const NodeId option = addNode(NodeKind::Option, name.span, parent);
    m_tree.m_nodes[size_t(option)].name = name.span;
    if (peek().kind == TokenKind::Equals)
        m_tree.m_nodes[size_t(option)].span.end = take().span.end;
    value(option);
}

void Parser::value(NodeId option)
{
    const Token t = peek();  // a copy: take() moves the lookahead under a reference
    auto extend = [this, option](quint32 end) { m_tree.m_nodes[size_t(option)].span.end = end; };
    switch (t.kind) {
    case TokenKind::Word:
    case TokenKind::String: {
        // A word followed by '=' is the next option, not this one's value.
        if (t.kind == TokenKind::Word && peek(1).kind == TokenKind::Equals)
            break;
        const Token v = take();
        addNode(v.kind == TokenKind::Word ? NodeKind::Word : NodeKind::String, v.span, option);
        extend(v.span.end);
        return;
    }
    case TokenKind::LParen:
    case TokenKind::LBracket: {
        const Token open = take();
        const bool isList = open.kind == TokenKind::LParen;
        const NodeId id = addNode(isList ? NodeKind::List : NodeKind::Hash, open.span, option);
        extend(open.span.end);
        m_stack.push_back({id, isList ? Context::List : Context::Hash});
        return;
    }
    case TokenKind::LBrace:
        if (m_stack.back().context == Context::Statements) {
            // `Esmtp_Listener = { ... }` appears in the manual: read it as the scope it means.
            Node &n = m_tree.m_nodes[size_t(option)];
            report(n.span.begin, DiagnosticKind::SyntaxScopeEquals, {excerptOf(n.name)});
            n.kind = NodeKind::Scope;
            extend(take().span.end);
            m_stack.push_back({option, Context::Statements});
            return;
        }
        break;
    default:
        break;
    }
    const Node &o = m_tree.node(option);
    report(o.span.begin, DiagnosticKind::SyntaxMissingValue, {excerptOf(o.name)});
}

void Parser::closeContainer(quint32 end)
{
    const NodeId id = m_stack.back().node;
    m_stack.pop_back();
    Node &n = m_tree.m_nodes[size_t(id)];
    n.span.end = end;
    // A list or hash that is an option's value ends the option too.
    if (n.parent != kNoNode && m_tree.node(n.parent).kind == NodeKind::Option)
        m_tree.m_nodes[size_t(n.parent)].span.end = end;
}

void Parser::closeUnterminated()
{
    const NodeId id = m_stack.back().node;
    Node &n = m_tree.m_nodes[size_t(id)];
    n.flags |= Unterminated;
    if (n.kind == NodeKind::Scope && n.name.isEmpty()) {
        report(n.span.begin, DiagnosticKind::SyntaxUnclosedBlock);
    } else if (n.kind == NodeKind::Scope) {
        const Span head{n.span.begin, n.instance.isEmpty() ? n.name.end : n.instance.end};
        report(n.span.begin, DiagnosticKind::SyntaxUnclosedScope, {excerptOf(head)});
    } else {
        report(n.span.begin, n.kind == NodeKind::List ? DiagnosticKind::SyntaxUnclosedList : DiagnosticKind::SyntaxUnclosedHash);
    }
    closeContainer(std::max(m_lastEnd, n.span.end));
}

void Parser::listItem()
{
    const NodeId list = m_stack.back().node;
    const Token t = peek();  // a copy: take() moves the lookahead under a reference
    switch (t.kind) {
    case TokenKind::Word:
        if (peek(1).kind == TokenKind::Equals) {  // `Routes = ( "a"` then `Next = 1`
            closeUnterminated();
            return;
        }
        [[fallthrough]];
    case TokenKind::String:
        addScalar(list);
        return;
    case TokenKind::Comma:
        take();
        return;
    case TokenKind::LParen:
    case TokenKind::LBracket:
        openNested(list);
        return;
    case TokenKind::RParen:
        closeContainer(take().span.end);
        return;
    case TokenKind::RBrace:
    case TokenKind::LBrace:
    case TokenKind::EndOfFile:
        closeUnterminated();
        return;
    default:
        stray(list, DiagnosticKind::SyntaxUnexpectedInList, {tokenArg(t.kind)});
        return;
    }
}

void Parser::addScalar(NodeId parent)
{
    const Token v = take();
    addNode(v.kind == TokenKind::Word ? NodeKind::Word : NodeKind::String, v.span, parent);
}

// A list or hash inside a list or hash: parsed in its own context, on the stack.
void Parser::openNested(NodeId parent)
{
    const Token open = take();
    const bool isList = open.kind == TokenKind::LParen;
    const NodeId id = addNode(isList ? NodeKind::List : NodeKind::Hash, open.span, parent);
    m_stack.push_back({id, isList ? Context::List : Context::Hash});
}

void Parser::hashItem()
{
    const NodeId hash = m_stack.back().node;
    const Token t = peek();  // a copy: take() moves the lookahead under a reference
    switch (t.kind) {
    case TokenKind::Word:
    case TokenKind::String: {
        const TokenKind next = peek(1).kind;
        if (next == TokenKind::Equals || next == TokenKind::LParen || next == TokenKind::LBracket) {
            startOption(take(), hash);
            return;
        }
        addScalar(hash);
        return;
    }
    case TokenKind::Comma:
        take();
        return;
    case TokenKind::LParen:
    case TokenKind::LBracket:
        openNested(hash);
        return;
    case TokenKind::RBracket:
        closeContainer(take().span.end);
        return;
    case TokenKind::RBrace:
    case TokenKind::LBrace:
    case TokenKind::EndOfFile:
        closeUnterminated();
        return;
    default:
        stray(hash, DiagnosticKind::SyntaxUnexpectedInHash, {tokenArg(t.kind)});
        return;
    }
}

} // namespace rs
