// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lessontextdialog.h"

#include "editor/confighighlighter.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace rs::ui {

LessonTextDialog::LessonTextDialog(const QString &title, const QByteArray &text, QWidget *parent)
    : QDialog(parent)
    , m_editor(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("lessonTextDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("The lesson's own copy of the configuration. OK applies your changes as one edit "
                               "(Undo takes it back); save to keep them for the next session."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_editor->setObjectName(QStringLiteral("lessonTextEditor"));
    m_editor->setAccessibleName(tr("Configuration text of the lesson"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setPlainText(QString::fromUtf8(text));
    auto *highlighter = new ConfigHighlighter(m_editor->document());
    highlighter->setDarkTheme(palette().color(QPalette::Base).lightness() < 128);
    layout->addWidget(m_editor, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 480);
}

LessonTextDialog::~LessonTextDialog() = default;

QByteArray LessonTextDialog::text() const
{
    return m_editor->toPlainText().toUtf8();
}

} // namespace rs::ui
