// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace rs::ui {

/// Colours ecelerity.conf text: comments, strings, scope keywords, option names
/// (routing options stronger) and route URIs. Colours follow the palette, so the
/// text stays readable on light and dark themes.
class ConfigHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigHighlighter)

public:
    explicit ConfigHighlighter(QTextDocument *document);

    void setDarkTheme(bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_comment;
    QTextCharFormat m_string;
    QTextCharFormat m_keyword;
    QTextCharFormat m_option;
    QTextCharFormat m_routingOption;
    QTextCharFormat m_uri;
    QRegularExpression m_keywordRe;
    QRegularExpression m_optionRe;
    QRegularExpression m_uriRe;
};

} // namespace rs::ui
