#include "live/livepanel.h"

#include "routing/dnslookup.h"
#include "routing/maillookup.h"
#include "routing/routeplan.h"
#include "appsettings.h"
#include "document/configsnapshot.h"
#include "document/document.h"
#include "live/livecandidatemodel.h"
#include "live/livetext.h"
#include "live/tierview.h"

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
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rs::ui {

namespace {

// Long enough to swallow a burst of keystrokes, short enough to feel live.
constexpr int debounceMs = 300;

} // namespace

LivePanel::LivePanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new LiveCandidateModel(this))
{
    setObjectName(QStringLiteral("livePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(createControls());

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("liveSplitter"));
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
    m_explain = new QTextBrowser(splitter);
    m_explain->setObjectName(QStringLiteral("explainView"));
    m_explain->setAccessibleName(tr("Explanation"));
    m_explain->setOpenLinks(false);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_explain);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &LivePanel::resolveNow);
    connect(m_document, &Document::changed, this, [this] { schedule(); });
    connect(m_tiers, &TierView::hostActivated, this, &LivePanel::onCardActivated);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &i) { onCardActivated(i.row()); });

    reloadSettings();
    m_tiers->showMessage(tr("Select a domain scope or type a recipient domain."));
    refresh();
}

LivePanel::~LivePanel()
{
    if (m_explainer)
        m_explainer->cancel();
}

QWidget *LivePanel::createControls()
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);

    // Row 0: what to resolve and through what.
    m_domain = new QLineEdit(box);
    m_domain->setObjectName(QStringLiteral("liveDomain"));
    m_domain->setAccessibleName(tr("Recipient domain to resolve"));
    m_domain->setClearButtonEnabled(true);
    auto *domainLabel = new QLabel(tr("Do&main:"), box);
    domainLabel->setBuddy(m_domain);
    m_sourceBox = new QComboBox(box);
    m_sourceBox->setObjectName(QStringLiteral("liveSource"));
    m_sourceBox->setAccessibleName(tr("Resolve through"));
    m_sourceBox->addItem(tr("Offline zone"), int(Source::Zone));
    m_sourceBox->addItem(tr("DNS (c-ares)"), int(Source::Dns));
    auto *sourceLabel = new QLabel(tr("&Through:"), box);
    sourceLabel->setBuddy(m_sourceBox);
    m_refresh = new QPushButton(tr("Resolve &Now"), box);
    m_refresh->setToolTip(tr("Resolve the domain again now"));
    m_progress = new QProgressBar(box);
    m_progress->setObjectName(QStringLiteral("liveProgress"));
    m_progress->setAccessibleName(tr("Resolution progress"));
    m_progress->setMaximumWidth(120);
    m_progress->setFormat(tr("%v of %m"));
    m_progress->hide();
    auto *row0 = new QHBoxLayout;
    row0->addWidget(domainLabel);
    row0->addWidget(m_domain, 1);
    row0->addWidget(sourceLabel);
    row0->addWidget(m_sourceBox);
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
    m_host->setMinimumContentsLength(14);
    auto *hostLabel = new QLabel(tr("Ho&st:"), box);
    hostLabel->setBuddy(m_host);
    m_hostDown = new QCheckBox(tr("&Down"), box);
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
    auto *row2 = new QHBoxLayout;
    row2->addWidget(connectionsLabel);
    row2->addWidget(m_connections);
    row2->addSpacing(8);
    row2->addWidget(hostLabel);
    row2->addWidget(m_host, 1);
    row2->addWidget(m_hostDown);
    row2->addWidget(m_limitOverride);
    row2->addWidget(m_limit);
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
    m_stepLabel = new QLabel(box);
    m_stepLabel->setObjectName(QStringLiteral("liveStepLabel"));
    auto *row3 = new QHBoxLayout;
    row3->addWidget(m_stepFirst);
    row3->addWidget(m_stepBack);
    row3->addWidget(m_stepNext);
    row3->addWidget(m_stepAll);
    row3->addWidget(m_stepLabel, 1);
    grid->addLayout(row3, 3, 0);
    m_stepWhy = new QLabel(box);
    m_stepWhy->setObjectName(QStringLiteral("liveStepWhy"));
    m_stepWhy->setWordWrap(true);
    m_stepWhy->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(m_stepWhy, 4, 0);

    connect(m_domain, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_scope < 0 || !m_document->snapshot())
            m_typed = text;
        else {
            const RoutingScope &s = m_document->snapshot()->model().scopes().value(m_scope);
            if (s.kind != ScopeKind::Domain || s.isRegex)
                m_typed = text;
        }
    });
    connect(m_domain, &QLineEdit::textChanged, this, [this] { schedule(); });
    connect(m_domain, &QLineEdit::returnPressed, this, &LivePanel::resolveNow);
    connect(m_sourceBox, &QComboBox::activated, this,
            [this] { setSource(Source(m_sourceBox->currentData().toInt())); });
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        dropLookup();  // also forgets cached answers
        resolveNow();
    });
    connect(m_connections, &QSpinBox::valueChanged, this, &LivePanel::setConnections);
    connect(m_host, &QComboBox::currentIndexChanged, this, &LivePanel::updateHostControls);
    connect(m_hostDown, &QCheckBox::toggled, this, [this](bool on) { setHostDown(currentHost(), on); });
    connect(m_limitOverride, &QCheckBox::toggled, this, [this](bool on) {
        m_limit->setEnabled(on);
        setHostLimit(currentHost(), on ? std::optional<int>(m_limit->value() == 0 ? -1 : m_limit->value())
                                       : std::nullopt);
    });
    connect(m_limit, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_limitOverride->isChecked())
            setHostLimit(currentHost(), value == 0 ? -1 : value);
    });
    connect(m_resetWhatIf, &QPushButton::clicked, this, &LivePanel::resetWhatIf);
    connect(m_stepFirst, &QPushButton::clicked, this, [this] { setStep(0); });
    connect(m_stepBack, &QPushButton::clicked, this, [this] {
        const int n = m_explanation ? int(m_explanation->simulation.steps.size()) : 0;
        setStep(std::max(0, (m_step < 0 ? n : m_step) - 1));
    });
    connect(m_stepNext, &QPushButton::clicked, this, [this] {
        const int n = m_explanation ? int(m_explanation->simulation.steps.size()) : 0;
        setStep(std::min(n, (m_step < 0 ? 0 : m_step) + 1));
    });
    connect(m_stepAll, &QPushButton::clicked, this, [this] { setStep(-1); });
    return box;
}

void LivePanel::reloadSettings()
{
    m_zoneFile = m_zoneOverride.value_or(AppSettings::zoneFile());
    m_dnsServer = m_dnsOverride.value_or(AppSettings::dnsServer());
    m_timeoutMs = AppSettings::dnsTimeoutMs();
    Source source = AppSettings::liveSource() == u"zone" ? Source::Zone : Source::Dns;
    if (m_zoneOverride)
        source = Source::Zone;
    else if (m_dnsOverride)
        source = Source::Dns;
    m_source = source;
    {
        const QSignalBlocker blocker(m_sourceBox);
        m_sourceBox->setCurrentIndex(m_sourceBox->findData(int(m_source)));
    }
    dropLookup();
    schedule();
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

void LivePanel::setSource(Source source)
{
    if (source == m_source && m_lookup)
        return;
    m_source = source;
    {
        const QSignalBlocker blocker(m_sourceBox);
        m_sourceBox->setCurrentIndex(m_sourceBox->findData(int(m_source)));
    }
    dropLookup();
    schedule();
}

void LivePanel::setScope(int scope)
{
    m_scope = scope;
    const auto snapshot = m_document->snapshot();
    if (!snapshot || scope < 0 || scope >= snapshot->model().scopes().size())
        return;
    const RoutingScope &s = snapshot->model().scopes().at(scope);
    if (s.kind == ScopeKind::Domain && !s.isRegex) {
        m_domain->setPlaceholderText(QString());
        m_domain->setText(s.name);
        return;
    }
    if (s.kind == ScopeKind::Domain)
        m_domain->setPlaceholderText(tr("A domain that matches %1").arg(s.name));
    else if (s.kind == ScopeKind::Global)
        m_domain->setPlaceholderText(tr("Any recipient domain, e.g. example.com"));
    else
        m_domain->setPlaceholderText(tr("A recipient domain"));
    m_domain->setText(m_typed);
}

QString LivePanel::domain() const
{
    return m_domain->text().trimmed();
}

void LivePanel::setDomain(const QString &domain)
{
    m_typed = domain;
    m_domain->setText(domain);
}

bool LivePanel::isResolving() const
{
    return m_debounce.isActive() || (m_explainer && m_explainer->isBusy());
}

QString LivePanel::statusText() const
{
    return m_status->text();
}

void LivePanel::setStatus(const QString &text)
{
    m_status->setText(text);
}

void LivePanel::schedule()
{
    // A stale answer must never be shown: cancel the lookup in flight now, not
    // when the pause in typing ends.
    if (m_explainer)
        m_explainer->cancel();
    m_progress->hide();
    m_dirty = true;
    if (isVisible())
        m_debounce.start();
}

void LivePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty && !m_debounce.isActive())
        m_debounce.start();
}

bool LivePanel::ensureLookup()
{
    if (m_lookup)
        return true;
    LookupOptions options;
    options.timeoutMs = m_timeoutMs;
    if (m_source == Source::Zone) {
        if (m_zoneFile.isEmpty()) {
            m_lookupError = tr("No zone file is set: choose one in Settings, or resolve through DNS.");
            return false;
        }
        options.zoneFiles = {m_zoneFile};
    } else if (!m_dnsServer.isEmpty()) {
        options.servers = {m_dnsServer};
    }
    QString error;
    // Loading a zone file is quick (a few records) and happens once per source.
    m_lookup = createMailLookup(options, &error);
    if (!m_lookup) {
        m_lookupError = error;
        return false;
    }
    m_lookupError.clear();
    m_explainer = std::make_unique<Explainer>(m_lookup.get());
    connect(m_explainer.get(), &Explainer::progress, this, &LivePanel::onProgress);
    connect(m_explainer.get(), &Explainer::finished, this, &LivePanel::onFinished);
    return true;
}

void LivePanel::dropLookup()
{
    if (m_explainer)
        m_explainer->cancel();
    m_explainer.reset();
    m_lookup.reset();
    m_progress->hide();
}

void LivePanel::resolveNow()
{
    m_debounce.stop();
    if (!isVisible())
        return;  // m_dirty stays: resolved when the panel is shown
    m_dirty = false;
    const QString name = domain();
    const auto snapshot = m_document->snapshot();
    if (!snapshot || name.isEmpty()) {
        m_explanation.reset();
        m_resolvedDomain.clear();
        m_tiers->showMessage(!snapshot ? tr("Open a configuration to see where its mail goes.")
                                       : tr("Type a recipient domain to see where its mail goes."));
        setStatus(QString());
        refresh();
        return;
    }
    if (!ensureLookup()) {
        m_tiers->showMessage(m_lookupError);
        setStatus(m_lookupError);
        return;
    }
    if (name.compare(m_resolvedDomain, Qt::CaseInsensitive) != 0) {
        // Another domain: its hosts differ, so host what-ifs and steps start over.
        m_whatIf.down.clear();
        m_whatIf.limits.clear();
        m_step = -1;
    }
    const RoutePlan plan = planFor(snapshot->model(), name);
    m_progress->setRange(0, 0);
    m_progress->show();
    setStatus(tr("Resolving %1 through %2\u2026").arg(name, m_lookup->describe()));
    m_explainer->explain(plan, m_whatIf);
}

void LivePanel::onProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void LivePanel::onFinished(const Explanation &ex)
{
    m_progress->hide();
    std::optional<Explanation> before;
    if (m_explanation && ex.plan.domain.compare(m_explanation->plan.domain, Qt::CaseInsensitive) == 0)
        before = m_explanation;
    m_resolvedDomain = ex.plan.domain;
    display(ex, before);
}

void LivePanel::display(const Explanation &ex, const std::optional<Explanation> &before)
{
    m_comparable = before.has_value();
    m_changes = before ? LiveText::changes(*before, ex) : QStringList();
    m_explanation = ex;
    if (m_step > ex.simulation.steps.size())
        m_step = int(ex.simulation.steps.size());
    ++m_shown;
    refresh();
    emit explanationShown();
}

void LivePanel::applyWhatIf()
{
    if (!m_explanation) {
        refresh();
        return;
    }
    const Explanation before = *m_explanation;
    display(reexplain(before, m_whatIf), before);
}

void LivePanel::setConnections(int connections)
{
    m_whatIf.connections = connections;
    {
        const QSignalBlocker blocker(m_connections);
        m_connections->setValue(connections);
    }
    applyWhatIf();
}

void LivePanel::setHostDown(const QString &host, bool down)
{
    if (host.isEmpty())
        return;
    // The what-if controls follow the host last marked.
    if (const int i = m_host->findText(host, Qt::MatchFixedString); i >= 0) {
        const QSignalBlocker blocker(m_host);
        m_host->setCurrentIndex(i);
    }
    m_whatIf.down.removeIf([&](const QString &h) { return h.compare(host, Qt::CaseInsensitive) == 0; });
    if (down)
        m_whatIf.down.append(host);
    applyWhatIf();
}

void LivePanel::setHostLimit(const QString &host, std::optional<int> limit)
{
    if (host.isEmpty())
        return;
    if (limit)
        m_whatIf.limits.insert(host.toLower(), *limit);
    else
        m_whatIf.limits.remove(host.toLower());
    applyWhatIf();
}

void LivePanel::resetWhatIf()
{
    m_whatIf = WhatIf();
    m_step = -1;
    {
        const QSignalBlocker blocker(m_connections);
        m_connections->setValue(-1);
    }
    applyWhatIf();
}

void LivePanel::setStep(int step)
{
    const int n = m_explanation ? int(m_explanation->simulation.steps.size()) : 0;
    m_step = step < 0 ? -1 : std::min(step, n);
    refresh();
}

void LivePanel::onCardActivated(int candidate)
{
    if (!m_explanation || candidate < 0 || candidate >= m_explanation->candidates.size())
        return;
    const Candidate &c = m_explanation->candidates.at(candidate);
    if (c.state == CandidateState::Unresolved)
        return;  // never chosen anyway
    const QString host = c.host;
    const int i = m_host->findText(host);
    if (i >= 0) {
        const QSignalBlocker blocker(m_host);
        m_host->setCurrentIndex(i);
    }
    setHostDown(host, c.state != CandidateState::Down);
}

QString LivePanel::currentHost() const
{
    return m_host->currentText();
}

void LivePanel::updateHostControls()
{
    const QString host = currentHost();
    const bool any = !host.isEmpty();
    const QSignalBlocker b1(m_hostDown);
    const QSignalBlocker b2(m_limitOverride);
    const QSignalBlocker b3(m_limit);
    m_hostDown->setEnabled(any);
    m_limitOverride->setEnabled(any);
    m_hostDown->setChecked(any && m_whatIf.down.contains(host, Qt::CaseInsensitive));
    const auto it = m_whatIf.limits.constFind(host.toLower());
    const bool overridden = any && it != m_whatIf.limits.constEnd();
    m_limitOverride->setChecked(overridden);
    m_limit->setEnabled(overridden);
    if (overridden) {
        m_limit->setValue(*it < 0 ? 0 : *it);
    } else if (m_explanation) {
        // Start the override from the configured limit of the host.
        for (const Candidate &c : m_explanation->candidates) {
            if (c.host == host) {
                m_limit->setValue(c.limit < 0 ? 0 : c.limit);
                break;
            }
        }
    }
}

void LivePanel::refresh()
{
    const bool have = m_explanation.has_value();
    m_connections->setEnabled(have);
    m_host->setEnabled(have);
    m_resetWhatIf->setEnabled(have);
    if (!have) {
        m_model->clear();
        m_tiers->setExplanation({}, {}, -1, -1, 0, {});
        m_explain->clear();
        m_stepLabel->clear();
        m_stepWhy->clear();
        m_next = -1;
        for (QPushButton *b : {m_stepFirst, m_stepBack, m_stepNext, m_stepAll})
            b->setEnabled(false);
        {
            const QSignalBlocker blocker(m_host);
            m_host->clear();
        }
        updateHostControls();
        return;
    }
    const Explanation &ex = *m_explanation;
    const int n = int(ex.simulation.steps.size());

    // Host list for the what-if controls (resolved hosts only: the others are never chosen).
    QStringList hosts;
    for (const Candidate &c : ex.candidates) {
        if (c.state != CandidateState::Unresolved && !hosts.contains(c.host))
            hosts << c.host;
    }
    QStringList shownHosts;
    for (int i = 0; i < m_host->count(); ++i)
        shownHosts << m_host->itemText(i);
    if (hosts != shownHosts) {
        const QString keep = currentHost();
        const QSignalBlocker blocker(m_host);
        m_host->clear();
        m_host->addItems(hosts);
        m_host->setCurrentIndex(std::max(0, int(hosts.indexOf(keep))));
    }
    updateHostControls();

    QList<int> counts;
    int stepped = -1;
    int waiting = 0;
    QString waitingWhy;
    if (m_step < 0) {
        counts = ex.simulation.assigned;
        // As the console marks it: where a new delivery's first connection goes.
        m_next = ex.simulation.candidateAfter(0);
        waiting = ex.simulation.waiting;
        m_stepLabel->setText(tr("All %n connection(s) shown.", nullptr, n));
        m_stepWhy->setText(m_next >= 0 ? tr("The next connection goes to %1 (marked \u25b6).").arg(ex.candidates.at(m_next).host)
                                       : tr("A new connection would wait."));
    } else {
        counts = LiveText::countsAfter(ex, m_step);
        m_next = ex.simulation.candidateAfter(m_step);
        stepped = m_step > 0 ? ex.simulation.steps.at(m_step - 1).candidate : -1;
        for (int k = 0; k < m_step; ++k)
            waiting += ex.simulation.steps.at(k).candidate < 0 ? 1 : 0;
        m_stepLabel->setText(tr("Connection %1 of %2").arg(m_step).arg(n));
        if (m_step == 0) {
            m_stepWhy->setText(m_next >= 0 ? tr("No connection is open yet; the first goes to %1.").arg(ex.candidates.at(m_next).host)
                                           : tr("No connection is open yet; the first would wait."));
        } else {
            m_stepWhy->setText(LiveText::stepWhy(ex, m_step - 1));
        }
    }
    if (waiting > 0) {
        for (int k = (m_step < 0 ? n : m_step) - 1; k >= 0; --k) {
            if (ex.simulation.steps.at(k).candidate < 0) {
                waitingWhy = LiveText::stepWhy(ex, k);
                break;
            }
        }
    }
    m_tiers->showMessage(ex.candidates.isEmpty() ? (ex.nullMx ? tr("%1 publishes a null MX: it accepts no mail.").arg(ex.plan.domain)
                                                              : tr("No host can take mail for %1.").arg(ex.plan.domain))
                                                 : QString());
    m_tiers->setExplanation(ex, counts, m_next, stepped, waiting, waitingWhy);
    // Stepping: keep the host that took the connection in view.
    if (HostCard *card = m_tiers->card(stepped >= 0 ? stepped : m_next); card && m_step >= 0)
        m_tierScroll->ensureWidgetVisible(card);
    m_model->setExplanation(ex, counts, m_next);
    // Stepping or a what-if change rewrites the text: keep the reader's place.
    const int scroll = m_explain->verticalScrollBar()->value();
    m_explain->setHtml(LiveText::html(ex, m_changes, m_comparable));
    m_explain->verticalScrollBar()->setValue(scroll);

    const int at = m_step < 0 ? n : m_step;
    m_stepFirst->setEnabled(n > 0 && at > 0);
    m_stepBack->setEnabled(n > 0 && at > 0);
    m_stepNext->setEnabled(n > 0 && (m_step < 0 || m_step < n));
    m_stepAll->setEnabled(m_step >= 0);

    QString status = tr("%1 follows %2.").arg(ex.plan.domain, LiveText::routeSourceText(ex.plan));
    const auto snapshot = m_document->snapshot();
    if (snapshot && m_scope >= 0 && m_scope < snapshot->model().scopes().size()) {
        // Asked of the resolver on the current text, not compared as words.
        const ScopeResolution r = resolve(snapshot->model(), ex.plan.domain);
        if (r.routeSource.scope != m_scope)
            status += u' ' + tr("The selected scope does not decide this domain.");
    }
    if (m_lookup)
        status += u' ' + tr("Resolved through %1.").arg(m_lookup->describe());
    setStatus(status);
}

} // namespace rs::ui
