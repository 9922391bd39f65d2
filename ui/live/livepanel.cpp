// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/livepanel.h"

#include "appsettings.h"
#include "document/configsnapshot.h"
#include "document/document.h"
#include "live/livecandidatemodel.h"
#include "live/livetext.h"
#include "live/tierview.h"
#include "flowlayout.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace rs::ui {

LivePanel::LivePanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_session(new LiveSession(document, this))
    , m_model(new LiveCandidateModel(this))
{
    setObjectName(QStringLiteral("livePanel"));
    m_model->setObjectName(QStringLiteral("liveCandidateModel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(createControls());

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("liveSplitter"));
    m_splitter = splitter;
    m_tabs = new QTabWidget(splitter);
    m_tiers = new TierView;
    m_tiers->setObjectName(QStringLiteral("tierView"));
    m_tierScroll = new QScrollArea;
    m_tierScroll->setObjectName(QStringLiteral("tierScroll"));
    m_tierScroll->setWidget(m_tiers);
    m_tierScroll->setWidgetResizable(true);
    m_tierScroll->setAccessibleName(tr("Candidate hosts by preference"));
    m_tabs->addTab(m_tierScroll, tr("T&iers"));
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("liveTable"));
    m_table->setAccessibleName(tr("Candidate hosts"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(LiveCandidateModel::StateColumn, QHeaderView::Stretch);
    m_tabs->addTab(m_table, tr("T&able"));
    // The explanation; beside the tiers (a wide, short panel) the sentences about the
    // resolution and the step join it there (setWide).
    m_side = new QWidget(splitter);
    m_sideLayout = new QVBoxLayout(m_side);
    m_sideLayout->setContentsMargins(0, 0, 0, 0);
    m_explain = new QTextBrowser(m_side);
    m_explain->setObjectName(QStringLiteral("explainView"));
    m_explain->setAccessibleName(tr("Explanation"));
    m_explain->setOpenLinks(false);
    m_sideLayout->addWidget(m_explain, 1);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_side);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connectControls();
    connect(m_session, &LiveSession::resolutionStarted, this, [this](const QString &domain, const LookupSource &through) {
        m_progress->setRange(0, 0);
        m_progress->show();
        //: %1 a domain, %2 "the zone file x.zone" or "DNS (c-ares) 192.0.2.53:53"
        m_status->setText(tr("Resolving %1 through %2\u2026").arg(domain, LiveText::throughText(through)));
    });
    connect(m_session, &LiveSession::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_session, &LiveSession::updated, this, &LivePanel::refresh);
    connect(m_document, &Document::changed, this, &LivePanel::refreshBindings);
    connect(m_tiers, &TierView::hostActivated, this, &LivePanel::onCardActivated);
    connect(m_tiers, &TierView::hostUsageRequested, this, [this](int candidate) {
        if (const auto &ex = m_session->explanation(); ex && candidate >= 0 && candidate < ex->candidates.size())
            emit hostUsageRequested(ex->candidates.at(candidate).host);
    });
    // The table offers the same as a card's context menu.
    auto *usage = new QAction(tr("Domains &Using This Host"), m_table);
    usage->setObjectName(QStringLiteral("liveHostUsage"));
    m_table->addAction(usage);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(usage, &QAction::triggered, this, [this] {
        const auto &ex = m_session->explanation();
        const int row = m_table->currentIndex().row();
        if (ex && row >= 0 && row < ex->candidates.size())
            emit hostUsageRequested(ex->candidates.at(row).host);
    });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &i) { onCardActivated(i.row()); });

    reloadSettings();
    refreshBindings();
    refresh();
    // Never narrower than two tiers of hosts: below that the controls wrap onto many
    // lines and a tier is seen in part only.
    const QMargins margins = layout->contentsMargins();
    setMinimumWidth(tiersWidth(2) + margins.left() + margins.right());
}

LivePanel::~LivePanel() = default;

int LivePanel::tiersWidth(int columns) const
{
    return m_tiers->widthForColumns(columns) + 2 * m_tierScroll->frameWidth()
           + style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_tierScroll)
           + 2 * style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, m_tabs);
}

int LivePanel::comfortableWidth() const
{
    return std::max(minimumWidth(), minimumSizeHint().width());
}

QWidget *LivePanel::createControls()
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    m_controlsGrid = grid;
    grid->setContentsMargins(0, 0, 0, 0);
    // The rows of controls wrap (FlowLayout) in a narrow dock; a label stays with its
    // field. Those that expand take a line's spare width.
    auto group = [box](std::initializer_list<QWidget *> widgets, bool expand = false) {
        auto *g = new QWidget(box);
        auto *h = new QHBoxLayout(g);
        h->setContentsMargins(0, 0, 0, 0);
        for (QWidget *w : widgets)
            h->addWidget(w, w->sizePolicy().horizontalPolicy() & QSizePolicy::ExpandFlag ? 1 : 0);
        g->setSizePolicy(expand ? QSizePolicy::Expanding : QSizePolicy::Preferred, QSizePolicy::Fixed);
        return g;
    };

    // Row 0: what to resolve and through what.
    m_domain = new QLineEdit(box);
    m_domain->setObjectName(QStringLiteral("liveDomain"));
    m_domain->setAccessibleName(tr("Recipient domain to resolve"));
    m_domain->setClearButtonEnabled(true);
    auto *domainLabel = new QLabel(tr("Do&main:"), box);
    domainLabel->setBuddy(m_domain);
    m_binding = new QComboBox(box);
    m_binding->setObjectName(QStringLiteral("liveBinding"));
    m_binding->setAccessibleName(tr("Binding the mail is sent through"));
    m_binding->setToolTip(tr("Mail is sent through a binding (an IP pool); its Domain stanzas, limits and "
                             "Host stanzas apply first."));
    m_binding->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *bindingLabel = new QLabel(tr("&Binding:"), box);
    bindingLabel->setBuddy(m_binding);
    m_sourceBox = new QComboBox(box);
    m_sourceBox->setObjectName(QStringLiteral("liveSource"));
    m_sourceBox->setAccessibleName(tr("Resolve through"));
    m_sourceBox->addItem(tr("Offline zone"), int(LiveSession::Source::Zone));
    m_sourceBox->addItem(tr("DNS (c-ares)"), int(LiveSession::Source::Dns));
    auto *sourceLabel = new QLabel(tr("&Through:"), box);
    sourceLabel->setBuddy(m_sourceBox);
    m_refresh = new QPushButton(tr("Resolve &Now"), box);
    m_refresh->setObjectName(QStringLiteral("liveResolveNow"));
    m_refresh->setToolTip(tr("Resolve the domain again now"));
    m_progress = new QProgressBar(box);
    m_progress->setObjectName(QStringLiteral("liveProgress"));
    m_progress->setAccessibleName(tr("Resolution progress"));
    m_progress->setMaximumWidth(120);
    m_progress->setFormat(tr("%v of %m"));
    m_progress->hide();
    auto *row0 = new FlowLayout;
    row0->addWidget(group({domainLabel, m_domain}, true));
    row0->addWidget(group({bindingLabel, m_binding}));
    row0->addWidget(group({sourceLabel, m_sourceBox}));
    row0->addWidget(m_refresh);
    row0->addWidget(m_progress);
    grid->addLayout(row0, 0, 0);

    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("liveStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(m_status, 1, 0);

    // Row 2: what-if.
    m_connections = new QSpinBox(box);
    m_connections->setObjectName(QStringLiteral("liveConnections"));
    m_connections->setAccessibleName(tr("Number of connections to simulate"));
    m_connections->setRange(-1, 100000);
    m_connections->setSpecialValueText(tr("domain limit"));
    m_connections->setValue(-1);
    auto *connectionsLabel = new QLabel(tr("&Connections:"), box);
    connectionsLabel->setBuddy(m_connections);
    m_host = new QComboBox(box);
    m_host->setObjectName(QStringLiteral("liveHost"));
    m_host->setAccessibleName(tr("Host for what-if settings"));
    m_host->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_host->setMinimumContentsLength(12);
    m_host->setSizePolicy(QSizePolicy::Expanding, m_host->sizePolicy().verticalPolicy());
    auto *hostLabel = new QLabel(tr("Ho&st:"), box);
    hostLabel->setBuddy(m_host);
    m_hostDown = new QCheckBox(tr("&Down"), box);
    m_hostDown->setObjectName(QStringLiteral("liveHostDown"));
    m_hostDown->setAccessibleName(tr("Mark the host down"));
    m_limitOverride = new QCheckBox(tr("&Limit:"), box);
    m_limitOverride->setAccessibleName(tr("Override the host's connection limit"));
    m_limit = new QSpinBox(box);
    m_limit->setObjectName(QStringLiteral("liveHostLimit"));
    m_limit->setAccessibleName(tr("Connection limit of the host"));
    m_limit->setRange(0, 100000);
    m_limit->setSpecialValueText(tr("unlimited"));
    m_limit->setValue(1);
    m_limit->setEnabled(false);
    m_resetWhatIf = new QPushButton(tr("Reset &what-if"), box);
    m_resetWhatIf->setObjectName(QStringLiteral("liveResetWhatIf"));
    auto *row2 = new FlowLayout;
    row2->addWidget(group({connectionsLabel, m_connections}));
    row2->addWidget(group({hostLabel, m_host, m_hostDown}, true));
    row2->addWidget(group({m_limitOverride, m_limit}));
    row2->addWidget(m_resetWhatIf);
    grid->addLayout(row2, 2, 0);

    // Row 3: stepping through the connections.
    // Stepping has keys of its own (Alt+arrows, as Back/Forward elsewhere), not mnemonics.
    auto stepButton = [box](const QString &text, const QString &tip, const QKeySequence &key) {
        auto *b = new QPushButton(text, box);
        b->setShortcut(key);
        b->setToolTip(tip + u" (" + key.toString(QKeySequence::NativeText) + u')');
        return b;
    };
    m_stepFirst = stepButton(tr("First"), tr("Show the state before the first connection"),
                             QKeySequence(Qt::ALT | Qt::Key_Home));
    m_stepBack = stepButton(tr("Back"), tr("Show one connection less"), QKeySequence(Qt::ALT | Qt::Key_Left));
    m_stepNext = stepButton(tr("Next"), tr("Open the next connection"), QKeySequence(Qt::ALT | Qt::Key_Right));
    m_stepAll = stepButton(tr("All"), tr("Show all simulated connections"), QKeySequence(Qt::ALT | Qt::Key_End));
    m_stepFirst->setObjectName(QStringLiteral("liveStepFirst"));
    m_stepBack->setObjectName(QStringLiteral("liveStepBack"));
    m_stepNext->setObjectName(QStringLiteral("liveStepNext"));
    m_stepAll->setObjectName(QStringLiteral("liveStepAll"));
    m_stepLabel = new QLabel(box);
    m_stepLabel->setObjectName(QStringLiteral("liveStepLabel"));
    auto *row3 = new FlowLayout;
    row3->addWidget(group({m_stepFirst, m_stepBack, m_stepNext, m_stepAll}));
    row3->addWidget(m_stepLabel);
    grid->addLayout(row3, 3, 0);
    m_stepWhy = new QLabel(box);
    m_stepWhy->setObjectName(QStringLiteral("liveStepWhy"));
    m_stepWhy->setWordWrap(true);
    m_stepWhy->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(m_stepWhy, 4, 0);

    return box;
}

void LivePanel::connectControls()
{
    connect(m_domain, &QLineEdit::textEdited, m_session, &LiveSession::setDomain);
    connect(m_domain, &QLineEdit::returnPressed, m_session, &LiveSession::resolveNow);
    connect(m_binding, &QComboBox::activated, this,
            [this] { m_session->setBinding(m_binding->currentData().toString()); });
    connect(m_sourceBox, &QComboBox::activated, this,
            [this] { m_session->setSource(LiveSession::Source(m_sourceBox->currentData().toInt())); });
    connect(m_refresh, &QPushButton::clicked, m_session, &LiveSession::dropAnswers);
    connect(m_connections, &QSpinBox::valueChanged, m_session, &LiveSession::setConnections);
    connect(m_host, &QComboBox::currentIndexChanged, this, &LivePanel::updateHostControls);
    connect(m_hostDown, &QCheckBox::toggled, this, [this](bool on) { m_session->setHostDown(currentHost(), on); });
    connect(m_limitOverride, &QCheckBox::toggled, this, [this](bool on) {
        m_limit->setEnabled(on);
        m_session->setHostLimit(currentHost(), on ? std::optional<int>(m_limit->value() == 0 ? -1 : m_limit->value())
                                                  : std::nullopt);
    });
    connect(m_limit, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_limitOverride->isChecked())
            m_session->setHostLimit(currentHost(), value == 0 ? -1 : value);
    });
    connect(m_resetWhatIf, &QPushButton::clicked, m_session, &LiveSession::resetWhatIf);
    connect(m_stepFirst, &QPushButton::clicked, this, [this] { m_session->setStep(0); });
    connect(m_stepBack, &QPushButton::clicked, this, [this] {
        const int at = m_session->step() < 0 ? m_session->stepCount() : m_session->step();
        m_session->setStep(std::max(0, at - 1));
    });
    connect(m_stepNext, &QPushButton::clicked, this, [this] {
        m_session->setStep(std::min(m_session->stepCount(), std::max(0, m_session->step()) + 1));
    });
    connect(m_stepAll, &QPushButton::clicked, this, [this] { m_session->setStep(-1); });
}

void LivePanel::reloadSettings()
{
    if (m_lessonZones.isEmpty())
        m_session->setZoneFile(m_zoneOverride.value_or(AppSettings::zoneFile()));
    else
        m_session->setZoneFiles(m_lessonZones);
    m_session->setDnsServer(m_dnsOverride.value_or(AppSettings::dnsServer()));
    m_session->setTimeoutMs(AppSettings::dnsTimeoutMs());
    LiveSession::Source source = AppSettings::liveSource() == u"zone" ? LiveSession::Source::Zone
                                                                       : LiveSession::Source::Dns;
    if (m_zoneOverride || !m_lessonZones.isEmpty())
        source = LiveSession::Source::Zone;
    else if (m_dnsOverride)
        source = LiveSession::Source::Dns;
    {
        const QSignalBlocker blocker(m_sourceBox);
        m_sourceBox->setCurrentIndex(m_sourceBox->findData(int(source)));
    }
    m_session->setSource(source);
    m_session->dropAnswers();
}

void LivePanel::setZoneFile(const QString &path)
{
    m_zoneOverride = path;
    m_dnsOverride.reset();
    reloadSettings();
}

void LivePanel::setDnsServer(const QString &server)
{
    m_dnsOverride = server;
    m_zoneOverride.reset();
    reloadSettings();
}

void LivePanel::setLessonZones(const QStringList &zones)
{
    m_lessonZones = zones;
    reloadSettings();
}

void LivePanel::setScope(int scope)
{
    m_session->setScope(scope);
    const auto snapshot = m_document->snapshot();
    if (snapshot && scope >= 0 && scope < snapshot->model().scopes().size()) {
        const RoutingScope &s = snapshot->model().scopes().at(scope);
        if (s.kind == ScopeKind::Domain && s.isRegex)
            m_domain->setPlaceholderText(tr("A domain that matches %1").arg(s.name));
        else if (s.kind == ScopeKind::Global)
            m_domain->setPlaceholderText(tr("Any recipient domain, e.g. example.com"));
        else
            m_domain->setPlaceholderText(tr("A recipient domain"));
    }
    if (m_domain->text() != m_session->domain())
        m_domain->setText(m_session->domain());
    refreshBindings();
}

void LivePanel::setDomain(const QString &domain)
{
    m_domain->setText(domain);
    m_session->setDomain(domain);
}

void LivePanel::focusDomain()
{
    m_domain->setFocus();
    m_domain->selectAll();
}

QString LivePanel::statusText() const
{
    return m_status->text();
}

void LivePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_session->setActive(true);
}

void LivePanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Wide and short (docked below the editor), the tiers keep the height.
    setWide(width() >= 2 * height() && width() >= comfortableWidth() * 3 / 2);
}

void LivePanel::setWide(bool wide)
{
    // Wide: the explanation beside the tiers, with the sentences about the resolution and
    // the step above it, so that the controls take three lines and the tiers the rest.
    // Tall: those sentences under their controls, the explanation under the tiers.
    const Qt::Orientation orientation = wide ? Qt::Horizontal : Qt::Vertical;
    if (m_splitter->orientation() == orientation)
        return;
    if (wide) {
        m_sideLayout->insertWidget(0, m_status);
        m_sideLayout->insertWidget(1, m_stepWhy);
    } else {
        m_controlsGrid->addWidget(m_status, 1, 0);
        m_controlsGrid->addWidget(m_stepWhy, 4, 0);
    }
    m_splitter->setOrientation(orientation);
    const int room = wide ? m_splitter->width() : m_splitter->height();
    // Two thirds to the tiers and the table, a third to the explanation.
    const int tiers = room * 2 / 3;
    m_splitter->setSizes({tiers, room - tiers});
}

void LivePanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_session->setActive(false);
}

void LivePanel::refreshBindings()
{
    // None, then each binding under its group's name (headers cannot be chosen).
    const QList<LiveSession::BindingOption> options = m_session->bindings();
    const QSignalBlocker blocker(m_binding);
    m_binding->clear();
    m_binding->addItem(tr("None"), QString());
    auto *items = qobject_cast<QStandardItemModel *>(m_binding->model());
    QString group;
    for (const LiveSession::BindingOption &o : options) {
        if (!o.group.isNull() && o.group != group) {
            m_binding->addItem(tr("Binding_Group %1").arg(o.group));
            if (items)
                items->item(m_binding->count() - 1)->setEnabled(false);
        }
        group = o.group;
        m_binding->addItem(o.group.isNull() ? o.name : u"    "_qs + o.name, o.name);
    }
    m_binding->setEnabled(!options.isEmpty());
    const int current = m_binding->findData(m_session->binding());
    m_binding->setCurrentIndex(std::max(0, current));
}

void LivePanel::onCardActivated(int candidate)
{
    const auto &ex = m_session->explanation();
    if (!ex || candidate < 0 || candidate >= ex->candidates.size())
        return;
    const Candidate &c = ex->candidates.at(candidate);
    if (c.state == CandidateState::Unresolved)
        return;  // never chosen anyway
    if (const int i = m_host->findText(c.host); i >= 0) {
        const QSignalBlocker blocker(m_host);
        m_host->setCurrentIndex(i);
    }
    m_session->setHostDown(c.host, c.state != CandidateState::Down);
}

QString LivePanel::currentHost() const
{
    return m_host->currentText();
}

void LivePanel::refreshHosts()
{
    // Host list for the what-if controls (resolved hosts only: the others are never chosen).
    QStringList hosts;
    if (const auto &ex = m_session->explanation()) {
        for (const Candidate &c : ex->candidates) {
            if (c.state != CandidateState::Unresolved && !hosts.contains(c.host))
                hosts << c.host;
        }
    }
    QStringList shown;
    for (int i = 0; i < m_host->count(); ++i)
        shown << m_host->itemText(i);
    if (hosts != shown) {
        const QString keep = currentHost();
        const QSignalBlocker blocker(m_host);
        m_host->clear();
        m_host->addItems(hosts);
        m_host->setCurrentIndex(std::max(0, int(hosts.indexOf(keep))));
    }
    // The what-if controls follow the host last marked.
    const WhatIf &w = m_session->whatIf();
    if (!w.down.isEmpty()) {
        if (const int i = m_host->findText(w.down.last(), Qt::MatchFixedString); i >= 0) {
            const QSignalBlocker blocker(m_host);
            m_host->setCurrentIndex(i);
        }
    }
    updateHostControls();
}

void LivePanel::updateHostControls()
{
    const QString host = currentHost();
    const bool any = !host.isEmpty();
    const WhatIf &w = m_session->whatIf();
    const QSignalBlocker b1(m_hostDown);
    const QSignalBlocker b2(m_limitOverride);
    const QSignalBlocker b3(m_limit);
    m_hostDown->setEnabled(any);
    m_limitOverride->setEnabled(any);
    m_hostDown->setChecked(any && w.down.contains(host, Qt::CaseInsensitive));
    const auto it = w.limits.constFind(host.toLower());
    const bool overridden = any && it != w.limits.constEnd();
    m_limitOverride->setChecked(overridden);
    m_limit->setEnabled(overridden);
    if (overridden) {
        m_limit->setValue(*it < 0 ? 0 : *it);
    } else if (const auto &ex = m_session->explanation()) {
        // Start the override from the configured limit of the host.
        for (const Candidate &c : ex->candidates) {
            if (c.host == host) {
                m_limit->setValue(c.limit < 0 ? 0 : c.limit);
                break;
            }
        }
    }
}

void LivePanel::refresh()
{
    const auto &current = m_session->explanation();
    const bool have = current.has_value();
    if (!m_session->isResolving())
        m_progress->hide();
    m_connections->setEnabled(have);
    m_host->setEnabled(have);
    m_resetWhatIf->setEnabled(have);
    {
        const QSignalBlocker blocker(m_connections);
        m_connections->setValue(m_session->whatIf().connections);
    }
    refreshHosts();
    if (!have) {
        m_progress->hide();
        m_model->clear();
        m_tiers->setExplanation({}, {}, -1, -1, 0, {});
        m_explain->clear();
        m_stepLabel->clear();
        m_stepWhy->clear();
        for (QPushButton *b : {m_stepFirst, m_stepBack, m_stepNext, m_stepAll})
            b->setEnabled(false);
        switch (m_session->idle()) {
        case LiveSession::Idle::NoDocument:
            m_tiers->showMessage(tr("Open a configuration to see where its mail goes."));
            m_status->clear();
            break;
        case LiveSession::Idle::NoDomain:
            m_tiers->showMessage(tr("Type a recipient domain to see where its mail goes."));
            m_status->clear();
            break;
        case LiveSession::Idle::LookupUnavailable: {
            const QString why = m_session->lookupProblems().isEmpty()
                ? tr("No zone file is set: choose one in Settings, or resolve through DNS.")
                : LiveText::setupText(m_session->lookupProblems());
            m_tiers->showMessage(why);
            m_status->setText(why);
            break;
        }
        case LiveSession::Idle::None:
            m_tiers->showMessage(tr("Select a domain scope or type a recipient domain."));
            break;
        }
        return;
    }
    const Explanation &ex = *current;
    const int n = m_session->stepCount();
    const int step = m_session->step();
    const LiveSession::StepState st = m_session->stepState();
    if (step < 0) {
        m_stepLabel->setText(tr("All %n connection(s) shown.", nullptr, n));
        m_stepWhy->setText(st.next >= 0 ? tr("The next connection goes to %1 (marked \u25b6).").arg(ex.candidates.at(st.next).host)
                                        : tr("A new connection would wait."));
    } else {
        m_stepLabel->setText(tr("Connection %1 of %2").arg(step).arg(n));
        if (step == 0) {
            m_stepWhy->setText(st.next >= 0 ? tr("No connection is open yet; the first goes to %1.").arg(ex.candidates.at(st.next).host)
                                            : tr("No connection is open yet; the first would wait."));
        } else {
            m_stepWhy->setText(LiveText::stepWhy(ex, step - 1));
        }
    }
    const QString waitingWhy = st.lastWaiting >= 0 ? LiveText::stepWhy(ex, st.lastWaiting) : QString();
    m_tiers->showMessage(ex.candidates.isEmpty() ? (ex.nullMx ? tr("%1 publishes a null MX: it accepts no mail.").arg(ex.plan.domain)
                                                              : tr("No host can take mail for %1.").arg(ex.plan.domain))
                                                 : QString());
    m_tiers->setExplanation(ex, st.counts, st.next, st.stepped, st.waiting, waitingWhy);
    // Stepping: keep the host that took the connection in view.
    if (HostCard *card = m_tiers->card(st.stepped >= 0 ? st.stepped : st.next); card && step >= 0)
        m_tierScroll->ensureWidgetVisible(card);
    m_model->setExplanation(ex, st.counts, st.next);
    // Stepping or a what-if change rewrites the text: keep the reader's place.
    const auto &before = m_session->previous();
    const QStringList changes = before ? LiveText::changes(*before, ex) : QStringList();
    const int scroll = m_explain->verticalScrollBar()->value();
    m_explain->setHtml(LiveText::html(ex, changes, before.has_value()));
    m_explain->verticalScrollBar()->setValue(scroll);

    const int at = step < 0 ? n : step;
    m_stepFirst->setEnabled(n > 0 && at > 0);
    m_stepBack->setEnabled(n > 0 && at > 0);
    m_stepNext->setEnabled(n > 0 && (step < 0 || step < n));
    m_stepAll->setEnabled(step >= 0);

    QString status = ex.plan.hasBinding()
        ? tr("%1 through binding %2 follows %3.").arg(ex.plan.domain, ex.plan.binding, LiveText::routeSourceText(ex.plan))
        : tr("%1 follows %2.").arg(ex.plan.domain, LiveText::routeSourceText(ex.plan));
    if (!m_session->selectedScopeDecides())
        status += u' ' + tr("The selected scope does not decide this domain.");
    if (const auto through = m_session->through())
        status += u' ' + tr("Resolved through %1.").arg(LiveText::throughText(*through));
    m_status->setText(status);
}

} // namespace rs::ui
