#pragma once

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
    Token take();
    NodeId addNode(NodeKind kind, Span span, NodeId parent);
    void error(quint32 offset, const char *code, const QString &message, Severity severity = Severity::Error);
    void warning(quint32 offset, const char *code, const QString &message)
    {
        error(offset, code, message, Severity::Warning);
    }
    QString quote(Span span) const;

    void statement();
    void listItem();
    void hashItem();
    void addScalar(NodeId parent);
    void openNested(NodeId parent);
    void startOption(const Token &name, NodeId parent);
    void value(NodeId option);
    void closeContainer(quint32 end);
    void closeUnterminated(const char *code, const QString &what);
    void stray(NodeId parent, const QString &message);

    SyntaxTree &m_tree;
    Lexer m_lexer;
    std::array<Token, 4> m_ahead{};
    int m_aheadCount = 0;
    quint32 m_lastEnd = 0;
    std::vector<Frame> m_stack;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace rs
