// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/reparse.h"

namespace rs {

namespace {

NodeId moved(NodeId id, qint64 delta)
{
    return id == kNoNode ? kNoNode : NodeId(id + delta);
}

Span movedSpan(Span s, qint64 delta)
{
    return s.isEmpty() && s.begin == 0 ? s : Span{quint32(s.begin + delta), quint32(s.end + delta)};
}

} // namespace

std::optional<std::pair<SyntaxTree, NodeShift>> reparseStatements(const SyntaxTree &old, Span region, QByteArray newBytes)
{
    if (old.hasSyntaxErrors())
        return std::nullopt;
    const std::vector<Node> &nodes = old.nodes();
    const qint64 byteDelta = newBytes.size() - qint64(old.bytes().size());

    // The top-level statements on the lines the region touches: the lexer looks ahead
    // to the end of a line (a word opened with a typographic quote is a string when the
    // line closes it), so a statement sharing a line with the edit may read otherwise.
    const QByteArray &oldBytes = old.bytes();
    const qsizetype lineBegin = QByteArrayView(oldBytes).first(region.begin).lastIndexOf('\n') + 1;
    qsizetype lineEnd = oldBytes.indexOf('\n', qsizetype(region.end));
    if (lineEnd < 0)
        lineEnd = oldBytes.size();
    NodeId before = kNoNode, first = kNoNode, last = kNoNode, after = kNoNode;
    for (NodeId c = nodes[0].firstChild; c != kNoNode; c = nodes[size_t(c)].nextSibling) {
        const Span s = nodes[size_t(c)].span;
        if (s.end < region.begin && s.end < quint32(lineBegin)) {
            before = c;
        } else if (s.begin > region.end && s.begin > quint32(lineEnd)) {
            after = c;
            break;
        } else {
            if (first == kNoNode)
                first = c;
            last = c;
        }
    }
    Span oldSpan = region;
    if (first != kNoNode) {
        oldSpan.begin = std::min(region.begin, nodes[size_t(first)].span.begin);
        oldSpan.end = std::max(region.end, nodes[size_t(last)].span.end);
    }
    const Span newSpan{oldSpan.begin, quint32(oldSpan.end + byteDelta)};
    if (newSpan.end < newSpan.begin || qint64(newSpan.end) > newBytes.size())
        return std::nullopt;

    // The statements of the new text there, parsed on their own.
    const SyntaxTree part = SyntaxTree::parse(newBytes.mid(qsizetype(newSpan.begin), qsizetype(newSpan.size())));
    if (part.hasSyntaxErrors())
        return std::nullopt;

    NodeShift shift;
    shift.firstId = first != kNoNode ? first : (after != kNoNode ? after : NodeId(nodes.size()));
    shift.oldEnd = after != kNoNode ? after : NodeId(nodes.size());
    if (first == kNoNode)
        shift.oldEnd = shift.firstId;
    const auto added = NodeId(part.nodes().size() - 1);
    shift.newEnd = shift.firstId + added;
    shift.idDelta = qint64(shift.newEnd) - shift.oldEnd;
    shift.oldSpan = oldSpan;
    shift.newSpan = newSpan;
    shift.byteDelta = byteDelta;
    shift.oldLastLine = old.position(oldSpan.end > oldSpan.begin ? oldSpan.end - 1 : oldSpan.begin).line;
    const QByteArrayView oldText = old.text(oldSpan);
    const QByteArrayView newText = QByteArrayView(newBytes).sliced(newSpan.begin, newSpan.size());
    shift.lineDelta = int(newText.count('\n') - oldText.count('\n'));

    SyntaxTree tree;
    tree.m_source = SourceText(std::move(newBytes), old.path());
    std::vector<Node> &out = tree.m_nodes;
    out.reserve(nodes.size() + size_t(std::max<qint64>(shift.idDelta, 0)));
    out.insert(out.end(), nodes.begin(), nodes.begin() + shift.firstId);
    // The new statements: ids after the kept ones, offsets into the whole text.
    const qint64 idBase = qint64(shift.firstId) - 1;
    for (size_t i = 1; i < part.nodes().size(); ++i) {
        Node n = part.nodes()[i];
        n.span = movedSpan(n.span, newSpan.begin);
        n.name = movedSpan(n.name, newSpan.begin);
        n.instance = movedSpan(n.instance, newSpan.begin);
        n.parent = n.parent == SyntaxTree::root() ? SyntaxTree::root() : moved(n.parent, idBase);
        n.firstChild = moved(n.firstChild, idBase);
        n.lastChild = moved(n.lastChild, idBase);
        n.nextSibling = moved(n.nextSibling, idBase);
        out.push_back(n);
    }
    // The statements after, and everything in them, moved by the difference.
    for (size_t i = size_t(shift.oldEnd); i < nodes.size(); ++i) {
        Node n = nodes[i];
        n.span = movedSpan(n.span, byteDelta);
        n.name = movedSpan(n.name, byteDelta);
        n.instance = movedSpan(n.instance, byteDelta);
        n.parent = n.parent == SyntaxTree::root() ? SyntaxTree::root() : moved(n.parent, shift.idDelta);
        n.firstChild = moved(n.firstChild, shift.idDelta);
        n.lastChild = moved(n.lastChild, shift.idDelta);
        n.nextSibling = moved(n.nextSibling, shift.idDelta);
        out.push_back(n);
    }

    // Sew the top level together: before -> new statements -> after.
    const NodeId firstNew = added > 0 ? part.nodes()[0].firstChild + NodeId(idBase) : kNoNode;
    const NodeId lastNew = added > 0 ? part.nodes()[0].lastChild + NodeId(idBase) : kNoNode;
    const NodeId afterNew = after != kNoNode ? NodeId(after + shift.idDelta) : kNoNode;
    const NodeId headOfRest = firstNew != kNoNode ? firstNew : afterNew;
    if (before != kNoNode)
        out[size_t(before)].nextSibling = headOfRest;
    if (lastNew != kNoNode)
        out[size_t(lastNew)].nextSibling = afterNew;
    // The syntax warnings (`Domain = {`, a typographic quote): those of the statements
    // before and after, moved; the new statements' own, placed in the whole text.
    auto place = [&tree](Diagnostic d, quint32 offset) {
        const LineColumn at = tree.m_source.position(offset);
        d.file = tree.m_source.path();
        d.offset = offset;
        d.line = at.line;
        d.column = at.column;
        tree.m_diagnostics.append(std::move(d));
    };
    // In the order a full parse reports them: before, new, after.
    for (const Diagnostic &d : old.syntaxDiagnostics()) {
        if (d.offset < oldSpan.begin)
            tree.m_diagnostics.append(d);
    }
    for (const Diagnostic &d : part.syntaxDiagnostics())
        place(d, d.offset + newSpan.begin);
    for (const Diagnostic &d : old.syntaxDiagnostics()) {
        if (d.offset >= oldSpan.end)
            place(d, quint32(d.offset + byteDelta));
    }

    Node &root = out[0];
    root.span = {0, quint32(tree.m_source.bytes().size())};
    root.firstChild = before != kNoNode ? nodes[0].firstChild : headOfRest;
    if (after != kNoNode)
        root.lastChild = NodeId(nodes[0].lastChild + shift.idDelta);
    else
        root.lastChild = lastNew != kNoNode ? lastNew : before;
    return std::pair<SyntaxTree, NodeShift>{std::move(tree), shift};
}

} // namespace rs
