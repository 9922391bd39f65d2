// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace rs::ui {

// Roles of the models of the editor, next to the display roles, so views,
// proxies and tests ask for typed values instead of parsing display text.
enum ItemRole {
    ScopeIndexRole = Qt::UserRole + 1,  ///< int: index into RouteModel::scopes(), -1 for categories
    ItemKindRole,                       ///< int: ScopeTreeModel::ItemKind
    FilterTextRole,                     ///< QString: what the scope filter matches
    ProblemCountRole,                   ///< int: errors + warnings of a scope or entry
    SeverityRole,                       ///< int: rs::Severity of the worst problem, -1 none
    EntryTextRole,                      ///< QString: the route entry as written
    InheritedRole,                      ///< bool: the row shows routes of another scope
    FileRole,                           ///< QString: file path of a problem
    OffsetRole,                         ///< quint32: byte offset of a problem
    LineRole,                           ///< int: 1-based line of a problem
    ColumnRole,                         ///< int: 1-based column of a problem
};

} // namespace rs::ui
