// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/syntaxtree.h"

#include <optional>

namespace rs {

/// How the nodes of a file moved when some of its top-level statements were parsed
/// again (see reparseStatements()): what a caller holding node ids, offsets and lines
/// of the old tree needs to carry them over.
struct NodeShift {
    NodeId firstId = 0;     ///< the first node of the replaced statements (old and new)
    NodeId oldEnd = 0;      ///< one past the last old node replaced
    NodeId newEnd = 0;      ///< one past the last new node
    qint64 idDelta = 0;     ///< newEnd - oldEnd: added to every old node id >= oldEnd
    Span oldSpan;           ///< the old bytes parsed again
    Span newSpan;           ///< the new bytes that replaced them
    qint64 byteDelta = 0;   ///< added to every old offset >= oldSpan.end
    int oldLastLine = 0;    ///< the last line oldSpan touches (1-based)
    int lineDelta = 0;      ///< added to every old line after oldLastLine

    NodeId node(NodeId old) const { return old >= oldEnd ? NodeId(old + idDelta) : old; }
    quint32 offset(quint32 old) const { return old >= oldSpan.end ? quint32(old + byteDelta) : old; }
    int line(int old) const { return old > oldLastLine ? old + lineDelta : old; }
    /// True for an old node that was parsed again (its new id is somewhere in
    /// [firstId, newEnd)).
    bool replaced(NodeId old) const { return old >= firstId && old < oldEnd; }
};

/// The tree of `newBytes` (the old tree's text with `oldRegion` replaced), built by
/// parsing again only the top-level statements the region touches and moving the
/// other nodes: for an edit of one route list in a 100,000-scope file, a few hundred
/// bytes parsed instead of ten megabytes. The result is node for node the tree a
/// full parse gives. None when that cannot be done this way (the old tree or the new
/// statements have syntax errors): parse the whole text then.
std::optional<std::pair<SyntaxTree, NodeShift>> reparseStatements(const SyntaxTree &old, Span oldRegion,
                                                                    QByteArray newBytes);

} // namespace rs
