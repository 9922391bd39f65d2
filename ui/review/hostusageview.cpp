// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/hostusageview.h"

#include "config/diagnostic.h"
#include "icons.h"
#include "impact/impactrunner.h"
#include "live/livetext.h"
#include "review/hostroutesmodel.h"
#include "review/impactmodel.h"
#include "review/impacttext.h"
#include "review/reviewsession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace rs::ui {

namespace {

QTableView *table(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

const HostLoad *loadOf(const ImpactResult &result, const QString &host)
{
    const QString key = HostUsage::key(host);
    for (const HostLoad &l : result.hosts) {
        if (HostUsage::key(l.host) == key)
            return &l;
    }
    return nullptr;
}

} // namespace

HostUsageView::HostUsageView(ReviewSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_routesModel(new HostRoutesModel(this))
    , m_whatIfModel(new ImpactModel(this))
    , m_runner(new ImpactRunner(this))
{
    setObjectName(QStringLiteral("hostUsageView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *row = new QHBoxLayout;
    m_hostBox = new QComboBox(this);
    m_hostBox->setObjectName(QStringLiteral("hostUsageHost"));
    m_hostBox->setEditable(true);
    m_hostBox->setInsertPolicy(QComboBox::NoInsert);
    m_hostBox->setAccessibleName(tr("Receiving host"));
    m_hostBox->setMinimumContentsLength(28);
    m_hostBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *hostLabel = new QLabel(tr("H&ost:"), this);
    hostLabel->setBuddy(m_hostBox);
    m_whatIf = new QPushButton(icon(QStringLiteral("down")), tr("What If It Is &Down"), this);
    m_whatIf->setObjectName(QStringLiteral("hostUsageWhatIf"));
    m_whatIf->setToolTip(tr("Compare every domain with this host down for maintenance: where its mail goes "
                            "instead, and which can no longer be delivered"));
    row->addWidget(hostLabel);
    row->addWidget(m_hostBox, 1);
    row->addWidget(m_whatIf);
    layout->addLayout(row);

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("hostUsageTotals"));
    m_totals->setWordWrap(true);
    m_totals->setTextFormat(Qt::PlainText);
    layout->addWidget(m_totals);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("hostUsageWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    // An icon next to the text: the warning is not told by colour alone.
    auto *warnRow = new QHBoxLayout;
    m_warningIcon = new QLabel(this);
    m_warningIcon->setPixmap(icon(QStringLiteral("warning")).pixmap(16, 16));
    warnRow->addWidget(m_warningIcon, 0, Qt::AlignTop);
    warnRow->addWidget(m_warning, 1);
    layout->addLayout(warnRow);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("hostUsageSplitter"));
    splitter->setChildrenCollapsible(false);
    m_splitter = splitter;
    m_routes = table(QStringLiteral("hostUsageRoutes"), tr("Domains that route to the host"), splitter);
    m_routes->setModel(m_routesModel);
    // Names get room; the numbers and the state as wide as they are.
    m_routes->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_routes->horizontalHeader()->setSectionResizeMode(HostRoutesModel::DomainColumn, QHeaderView::Interactive);
    m_routes->setColumnWidth(HostRoutesModel::DomainColumn, m_routes->fontMetrics().averageCharWidth() * 30);
    auto *whatIfBox = new QWidget(splitter);
    m_whatIfBox = whatIfBox;
    auto *whatIfLayout = new QVBoxLayout(whatIfBox);
    whatIfLayout->setContentsMargins(0, 0, 0, 0);
    m_whatIfProgress = new QProgressBar(whatIfBox);
    m_whatIfProgress->setObjectName(QStringLiteral("hostUsageWhatIfProgress"));
    m_whatIfProgress->setAccessibleName(tr("Progress of the what-if"));
    m_whatIfProgress->hide();
    m_whatIfSummary = new QLabel(whatIfBox);
    m_whatIfSummary->setObjectName(QStringLiteral("hostUsageWhatIfSummary"));
    m_whatIfSummary->setWordWrap(true);
    m_whatIfSummary->setTextFormat(Qt::PlainText);
    m_whatIfTable = table(QStringLiteral("hostUsageWhatIfTable"), tr("Domains whose mail goes elsewhere with the host down"),
                          whatIfBox);
    m_whatIfTable->setModel(m_whatIfModel);
    m_whatIfTable->setColumnWidth(ImpactModel::DomainColumn, m_whatIfTable->fontMetrics().averageCharWidth() * 30);
    m_whatIfTable->setColumnWidth(ImpactModel::ChangesColumn, m_whatIfTable->fontMetrics().averageCharWidth() * 30);
    whatIfLayout->addWidget(m_whatIfProgress);
    whatIfLayout->addWidget(m_whatIfSummary);
    whatIfLayout->addWidget(m_whatIfTable, 1);
    splitter->addWidget(m_routes);
    splitter->addWidget(whatIfBox);
    layout->addWidget(splitter, 1);
    whatIfBox->hide();

    connect(m_session, &ReviewSession::updated, this, &HostUsageView::refresh);
    connect(m_session, &ReviewSession::started, this, [this] {
        // The document changed: a what-if shown is of the text before.
        m_runner->cancel();
        m_whatIfProgress->hide();
        if (m_whatIfModel->result()) {
            m_whatIfModel->setResult(nullptr);
            m_whatIfSummary->setText(tr("The configuration changed: run the what-if again."));
        }
    });
    connect(m_hostBox, &QComboBox::textActivated, this, &HostUsageView::setHost);
    connect(m_hostBox->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { setHost(m_hostBox->currentText().trimmed()); });
    connect(m_whatIf, &QPushButton::clicked, this, &HostUsageView::runWhatIf);
    connect(m_runner, &ImpactRunner::progress, this, [this](const ImpactProgress &p) {
        m_whatIfProgress->setRange(0, int(std::min<qint64>(p.total, 1'000'000'000)));
        m_whatIfProgress->setValue(int(std::min(p.done, p.total)));
        m_whatIfProgress->setFormat(ImpactText::progressText(p));
        m_whatIfProgress->show();
    });
    connect(m_runner, &ImpactRunner::finished, this, &HostUsageView::showWhatIf);
    for (QTableView *v : {m_routes, m_whatIfTable}) {
        connect(v, &QAbstractItemView::activated, this, [this, v](const QModelIndex &index) {
            if (v == m_routes) {
                const HostRoute &r = m_routesModel->routes().at(index.row());
                emit domainActivated(r.domain, r.binding);
            } else if (const DomainImpact *d = m_whatIfModel->impactAt(index.row())) {
                emit domainActivated(d->domain, d->binding);
            }
        });
    }
    refresh();
}

HostUsageView::~HostUsageView()
{
    m_session->setWanted(this, false);
}

void HostUsageView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_session->setWanted(this, true, true);
    refresh();
}

void HostUsageView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_session->setWanted(this, false);
}

void HostUsageView::setHost(const QString &host)
{
    if (host == m_host)
        return;
    m_host = host;
    m_runner->cancel();
    m_whatIfProgress->hide();
    m_whatIfModel->setResult(nullptr);
    m_whatIfSummary->clear();
    refresh();
}

void HostUsageView::refresh()
{
    // A plain pointer: the result stays alive in the session while this runs.
    const ImpactResult *result = m_session->result().get();
    // The hosts any domain routes to, for the combo box; the one shown stays typed.
    QStringList hosts;
    if (result && result->ok()) {
        for (const HostLoad &l : result->hosts) {
            if (l.after.seen)
                hosts << l.host;
        }
    }
    if (hosts != m_hostList) {
        const QSignalBlocker block(m_hostBox);
        m_hostList = hosts;
        m_hostBox->clear();
        m_hostBox->addItems(hosts);
    }
    {
        const QSignalBlocker block(m_hostBox);
        m_hostBox->setEditText(m_host);
    }
    m_whatIf->setEnabled(!m_host.isEmpty() && m_session->idle() == ReviewSession::Idle::None);
    m_warning->hide();
    m_warningIcon->hide();
    if (m_host.isEmpty()) {
        m_routesModel->setRoutes({});
        m_totals->setText(tr("Choose a host: a Host scope in the tree, a host in the Live panel, or type its name."));
        return;
    }
    if (m_session->idle() == ReviewSession::Idle::NoLookup) {
        m_routesModel->setRoutes({});
        m_totals->setText(tr("The Live panel has no zone file: choose one in Settings, or resolve through DNS."));
        return;
    }
    if (!result) {
        m_totals->setText(tr("Finding the domains that route to %1\u2026").arg(printable(m_host)));
        return;
    }
    if (!result->ok()) {
        m_routesModel->setRoutes({});
        m_totals->setText(ImpactText::errorText(result->error));
        return;
    }
    m_routesModel->setRoutes(result->routesTo(m_host, ImpactSide::After));
    const HostLoad *load = loadOf(*result, m_host);
    if (!load || !load->after.seen) {
        m_totals->setText(tr("No compared domain routes to %1.").arg(printable(m_host)));
        return;
    }
    const HostLoad::Side &s = load->after;
    //: %1 the host; %n (domain, binding) pairs
    QString text = tr("%n domain(s) can route to %1.", nullptr, s.domains).arg(printable(load->host)) + u' '
        + tr("At their domain limits they would open %n connection(s) to it.", nullptr, int(s.connections));
    text += u' ' + (s.limit >= 0 ? tr("Its Host scope allows %1.").arg(s.limit) : tr("No Host scope limits it."));
    m_totals->setText(text);
    if (s.oversubscribed()) {
        m_warning->setText(tr("Oversubscribed: %1 connections against a limit of %2. Domains beyond the limit wait or "
                              "spill to their next tier.")
                               .arg(s.connections)
                               .arg(s.limit));
        m_warning->show();
        m_warningIcon->show();
    }
}

void HostUsageView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Wide and low below the editor: the domains beside the what-if; tall: above it.
    const int wide = fontMetrics().averageCharWidth() * 130;
    m_splitter->setOrientation(width() > height() * 2 && width() > wide ? Qt::Horizontal : Qt::Vertical);
}

bool HostUsageView::isWhatIfRunning() const
{
    return m_runner->isRunning();
}

void HostUsageView::runWhatIf()
{
    std::optional<ImpactSetup> setup = m_session->setupNow();
    const std::optional<ConfigSource> edited = m_session->editedSource();
    if (!setup || !edited || m_host.isEmpty())
        return;
    // The configuration as edited on both sides: only the host being down differs.
    setup->before = *edited;
    setup->after = *edited;
    setup->down = {m_host};
    m_whatIfBox->show();
    m_whatIfModel->setResult(nullptr);
    m_whatIfSummary->setText(tr("Comparing every domain with %1 down\u2026").arg(printable(m_host)));
    m_whatIfProgress->setRange(0, 0);
    m_whatIfProgress->show();
    m_runner->start(*setup);
}

void HostUsageView::showWhatIf(std::shared_ptr<const ImpactResult> shown)
{
    m_whatIfProgress->hide();
    m_whatIfModel->setResult(shown);
    const ImpactResult *result = shown.get();
    if (!result)
        return;
    if (!result->ok()) {
        m_whatIfSummary->setText(ImpactText::errorText(result->error));
        return;
    }
    const qint64 undeliverable = result->classCounts[size_t(ImpactClass::Undeliverable)];
    QString text = tr("With %1 down: ").arg(printable(m_host)) + ImpactText::summary(*result);
    if (undeliverable > 0)
        text += u' ' + tr("%n would have no host to take their mail.", nullptr, int(undeliverable));
    m_whatIfSummary->setText(text);
}

} // namespace rs::ui
