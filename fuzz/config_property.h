// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The properties the config fuzzer asserts, shared with tst_fuzzregressions so
// every input a fuzzer once broke stays a test.
#include "config/configset.h"
#include "config/reparse.h"
#include "routing/routeeditor.h"
#include "routing/validator.h"

namespace rs::fuzz {

/// Refusing is right when a word opened with a typographic quote would swallow the
/// new text's quotes; anywhere else a clean file must be editable.
// The editor's incremental reparse must give the tree a full parse gives.
inline QString reparsedAsFullParse(const SyntaxTree &before, const TextEdits &edits, const QByteArray &text,
                                   const SyntaxTree &full)
{
    if (edits.isEmpty())
        return {};
    Span region{quint32(before.bytes().size()), 0};
    for (const TextEdit &e : edits) {
        region.begin = std::min(region.begin, e.begin);
        region.end = std::max(region.end, e.end);
    }
    const auto result = reparseStatements(before, region, text);
    if (!result)
        return QStringLiteral("the incremental reparse refused a clean edit");
    const SyntaxTree &t = result->first;
    if (t.nodes().size() != full.nodes().size())
        return QStringLiteral("the incremental reparse has another number of nodes");
    for (size_t i = 0; i < t.nodes().size(); ++i) {
        const Node &a = t.nodes()[i], &b = full.nodes()[i];
        if (!(a.span == b.span) || !(a.name == b.name) || !(a.instance == b.instance) || a.parent != b.parent
            || a.firstChild != b.firstChild || a.lastChild != b.lastChild || a.nextSibling != b.nextSibling
            || a.kind != b.kind || a.flags != b.flags)
            return QStringLiteral("the incremental reparse differs at node %1").arg(i);
    }
    const Diagnostics &x = t.syntaxDiagnostics(), &y = full.syntaxDiagnostics();
    if (x.size() != y.size())
        return QStringLiteral("the incremental reparse has %1 syntax warnings, not %2").arg(x.size()).arg(y.size());
    for (qsizetype i = 0; i < x.size(); ++i) {
        if (x.at(i).code != y.at(i).code || x.at(i).offset != y.at(i).offset || x.at(i).line != y.at(i).line
            || x.at(i).column != y.at(i).column)
            return QStringLiteral("the incremental reparse differs at syntax warning %1").arg(i);
    }
    return {};
}

// The refusal as a number and its subject: the property names what it did not expect.
inline QString refusalName(const EditResult &r)
{
    return QStringLiteral("code %1 %2").arg(int(r.refusal.code)).arg(r.refusal.subject);
}

inline bool refusalExpected(const EditResult &r, const QByteArray &bytes)
{
    return !r.ok && r.refusal.code == EditRefusalCode::WouldChangeNeighbours && bytes.contains("\xe2\x80\x9c");
}

/// The texts of the statements directly in `scope`, leaving out `skip`.
inline QList<QByteArrayView> statementTexts(const SyntaxTree &tree, NodeId scope, NodeId skip)
{
    QList<QByteArrayView> texts;
    for (NodeId c = tree.node(scope).firstChild; c != kNoNode; c = tree.node(c).nextSibling) {
        if (c != skip)
            texts.append(tree.text(c));
    }
    return texts;
}

/// Empty when an edit of `target` left every other statement as it was: the other
/// top-level statements and, in the edited scope, everything but its Routes option.
inline QString othersUnchanged(const SyntaxTree &before, const SyntaxTree &after, const EditTarget &target)
{
    const NodeId scopeBefore = target.global ? SyntaxTree::root() : RouteEditor::findDomainScope(before, target.domain);
    const NodeId scopeAfter = target.global ? SyntaxTree::root() : RouteEditor::findDomainScope(after, target.domain);
    if (!target.global && statementTexts(before, SyntaxTree::root(), scopeBefore)
                              != statementTexts(after, SyntaxTree::root(), scopeAfter))
        return QStringLiteral("a top-level statement other than the edited scope changed");
    if (scopeBefore == kNoNode)
        return {};
    if (statementTexts(before, scopeBefore, RouteEditor::findRoutesOption(before, scopeBefore))
        != statementTexts(after, scopeAfter, RouteEditor::findRoutesOption(after, scopeAfter)))
        return QStringLiteral("a statement other than Routes changed in the edited scope");
    return {};
}

/// Empty when `bytes` satisfies every property, else what failed.
inline QString checkConfigProperties(const QByteArray &bytes)
{
    const SyntaxTree tree = SyntaxTree::parse(bytes, QStringLiteral("fuzz.conf"));
    if (tree.serialize() != bytes)
        return QStringLiteral("serialize differs from input");
    const ConfigSet config = ConfigSet::fromText(bytes, QStringLiteral("fuzz.conf"), false);
    (void)validate(config, RouteModel::build(config));
    if (tree.hasSyntaxErrors())
        return {};
    const QStringList entries{QStringLiteral("smtp://relay.example.test?pref=10"), QStringLiteral("__mx__")};
    for (const EditTarget &target : {EditTarget::globalScope(), EditTarget::domainScope(QStringLiteral("fuzz.test"))}) {
        const QString where = target.global ? QStringLiteral("global: ") : QStringLiteral("domain: ");
        const EditResult r = RouteEditor::setRoutes(tree, target, entries);
        if (refusalExpected(r, bytes))
            continue;
        if (!r.ok)
            return where + QStringLiteral("edit refused: ") + refusalName(r);
        if (applyEdits(bytes, r.edits) != r.text)
            return where + QStringLiteral("edits and text disagree");
        const SyntaxTree after = SyntaxTree::parse(r.text);
        if (after.hasSyntaxErrors())
            return where + QStringLiteral("edit produced a syntax error: ") + after.syntaxDiagnostics().first().code;
        const NodeId scope = target.global ? SyntaxTree::root() : RouteEditor::findDomainScope(after, target.domain);
        if (scope == kNoNode)
            return where + QStringLiteral("scope missing after edit");
        const NodeId option = RouteEditor::findRoutesOption(after, scope);
        if (option == kNoNode)  // value() of no node would read outside the tree
            return where + QStringLiteral("Routes option missing after edit");
        if (const QString why = othersUnchanged(tree, after, target); !why.isEmpty())
            return where + why;
        if (const QString why = reparsedAsFullParse(tree, r.edits, r.text, after); !why.isEmpty())
            return where + why;
        QStringList got;
        for (const NodeId item : after.items(after.value(option)))
            got << after.scalar(item);
        if (got != entries)
            return where + QStringLiteral("routes read back as ") + got.join(u' ');
        const EditResult again = RouteEditor::setRoutes(after, target, entries);
        if (!again.ok || !again.edits.isEmpty())
            return where + QStringLiteral("setting the same routes again changed the file");
        const EditResult cleared = RouteEditor::clearRoutes(after, target);
        if (!cleared.ok)
            return where + QStringLiteral("clearing refused: ") + refusalName(cleared);
        if (SyntaxTree::parse(cleared.text).hasSyntaxErrors())
            return where + QStringLiteral("clearing produced a syntax error");
    }
    // Removing the first top-level scope leaves a clean file and every other statement.
    NodeId first = tree.node(SyntaxTree::root()).firstChild;
    while (first != kNoNode && tree.node(first).kind != NodeKind::Scope)
        first = tree.node(first).nextSibling;
    if (first == kNoNode)
        return {};
    const EditResult removed = RouteEditor::removeScope(tree, first);
    if (refusalExpected(removed, bytes))
        return {};
    if (!removed.ok)
        return QStringLiteral("removing a scope refused: ") + refusalName(removed);
    const SyntaxTree rest = SyntaxTree::parse(removed.text);
    if (rest.hasSyntaxErrors())
        return QStringLiteral("removing a scope produced a syntax error: ") + rest.syntaxDiagnostics().first().code;
    if (statementTexts(tree, SyntaxTree::root(), first) != statementTexts(rest, SyntaxTree::root(), kNoNode))
        return QStringLiteral("removing a scope changed other statements");
    return {};
}

} // namespace rs::fuzz
