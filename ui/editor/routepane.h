// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QTableView;

namespace rs::ui {

class Document;
class RouteTableModel;

/// The centre of the window: the route table of the selected scope, what it
/// shows (own, inherited, gateway), and the entry actions with their buttons.
class RoutePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutePane)

public:
    explicit RoutePane(Document *document, QWidget *parent = nullptr);

    RouteTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void setScope(int scope);
    void selectRow(int row);
    int currentRow() const;

    QAction *addAction() const { return m_add; }
    QAction *removeAction() const { return m_remove; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *moveUpAction() const { return m_up; }
    QAction *moveDownAction() const { return m_down; }
    QAction *overrideAction() const { return m_override; }
    QList<QAction *> entryActions() const;
    /// The width at which the table shows typical entries whole: hosts of 28 characters
    /// and entries of 48 (the minimum width is what the scope shown needs at least).
    int comfortableWidth() const;

signals:
    /// The current entry changed (row -1: none), for the source view.
    void currentEntryChanged(int row);
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitColumns();
    void fitHost();
    int columnNeed(int column) const;
    int tableChrome() const;
    void addEntry();
    void updateActions();
    void updateHeader();
    QList<int> selectedRows() const;

    Document *m_document;
    RouteTableModel *m_model;
    QTableView *m_view;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_limit;
    QAction *m_add;
    QAction *m_remove;
    QAction *m_duplicate;
    QAction *m_up;
    QAction *m_down;
    QAction *m_override;
    int m_hostLeast = 0;     ///< the Host column when the table is squeezed
    int m_hostWanted = 0;    ///< the Host column that shows the scope's hosts whole
    int m_fixedColumns = 0;  ///< Pref, TTL, Port and Type together
    int m_entryLeast = 0;
};

} // namespace rs::ui
