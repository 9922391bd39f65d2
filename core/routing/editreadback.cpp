// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/editreadback.h"

#include "routing/routeentry.h"

#include <algorithm>
#include <limits>

namespace rs {

namespace {

// The part of the old text to parse again: the top-level statements that hold (or
// meet) the first and the last edited byte, or only the edited bytes when they lie
// between statements. Top-level statements parse independently of each other, and
// readingChangedAt() has checked that the tokens around the edit read as before.
Span touchedStatements(const SyntaxTree &tree, const TextEdits &edits)
{
    quint32 a = std::numeric_limits<quint32>::max(), b = 0;
    for (const TextEdit &e : edits) {
        a = std::min(a, e.begin);
        b = std::max(b, e.end);
    }
    Span s{a, b};
    for (NodeId c = tree.node(SyntaxTree::root()).firstChild; c != kNoNode; c = tree.node(c).nextSibling) {
        const Span n = tree.node(c).span;
        if (n.begin > b)
            break;
        if (n.begin <= a && a <= n.end)
            s.begin = std::min(s.begin, n.begin);
        if (n.begin <= b && b <= n.end)
            s.end = std::max(s.end, n.end);
    }
    return s;
}

LineColumn positionIn(const QByteArray &text, quint32 offset)
{
    const QByteArrayView before = QByteArrayView(text).first(qsizetype(offset));
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    return {int(before.count('\n')) + 1, int(qsizetype(offset) - lineStart) + 1};
}

QString targetText(const EditTarget &target)
{
    if (target.global || target.path.isEmpty())
        return {};  // the global scope
    QStringList steps;
    for (const ScopeStepText &s : target.path)
        steps << s.keyword + u' ' + quoteExcerpt(s.name);
    return steps.join(QStringLiteral(" > "));
}

} // namespace

ReadBack readBack(const SyntaxTree &tree, const TextEdits &edits, const QByteArray &newText,
                  const EditTarget *target, const QStringList *entries)
{
    ReadBack r;
    SyntaxTree part;
    const SyntaxTree *t = &tree;
    quint32 base = 0;  // where t's text starts in newText
    if (!edits.isEmpty()) {
        const Span old = touchedStatements(tree, edits);
        qint64 delta = 0;
        for (const TextEdit &e : edits)
            delta += e.replacement.size() - qint64(e.end - e.begin);
        base = old.begin;
        part = SyntaxTree::parse(newText.mid(qsizetype(old.begin), qsizetype(qint64(old.end) + delta - old.begin)));
        t = &part;
        const Diagnostics &syntax = part.syntaxDiagnostics();
        const auto error = std::find_if(syntax.cbegin(), syntax.cend(),
                                        [](const Diagnostic &d) { return d.severity == Severity::Error; });
        if (error != syntax.cend()) {
            const LineColumn at = positionIn(newText, base + error->offset);
            Diagnostic cause = *error;
            cause.line = at.line;
            cause.column = at.column;
            cause.offset = base + error->offset;
            r.refusal = EditRefusal{EditRefusalCode::WouldNotParse, target ? targetText(*target) : QString(), cause, {}, -1,
                                    at.line};
            return r;
        }
    }
    if (!target || !entries)
        return r;
    // findScope() matches as routing does (names without case, a /regex/ exactly):
    // found, the scope reads back as the path given.
    const NodeId scope = target->global ? SyntaxTree::root() : RouteEditor::findScope(*t, target->path);
    const NodeId option = scope == kNoNode ? kNoNode : RouteEditor::findRoutesOption(*t, scope);
    QStringList written;
    std::vector<NodeId> items;
    if (option != kNoNode) {
        t->forEachItem(t->value(option), [&](NodeId item) {
            items.push_back(item);
            written.append(t->scalar(item));
        });
    }
    if (option == kNoNode || written != *entries) {
        if (!edits.isEmpty())
            r.refusal = EditRefusal{EditRefusalCode::WouldNotReadBack, targetText(*target), std::nullopt, {}, -1, 0};
        return r;
    }
    for (size_t i = 0; i < items.size(); ++i) {
        const Node &n = t->node(items[i]);
        const bool quoted = n.kind == NodeKind::String;
        for (const EntryProblem &p : parseRouteEntry(written.at(qsizetype(i))).problems) {
            if (p.severity != Severity::Warning)
                continue;
            const quint32 offset = base + n.span.begin + (quoted ? 1 : 0) + quint32(p.column);
            const LineColumn at = positionIn(newText, offset);
            Diagnostic d = p.diagnostic();
            d.file = tree.path();
            d.line = at.line;
            d.column = at.column;
            d.offset = offset;
            r.warnings.append(std::move(d));
        }
    }
    return r;
}

} // namespace rs
