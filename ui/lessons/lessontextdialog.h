// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace rs::ui {

/// The lesson's configuration as text, for the edits the route table cannot make
/// (limits, throttles, Host and Binding stanzas). OK applies the text as one
/// undoable edit of the sandbox.
class LessonTextDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonTextDialog)

public:
    LessonTextDialog(const QString &title, const QByteArray &text, QWidget *parent = nullptr);
    ~LessonTextDialog() override;

    QByteArray text() const;
    QPlainTextEdit *editor() const { return m_editor; }

private:
    QPlainTextEdit *m_editor;
};

} // namespace rs::ui
