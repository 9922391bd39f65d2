#include "editor/diffdialog.h"

#include "config/syntaxtree.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSyntaxHighlighter>
#include <QVBoxLayout>

namespace rs::ui {

namespace {

class DiffHighlighter final : public QSyntaxHighlighter
{
public:
    DiffHighlighter(QTextDocument *document, bool dark)
        : QSyntaxHighlighter(document)
    {
        m_added.setBackground(dark ? QColor(0x1f, 0x4d, 0x2b) : QColor(0xdb, 0xf5, 0xdf));
        m_added.setForeground(dark ? QColor(0xc8, 0xf5, 0xd0) : QColor(0x0d, 0x4a, 0x1c));
        m_removed.setBackground(dark ? QColor(0x5c, 0x24, 0x24) : QColor(0xfb, 0xe0, 0xe0));
        m_removed.setForeground(dark ? QColor(0xff, 0xd0, 0xd0) : QColor(0x7a, 0x12, 0x12));
        m_hunk.setForeground(dark ? QColor(0x8a, 0xb8, 0xff) : QColor(0x1f, 0x4f, 0xa8));
        m_header.setFontWeight(QFont::Bold);
    }

protected:
    void highlightBlock(const QString &text) override
    {
        const int n = int(text.size());
        if (text.startsWith(u"+++") || text.startsWith(u"---"))
            setFormat(0, n, m_header);
        else if (text.startsWith(u'+'))
            setFormat(0, n, m_added);
        else if (text.startsWith(u'-'))
            setFormat(0, n, m_removed);
        else if (text.startsWith(u"@@"))
            setFormat(0, n, m_hunk);
    }

private:
    QTextCharFormat m_added, m_removed, m_hunk, m_header;
};

} // namespace

DiffDialog::DiffDialog(const QString &fileName, const QByteArray &diff, QWidget *parent)
    : QDialog(parent)
    , m_view(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Save %1").arg(fileName));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("These lines of %1 will change. Everything else is written back byte for byte.")
                                 .arg(fileName), this);
    label->setWordWrap(true);
    layout->addWidget(label);

    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setAccessibleName(tr("Changes to save"));
    new DiffHighlighter(m_view->document(), palette().color(QPalette::Base).lightness() < 128);
    m_view->setPlainText(diff.isEmpty() ? tr("(no changes)") : decodeText(diff));
    layout->addWidget(m_view);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 480);
}

} // namespace rs::ui
