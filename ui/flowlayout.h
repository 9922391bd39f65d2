// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>
#include <QList>

namespace rs::ui {

/// Lays its items out left to right and wraps them onto further lines when the width
/// runs out, so that a row of controls stays whole in a narrow dock instead of setting
/// the dock's minimum width. Each line's spare width goes to the items whose size
/// policy expands horizontally (a line edit's group, say). Its minimum width is that of
/// its widest item; its minimum height that of the lines its width makes, so that the
/// layouts and docks above never squeeze the lines onto each other.
class FlowLayout final : public QLayout
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLayout)

public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    int count() const override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    /// Places the items in `rect` (or only measures); returns the height used.
    int arrange(const QRect &rect, bool measureOnly) const;
    int horizontalGap() const;
    int verticalGap() const;

    QList<QLayoutItem *> m_items;
    int m_wrappedHeight = -1;  ///< the height of the lines at the last geometry
};

} // namespace rs::ui
