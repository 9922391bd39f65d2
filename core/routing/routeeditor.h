#pragma once

#include "config/syntaxtree.h"
#include "config/textedit.h"

#include <QStringList>

namespace rs {

/// Which route list an edit changes: the global scope or a top-level Domain scope
/// of the file itself (included files are read-only).
struct EditTarget {
    bool global = true;
    QString domain;  ///< exact name or /regex/, as written in `Domain "..."`
    static EditTarget globalScope() { return {}; }
    static EditTarget domainScope(const QString &name) { return {false, name}; }
};

struct EditResult {
    bool ok = false;
    QString error;        ///< why the edit was refused
    /// Refused because the new text would change how the text next to it reads
    /// (e.g. a word opened with a typographic quote earlier on the same line).
    bool wouldChangeNeighbours = false;
    TextEdits edits;      ///< empty when the file already says this
    QByteArray text;      ///< the whole new text (the old one when nothing changes)
    /// What `check` warns about in the entries set (e.g. an unknown query key), located
    /// in `text`: the edit is made, and the caller says so.
    Diagnostics warnings;
};

/// Minimal, layout-preserving edits of route lists. An edit touches only the bytes
/// of the Routes option it changes (or inserts one, or a new Domain scope at the
/// end of the file); new text follows the file's indentation and line breaks.
///
/// Refused with a reason, no edits: a file with syntax errors, an invalid entry, a
/// scope name that is unusable or a /regex/ PCRE2 cannot compile, an edit that would
/// change how the text next to it reads, and a result that would not parse or would
/// not read back as the target and entries given (see readBack()).
class RouteEditor final
{
public:
    /// Sets the Routes of the target to `entries` (unquoted entry texts).
    static EditResult setRoutes(const SyntaxTree &tree, const EditTarget &target,
                                const QStringList &entries);
    /// Removes the Routes option of the target, so it falls back to the next scope.
    static EditResult clearRoutes(const SyntaxTree &tree, const EditTarget &target);
    /// Removes a scope of the file (a node of `tree`), with its lines when it has them
    /// to itself (see removeScopeEdits()).
    static EditResult removeScope(const SyntaxTree &tree, NodeId scope);

    /// Top-level `Domain` scope with this name (exact names ignore case), or kNoNode.
    static NodeId findDomainScope(const SyntaxTree &tree, const QString &name);
    /// The Routes option directly in a scope (the last one if repeated), or kNoNode.
    static NodeId findRoutesOption(const SyntaxTree &tree, NodeId scope);
};

} // namespace rs
