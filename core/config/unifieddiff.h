// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/textedit.h"

namespace rs {

/// A unified diff (`diff -u` format) of `text` before and after `edits`. Built from
/// the edits themselves rather than by comparing texts: the edits say exactly
/// which lines changed, so no diff algorithm can disagree with what is written.
QByteArray unifiedDiff(const QByteArray &text, const TextEdits &edits, const QString &oldName,
                       const QString &newName, int context = 3);

} // namespace rs
