// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace rs::ui {

class ReviewSession;
class ReviewView;

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

    /// With a `review` (the save dialog), Review Changes is shown above the diff, and
    /// saving a change that leaves a domain undeliverable asks once more, naming them.
    DiffDialog(const QList<FileDiff> &diffs, Purpose purpose, QWidget *parent = nullptr,
               ReviewSession *review = nullptr);

    /// The diff views, one per file, in the order given.
    QList<QPlainTextEdit *> views() const { return m_views; }
    ReviewView *reviewView() const { return m_reviewView; }

    /// Save: waits for the review of the text as it is (it shows its progress), then
    /// asks about undeliverable domains.
    void accept() override;

private:
    bool confirmUndeliverable();

    QList<QPlainTextEdit *> m_views;
    ReviewSession *m_review = nullptr;
    ReviewView *m_reviewView = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_waiting = nullptr;
    bool m_acceptWhenReviewed = false;
};

} // namespace rs::ui
