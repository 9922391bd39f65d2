// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/syntaxtree.h"

// A compact, readable rendering of a syntax tree for test expectations:
// (scope Domain "x" (option Routes (list "a" b))) and so on.
inline QString dumpNode(const rs::SyntaxTree &t, rs::NodeId id)
{
    using rs::NodeKind;
    const rs::Node &n = t.node(id);
    QString out;
    auto kids = [&] {
        QString s;
        for (rs::NodeId c = n.firstChild; c != rs::kNoNode; c = t.node(c).nextSibling)
            s += u' ' + dumpNode(t, c);
        return s;
    };
    const QString raw = rs::decodeText(t.text(id));
    switch (n.kind) {
    case NodeKind::Document: return u"(doc" + kids() + u')';
    case NodeKind::Scope:
        return u"(scope " + rs::decodeText(t.text(n.name))
            + (n.instance.isEmpty() ? QString() : u' ' + rs::decodeText(t.text(n.instance))) + kids() + u')';
    case NodeKind::Option: return u"(option " + rs::decodeText(t.text(n.name)) + kids() + u')';
    case NodeKind::Include: return u"(include " + rs::decodeText(t.text(n.instance)) + u')';
    case NodeKind::Word:
    case NodeKind::String: return raw;
    case NodeKind::List: return u"(list" + kids() + u')';
    case NodeKind::Hash: return u"(hash" + kids() + u')';
    case NodeKind::Error: return u"(error " + raw + u')';
    }
    return out;
}
