// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/routeeditor.h"
#include "routing/routemodel.h"

namespace rs {

/// Why an edit of a configuration tree was refused; interfaces word it.
enum class TreeEditRefusal : quint8 {
    None,
    File,             ///< the file's own edit was refused (TreeEdit::fileResult says why)
    ReadOnlyInclude,  ///< the scope is in a file brought in by `readonly_include`
    NoSuchBinding,    ///< no Binding of that name
    NotInTree,        ///< the file named for a new stanza is not one of the tree
    NotAScope,        ///< not a scope that holds routes (a Host, a listener, ...)
    GlobalScope,      ///< the global scope cannot be removed
    AlreadyExists,    ///< a Domain stanza of that name is already there (`subject`)
};

/// The new text of one file of the tree.
struct FileEdit {
    int file = 0;      ///< index in the ConfigSet
    QString path;
    TextEdits edits;   ///< against the file's current bytes
    QByteArray text;   ///< the whole new text
};

/// The outcome of an edit of a tree of files: which files change and how, or why not.
struct TreeEdit {
    bool ok = false;
    TreeEditRefusal refusal = TreeEditRefusal::None;
    EditResult fileResult;     ///< for File: the file edit's refusal
    NodeRef readOnlyInclude;   ///< for ReadOnlyInclude: the `readonly_include` statement
    QString subject;           ///< the binding, file or scope the refusal is about
    QList<FileEdit> files;     ///< the files that change; empty when the text already says this
    bool created = false;      ///< a new Domain stanza was added
    Diagnostics warnings;      ///< what `check` says about the entries written (the edit is still made)

    bool changes() const { return !files.isEmpty(); }
};

/// A route list named the way the command line names it.
struct RoutesTarget {
    QString domain;    ///< empty: the global scope
    QString binding;   ///< the Domain stanza inside this Binding (created there when missing)
    int intoFile = 0;  ///< where a new top-level Domain stanza goes (a file index)
};

/// Edits of route lists anywhere in a configuration tree: the scope is edited in the
/// file that holds it (the opened file or one reached through `include`), with
/// RouteEditor's minimal-edit guarantees; `readonly_include` files are refused.
class TreeEditor final
{
public:
    static TreeEdit setRoutes(const RouteModel &model, const RoutesTarget &target, const QStringList &entries);
    static TreeEdit clearRoutes(const RouteModel &model, const RoutesTarget &target);
    /// The same for a routing scope of the model (the editor's selection); the global
    /// scope's Routes is edited where it is written, else added to the opened file.
    static TreeEdit setRoutesOf(const RouteModel &model, int scope, const QStringList &entries);
    static TreeEdit clearRoutesOf(const RouteModel &model, int scope);
    static TreeEdit removeScope(const RouteModel &model, int scope);
    /// Adds a Domain stanza: at the end of file `intoFile` for the top level
    /// (`container` 0), else as the last statement of that Binding or Binding_Group.
    static TreeEdit addDomain(const RouteModel &model, int container, const QString &name, const QStringList &entries,
                              int intoFile = 0);

    /// The `readonly_include` statement that makes a file read-only (invalid when it is not).
    static NodeRef readOnlyVia(const ConfigSet &config, int file);
    /// Why a scope cannot be edited, or None.
    static TreeEditRefusal whyNotEditable(const RouteModel &model, int scope, NodeRef *include = nullptr);
};

} // namespace rs
