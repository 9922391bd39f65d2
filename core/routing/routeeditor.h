// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/syntaxtree.h"
#include "config/textedit.h"

#include <QStringList>

namespace rs {

/// Which route list an edit changes: the global scope or a top-level Domain scope
/// of the file itself (included files are read-only).
/// A scope on the way to an edited one: its keyword and instance as written.
struct ScopeStepText {
    QString keyword;
    QString name;
};

/// Which route list an edit changes: the global scope, or the scope at the end of
/// `path` (scopes from the file's top level inward, e.g. Binding_Group "g" >
/// Binding "b" > Domain "d"). The edit is checked to read back at that path.
struct EditTarget {
    bool global = true;
    QString domain;  ///< for a Domain target: its exact name or /regex/, as written
    QList<ScopeStepText> path;  ///< empty for the global scope
    static EditTarget globalScope() { return {}; }
    static EditTarget domainScope(const QString &name) { return {false, name, {{QStringLiteral("Domain"), name}}}; }
    /// The target of an existing scope node of a tree (its root: the global scope).
    static EditTarget at(const SyntaxTree &tree, NodeId scope);
};

/// Why an edit of a file was refused; the interfaces word it.
enum class EditRefusalCode : quint8 {
    None,
    SyntaxErrors,           ///< the file has syntax errors (cause: the first)
    BadScopeName,           ///< `subject` cannot be a Domain name (empty, a quote, a line break)
    BadRegex,               ///< `subject` is a /regex/ PCRE2 cannot compile (regexError, regexOffset)
    BadEntry,               ///< route entry `subject` is invalid (cause: its first error)
    NotAScope,              ///< not a scope of this file
    /// The new text would change how the text next to it reads (a word opened with
    /// a typographic quote earlier on the line, say): at `line` of the new text.
    WouldChangeNeighbours,
    WouldNotParse,          ///< the new text would not parse (cause, at `line`)
    WouldNotReadBack,       ///< the target (`subject`) would not read back with the routes given
};

struct EditRefusal {
    EditRefusalCode code = EditRefusalCode::None;
    QString subject;                ///< the scope name, entry or target path concerned
    std::optional<Diagnostic> cause;  ///< the syntax error or entry problem behind it
    QString regexError;             ///< PCRE2's own words (BadRegex)
    int regexOffset = -1;
    int line = 0;                   ///< where in the new text (WouldChangeNeighbours, WouldNotParse)
};

struct EditResult {
    bool ok = false;
    EditRefusal refusal;  ///< why the edit was refused
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

    // The same on a scope node of the tree (its root for the file's top level):
    // what TreeEditor uses once it knows which file of a tree holds the scope.
    static EditResult setRoutesIn(const SyntaxTree &tree, NodeId scope, const QStringList &entries);
    static EditResult clearRoutesIn(const SyntaxTree &tree, NodeId scope);
    /// Adds `Domain "name" { Routes = (...) }` at the end of the file (`container` is
    /// the root) or as the last statement of a Binding or Binding_Group scope.
    static EditResult addDomainScope(const SyntaxTree &tree, NodeId container, const QString &name,
                                     const QStringList &entries);

    /// Top-level `Domain` scope with this name (exact names ignore case), or kNoNode.
    static NodeId findDomainScope(const SyntaxTree &tree, const QString &name);
    /// The scope at the end of `path` (keywords ignore case, as do names but a
    /// /regex/), or kNoNode; the root for an empty path.
    static NodeId findScope(const SyntaxTree &tree, const QList<ScopeStepText> &path);
    /// The Routes option directly in a scope (the last one if repeated), or kNoNode.
    static NodeId findRoutesOption(const SyntaxTree &tree, NodeId scope);
};

} // namespace rs
