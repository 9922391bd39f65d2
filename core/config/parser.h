// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/diagnosticcodes.h"
#include "config/lexer.h"
#include "config/syntaxtree.h"

#include <array>
#include <atomic>

namespace rs {

/// Builds a SyntaxTree from tokens. Iterative (an explicit stack of open scopes,
/// lists and hashes), so nesting depth is bounded only by memory. Recovers from
/// every error and reports it at the line where the broken construct starts.
class Parser final
{
public:
    /// `cancel`, when given, is polled every few thousand steps; once it is true
    /// run() returns with the tree incomplete.
    explicit Parser(SyntaxTree &tree, const std::atomic_bool *cancel = nullptr);
    void run();

private:
    enum class Context : quint8 { Statements, List, Hash };
    struct Frame {
        NodeId node;
        Context context;
    };

    const Token &peek(int ahead = 0);
    const Token &lookAhead(int ahead);  // peek() past the tokens already read
    Token take();
    NodeId addNode(NodeKind kind, Span span, NodeId parent);
    /// Reports `kind` (an error or a warning, as the registry says) at `offset`.
    void report(quint32 offset, DiagnosticKind kind, QStringList args = {});
    QString excerptOf(Span span) const;

    void statement();
    void listItem();
    void hashItem();
    void addScalar(NodeId parent);
    void openNested(NodeId parent);
    void startOption(const Token &name, NodeId parent);
    void value(NodeId option);
    void closeContainer(quint32 end);
    void closeUnterminated();
    void stray(NodeId parent, DiagnosticKind kind, QStringList args = {});

    SyntaxTree &m_tree;
    Lexer m_lexer;
    std::array<Token, 4> m_ahead{};
    int m_aheadCount = 0;
    quint32 m_lastEnd = 0;
    std::vector<Frame> m_stack;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace rs
