// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/treeeditor.h"

#include <QUndoCommand>

namespace rs::ui {

class Document;

/// One undoable change of a document: the edits of each file it touches and their
/// inverse, computed once from the text they apply to, so the stack never holds
/// copies of the files.
class EditCommand final : public QUndoCommand
{
public:
    EditCommand(Document *document, const QList<FileEdit> &edits, const QString &text);

    void redo() override;
    void undo() override;

    const QList<FileEdit> &edits() const { return m_edits; }
    const QList<FileEdit> &inverse() const { return m_inverse; }

    /// The edits that turn `after` (= before + edits) back into `before`.
    static TextEdits invert(const QByteArray &before, TextEdits edits);

private:
    Document *m_document;
    QList<FileEdit> m_edits;
    QList<FileEdit> m_inverse;
};

} // namespace rs::ui
