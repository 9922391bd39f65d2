// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowlayout.h"

#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace rs::ui {

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    invalidate();
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), true);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins m = contentsMargins();
    size += QSize(m.left() + m.right(), m.top() + m.bottom());
    // Not every layout above asks heightForWidth(): the lines at the present width.
    return {size.width(), std::max(size.height(), m_wrappedHeight)};
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    int width = 0;
    int height = 0;
    int shown = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
        ++shown;
    }
    width += std::max(0, shown - 1) * horizontalGap();
    const QMargins m = contentsMargins();
    return {width + m.left() + m.right(), height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    const int height = arrange(rect, false);
    if (height != m_wrappedHeight) {
        // More or fewer lines: the minimum height changed; let the layouts above know
        // (afterwards: not from inside their own setGeometry).
        m_wrappedHeight = height;
        QMetaObject::invokeMethod(this, &QLayout::invalidate, Qt::QueuedConnection);
    }
}

int FlowLayout::horizontalGap() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *parent = parentWidget();
    return parent ? parent->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, parent) : 6;
}

int FlowLayout::verticalGap() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *parent = parentWidget();
    return parent ? parent->style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing, nullptr, parent) : 6;
}

int FlowLayout::arrange(const QRect &rect, bool measureOnly) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = horizontalGap();
    QList<QLayoutItem *> shown;
    for (QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            shown.append(item);
    }
    int y = area.y();
    for (qsizetype first = 0; first < shown.size();) {
        // As many items as fit at their preferred width (at least one, shrunk to fit).
        qsizetype end = first;
        int used = 0;
        while (end < shown.size()) {
            const int w = shown.at(end)->sizeHint().width();
            const int needed = used + (end > first ? gap : 0) + w;
            if (end > first && needed > area.width())
                break;
            used = needed;
            ++end;
        }
        int lineHeight = 0;
        int expanding = 0;
        for (qsizetype i = first; i < end; ++i) {
            lineHeight = std::max(lineHeight, shown.at(i)->sizeHint().height());
            if (shown.at(i)->expandingDirections() & Qt::Horizontal)
                ++expanding;
        }
        if (!measureOnly) {
            // The spare width to the expanding items (the last takes the remainder).
            int spare = area.width() - used;
            int x = area.x();
            for (qsizetype i = first; i < end; ++i) {
                QLayoutItem *item = shown.at(i);
                int w = item->sizeHint().width();
                if (spare > 0 && expanding > 0 && (item->expandingDirections() & Qt::Horizontal)) {
                    const int extra = spare / expanding;
                    w += extra;
                    spare -= extra;
                    --expanding;
                }
                w = std::clamp(w, item->minimumSize().width(), std::max(item->minimumSize().width(), area.right() - x + 1));
                const int h = std::min(lineHeight, item->sizeHint().height());
                item->setGeometry(QRect(x, y + (lineHeight - h) / 2, w, h));
                x += w + gap;
            }
        }
        y += lineHeight + verticalGap();
        first = end;
    }
    const QMargins m = contentsMargins();
    return std::max(0, y - area.y() - (shown.isEmpty() ? 0 : verticalGap())) + m.top() + m.bottom();
}

} // namespace rs::ui
