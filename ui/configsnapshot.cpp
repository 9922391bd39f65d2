#include "ui/configsnapshot.h"

#include <algorithm>

namespace rs::ui {

void ConfigSnapshot::index()
{
    const QStringList paths = m_config.filePaths();
    for (int i = 0; i < paths.size(); ++i)
        m_fileIndex.insert(paths.at(i), i);
    m_syntaxErrors = m_config.mainTree().hasSyntaxErrors();

    const QList<RoutingScope> &scopes = m_model.scopes();
    m_scopesByFile.resize(m_config.fileCount());
    m_scopeKeys.reserve(scopes.size());
    // Keys built from the parent's key (parents come first): what scopeKey()
    // returns, without walking up and prepending for each of 100,000 scopes.
    QList<QString> keys(scopes.size());
    for (int i = 0; i < scopes.size(); ++i) {
        const RoutingScope &s = scopes.at(i);
        if (i > 0 && s.location.ref.file >= 0)
            m_scopesByFile[s.location.ref.file].append(i);
        if (s.parent >= 0 && s.parent < i) {
            QString key = keys.at(s.parent);
            key += scopeKindName(s.kind) + u':' + s.name.toLower() + u'/';
            keys[i] = std::move(key);
        } else {
            keys[i] = scopeKey(i);
        }
        m_scopeKeys.insert(keys.at(i), i);
    }
    // Declaration order is offset order within one file except where an include
    // interleaves; sort to make the binary search in scopeAt() safe.
    for (QList<int> &list : m_scopesByFile) {
        std::stable_sort(list.begin(), list.end(), [this](int a, int b) {
            return scopeSpan(a).begin < scopeSpan(b).begin;
        });
    }

    m_scopeErrors.fill(0, scopes.size());
    m_scopeWarnings.fill(0, scopes.size());
    m_placed.reserve(size_t(m_diagnostics.size()));
    for (int d = 0; d < m_diagnostics.size(); ++d) {
        const Diagnostic &diag = m_diagnostics.at(d);
        const int file = fileIndex(diag.file);
        m_placed.push_back({file, diag.offset, d});
        const int scope = file < 0 ? 0 : scopeAt(file, diag.offset);
        if (scope < 0)
            continue;
        if (diag.severity == Severity::Error)
            ++m_scopeErrors[scope];
        else if (diag.severity == Severity::Warning)
            ++m_scopeWarnings[scope];
    }
    std::stable_sort(m_placed.begin(), m_placed.end());
}

Span ConfigSnapshot::scopeSpan(int scope) const
{
    const RoutingScope &s = m_model.scopes().at(scope);
    if (s.kind == ScopeKind::Global || !s.location.ref.isValid())
        return {0, quint32(m_config.mainTree().bytes().size())};
    return m_config.tree(s.location.ref.file).node(s.location.ref.node).span;
}

int ConfigSnapshot::scopeAt(int file, quint32 offset) const
{
    if (file < 0 || file >= m_scopesByFile.size())
        return -1;
    const QList<int> &list = m_scopesByFile.at(file);
    // The last scope starting at or before the offset, then out through its
    // parents until one holds the offset.
    auto it = std::upper_bound(list.begin(), list.end(), offset, [this](quint32 o, int s) {
        return o < scopeSpan(s).begin;
    });
    while (it != list.begin()) {
        --it;
        for (int s = *it; s > 0; s = m_model.scopes().at(s).parent) {
            const Span span = scopeSpan(s);
            if (offset >= span.begin && offset < span.end)
                return s;
        }
        // A sibling ending before the offset: earlier scopes of the same depth end
        // earlier still, so only the top-level chain is left to check.
        break;
    }
    return file == 0 ? 0 : -1;
}

QList<int> ConfigSnapshot::diagnosticsIn(int file, Span span) const
{
    QList<int> out;
    auto it = std::lower_bound(m_placed.begin(), m_placed.end(), Placed{file, span.begin, 0});
    for (; it != m_placed.end() && it->file == file && it->offset < span.end; ++it)
        out.append(it->diagnostic);
    return out;
}

QString ConfigSnapshot::scopeKey(int scope) const
{
    QString key;
    for (int s = scope; s >= 0; s = m_model.scopes().at(s).parent) {
        const RoutingScope &rs = m_model.scopes().at(s);
        key.prepend(scopeKindName(rs.kind) + u':' + rs.name.toLower() + u'/');
        if (rs.parent == s)
            break;
    }
    return key;
}

int ConfigSnapshot::routeCount(int scope) const
{
    const RoutingScope &s = m_model.scopes().at(scope);
    if (!s.routesOption)
        return s.gatewayOption ? 1 : 0;
    const SyntaxTree &t = m_config.tree(s.routesOption->file);
    const NodeId value = t.value(s.routesOption->node);
    return value == kNoNode ? 0 : int(t.items(value).size());
}

} // namespace rs::ui
