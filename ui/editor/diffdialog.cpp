#include "editor/diffdialog.h"

#include "config/syntaxtree.h"
#include "mnemonictext.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSyntaxHighlighter>
#include <QTabWidget>
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

DiffDialog::DiffDialog(const QList<FileDiff> &diffs, Purpose purpose, QWidget *parent)
    : QDialog(parent)
{
    QStringList names;
    for (const FileDiff &d : diffs)
        names << QFileInfo(d.path).fileName();
    const bool save = purpose == Purpose::Save;
    setWindowTitle(save ? tr("Save %1").arg(names.join(u", "))
                        : tr("Changed on Disk: %1").arg(names.join(u", ")));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(save ? tr("These lines will change in %n file(s). Everything else is written back byte "
                                       "for byte, and each file keeps its owner, group and mode.",
                                       nullptr, int(diffs.size()))
                                  : tr("These lines were changed on disk by another program since RouteScope read "
                                       "the file(s).", nullptr, int(diffs.size())),
                             this);
    label->setWordWrap(true);
    layout->addWidget(label);

    auto makeView = [this](const FileDiff &d) {
        auto *view = new QPlainTextEdit;
        view->setObjectName(QStringLiteral("diffView"));
        view->setReadOnly(true);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
        view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        view->setAccessibleName(tr("Changes to %1").arg(QFileInfo(d.path).fileName()));
        new DiffHighlighter(view->document(), palette().color(QPalette::Base).lightness() < 128);
        // Shown, not applied: a CR that ends a line is left out, any other control escaped.
        QString text = decodeText(d.diff);
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        view->setPlainText(d.diff.isEmpty() ? tr("(no changes)") : printable(text, KeepControls::Layout));
        m_views.append(view);
        return view;
    };
    if (diffs.size() == 1) {
        auto *path = new QLabel(diffs.first().path, this);
        path->setTextFormat(Qt::PlainText);
        path->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(path);
        layout->addWidget(makeView(diffs.first()), 1);
    } else {
        // One section per file: a tab named after it, its full path as the tooltip.
        auto *tabs = new QTabWidget(this);
        tabs->setObjectName(QStringLiteral("diffTabs"));
        for (const FileDiff &d : diffs) {
            const int i = tabs->addTab(makeView(d), escapeMnemonics(QFileInfo(d.path).fileName()));
            tabs->setTabToolTip(i, d.path);
        }
        layout->addWidget(tabs, 1);
    }

    auto *buttons = new QDialogButtonBox(save ? QDialogButtonBox::Save | QDialogButtonBox::Cancel
                                              : QDialogButtonBox::Close,
                                         this);
    if (save)
        buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(800, 520);
}

} // namespace rs::ui
