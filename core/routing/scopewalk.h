// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/routemodel.h"

#include <vector>

// The walk that finds the routing scopes of a ConfigSet, for RouteModel::build:
// each thread walks a run of the main file's top-level statements into a
// ScopeBatch, and build() joins the batches.

namespace rs {

/// True for a `/pcre/` scope name.
bool isRegexName(const QString &name);
/// Domain names compare case-insensitively: the name in lower case (the name itself,
/// without a copy, when it already is).
QString foldCase(const QString &name);
/// How a Domain scope's name is indexed: a /pcre/ as written, a domain name
/// case-folded. No domain name looks like a /pcre/, so the two never meet.
QString domainKey(const QString &name);
/// ScopeNameIndex::hashOf(domainKey(name)), without making the key when the name
/// is ASCII (nearly every name; a walk over 100,000 scopes asks it of each).
size_t domainKeyHash(const QString &name);

/// The batch index that stands for the global scope, which no batch holds.
constexpr int kGlobalScope = -1;

/// The routing scopes under a run of top-level statements, found by one thread.
struct ScopeBatch {
    QList<RoutingScope> scopes;  ///< in declaration order; parents are batch indices or kGlobalScope
    std::vector<int> topLevel;   ///< batch indices of the top-level scopes
    /// The /pcre/ names of top-level scopes: batch index, compiled, required suffix.
    struct Pattern {
        int scope;
        DomainPattern compiled;
        QString suffix;
    };
    QList<Pattern> patterns;
    std::vector<ScopeNameIndex::Entry> names;  ///< top-level Domain names (batch indices)
    std::vector<NodeRef> globalOptions;  ///< options of the global scope met on the way
    Diagnostics diagnostics;
};

/// The top-level statements with node ids in [begin, end) of the main file (and
/// what they include): their scopes in declaration order (each scope, then the
/// scopes inside it), the global scope's options in `globalOptions`. The batch
/// that starts the file (begin 0) holds a placeholder for the global scope at
/// index 0 and room for every scope of the file, so that build() can adopt it.
ScopeBatch walkTopLevel(const ConfigSet &config, NodeId begin, NodeId end);

/// The routing scopes under some top-level statements (none an include), as
/// walkTopLevel() finds them: for RouteModel::updated() after an edit of them.
ScopeBatch walkStatements(const ConfigSet &config, const std::vector<NodeRef> &statements);

/// The global scope's options, in file order, read into `global`; repeated
/// options and bad values are reported to `diagnostics`.
void readGlobalOptions(const ConfigSet &config, const std::vector<NodeRef> &options, RoutingScope &global,
                       Diagnostics &diagnostics);

} // namespace rs
