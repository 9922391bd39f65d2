// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/diffdialog.h"

#include "config/syntaxtree.h"
#include "mnemonictext.h"
#include "review/reviewsession.h"
#include "review/reviewview.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
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

DiffDialog::DiffDialog(const QList<FileDiff> &diffs, Purpose purpose, QWidget *parent, ReviewSession *review)
    : QDialog(parent)
    , m_review(purpose == Purpose::Save ? review : nullptr)
{
    QStringList names;
    for (const FileDiff &d : diffs)
        names << QFileInfo(d.path).fileName();
    const bool save = purpose == Purpose::Save;
    setObjectName(save ? QStringLiteral("saveDialog") : QStringLiteral("diskChangeDialog"));
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
    // The diff, under what the change does to every domain when there is a review.
    auto *diffBox = new QWidget(this);
    auto *diffLayout = new QVBoxLayout(diffBox);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    if (diffs.size() == 1) {
        auto *path = new QLabel(diffs.first().path, diffBox);
        path->setTextFormat(Qt::PlainText);
        path->setTextInteractionFlags(Qt::TextSelectableByMouse);
        diffLayout->addWidget(path);
        diffLayout->addWidget(makeView(diffs.first()), 1);
    } else {
        // One section per file: a tab named after it, its full path as the tooltip.
        auto *tabs = new QTabWidget(diffBox);
        tabs->setObjectName(QStringLiteral("diffTabs"));
        for (const FileDiff &d : diffs) {
            const int i = tabs->addTab(makeView(d), escapeMnemonics(QFileInfo(d.path).fileName()));
            tabs->setTabToolTip(i, d.path);
        }
        diffLayout->addWidget(tabs, 1);
    }

    if (m_review) {
        auto *splitter = new QSplitter(Qt::Vertical, this);
        splitter->setObjectName(QStringLiteral("saveSplitter"));
        splitter->setChildrenCollapsible(false);
        m_reviewView = new ReviewView(m_review, splitter);
        splitter->addWidget(m_reviewView);
        splitter->addWidget(diffBox);
        splitter->setStretchFactor(0, 3);
        splitter->setStretchFactor(1, 2);
        layout->addWidget(splitter, 1);
        m_waiting = new QLabel(tr("Saving when the review is done\u2026"), this);
        m_waiting->setObjectName(QStringLiteral("saveWaiting"));
        m_waiting->hide();
        layout->addWidget(m_waiting);
        connect(m_review, &ReviewSession::updated, this, [this] {
            if (m_acceptWhenReviewed && !m_review->isRunning())
                accept();
        });
    } else {
        layout->addWidget(diffBox, 1);
    }

    auto *buttons = new QDialogButtonBox(save ? QDialogButtonBox::Save | QDialogButtonBox::Cancel
                                              : QDialogButtonBox::Close,
                                         this);
    if (save) {
        m_saveButton = buttons->button(QDialogButtonBox::Save);
        m_saveButton->setDefault(true);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &DiffDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Room for the review and the diff, within the screen (768 pixels high, say).
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    resize(m_review ? QSize(std::min(1100, screen.width() * 9 / 10), std::min(820, screen.height() * 9 / 10))
                    : QSize(800, 520));
}

void DiffDialog::accept()
{
    if (!m_review) {
        QDialog::accept();
        return;
    }
    if (m_review->idle() == ReviewSession::Idle::None && (!m_review->isCurrent() || m_review->isRunning())) {
        // The answer for this very text first: never a stale one.
        m_acceptWhenReviewed = true;
        m_saveButton->setEnabled(false);
        m_waiting->show();
        m_review->runNow();
        return;
    }
    m_acceptWhenReviewed = false;
    m_waiting->hide();
    m_saveButton->setEnabled(true);
    if (confirmUndeliverable())
        QDialog::accept();
}

bool DiffDialog::confirmUndeliverable()
{
    const ImpactResult *result = m_review->result().get();
    if (!result || !result->ok() || !m_review->isCurrent())
        return true;
    QStringList names;
    qsizetype count = 0;
    for (const DomainImpact &d : result->changed) {
        if (!d.classes.has(ImpactClass::Undeliverable))
            continue;
        if (++count <= 10)
            names << (d.binding.isNull() ? printable(d.domain)
                                         : tr("%1 (through %2)").arg(printable(d.domain), printable(d.binding)));
    }
    if (count == 0)
        return true;
    if (count > names.size())
        names << tr("and %n more", nullptr, int(count - names.size()));
    QMessageBox box(QMessageBox::Warning, tr("Mail Would Be Undeliverable"),
                    tr("After this change no host can take mail for %n domain(s): %1.", nullptr, int(count))
                        .arg(names.join(tr(", "))),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("undeliverableBox"));
    box.setInformativeText(tr("That mail would stay in the queue until it expires. Save anyway?"));
    QPushButton *saveAnyway = box.addButton(tr("Save &Anyway"), QMessageBox::DestructiveRole);
    saveAnyway->setObjectName(QStringLiteral("saveAnyway"));
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    return box.clickedButton() == saveAnyway;
}

} // namespace rs::ui
