// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/configset.h"
#include "routing/routemodel.h"
#include "routing/validator.h"

#include <QHash>

#include <memory>
#include <vector>

namespace rs::ui {

/// Everything derived from one version of the text: the file set, the routing
/// model and every diagnostic, plus the lookups the views need (problems per scope,
/// scope at an offset). Built off the GUI thread on load; immutable once built, so
/// views may hold it while a newer one is being made.
class ConfigSnapshot final
{
public:
    /// Parses `bytes` as the file at `path`; included files come from `overlay` (by
    /// path) when there, else from disk. `progress` is called with 0..100 between the
    /// steps. Returns nullptr when `cancel` is raised meanwhile.
    template<typename Progress>
    static std::shared_ptr<const ConfigSnapshot> build(const QByteArray &bytes, const QString &path,
                                                       const QHash<QString, QByteArray> &overlay,
                                                       const std::atomic_bool *cancel, const Progress &progress);
    static std::shared_ptr<const ConfigSnapshot> build(const QByteArray &bytes, const QString &path,
                                                       const QHash<QString, QByteArray> &overlay = {})
    {
        return build(bytes, path, overlay, nullptr, [](int) {});
    }

    /// The snapshot after an edit of one file (`oldRegion` of its old bytes replaced,
    /// `newBytes` its whole new text), made from this one by parsing, walking and
    /// checking only the statements the edit touched. None when that cannot be done
    /// exactly (the edit added, removed or renamed scopes, touched the global
    /// options or an include, ...): build() the snapshot then.
    std::shared_ptr<const ConfigSnapshot> updated(int file, Span oldRegion, const QByteArray &newBytes) const;
    /// Where two snapshots differ in their scopes or diagnostics, or empty: the check
    /// that updated() gives what build() gives.
    QString differenceFrom(const ConfigSnapshot &other) const;
    /// Made by updated() (the scopes are the same as the snapshot it came from).
    bool isUpdate() const { return m_isUpdate; }

    const ConfigSet &config() const { return m_config; }
    const RouteModel &model() const { return m_model; }
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    bool hasSyntaxErrors() const { return m_syntaxErrors; }

    int fileIndex(const QString &path) const { return m_fileIndex.value(path, -1); }
    /// The innermost routing scope whose braces hold `offset` in file `file`, or -1;
    /// offsets outside every scope of the main file belong to the global scope (0).
    int scopeAt(int file, quint32 offset) const;
    /// Byte span of a scope's text in its file (global: the whole main file).
    Span scopeSpan(int scope) const;
    /// Errors and warnings located inside a scope (not in nested routing scopes).
    int errorCount(int scope) const { return m_scopeErrors.value(scope); }
    int warningCount(int scope) const { return m_scopeWarnings.value(scope); }
    /// Indexes into diagnostics() located in [begin, end) of a file.
    QList<int> diagnosticsIn(int file, Span span) const;
    /// A name that survives reparsing: the labels of the scope and its parents.
    QString scopeKey(int scope) const;
    /// The first scope whose scopeKey() is `key`, or -1.
    int findScope(const QString &key) const;
    /// Number of items in a scope's Routes list, without parsing the entries.
    int routeCount(int scope) const;

private:
    ConfigSnapshot() = default;
    void index();

    ConfigSet m_config;
    RouteModel m_model;
    Diagnostics m_diagnostics;
    bool m_syntaxErrors = false;
    bool m_isUpdate = false;
    void placeDiagnostics();
    QHash<QString, int> m_fileIndex;
    // scopeKey() of every scope but the global one, by a hash that continues from
    // the parent's (see keyHash()), so that no key string is built for 100,000 scopes.
    ScopeNameIndex m_scopeKeys;
    QList<int> m_scopeErrors;
    QList<int> m_scopeWarnings;
    struct Placed {
        int file;
        quint32 offset;
        int diagnostic;
        friend bool operator<(const Placed &a, const Placed &b)
        {
            return a.file != b.file ? a.file < b.file : a.offset < b.offset;
        }
    };
    std::vector<Placed> m_placed;
    // Scopes of each file in declaration order (they are sorted by offset).
    QList<QList<int>> m_scopesByFile;
};

template<typename Progress>
std::shared_ptr<const ConfigSnapshot> ConfigSnapshot::build(const QByteArray &bytes, const QString &path,
                                                            const QHash<QString, QByteArray> &overlay,
                                                            const std::atomic_bool *cancel, const Progress &progress)
{
    // Not make_shared: the constructor is private. The RouteModel points into
    // m_config, so the snapshot is built in place and never moved.
    std::shared_ptr<ConfigSnapshot> s(new ConfigSnapshot);
    progress(5);
    LoadOptions options;
    options.cancel = cancel;
    options.overlay = &overlay;
    s->m_config = ConfigSet::fromText(bytes, path, options);
    if (s->m_config.wasCancelled() || (cancel && cancel->load()))
        return nullptr;
    progress(40);
    s->m_model = RouteModel::build(s->m_config);
    progress(60);
    s->m_diagnostics = validate(s->m_config, s->m_model);
    progress(85);
    s->index();
    progress(100);
    return s;
}

} // namespace rs::ui
