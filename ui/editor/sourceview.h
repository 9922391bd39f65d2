// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>
#include <QTextBlock>

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

    /// Shows `text`. Files above `windowLimit` bytes are shown as a window of
    /// `windowLines` lines around the lines asked for (showLines moves it): laying
    /// out a 10 MB, million-line document would stall the window for seconds.
    void setSource(const QString &path, const QByteArray &bytes);
    QString path() const { return m_path; }
    /// Marks lines [first, last] (1-based) as the selection and scrolls to them.
    void showLines(int first, int last);
    /// Tints lines [first, last] as changed by the last edit; 0 clears.
    void markEdited(int first, int last);
    int lineNumberAreaWidth() const;
    /// 1-based file line of the first line shown (1 unless the file is windowed).
    int firstLineShown() const { return m_windowFirst; }
    bool isWindowed() const { return m_windowed; }

    static constexpr qsizetype windowLimit = 1024 * 1024;
    static constexpr int windowLines = 1000;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class LineNumberArea;
    void paintLineNumbers(QPaintEvent *event);
    void updateSelections();
    void applyPalette();
    void loadWindow(int firstLine);
    QTextBlock blockOfLine(int line) const;

    QWidget *m_lineNumbers;
    ConfigHighlighter *m_highlighter;
    QString m_path;
    int m_selFirst = 0, m_selLast = 0;
    int m_editFirst = 0, m_editLast = 0;
    // Windowed display of a large file: its bytes, where each line starts, and
    // the file line shown as the first block.
    bool m_windowed = false;
    QByteArray m_bytes;
    QList<qsizetype> m_lineStarts;
    int m_windowFirst = 1;
};

} // namespace rs::ui
