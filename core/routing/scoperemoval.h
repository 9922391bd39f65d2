// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/syntaxtree.h"
#include "config/textedit.h"

namespace rs {

/// The edit that removes a scope (or any statement) from a file: its bytes, plus
/// its own line when nothing else stands on it, so the lines around keep their shape.
TextEdits removeScopeEdits(const SyntaxTree &tree, NodeId node);

} // namespace rs
