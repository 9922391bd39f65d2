// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/routeeditor.h"

#include "config/editreading.h"
#include "config/lexer.h"
#include "routing/domainpattern.h"
#include "routing/editreadback.h"
#include "routing/routeentry.h"
#include "routing/scoperemoval.h"
#include "routing/scopewalk.h"

#include <algorithm>

namespace rs {

namespace {

QByteArray quoted(const QString &entry)
{
    return '"' + entry.toUtf8() + '"';
}

bool isSpaceOrTab(char c)
{
    return c == ' ' || c == '\t';
}

bool isBlankByte(char c)
{
    return isSpaceOrTab(c) || c == '\r' || c == '\n';
}

bool isBlank(QByteArrayView v)
{
    return std::all_of(v.begin(), v.end(), isBlankByte);
}

// Layout facts of a file the new text must follow.
struct Layout {
    const SyntaxTree &tree;

    QByteArray lineBreak() const { return tree.source().lineBreak(); }

    quint32 lineStartOf(quint32 offset) const
    {
        return tree.source().lineStart(tree.position(offset).line);
    }

    // The whitespace before `offset` on its line, when nothing else precedes it.
    QByteArray indentOf(quint32 offset) const
    {
        const quint32 start = lineStartOf(offset);
        const QByteArrayView lead = tree.source().view({start, offset});
        return isBlank(lead) ? lead.toByteArray() : QByteArray();
    }

    // The file's indentation step: the leading whitespace of the first statement
    // inside a top-level scope; two spaces when the file shows none.
    QByteArray indentUnit() const
    {
        for (NodeId s = tree.node(SyntaxTree::root()).firstChild; s != kNoNode; s = tree.node(s).nextSibling) {
            if (tree.node(s).kind != NodeKind::Scope)
                continue;
            const NodeId c = tree.node(s).firstChild;
            if (c == kNoNode)
                continue;
            const QByteArray ind = indentOf(tree.node(c).span.begin);
            const QByteArray outer = indentOf(tree.node(s).span.begin);
            if (ind.size() > outer.size() && ind.startsWith(outer))
                return ind.mid(outer.size());
        }
        return QByteArrayLiteral("  ");
    }

    // The offsets just past the line breaks in `gap`, trivia between two statements
    // of a file without syntax errors. A break inside a block comment is not one:
    // text put there would be commented out.
    std::vector<quint32> breaksIn(Span gap) const
    {
        std::vector<quint32> breaks;
        Lexer lexer(tree.text(gap));
        for (Token t = lexer.next(); t.kind != TokenKind::EndOfFile; t = lexer.next()) {
            if (t.kind != TokenKind::Whitespace)
                continue;
            const QByteArrayView ws = tree.text(Span{gap.begin + t.span.begin, gap.begin + t.span.end});
            for (qsizetype i = 0; i < ws.size(); ++i) {
                if (ws.at(i) == '\n')
                    breaks.push_back(gap.begin + t.span.begin + quint32(i) + 1);
            }
        }
        return breaks;
    }

    // The trivia after statement `id` up to the next statement, the end of its
    // scope (`scopeEnd`) or the end of the file.
    Span gapAfter(NodeId id, quint32 scopeEnd) const
    {
        const Node &n = tree.node(id);
        return {n.span.end, n.nextSibling != kNoNode ? tree.node(n.nextSibling).span.begin : scopeEnd};
    }

    // The '{' that opens `scope`: the first such token after its keyword and instance.
    quint32 openingBrace(NodeId scope) const
    {
        const Node &sn = tree.node(scope);
        const quint32 from = sn.instance.isEmpty() ? sn.name.end : sn.instance.end;
        Lexer lexer(tree.text(Span{from, sn.span.end}));
        Token t = lexer.next();
        while (t.kind != TokenKind::LBrace && t.kind != TokenKind::EndOfFile)
            t = lexer.next();
        return from + t.span.begin;
    }

    // End of the line holding `offset`, before its line break (trailing comment included).
    quint32 lineEndOf(quint32 offset) const
    {
        const QByteArray &b = tree.bytes();
        auto p = qsizetype(offset);
        while (p < b.size() && b.at(p) != '\n')
            ++p;
        if (p > qsizetype(offset) && p < b.size() && b.at(p - 1) == '\r')
            --p;
        return quint32(p);
    }

    bool isOnOneLine(Span s) const { return !tree.text(s).contains('\n'); }
};

QByteArray renderList(const QStringList &entries)
{
    QByteArray out = "(";
    for (const QString &e : entries)
        out += ' ' + quoted(e);
    out += entries.isEmpty() ? " )" : " )";
    return out;
}

QByteArray renderOption(const QStringList &entries)
{
    return "Routes = " + renderList(entries);
}

// Rewrites the items of an existing list: unchanged items keep their bytes, and
// only the run between the common prefix and the common suffix is replaced.
TextEdits editList(const SyntaxTree &tree, NodeId list, const QStringList &entries)
{
    const Layout layout{tree};
    const std::vector<NodeId> items = tree.children(list);
    const Node &ln = tree.node(list);
    QStringList old;
    for (const NodeId i : items)
        old.append(tree.scalar(i));
    const auto n = qsizetype(items.size());
    const qsizetype m = entries.size();
    qsizetype prefix = 0;
    while (prefix < n && prefix < m && old.at(prefix) == entries.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix
           && old.at(n - 1 - suffix) == entries.at(m - 1 - suffix))
        ++suffix;
    if (prefix == n && n == m)
        return {};

    // Same count: replace each changed item in place, leaving separators and comments.
    if (n == m) {
        TextEdits edits;
        for (qsizetype i = prefix; i < n - suffix; ++i) {
            if (old.at(i) != entries.at(i)) {
                const Span s = tree.node(items[size_t(i)]).span;
                edits.append({s.begin, s.end, quoted(entries.at(i))});
            }
        }
        return edits;
    }

    // The separator between items, as the list already writes it.
    QByteArray sep;
    for (size_t i = 1; i < items.size() && sep.isEmpty(); ++i) {
        const QByteArrayView gap = tree.text(Span{tree.node(items[i - 1]).span.end, tree.node(items[i]).span.begin});
        if (isBlank(gap) && !gap.isEmpty())
            sep = gap.toByteArray();
    }
    if (sep.isEmpty()) {
        const quint32 firstAt = items.empty() ? ln.span.end - 1 : tree.node(items.front()).span.begin;
        const QByteArrayView lead = tree.text(Span{ln.span.begin + 1, firstAt});
        const qsizetype nl = lead.lastIndexOf('\n');
        sep = (nl >= 0 && !items.empty()) ? layout.lineBreak() + layout.indentOf(firstAt) : QByteArray(" ");
    }
    auto join = [&sep](const QStringList &texts) {
        QByteArray out;
        for (qsizetype i = 0; i < texts.size(); ++i)
            out += (i ? sep : QByteArray()) + quoted(texts.at(i));
        return out;
    };
    const QStringList middle = entries.mid(prefix, m - prefix - suffix);
    const qsizetype oldMiddle = n - prefix - suffix;
    auto itemSpan = [&](qsizetype i) { return tree.node(items[size_t(i)]).span; };

    if (n == 0) {
        const Span interior{ln.span.begin + 1, ln.span.end - 1};
        if (isBlank(tree.text(interior)))  // `( )` or `()`: write the whole interior
            return {{interior.begin, interior.end, ' ' + join(entries) + ' '}};
        // `( # none yet` keeps its comment, after the new entries
        const bool blankFollows = isBlankByte(tree.bytes().at(interior.begin));
        return {{interior.begin, interior.begin, ' ' + join(entries) + (blankFollows ? QByteArray() : QByteArray(" "))}};
    }
    if (m == 0)
        return {{ln.span.begin + 1, ln.span.end - 1, QByteArray(" ")}};
    if (oldMiddle == 0) {  // pure insertion
        if (prefix > 0)
            return {{itemSpan(prefix - 1).end, itemSpan(prefix - 1).end, sep + join(middle)}};
        return {{itemSpan(0).begin, itemSpan(0).begin, join(middle) + sep}};
    }
    if (middle.isEmpty()) {  // pure deletion, with the separators that went with the items
        if (prefix > 0)
            return {{itemSpan(prefix - 1).end, itemSpan(n - suffix - 1).end, {}}};
        return {{itemSpan(0).begin, itemSpan(oldMiddle).begin, {}}};
    }
    return {{itemSpan(prefix).begin, itemSpan(n - suffix - 1).end, join(middle)}};
}

// Puts a new statement in a scope (not the file's top level): after its last
// statement, at that statement's indentation. `render(indent)` gives the statement
// for a layout on lines of its own (`indent` is the indentation of its first line,
// for the lines that follow); `oneLine` is used in a scope written on one line.
template<typename Render>
TextEdits placeInScope(const SyntaxTree &tree, NodeId scope, const Render &render, const QByteArray &oneLine)
{
    const Layout layout{tree};
    const QByteArray lb = layout.lineBreak();
    const Node &sn = tree.node(scope);
    const quint32 close = sn.span.end - 1;  // the '}'
    const Span body{sn.span.begin, sn.span.end};
    if (layout.isOnOneLine(body)) {
        // `domain x{ a = 1 }` stays on one line.
        const bool spaced = close > 0 && isSpaceOrTab(tree.bytes().at(close - 1));
        return {{close, close, (spaced ? QByteArray() : QByteArray(" ")) + oneLine + ' '}};
    }
    if (sn.lastChild != kNoNode) {
        const Node &last = tree.node(sn.lastChild);
        QByteArray indent = layout.indentOf(last.span.begin);
        if (indent.isEmpty())
            indent = layout.indentOf(sn.span.begin) + layout.indentUnit();
        if (const auto breaks = layout.breaksIn(layout.gapAfter(sn.lastChild, close)); !breaks.empty())
            return {{breaks.front(), breaks.front(), indent + render(indent) + lb}};  // lines of its own before the '}'
        // `a = 1 }`: the '}' stays on the new line, after the blanks that led to it
        quint32 at = close;
        while (at > last.span.end && isSpaceOrTab(tree.bytes().at(at - 1)))
            --at;
        return {{at, at, lb + indent + render(indent)}};
    }
    const quint32 at = layout.openingBrace(scope) + 1;
    const QByteArray indent = layout.indentOf(sn.span.begin) + layout.indentUnit();
    return {{at, at, lb + indent + render(indent)}};
}

// A new Domain stanza inside a Binding or Binding_Group, its Routes one step further in.
TextEdits insertDomainScope(const SyntaxTree &tree, NodeId container, const QString &domain, const QStringList &entries)
{
    const Layout layout{tree};
    const QByteArray lb = layout.lineBreak();
    const QByteArray unit = layout.indentUnit();
    const QByteArray head = "Domain " + quoted(domain) + " {";
    const QByteArray option = renderOption(entries);
    return placeInScope(
        tree, container,
        [&](const QByteArray &indent) -> QByteArray { return head + lb + indent + unit + option + lb + indent + '}'; },
        head + ' ' + option + " }");
}

TextEdits insertOption(const SyntaxTree &tree, NodeId scope, const QStringList &entries)
{
    const Layout layout{tree};
    const QByteArray option = renderOption(entries);
    const QByteArray lb = layout.lineBreak();
    const Node &sn = tree.node(scope);
    if (scope == SyntaxTree::root()) {
        // Global options sit before the scopes: after the last top-level option,
        // else at the start of the first statement's line.
        NodeId lastOption = kNoNode, firstStatement = kNoNode;
        for (NodeId c = sn.firstChild; c != kNoNode; c = tree.node(c).nextSibling) {
            if (firstStatement == kNoNode)
                firstStatement = c;
            if (tree.node(c).kind == NodeKind::Option)
                lastOption = c;
        }
        if (lastOption != kNoNode) {
            const quint32 optionEnd = tree.node(lastOption).span.end;
            const Span gap = layout.gapAfter(lastOption, quint32(tree.bytes().size()));
            const QByteArray line = layout.indentOf(tree.node(lastOption).span.begin) + option;
            if (const auto breaks = layout.breaksIn(gap); !breaks.empty())
                return {{breaks.front(), breaks.front(), line + lb}};  // the line after the option
            if (gap.end == quint32(tree.bytes().size()))
                return {{gap.end, gap.end, lb + line}};
            const bool blankFollows = gap.end > optionEnd && isSpaceOrTab(tree.bytes().at(optionEnd));
            // `a = 1 Domain x {` shares the line
            return {{optionEnd, optionEnd, ' ' + option + (blankFollows ? QByteArray() : QByteArray(" "))}};
        }
        if (firstStatement != kNoNode) {
            // The start of the first statement's line, unless a comment runs into
            // that line: then the start of the file.
            const auto breaks = layout.breaksIn(Span{0, tree.node(firstStatement).span.begin});
            const quint32 at = breaks.empty() ? 0 : breaks.back();
            return {{at, at, option + lb}};
        }
        const QByteArray &b = tree.bytes();
        const bool needBreak = !b.isEmpty() && !b.endsWith('\n');
        const auto end = quint32(b.size());
        return {{end, end, (needBreak ? lb : QByteArray()) + option + lb}};
    }
    const QByteArray text = option;
    return placeInScope(tree, scope, [&text](const QByteArray &) { return text; }, option);
}

TextEdits appendDomainScope(const SyntaxTree &tree, const QString &domain, const QStringList &entries)
{
    const Layout layout{tree};
    const QByteArray lb = layout.lineBreak();
    const QByteArray &b = tree.bytes();
    QByteArray text;
    if (!b.isEmpty()) {
        if (!b.endsWith('\n'))
            text += lb;
        // One blank line between the last statement and the new scope.
        const bool endsBlank = b.endsWith("\n\n") || b.endsWith("\n\r\n");
        if (!endsBlank)
            text += lb;
    }
    text += "Domain " + quoted(domain) + " {" + lb + layout.indentUnit() + renderOption(entries) + lb + '}' + lb;
    const auto end = quint32(b.size());
    return {{end, end, text}};
}

TextEdits removeOption(const SyntaxTree &tree, NodeId option)
{
    const Layout layout{tree};
    const Span s = tree.node(option).span;
    const quint32 lineStart = layout.lineStartOf(s.begin);
    const quint32 lineEnd = layout.lineEndOf(s.end);
    const QByteArrayView before = tree.text(Span{lineStart, s.begin});
    QByteArrayView after = tree.text(Span{s.end, lineEnd});
    const qsizetype hash = after.indexOf('#');
    const bool onlyCommentAfter = isBlank(hash >= 0 ? after.first(hash) : after);
    if (isBlank(before) && onlyCommentAfter) {
        // The option has its line to itself: remove the line, break included.
        quint32 end = lineEnd;
        const QByteArray &b = tree.bytes();
        if (end < quint32(b.size()) && b.at(end) == '\r')
            ++end;
        if (end < quint32(b.size()) && b.at(end) == '\n')
            ++end;
        return {{lineStart, end, {}}};
    }
    // Shares its line with other statements: remove it and the blanks before it,
    // keeping one blank when text follows (`1 Routes = x#c` must not become `1#c`,
    // one word: '#' opens a comment only where a token starts).
    const QByteArray &b = tree.bytes();
    quint32 begin = s.begin;
    while (begin > lineStart && isSpaceOrTab(b.at(begin - 1)))
        --begin;
    const bool textFollows = s.end < quint32(b.size()) && !isBlankByte(b.at(s.end));
    return {{begin, s.end, textFollows ? QByteArray(" ") : QByteArray()}};
}

bool isScopeOrRoot(const SyntaxTree &tree, NodeId id)
{
    return id == SyntaxTree::root()
        || (id > SyntaxTree::root() && size_t(id) < tree.nodes().size() && tree.node(id).kind == NodeKind::Scope);
}

NodeId targetScope(const SyntaxTree &tree, const EditTarget &target)
{
    return target.global ? SyntaxTree::root() : RouteEditor::findDomainScope(tree, target.domain);
}

std::optional<EditRefusal> checkInput(const SyntaxTree &tree, const EditTarget &target, const QStringList &entries)
{
    if (tree.hasSyntaxErrors())
        return EditRefusal{EditRefusalCode::SyntaxErrors, {}, tree.syntaxDiagnostics().first(), {}, -1, 0};
    if (!target.global) {
        const QString &d = target.domain;
        if (d.isEmpty() || d.contains(u'"') || d.contains(u'\n') || d.contains(u'\r'))
            return EditRefusal{EditRefusalCode::BadScopeName, d, std::nullopt, {}, -1, 0};
        if (isRegexName(d)) {
            // `check` rejects a regex PCRE2 cannot compile (domain-bad-regex); so does the editor.
            const DomainPattern pattern = DomainPattern::fromScopeName(d);
            if (!pattern.isValid())
                return EditRefusal{EditRefusalCode::BadRegex, d, std::nullopt, pattern.errorString(), pattern.errorOffset(), 0};
        }
    }
    for (const QString &e : entries) {
        const RouteEntry parsed = parseRouteEntry(e);
        for (const EntryProblem &p : parsed.problems) {
            if (p.severity == Severity::Error) {
                Diagnostic cause = p.diagnostic();
                cause.column = p.column + 1;
                cause.offset = quint32(p.column);
                return EditRefusal{EditRefusalCode::BadEntry, e, cause, {}, -1, 0};
            }
        }
    }
    return std::nullopt;
}

EditResult refused(EditRefusal why)
{
    EditResult r;
    r.refusal = std::move(why);
    return r;
}

EditResult refused(EditRefusalCode code)
{
    return refused(EditRefusal{code, {}, std::nullopt, {}, -1, 0});
}

// The edits and the new text, unless the text around them would read differently or
// the new text would not read back as intended (`target` and `entries` say what that
// is; without them only the syntax is checked).
EditResult finish(const SyntaxTree &tree, TextEdits edits, const EditTarget *target = nullptr,
                  const QStringList *entries = nullptr)
{
    EditResult r;
    r.edits = std::move(edits);
    r.text = r.edits.isEmpty() ? tree.bytes() : applyEdits(tree.bytes(), r.edits);
    if (const auto at = readingChangedAt(tree, r.edits, r.text)) {
        // Refuse rather than write text that would silently mean something else.
        r.refusal.code = EditRefusalCode::WouldChangeNeighbours;
        r.refusal.line = int(QByteArrayView(r.text).first(*at).count('\n') + 1);
        r.edits.clear();
        r.text.clear();
        return r;
    }
    // The one place where a new text is checked as a whole: `set` and the editor
    // never write a file that no longer parses or that names another scope.
    ReadBack back = readBack(tree, r.edits, r.text, target, entries);
    if (back.refusal) {
        r.refusal = std::move(*back.refusal);
        r.edits.clear();
        r.text.clear();
        return r;
    }
    r.warnings = std::move(back.warnings);
    r.ok = true;
    return r;
}

} // namespace

NodeId RouteEditor::findDomainScope(const SyntaxTree &tree, const QString &name)
{
    const bool regex = name.startsWith(u'/');
    for (NodeId c = tree.node(SyntaxTree::root()).firstChild; c != kNoNode; c = tree.node(c).nextSibling) {
        const Node &n = tree.node(c);
        if (n.kind != NodeKind::Scope || !tree.nameIs(c, QLatin1StringView("domain")))
            continue;
        const QString inst = tree.instance(c);
        if (regex ? inst == name : inst.compare(name, Qt::CaseInsensitive) == 0)
            return c;
    }
    return kNoNode;
}

EditTarget EditTarget::at(const SyntaxTree &tree, NodeId scope)
{
    EditTarget t;
    for (NodeId n = scope; n > SyntaxTree::root(); n = tree.node(n).parent)
        t.path.prepend({tree.name(n), tree.instance(n)});
    if (!t.path.isEmpty()) {
        t.global = false;
        if (sameName(t.path.last().keyword.toUtf8(), "domain"))
            t.domain = t.path.last().name;
    }
    return t;
}

NodeId RouteEditor::findScope(const SyntaxTree &tree, const QList<ScopeStepText> &path)
{
    NodeId at = SyntaxTree::root();
    for (const ScopeStepText &step : path) {
        const QByteArray keyword = step.keyword.toUtf8();
        const bool regex = isRegexName(step.name);
        NodeId found = kNoNode;
        for (NodeId c = tree.node(at).firstChild; c != kNoNode && found == kNoNode; c = tree.node(c).nextSibling) {
            if (tree.node(c).kind != NodeKind::Scope || !sameName(tree.text(tree.node(c).name), keyword))
                continue;
            const QString instance = tree.instance(c);
            if (regex ? instance == step.name : instance.compare(step.name, Qt::CaseInsensitive) == 0)
                found = c;
        }
        if (found == kNoNode)
            return kNoNode;
        at = found;
    }
    return at;
}

NodeId RouteEditor::findRoutesOption(const SyntaxTree &tree, NodeId scope)
{
    NodeId found = kNoNode;
    for (NodeId c = tree.node(scope).firstChild; c != kNoNode; c = tree.node(c).nextSibling) {
        if (tree.node(c).kind == NodeKind::Option && tree.nameIs(c, QLatin1StringView("routes")))
            found = c;
    }
    return found;
}

EditResult RouteEditor::setRoutes(const SyntaxTree &tree, const EditTarget &target, const QStringList &entries)
{
    if (auto why = checkInput(tree, target, entries))
        return refused(std::move(*why));
    const NodeId scope = targetScope(tree, target);
    if (scope == kNoNode)
        return finish(tree, appendDomainScope(tree, target.domain, entries), &target, &entries);
    return setRoutesIn(tree, scope, entries);
}

EditResult RouteEditor::setRoutesIn(const SyntaxTree &tree, NodeId scope, const QStringList &entries)
{
    if (auto why = checkInput(tree, EditTarget::globalScope(), entries))
        return refused(std::move(*why));
    if (!isScopeOrRoot(tree, scope))
        return refused(EditRefusalCode::NotAScope);
    const EditTarget target = EditTarget::at(tree, scope);
    const NodeId option = findRoutesOption(tree, scope);
    if (option == kNoNode)
        return finish(tree, insertOption(tree, scope, entries), &target, &entries);
    const NodeId value = tree.value(option);
    const Node &vn = tree.node(value);
    if (vn.kind == NodeKind::List)
        return finish(tree, editList(tree, value, entries), &target, &entries);
    // `Routes = "host"`: keep the scalar form while there is one entry.
    if (entries.size() == 1 && tree.scalar(value) == entries.first())
        return finish(tree, {}, &target, &entries);
    const QByteArray replacement = entries.size() == 1 ? quoted(entries.first()) : renderList(entries);
    return finish(tree, {{vn.span.begin, vn.span.end, replacement}}, &target, &entries);
}

EditResult RouteEditor::clearRoutes(const SyntaxTree &tree, const EditTarget &target)
{
    if (auto why = checkInput(tree, target, {}))
        return refused(std::move(*why));
    const NodeId scope = targetScope(tree, target);
    if (scope == kNoNode)
        return finish(tree, {});
    return clearRoutesIn(tree, scope);
}

EditResult RouteEditor::clearRoutesIn(const SyntaxTree &tree, NodeId scope)
{
    if (auto why = checkInput(tree, EditTarget::globalScope(), {}))
        return refused(std::move(*why));
    if (!isScopeOrRoot(tree, scope))
        return refused(EditRefusalCode::NotAScope);
    const EditTarget target = EditTarget::at(tree, scope);
    const NodeId option = findRoutesOption(tree, scope);
    if (option == kNoNode)
        return finish(tree, {});
    return finish(tree, removeOption(tree, option), &target);
}

EditResult RouteEditor::addDomainScope(const SyntaxTree &tree, NodeId container, const QString &name,
                                       const QStringList &entries)
{
    if (auto why = checkInput(tree, EditTarget::domainScope(name), entries))
        return refused(std::move(*why));
    if (!isScopeOrRoot(tree, container))
        return refused(EditRefusalCode::NotAScope);
    EditTarget target = EditTarget::at(tree, container);
    target.global = false;
    target.domain = name;
    target.path.append({QStringLiteral("Domain"), name});
    if (container == SyntaxTree::root())
        return finish(tree, appendDomainScope(tree, name, entries), &target, &entries);
    return finish(tree, insertDomainScope(tree, container, name, entries), &target, &entries);
}

EditResult RouteEditor::removeScope(const SyntaxTree &tree, NodeId scope)
{
    if (auto why = checkInput(tree, EditTarget::globalScope(), {}))
        return refused(std::move(*why));
    if (scope <= SyntaxTree::root() || size_t(scope) >= tree.nodes().size() || tree.node(scope).kind != NodeKind::Scope)
        return refused(EditRefusalCode::NotAScope);
    return finish(tree, removeScopeEdits(tree, scope));
}

} // namespace rs
