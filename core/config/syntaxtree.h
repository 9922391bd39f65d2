// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/diagnostic.h"
#include "config/sourcetext.h"

#include <atomic>
#include <optional>
#include <utility>
#include <vector>

namespace rs {

enum class NodeKind : quint8 {
    Document,   ///< the whole file; its children are top-level statements
    Scope,      ///< `Keyword [instance] { ... }`
    Option,     ///< `Name = value`, or `Name [ ... ]` / `Name ( ... )` without '='
    Include,    ///< `include "path"` / `readonly_include path`
    Word,       ///< bare value
    String,     ///< quoted value, quotes included in the span
    List,       ///< `( ... )`
    Hash,       ///< `[ ... ]`; children are Option nodes (key = value) or values
    Error,      ///< bytes the parser could not place; kept verbatim
};

enum NodeFlag : quint8 {
    NoFlags = 0,
    Unterminated = 1,  ///< the closing brace, parenthesis, bracket or quote is missing
};

using NodeId = qint32;
constexpr NodeId kNoNode = -1;

struct NodeShift;

/// One node of the syntax tree. Nodes do not own text: they are spans of the
/// source, so the bytes between and around them (whitespace, comments) stay where
/// they were, and serializing the spans in order gives the file back unchanged.
struct Node {
    Span span;       ///< the whole construct
    Span name;       ///< Scope keyword, Option name, Include keyword
    Span instance;   ///< Scope instance (quoted or bare), Include path token
    NodeId parent = kNoNode;
    NodeId firstChild = kNoNode;
    NodeId lastChild = kNoNode;
    NodeId nextSibling = kNoNode;
    NodeKind kind = NodeKind::Error;
    quint8 flags = NoFlags;
};

/// The lossless syntax tree of one file. Immutable: an edit produces new text
/// (see TextEdit), which is parsed again.
class SyntaxTree final
{
public:
    /// Parses a file's bytes. When `cancel` is given and becomes true, parsing stops
    /// early and the tree is incomplete: the caller that raised it throws it away.
    static SyntaxTree parse(QByteArray bytes, const QString &path = {}, const std::atomic_bool *cancel = nullptr);

    const SourceText &source() const { return m_source; }
    const QByteArray &bytes() const { return m_source.bytes(); }
    const QString &path() const { return m_source.path(); }
    const std::vector<Node> &nodes() const { return m_nodes; }
    const Node &node(NodeId id) const { return m_nodes[size_t(id)]; }
    static constexpr NodeId root() { return 0; }

    /// Diagnostics of the syntax alone (unbalanced or unterminated constructs).
    const Diagnostics &syntaxDiagnostics() const { return m_diagnostics; }
    bool hasSyntaxErrors() const { return hasErrors(m_diagnostics); }

    /// Writes the tree back out: byte-identical to the parsed input.
    QByteArray serialize() const;

    QByteArrayView text(Span span) const { return m_source.view(span); }
    QByteArrayView text(NodeId id) const { return text(node(id).span); }
    /// A scope's keyword, an option's name or an include's keyword, as written.
    QString name(NodeId id) const;
    /// A scope's instance or an include's path without surrounding quotes.
    QString instance(NodeId id) const;
    bool instanceIsQuoted(NodeId id) const;
    /// The value node of an option, or kNoNode when the value is missing.
    NodeId value(NodeId option) const { return node(option).firstChild; }
    /// The text of a Word or String node, quotes removed, escapes kept raw.
    QString scalar(NodeId id) const;
    /// The same as bytes of the file, without decoding (numbers, for instance).
    QByteArrayView scalarBytes(NodeId id) const;
    /// A list's items, or the value itself when it is a single Word or String.
    std::vector<NodeId> items(NodeId value) const;
    /// Calls `visit` with each of items(value), without building the list.
    template<typename Visit>
    void forEachItem(NodeId value, const Visit &visit) const
    {
        if (value == kNoNode)
            return;
        if (node(value).kind != NodeKind::List) {
            visit(value);
            return;
        }
        for (NodeId c = node(value).firstChild; c != kNoNode; c = node(c).nextSibling)
            visit(c);
    }
    std::vector<NodeId> children(NodeId id) const;
    LineColumn position(quint32 offset) const { return m_source.position(offset); }

    /// True when the option or scope keyword equals `name`, ignoring case.
    bool nameIs(NodeId id, QLatin1StringView name) const;

private:
    friend class Parser;
    friend std::optional<std::pair<SyntaxTree, NodeShift>> reparseStatements(const SyntaxTree &, Span, QByteArray);
    SourceText m_source;
    std::vector<Node> m_nodes;
    Diagnostics m_diagnostics;
};

/// Keywords and option names compare without case (ASCII). Names of another length
/// never reach the comparison, which is most calls.
inline bool sameName(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    // ASCII folding inline: every option of a 100,000-scope file is compared with a
    // handful of names, and qstrnicmp()'s Latin-1 tables cost more than the names.
    for (qsizetype i = 0; i < a.size(); ++i) {
        unsigned char x = static_cast<unsigned char>(a[i]);
        unsigned char y = static_cast<unsigned char>(b[i]);
        if (x == y)
            continue;
        if (x >= 'A' && x <= 'Z')
            x = static_cast<unsigned char>(x + ('a' - 'A'));
        if (y >= 'A' && y <= 'Z')
            y = static_cast<unsigned char>(y + ('a' - 'A'));
        if (x != y)
            return false;
    }
    return true;
}

/// Decodes text read from a file for display: UTF-8 where valid, Latin-1 bytes otherwise.
QString decodeText(QByteArrayView bytes);
/// decodeText() into `buffer`, which keeps its memory from one call to the next: for
/// reading every item of a file without an allocation each. The view is valid until
/// `buffer` changes.
QStringView decodeText(QByteArrayView bytes, QString &buffer);

} // namespace rs
