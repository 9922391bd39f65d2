// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/reviewview.h"

#include "document/document.h"
#include "live/livetext.h"
#include "live/tierview.h"
#include "review/impactmodel.h"
#include "review/impacttext.h"
#include "review/reviewsession.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace rs::ui {

namespace {

// A tier diagram under its title, scrolling sideways when the tiers are many.
QWidget *titled(QLabel *title, TierView *tiers, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    title->setWordWrap(true);
    title->setTextFormat(Qt::PlainText);
    layout->addWidget(title);
    auto *scroll = new QScrollArea(box);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(tiers);
    layout->addWidget(scroll, 1);
    return box;
}

// The hosts' share as the live panel draws it; connections that wait say why.
void showTiers(TierView *view, const Explanation &ex)
{
    int lastWaiting = -1;
    for (int i = 0; i < ex.simulation.steps.size(); ++i) {
        if (ex.simulation.steps.at(i).candidate < 0)
            lastWaiting = i;
    }
    view->showMessage(ex.candidates.isEmpty() ? ImpactText::tr("No host can take mail for %1.").arg(ex.plan.domain)
                                              : QString());
    view->setExplanation(ex, ex.simulation.assigned, -1, -1, ex.simulation.waiting,
                         lastWaiting >= 0 ? LiveText::stepWhy(ex, lastWaiting) : QString());
}

} // namespace

ReviewView::ReviewView(ReviewSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ImpactModel(this))
{
    setObjectName(QStringLiteral("reviewView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("reviewProgress"));
    m_progress->setAccessibleName(tr("Progress of the comparison"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    layout->addWidget(m_progress);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("reviewSplitter"));
    splitter->setChildrenCollapsible(false);
    m_splitter = splitter;
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setAccessibleName(tr("Domains the change affects"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ImpactModel::DomainColumn, m_table->fontMetrics().averageCharWidth() * 28);
    m_table->setColumnWidth(ImpactModel::ChangesColumn, m_table->fontMetrics().averageCharWidth() * 30);

    auto *sides = new QSplitter(Qt::Horizontal, splitter);
    sides->setObjectName(QStringLiteral("reviewSides"));
    m_beforeTitle = new QLabel(sides);
    m_afterTitle = new QLabel(sides);
    m_before = new TierView;
    m_before->setObjectName(QStringLiteral("reviewBefore"));
    m_before->setAccessibleName(tr("Hosts before the change"));
    m_after = new TierView;
    m_after->setObjectName(QStringLiteral("reviewAfter"));
    m_after->setAccessibleName(tr("Hosts after the change"));
    sides->addWidget(titled(m_beforeTitle, m_before, sides));
    sides->addWidget(titled(m_afterTitle, m_after, sides));
    splitter->addWidget(m_table);
    splitter->addWidget(sides);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_userSized = true; });

    connect(m_session, &ReviewSession::started, this, [this] {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Comparing\u2026"));
        m_progress->show();
    });
    connect(m_session, &ReviewSession::progress, this, &ReviewView::showProgress);
    connect(m_session, &ReviewSession::updated, this, &ReviewView::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showDetail(m_model->impactAt(current.row())); });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const DomainImpact *d = m_model->impactAt(index.row()))
            emit domainActivated(d->domain, d->binding);
    });
    refresh();
}

ReviewView::~ReviewView()
{
    m_session->setWanted(this, false);
}

void ReviewView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_session->setWanted(this, true);
    refresh();
}

void ReviewView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_session->setWanted(this, false);
}

void ReviewView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // A dock below the editor is wide and low: the list beside the two diagrams. In
    // the save dialog or a tall dock: the list above them.
    const int wide = fontMetrics().averageCharWidth() * 130;
    const Qt::Orientation want = width() > height() * 2 && width() > wide ? Qt::Horizontal : Qt::Vertical;
    if (m_splitter->orientation() != want) {
        m_splitter->setOrientation(want);
        m_userSized = false;
    }
    fitSplitter();
}

void ReviewView::fitSplitter()
{
    // Until the user drags it: the list as tall as its rows (3 to 8 of them, at most
    // two fifths), the diagrams the rest.
    if (m_userSized)
        return;
    if (m_splitter->orientation() == Qt::Horizontal) {
        const int room = m_splitter->width();
        m_splitter->setSizes({room * 2 / 5, room - room * 2 / 5});
        return;
    }
    const int room = m_splitter->height();
    const int rows = std::clamp(m_model->rowCount(), 3, 8);
    const int list = m_table->horizontalHeader()->height() + rows * m_table->verticalHeader()->defaultSectionSize()
        + m_table->horizontalScrollBar()->sizeHint().height() + 2 * m_table->frameWidth();
    const int listHeight = std::min(list, room * 2 / 5);
    m_splitter->setSizes({listHeight, room - listHeight});
}

void ReviewView::selectRow(int row)
{
    m_table->setCurrentIndex(m_model->index(row, 0));
}

void ReviewView::showProgress(const ImpactProgress &p)
{
    m_progress->setRange(0, int(std::min<qint64>(p.total, 1'000'000'000)));
    m_progress->setValue(int(std::min(p.done, p.total)));
    m_progress->setFormat(ImpactText::progressText(p));
    m_progress->show();
}

void ReviewView::refresh()
{
    if (!m_session->isRunning())
        m_progress->hide();
    switch (m_session->idle()) {
    case ReviewSession::Idle::NoDocument:
        m_model->setResult(nullptr);
        m_summary->setText(tr("Open a configuration to review what its changes do to every domain."));
        showDetail(nullptr);
        return;
    case ReviewSession::Idle::NoLookup:
        m_model->setResult(nullptr);
        m_summary->setText(tr("The Live panel has no zone file: choose one in Settings, or resolve through DNS."));
        showDetail(nullptr);
        return;
    case ReviewSession::Idle::None: break;
    }
    const auto &result = m_session->result();
    if (!result || result == m_model->result()) {
        if (!result)
            m_summary->setText(tr("Comparing\u2026"));
        return;
    }
    // Keep the reader on the same domain when the list is rebuilt.
    QString domain, binding;
    if (const DomainImpact *d = m_model->impactAt(m_table->currentIndex().row()))
        domain = d->domain, binding = d->binding;
    m_model->setResult(result);
    fitSplitter();
    const ImpactResult &r = *m_model->result();
    if (!r.ok()) {
        m_summary->setText(ImpactText::errorText(r.error));
        showDetail(nullptr);
        return;
    }
    QString text = ImpactText::summary(r);
    if (!m_session->document()->isModified())
        text = tr("No unsaved edits.") + u' ' + text;
    m_summary->setText(text);
    int row = r.changed.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const DomainImpact *d = m_model->impactAt(i);
        if (d->domain == domain && d->binding == binding) {
            row = i;
            break;
        }
    }
    selectRow(row);
    if (row < 0)
        showDetail(nullptr);
}

void ReviewView::showDetail(const DomainImpact *d)
{
    if (!d) {
        m_beforeTitle->setText(tr("Saved"));
        m_afterTitle->setText(tr("As edited"));
        m_before->setExplanation({}, {}, -1, -1, 0, {});
        m_after->setExplanation({}, {}, -1, -1, 0, {});
        m_before->showMessage(tr("Select a domain to compare its hosts."));
        m_after->showMessage({});
        return;
    }
    const QString who = d->binding.isNull() ? d->domain : tr("%1 through %2").arg(d->domain, d->binding);
    //: %1 a domain (or "domain through binding"), %2 its limit of connections
    m_beforeTitle->setText(tr("Saved: %1, domain limit %2").arg(who, LiveText::limitText(d->before.plan.domainLimit)));
    m_afterTitle->setText(tr("As edited: %1, domain limit %2").arg(who, LiveText::limitText(d->after.plan.domainLimit)));
    showTiers(m_before, d->before);
    showTiers(m_after, d->after);
}

} // namespace rs::ui
