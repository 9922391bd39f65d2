// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/textreplacement.h"

#include "document/editcommand.h"

#include <QUndoStack>

namespace rs::ui {

TextEdits replacementEdits(const QByteArray &before, const QByteArray &after)
{
    if (before == after)
        return {};
    const qsizetype shorter = std::min(before.size(), after.size());
    qsizetype head = 0;
    while (head < shorter && before.at(head) == after.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < shorter - head && before.at(before.size() - 1 - tail) == after.at(after.size() - 1 - tail))
        ++tail;
    return {TextEdit{quint32(head), quint32(before.size() - tail), after.mid(head, after.size() - tail - head)}};
}

EditOutcome replaceDocumentText(Document *document, const QByteArray &text, const QString &undoText)
{
    if (!document->hasFile() || !document->snapshot())
        return Unexpected{EditBlock{EditBlock::NoFile, {}, {}, 0, {}}};
    const TextEdits edits = replacementEdits(document->bytes(), text);
    if (edits.isEmpty())
        return {};
    if (!io::checkWritable(document->path()))
        return Unexpected{EditBlock{EditBlock::NotWritable, document->path(), {}, 0, {}}};
    document->undoStack()->push(new EditCommand(document, {FileEdit{0, document->path(), edits, text}}, undoText));
    return {};
}

} // namespace rs::ui
