// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"

namespace rs::ui {

/// The one edit that turns `before` into `after`: the bytes between their common
/// beginning and end (none when they are equal).
TextEdits replacementEdits(const QByteArray &before, const QByteArray &after);

/// Replaces the opened file's text as one undoable edit named `undoText` (a lesson's
/// reset, the lesson text editor). Only the bytes that differ change, so the source
/// view tints the lines that did.
EditOutcome replaceDocumentText(Document *document, const QByteArray &text, const QString &undoText);

} // namespace rs::ui
