// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/confighighlighter.h"

namespace rs::ui {

namespace {

enum BlockState { Normal = 0, InBlockComment = 1 };

} // namespace

ConfigHighlighter::ConfigHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_keywordRe(QStringLiteral("\\b(Domain|Host|Binding_Group|Binding|include|readonly_include)\\b"),
                  QRegularExpression::CaseInsensitiveOption)
    , m_optionRe(QStringLiteral("(?:^|[\\s{])([A-Za-z_][A-Za-z0-9_]*)\\s*="))
    , m_uriRe(QStringLiteral("\\b[a-z0-9]+://[^\"\\s]*|__mx__"), QRegularExpression::CaseInsensitiveOption)
{
    setDarkTheme(false);
}

void ConfigHighlighter::setDarkTheme(bool dark)
{
    // Two hand-picked sets: each keeps at least 4.5:1 contrast on its background.
    m_comment.setForeground(dark ? QColor(0x8f, 0xa3, 0x8f) : QColor(0x5b, 0x70, 0x5b));
    m_comment.setFontItalic(true);
    m_string.setForeground(dark ? QColor(0xe6, 0xb4, 0x73) : QColor(0x9a, 0x4d, 0x00));
    m_keyword.setForeground(dark ? QColor(0x7f, 0xb8, 0xff) : QColor(0x1f, 0x4f, 0xa8));
    m_keyword.setFontWeight(QFont::Bold);
    m_option.setForeground(dark ? QColor(0xc9, 0xa6, 0xf2) : QColor(0x6b, 0x3f, 0xa0));
    m_routingOption = m_option;
    m_routingOption.setFontWeight(QFont::Bold);
    m_uri.setForeground(dark ? QColor(0x8c, 0xe0, 0xa8) : QColor(0x1d, 0x75, 0x3e));
    m_uri.setFontUnderline(true);
    rehighlight();
}

void ConfigHighlighter::highlightBlock(const QString &text)
{
    for (auto it = m_keywordRe.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_keyword);
    }
    for (auto it = m_optionRe.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(1).toLower();
        const bool routing = name == u"routes" || name == u"gateway" || name == u"remote_smtp_port"
                             || name == u"max_outbound_connections";
        setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), routing ? m_routingOption : m_option);
    }

    // Strings and comments by a small scanner, so a '#' inside quotes is no comment.
    int i = 0;
    const int n = int(text.size());
    if (previousBlockState() == InBlockComment) {
        const int close = int(text.indexOf(QStringLiteral("*/")));
        if (close < 0) {
            setFormat(0, n, m_comment);
            setCurrentBlockState(InBlockComment);
            return;
        }
        setFormat(0, close + 2, m_comment);
        i = close + 2;
    }
    setCurrentBlockState(Normal);
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'"') {
            int end = i + 1;
            while (end < n && text.at(end) != u'"')
                end += text.at(end) == u'\\' ? 2 : 1;
            end = std::min(end + 1, n);
            setFormat(i, end - i, m_string);
            const QString inner = text.mid(i, end - i);
            for (auto it = m_uriRe.globalMatch(inner); it.hasNext();) {
                const auto m = it.next();
                setFormat(i + int(m.capturedStart()), int(m.capturedLength()), m_uri);
            }
            i = end;
        } else if (c == u'#') {
            setFormat(i, n - i, m_comment);
            return;
        } else if (c == u'/' && i + 1 < n && text.at(i + 1) == u'*') {
            const int close = int(text.indexOf(QStringLiteral("*/"), i + 2));
            if (close < 0) {
                setFormat(i, n - i, m_comment);
                setCurrentBlockState(InBlockComment);
                return;
            }
            setFormat(i, close + 2 - i, m_comment);
            i = close + 2;
        } else {
            ++i;
        }
    }
}

} // namespace rs::ui
