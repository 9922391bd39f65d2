#pragma once

#include "document/document.h"

#include <QDialog>

class QPlainTextEdit;
class QTabWidget;

namespace rs::ui {

/// Shows unified diffs, one section per file, coloured by line kind, and asks to
/// confirm (writing them, when it is the save dialog).
class DiffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffDialog)

public:
    enum class Purpose : quint8 {
        Save,        ///< "These lines will change": Save / Cancel
        DiskChange,  ///< "These lines changed on disk": Close
    };

    DiffDialog(const QList<FileDiff> &diffs, Purpose purpose, QWidget *parent = nullptr);

    /// The diff views, one per file, in the order given.
    QList<QPlainTextEdit *> views() const { return m_views; }

private:
    QList<QPlainTextEdit *> m_views;
};

} // namespace rs::ui
