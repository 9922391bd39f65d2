// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/sourceview.h"

#include "config/syntaxtree.h"
#include "editor/confighighlighter.h"

#include <QFontDatabase>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>

namespace rs::ui {

class LineNumberArea final : public QWidget
{
public:
    explicit LineNumberArea(SourceView *view)
        : QWidget(view)
        , m_view(view)
    {
    }
    QSize sizeHint() const override { return {m_view->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintLineNumbers(event); }

private:
    SourceView *m_view;
};

SourceView::SourceView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lineNumbers(new LineNumberArea(this))
    , m_highlighter(new ConfigHighlighter(document()))
{
    setReadOnly(true);
    setLineWrapMode(NoWrap);
    setAccessibleName(tr("Configuration source"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] {
        setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_lineNumbers->scroll(0, dy);
        else
            m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    });
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    applyPalette();
}

void SourceView::setSource(const QString &path, const QByteArray &bytes)
{
    const bool sameFile = path == m_path;
    m_path = path;
    m_selFirst = m_selLast = m_editFirst = m_editLast = 0;
    if (bytes.size() > windowLimit) {
        m_windowed = true;
        m_bytes = bytes;
        m_lineStarts.clear();
        m_lineStarts.append(0);
        const char *start = bytes.constData();
        const char *end = start + bytes.size();
        for (const char *p = start; (p = static_cast<const char *>(memchr(p, '\n', size_t(end - p)))) != nullptr;) {
            ++p;
            if (p < end)
                m_lineStarts.append(p - start);
        }
        loadWindow(sameFile ? m_windowFirst : 1);
        return;
    }
    m_windowed = false;
    m_bytes.clear();
    m_lineStarts.clear();
    m_windowFirst = 1;
    // Detach while the text changes: the highlighter would otherwise run on every block.
    m_highlighter->setDocument(nullptr);
    const int scroll = verticalScrollBar()->value();
    setPlainText(decodeText(bytes));
    m_highlighter->setDocument(document());
    verticalScrollBar()->setValue(scroll);
    updateSelections();
}

void SourceView::loadWindow(int firstLine)
{
    const int lines = int(m_lineStarts.size());
    firstLine = std::clamp(firstLine, 1, std::max(1, lines - windowLines + 1));
    const int lastLine = std::min(lines, firstLine + windowLines - 1);
    const qsizetype begin = m_lineStarts.at(firstLine - 1);
    const qsizetype end = lastLine < lines ? m_lineStarts.at(lastLine) : m_bytes.size();
    const int scroll = firstLine == m_windowFirst ? verticalScrollBar()->value() : 0;
    m_windowFirst = firstLine;
    m_highlighter->setDocument(nullptr);
    setPlainText(decodeText(QByteArrayView(m_bytes).sliced(begin, end - begin)));
    m_highlighter->setDocument(document());
    verticalScrollBar()->setValue(scroll);
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    updateSelections();
}

QTextBlock SourceView::blockOfLine(int line) const
{
    return document()->findBlockByNumber(line - m_windowFirst);
}

int SourceView::lineNumberAreaWidth() const
{
    const int lines = m_windowed ? int(m_lineStarts.size()) : blockCount();
    const int digits = QString::number(std::max(1, lines)).size();
    return 8 + fontMetrics().horizontalAdvance(u'9') * std::max(3, int(digits));
}

void SourceView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_lineNumbers->setGeometry(r.left(), r.top(), lineNumberAreaWidth(), r.height());
}

void SourceView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void SourceView::applyPalette()
{
    m_highlighter->setDarkTheme(palette().color(QPalette::Base).lightness() < 128);
    updateSelections();
}

void SourceView::paintLineNumbers(QPaintEvent *event)
{
    QPainter p(m_lineNumbers);
    p.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int h = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int line = block.blockNumber() + m_windowFirst;
        const bool marked = (line >= m_selFirst && line <= m_selLast);
        p.setPen(palette().color(marked ? QPalette::Text : QPalette::PlaceholderText));
        p.drawText(0, top, m_lineNumbers->width() - 4, h, Qt::AlignRight, QString::number(line));
        top += qRound(blockBoundingRect(block).height());
        block = block.next();
    }
}

void SourceView::showLines(int first, int last)
{
    m_selFirst = first;
    m_selLast = std::max(first, last);
    const int windowLast = m_windowFirst + blockCount() - 1;
    if (m_windowed && first > 0 && (first < m_windowFirst || m_selLast > windowLast))
        loadWindow(first - windowLines / 3);
    if (first > 0) {
        // Last line first, then the first: the whole range ends up visible when it fits.
        QTextCursor c(blockOfLine(std::min(m_selLast, m_windowFirst + blockCount() - 1)));
        setTextCursor(c);
        ensureCursorVisible();
        c = QTextCursor(blockOfLine(first));
        setTextCursor(c);
        centerCursor();
        if (m_selLast - first > 3)
            ensureCursorVisible();
    }
    updateSelections();
    m_lineNumbers->update();
}

void SourceView::markEdited(int first, int last)
{
    m_editFirst = first;
    m_editLast = std::max(first, last);
    updateSelections();
}

void SourceView::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    auto addLines = [&](int first, int last, const QColor &colour) {
        // Clipped to the lines shown.
        first = std::max(first, m_windowFirst);
        last = std::min(last, m_windowFirst + blockCount() - 1);
        if (first <= 0 || last < first)
            return;
        QTextEdit::ExtraSelection s;
        s.format.setBackground(colour);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        QTextCursor c(blockOfLine(first));
        const QTextBlock end = blockOfLine(last);
        c.setPosition(end.isValid() ? end.position() : document()->characterCount() - 1, QTextCursor::KeepAnchor);
        s.cursor = c;
        selections.append(s);
    };
    addLines(m_selFirst, m_selLast, dark ? QColor(0x2d, 0x44, 0x66) : QColor(0xdd, 0xe8, 0xf8));
    addLines(m_editFirst, m_editLast, dark ? QColor(0x2c, 0x52, 0x34) : QColor(0xd8, 0xf2, 0xdc));
    setExtraSelections(selections);
}

} // namespace rs::ui
