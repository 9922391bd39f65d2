#pragma once

#include "config/textedit.h"

#include <QUndoCommand>

namespace rs::ui {

class Document;

/// One undoable change of a document's text: the edits and their inverse, computed
/// once from the text they apply to, so the stack never holds copies of the file.
class EditCommand final : public QUndoCommand
{
public:
    EditCommand(Document *document, const QByteArray &before, const TextEdits &edits, const QString &text);

    void redo() override;
    void undo() override;

    const TextEdits &edits() const { return m_edits; }
    const TextEdits &inverse() const { return m_inverse; }

    /// The edits that turn `after` (= before + edits) back into `before`.
    static TextEdits invert(const QByteArray &before, TextEdits edits);

private:
    Document *m_document;
    TextEdits m_edits;
    TextEdits m_inverse;
};

} // namespace rs::ui
