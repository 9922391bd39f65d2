#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace rs::ui {

/// Shows a unified diff coloured by line kind and asks to confirm writing it.
class DiffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffDialog)

public:
    DiffDialog(const QString &fileName, const QByteArray &diff, QWidget *parent = nullptr);

    QPlainTextEdit *view() const { return m_view; }

private:
    QPlainTextEdit *m_view;
};

} // namespace rs::ui
