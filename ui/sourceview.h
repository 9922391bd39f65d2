#pragma once

#include <QPlainTextEdit>

namespace rs::ui {

class ConfigHighlighter;

/// The text of one configuration file, read-only, highlighted, with line numbers,
/// the selected scope's or entry's lines marked and the last edit's lines tinted.
class SourceView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceView)

public:
    explicit SourceView(QWidget *parent = nullptr);

    /// Shows `text`; files above `highlightLimit` bytes are shown plain, since
    /// highlighting a whole large document at once would stall the window.
    void setSource(const QString &path, const QByteArray &bytes);
    QString path() const { return m_path; }
    /// Marks lines [first, last] (1-based) as the selection and scrolls to them.
    void showLines(int first, int last);
    /// Tints lines [first, last] as changed by the last edit; 0 clears.
    void markEdited(int first, int last);
    int lineNumberAreaWidth() const;

    static constexpr qsizetype highlightLimit = 2 * 1024 * 1024;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class LineNumberArea;
    void paintLineNumbers(QPaintEvent *event);
    void updateSelections();
    void applyPalette();

    QWidget *m_lineNumbers;
    ConfigHighlighter *m_highlighter;
    QString m_path;
    int m_selFirst = 0, m_selLast = 0;
    int m_editFirst = 0, m_editLast = 0;
};

} // namespace rs::ui
