// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/filesource.h"
#include "config/syntaxtree.h"
#include "io/fileio.h"

#include <QHash>

#include <algorithm>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace rs {

/// A node in one of the files of a ConfigSet.
struct NodeRef {
    int file = -1;
    NodeId node = kNoNode;
    bool isValid() const { return file >= 0 && node != kNoNode; }
    friend bool operator==(const NodeRef &, const NodeRef &) = default;
};

struct ConfigFile {
    /// Shared: a set made from another after an edit of one file keeps the trees of
    /// the others (see ConfigSet::withFileReplaced()).
    std::shared_ptr<const SyntaxTree> tree;
    /// Brought in by `readonly_include` (or by a file that was): never edited.
    bool readOnly = false;
    NodeRef includedBy;         ///< the include statement that brought it in
    io::FileStamp stamp;        ///< the file as read (invalid for text not from disk)
    /// include node of this file -> indices of the files it brought in, in order
    /// (empty for an include of a file already read: each file is read once)
    QHash<NodeId, QList<int>> includes;
};

/// How far includes are followed. Past a limit the include is an error and is not
/// read, so that no input makes a load take minutes or gigabytes.
struct IncludeLimits {
    int maxDepth = 16;                         ///< includes inside included files, levels
    int maxFiles = 1000;                       ///< included files (the opened one not counted)
    qint64 maxTotalBytes = qint64(64) << 20;   ///< bytes of all included files together
};

struct LoadOptions {
    bool followIncludes = true;
    IncludeLimits limits;
    /// Raised by another thread to stop the load: checked between files and while a
    /// file is parsed. A cancelled set is incomplete (wasCancelled()); discard it.
    const std::atomic_bool *cancel = nullptr;
    /// Texts already in memory (an editor's unsaved edits), by the path an include
    /// resolves to: used instead of the file on disk, which is still stat()ed.
    const QHash<QString, QByteArray> *overlay = nullptr;
    /// Every file (the opened one, includes, directory listings) from here instead of
    /// the file system: a git revision (impact/gitrevision.h). The overlay still wins.
    const FileSource *files = nullptr;
};

/// The file an administrator opened plus every file its `include` and
/// `readonly_include` statements bring in (the latter read-only). Only regular files
/// are read, each once however often it is included, within IncludeLimits. A
/// missing include, a repeat and a cycle are warnings; an include that cannot be
/// read, is not a regular file, is over a limit or does not read as a configuration
/// is an error (reported by path only: nothing of its content is quoted).
class ConfigSet final
{
public:
    /// Reads `path` (a regular file of at most io::kMaxFileBytes) and its includes.
    /// Fails only when the main file itself cannot be read.
    static IoResult<ConfigSet> load(const QString &path, const LoadOptions &options = {});
    /// Builds a set from text already in memory; includes resolve against the folder
    /// of `path` when `followIncludes` is set.
    static ConfigSet fromText(QByteArray bytes, const QString &path, bool followIncludes = true);
    static ConfigSet fromText(QByteArray bytes, const QString &path, const LoadOptions &options);

    /// A copy of this set in which file `index` has the tree `replacement`, a reparse
    /// of it whose nodes moved as `shift` says (config/reparse.h). The other files'
    /// trees are shared, not copied. None when the edit touched an include statement
    /// (then the files the tree brings in may differ: load it again).
    std::optional<ConfigSet> withFileReplaced(int index, SyntaxTree replacement, const struct NodeShift &shift) const;

    /// The load was cancelled through LoadOptions::cancel: files or parts are missing.
    bool wasCancelled() const { return m_cancelled; }

    int fileCount() const { return int(m_files.size()); }
    const ConfigFile &file(int index) const { return *m_files[size_t(index)]; }
    const SyntaxTree &tree(int index) const { return *file(index).tree; }
    const SyntaxTree &mainTree() const { return tree(0); }
    QStringList filePaths() const;
    /// Syntax diagnostics of every file plus the include warnings.
    Diagnostics diagnostics() const;

    /// Visits the statements of a scope in order, descending into the top level
    /// of included files where an include stands.
    template<typename Visit>
    void forEachStatement(NodeRef scope, const Visit &visit) const
    {
        const SyntaxTree &t = tree(scope.file);
        for (NodeId c = t.node(scope.node).firstChild; c != kNoNode; c = t.node(c).nextSibling)
            visitStatement({scope.file, c}, visit);
    }

    /// forEachStatement for the top level of the main file, limited to the statements
    /// whose node id is in [begin, end): threads share out a big file by node ranges
    /// without one of them walking the whole top level first.
    template<typename Visit>
    void forEachTopLevelStatement(NodeId begin, NodeId end, const Visit &visit) const
    {
        // A scan of the node array, not a walk along the siblings: a 100,000-scope
        // file has its top-level statements far apart, and following nextSibling
        // waits on memory at every one, where a scan streams.
        const SyntaxTree &t = mainTree();
        end = std::min(end, NodeId(t.nodes().size()));
        for (NodeId c = std::max(begin, NodeId(1)); c < end; ++c) {
            if (t.node(c).parent == SyntaxTree::root())
                visitStatement({0, c}, visit);
        }
    }

private:
    // A statement, then, where it is an include, the top level of the files it brings in.
    template<typename Visit>
    void visitStatement(NodeRef s, const Visit &visit) const
    {
        visit(s);
        if (tree(s.file).node(s.node).kind != NodeKind::Include)
            return;
        for (const int f : file(s.file).includes.value(s.node))
            forEachStatement(NodeRef{f, SyntaxTree::root()}, visit);
    }

    static ConfigSet assemble(QByteArray bytes, const QString &path, const LoadOptions &options,
                              const io::FileStamp &stamp);
    struct Loader;
    friend struct Loader;
    std::vector<std::unique_ptr<ConfigFile>> m_files;
    Diagnostics m_includeDiagnostics;
    bool m_cancelled = false;
};

} // namespace rs
