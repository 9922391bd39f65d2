// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/editcommand.h"

#include "document/document.h"
#include "mnemonictext.h"

#include <algorithm>

namespace rs::ui {

EditCommand::EditCommand(Document *document, const QList<FileEdit> &edits, const QString &text)
    : m_document(document)
    , m_edits(edits)
{
    // The undo and redo actions show actionText() ("&Undo " + it): a domain or regex
    // with '&' in it shows the '&' (setText takes "text\nactionText").
    setText(text.contains(u'&') && !text.contains(u'\n') ? text + u'\n' + escapeMnemonics(text) : text);
    for (const FileEdit &f : edits) {
        const DocumentFile *held = document->file(f.path);
        const QByteArray before = held ? held->bytes : QByteArray();
        m_inverse.prepend({f.file, f.path, invert(before, f.edits), {}});
    }
    // The edits' whole new texts stay for the first redo (push() calls it at once), which
    // then need not copy a big file once more; after it the stack holds only the edits.
}

TextEdits EditCommand::invert(const QByteArray &before, TextEdits edits)
{
    std::sort(edits.begin(), edits.end(), [](const TextEdit &a, const TextEdit &b) {
        return a.begin < b.begin;
    });
    TextEdits inverse;
    qint64 shift = 0;  // how far earlier edits moved this one's start
    for (const TextEdit &e : edits) {
        const auto begin = quint32(qint64(e.begin) + shift);
        inverse.append({begin, begin + quint32(e.replacement.size()),
                        before.mid(qsizetype(e.begin), qsizetype(e.end - e.begin))});
        shift += e.replacement.size() - qint64(e.end - e.begin);
    }
    return inverse;
}

void EditCommand::redo()
{
    m_document->applyFileEdits(m_edits);
    for (FileEdit &f : m_edits)
        f.text = QByteArray();
}

void EditCommand::undo()
{
    m_document->applyFileEdits(m_inverse);
}

} // namespace rs::ui
