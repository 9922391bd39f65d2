#pragma once

#include "config/textedit.h"

namespace rs {

/// Whole-line edits that turn `before` into `after`, one per changed run of lines,
/// for unifiedDiff(). The document keeps only the saved text and the current one,
/// so the save dialog needs the edits between them.
TextEdits lineEdits(const QByteArray &before, const QByteArray &after);

} // namespace rs
