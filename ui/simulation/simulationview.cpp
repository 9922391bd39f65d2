// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulation/simulationview.h"
#include "live/livetext.h"

#include "live/livesession.h"
#include "simulation/simulationchart.h"
#include "simulation/timesimrunner.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace rs::ui {

namespace {

// Longer than the live panel's pause: a simulation costs more than a lookup.
constexpr int debounceMs = 400;
// Playing shows a whole run in about 15 seconds, whatever its length.
constexpr int playTickMs = 100;
constexpr int playTicksPerRun = 150;

QString sessionKey(const LiveSession *s)
{
    return s->domain().trimmed().toLower() + u'\n' + s->binding().toLower();
}

} // namespace

SimulationView::SimulationView(LiveSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_runner(new TimeSimRunner(this))
{
    setObjectName(QStringLiteral("simulationView"));
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    m_play.setInterval(playTickMs);
    connect(&m_debounce, &QTimer::timeout, this, &SimulationView::runNow);
    connect(&m_play, &QTimer::timeout, this, &SimulationView::advance);

    m_chart = new SimulationChart(this);
    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    m_subject = new QLabel(this);
    m_subject->setObjectName(QStringLiteral("simulationSubject"));
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    right->addWidget(m_subject);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("simulationStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    right->addWidget(m_status);
    right->addWidget(createTransport());
    right->addWidget(m_chart, 1);
    m_readout = new QLabel(this);
    m_readout->setObjectName(QStringLiteral("simulationReadout"));
    m_readout->setWordWrap(true);
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readout->setAccessibleName(tr("Values at the time shown"));
    right->addWidget(m_readout);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("simulationInputs"));
    scroll->setWidget(createInputs());
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // As narrow as the labels and short fields allow: the charts get the rest.
    scroll->setFixedWidth(scroll->widget()->minimumSizeHint().width()
                          + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(scroll);
    layout->addLayout(right, 1);

    connect(m_session, &LiveSession::updated, this, &SimulationView::onSessionUpdated);
    connect(m_runner, &TimeSimRunner::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, 100);
        m_progress->setValue(total > 0 ? int(done * 100 / total) : 0);
    });
    connect(m_runner, &TimeSimRunner::finished, this, &SimulationView::onFinished);
    refreshHosts();
    refreshWhatIf();
    refreshReadout();
    m_chart->showMessage(tr("Choose a domain in the Live panel: the simulation follows its domain, binding and "
                            "what-if."));
}

SimulationView::~SimulationView() = default;

QWidget *SimulationView::createInputs()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 4, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto field = [&](QLineEdit *&edit, const QString &name, const QString &label, const QString &accessible,
                     const QString &tip) {
        edit = new QLineEdit(box);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setToolTip(tip);
        edit->setMaximumWidth(110);
        form->addRow(label, edit);
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            if (edit->isModified()) {
                edit->setModified(false);
                schedule();
            }
        });
    };
    const SimulationInputs defaults;
    field(m_duration, QStringLiteral("simulationDuration"), tr("&Duration:"), tr("Simulated duration"),
          tr("How long to simulate: 90s, 10m, 1h30m"));
    field(m_stepLength, QStringLiteral("simulationStep"), tr("S&tep:"), tr("Length of one time step"),
          tr("The length of one step of the simulation: 1s, 10s, 1m"));
    field(m_rate, QStringLiteral("simulationRate"), tr("&Arrivals:"), tr("Messages arriving for the domain"),
          tr("Messages arriving for the domain: 50/s, 300/m, 1/2s"));
    field(m_hostRate, QStringLiteral("simulationHostRate"), tr("Per co&nnection:"),
          tr("Messages one connection delivers per second"),
          tr("Messages one connection delivers per second (every host alike): 5/s, 1/2s"));
    m_runs = new QSpinBox(box);
    m_runs->setObjectName(QStringLiteral("simulationRuns"));
    m_runs->setAccessibleName(tr("Number of runs of the random pick"));
    m_runs->setToolTip(tr("The MTA picks a host at random within a tier; more runs give the 10-90 % band"));
    m_runs->setRange(1, kMaxSimulationRuns);
    m_runs->setMaximumWidth(110);
    form->addRow(tr("R&uns:"), m_runs);
    connect(m_runs, &QSpinBox::valueChanged, this, &SimulationView::schedule);

    // Outages: host down from-to.
    m_outageList = new QListWidget(box);
    m_outageList->setObjectName(QStringLiteral("simulationOutages"));
    m_outageList->setAccessibleName(tr("Outage windows"));
    m_outageList->setMaximumHeight(70);
    m_outageHost = new QComboBox(box);
    m_outageHost->setObjectName(QStringLiteral("simulationOutageHost"));
    m_outageHost->setAccessibleName(tr("Host of the new outage"));
    m_outageHost->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_outageHost->setMinimumContentsLength(12);
    m_outageFrom = new QLineEdit(box);
    m_outageFrom->setObjectName(QStringLiteral("simulationOutageFrom"));
    m_outageFrom->setAccessibleName(tr("Start of the outage"));
    m_outageFrom->setToolTip(tr("When the host goes down: 2m, 90s"));
    m_outageFrom->setText(QStringLiteral("2m"));
    m_outageTo = new QLineEdit(box);
    m_outageTo->setObjectName(QStringLiteral("simulationOutageTo"));
    m_outageTo->setAccessibleName(tr("End of the outage"));
    m_outageTo->setToolTip(tr("When the host is back: 4m"));
    m_outageTo->setText(QStringLiteral("4m"));
    m_addOutage = new QPushButton(tr("Add &Outage"), box);
    m_addOutage->setObjectName(QStringLiteral("simulationAddOutage"));
    m_removeOutage = new QPushButton(tr("Re&move"), box);
    m_removeOutage->setObjectName(QStringLiteral("simulationRemoveOutage"));
    m_removeOutage->setAccessibleName(tr("Remove the selected outage"));
    auto *window = new QHBoxLayout;
    window->addWidget(m_outageFrom);
    //: between the start and the end of an outage window
    window->addWidget(new QLabel(tr("to"), box));
    window->addWidget(m_outageTo);
    auto *outageButtons = new QHBoxLayout;
    outageButtons->addWidget(m_addOutage);
    outageButtons->addWidget(m_removeOutage);
    auto *outageLabel = new QLabel(tr("Host &down:"), box);
    outageLabel->setBuddy(m_outageHost);
    form->addRow(outageLabel, m_outageHost);
    form->addRow(tr("From:"), window);
    form->addRow(outageButtons);
    form->addRow(m_outageList);
    connect(m_addOutage, &QPushButton::clicked, this, &SimulationView::addOutage);
    connect(m_removeOutage, &QPushButton::clicked, this, &SimulationView::removeOutage);
    connect(m_outageList, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removeOutage->setEnabled(row >= 0); });

    m_whatIf = new QLabel(box);
    m_whatIf->setObjectName(QStringLiteral("simulationWhatIf"));
    m_whatIf->setWordWrap(true);
    m_whatIf->setToolTip(tr("Hosts marked down and limits set in the Live panel apply for the whole run"));
    form->addRow(m_whatIf);

    m_duration->setText(defaults.duration);
    m_stepLength->setText(defaults.step);
    m_rate->setText(defaults.rate);
    m_hostRate->setText(defaults.hostRate);
    {
        const QSignalBlocker blocker(m_runs);
        m_runs->setValue(defaults.runs);
    }
    m_removeOutage->setEnabled(false);
    return box;
}

QWidget *SimulationView::createTransport()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto tool = [bar](QStyle::StandardPixmap pixmap, const QString &name, const QString &accessible) {
        auto *b = new QToolButton(bar);
        b->setObjectName(name);
        b->setIcon(bar->style()->standardIcon(pixmap));
        b->setAccessibleName(accessible);
        b->setToolTip(accessible);
        b->setAutoRaise(true);
        return b;
    };
    m_first = tool(QStyle::SP_MediaSkipBackward, QStringLiteral("simulationFirst"), tr("Go to the start"));
    m_back = tool(QStyle::SP_MediaSeekBackward, QStringLiteral("simulationBack"), tr("One step back"));
    m_playButton = tool(QStyle::SP_MediaPlay, QStringLiteral("simulationPlay"), tr("Play"));
    m_forward = tool(QStyle::SP_MediaSeekForward, QStringLiteral("simulationForward"), tr("One step forward"));
    m_last = tool(QStyle::SP_MediaSkipForward, QStringLiteral("simulationLast"), tr("Go to the end"));
    m_slider = new QSlider(Qt::Horizontal, bar);
    m_slider->setObjectName(QStringLiteral("simulationTime"));
    m_slider->setAccessibleName(tr("Time shown"));
    m_slider->setRange(0, 0);
    m_time = new QLabel(bar);
    m_time->setObjectName(QStringLiteral("simulationTimeLabel"));
    m_time->setMinimumWidth(m_time->fontMetrics().horizontalAdvance(QStringLiteral("00h00m00s / 00h00m00s")));
    m_measure = new QComboBox(bar);
    m_measure->setObjectName(QStringLiteral("simulationMeasure"));
    m_measure->setAccessibleName(tr("What the host chart shows"));
    m_measure->addItem(tr("Connections"), int(SimulationChart::Measure::Connections));
    m_measure->addItem(tr("Messages delivered"), int(SimulationChart::Measure::Delivered));
    m_progress = new QProgressBar(bar);
    m_progress->setObjectName(QStringLiteral("simulationProgress"));
    m_progress->setAccessibleName(tr("Simulation progress"));
    m_progress->setMaximumWidth(90);
    m_progress->hide();
    for (QWidget *w : {static_cast<QWidget *>(m_first), static_cast<QWidget *>(m_back),
                       static_cast<QWidget *>(m_playButton), static_cast<QWidget *>(m_forward),
                       static_cast<QWidget *>(m_last)})
        row->addWidget(w);
    row->addWidget(m_slider, 1);
    row->addWidget(m_time);
    row->addWidget(m_progress);
    auto *showLabel = new QLabel(tr("S&how:"), bar);
    showLabel->setBuddy(m_measure);
    row->addWidget(showLabel);
    row->addWidget(m_measure);

    connect(m_first, &QToolButton::clicked, this, [this] { setCurrentStep(0); });
    connect(m_back, &QToolButton::clicked, this, [this] { setCurrentStep(m_step - 1); });
    connect(m_forward, &QToolButton::clicked, this, [this] { setCurrentStep(m_step + 1); });
    connect(m_last, &QToolButton::clicked, this, [this] { setCurrentStep(int(m_result.stepCount()) - 1); });
    connect(m_playButton, &QToolButton::clicked, this, [this] { isPlaying() ? pause() : play(); });
    connect(m_slider, &QSlider::valueChanged, this, &SimulationView::setCurrentStep);
    connect(m_measure, &QComboBox::activated, this, [this] {
        m_chart->setMeasure(SimulationChart::Measure(m_measure->currentData().toInt()));
    });
    return bar;
}

SimulationInputs SimulationView::inputs() const
{
    SimulationInputs in;
    in.duration = m_duration->text().trimmed();
    in.step = m_stepLength->text().trimmed();
    in.rate = m_rate->text().trimmed();
    in.hostRate = m_hostRate->text().trimmed();
    in.runs = m_runs->value();
    in.outages = m_outages;
    return in;
}

void SimulationView::setInputs(const SimulationInputs &in)
{
    m_duration->setText(in.duration);
    m_stepLength->setText(in.step);
    m_rate->setText(in.rate);
    m_hostRate->setText(in.hostRate);
    {
        const QSignalBlocker blocker(m_runs);
        m_runs->setValue(in.runs);
    }
    m_outages = in.outages;
    refreshOutages();
    schedule();
}

void SimulationView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_active = true;
    onSessionUpdated();
    if (m_dirty && !m_debounce.isActive())
        m_debounce.start();
}

void SimulationView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Nobody looks: no work on edits until shown again.
    m_active = false;
    pause();
}

void SimulationView::onSessionUpdated()
{
    // Stepping through connections in the live panel changes nothing here; a new
    // explanation (an edit, a what-if) or another domain does.
    const QString key = sessionKey(m_session);
    const int shown = m_session->explanation() ? m_session->explanationsShown() : -1;
    refreshWhatIf();
    if (shown == m_seenExplanation && key == m_seenKey)
        return;
    m_seenExplanation = shown;
    m_seenKey = key;
    refreshHosts();
    schedule();
}

void SimulationView::schedule()
{
    // A result for text or inputs that are gone must not be shown: stop the run now.
    m_runner->cancel();
    m_dirty = true;
    if (m_active)
        m_debounce.start();
}

bool SimulationView::isRunning() const
{
    return m_debounce.isActive() || m_runner->isRunning();
}

void SimulationView::runNow()
{
    m_debounce.stop();
    if (!m_active)
        return;
    m_dirty = false;
    const auto &ex = m_session->explanation();
    if (!ex) {
        m_runner->cancel();
        m_progress->hide();
        m_result = {};
        m_resultDomain.clear();
        QString why;
        switch (m_session->idle()) {
        case LiveSession::Idle::NoDocument: why = tr("Open a configuration to simulate where its mail goes."); break;
        case LiveSession::Idle::LookupUnavailable:
            why = m_session->lookupProblems().isEmpty()
                ? tr("The Live panel has no zone file: choose one in Settings, or resolve through DNS.")
                : LiveText::setupText(m_session->lookupProblems());
            break;
        case LiveSession::Idle::NoDomain:
        case LiveSession::Idle::None:
            why = m_session->isResolving() ? tr("Resolving %1\u2026").arg(m_session->domain())
                                           : tr("Choose a domain in the Live panel: the simulation follows its "
                                                "domain, binding and what-if.");
            break;
        }
        m_chart->showMessage(why);
        setStatus({});
        refreshReadout();
        return;
    }
    const auto setup = SimulationSetupBuilder::build(inputs(), *ex);
    if (!setup) {
        m_runner->cancel();
        m_progress->hide();
        m_chart->showMessage(setup.error());
        setStatus(setup.error());
        return;
    }
    QStringList unmatched;
    for (const int i : outagesMatchingNothing(*setup))
        unmatched << setup->outages.at(i).host;
    setStatus(unmatched.isEmpty() ? QString()
                                          : tr("No candidate of %1 is called %2: its outage changes nothing.")
                                                .arg(ex->plan.domain, unmatched.join(u", ")));
    m_resultOutages = setup->outages;
    m_pendingDomain = ex->plan.domain;
    m_progress->setRange(0, 0);
    m_progress->show();
    ++m_runsStarted;
    m_runner->start(*setup);
}

void SimulationView::onFinished(const TimeSimResult &result)
{
    m_progress->hide();
    m_result = result;
    m_resultDomain = m_pendingDomain;
    m_chart->setResult(result, m_resultOutages);
    const int last = std::max(0, int(result.stepCount()) - 1);
    {
        const QSignalBlocker blocker(m_slider);
        m_slider->setRange(0, last);
    }
    setCurrentStep(std::min(m_step, last));
    emit resultShown();
}

void SimulationView::setCurrentStep(int step)
{
    const int last = std::max(0, int(m_result.stepCount()) - 1);
    m_step = std::clamp(step, 0, last);
    {
        const QSignalBlocker blocker(m_slider);
        m_slider->setValue(m_step);
    }
    m_chart->setCursorStep(m_step);
    refreshReadout();
}

void SimulationView::play()
{
    if (m_result.stepCount() == 0)
        return;
    if (m_step >= m_result.stepCount() - 1)
        setCurrentStep(0);
    m_play.start();
    m_playButton->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    m_playButton->setAccessibleName(tr("Pause"));
    m_playButton->setToolTip(tr("Pause"));
}

void SimulationView::pause()
{
    m_play.stop();
    if (!m_playButton)
        return;
    m_playButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_playButton->setAccessibleName(tr("Play"));
    m_playButton->setToolTip(tr("Play"));
}

void SimulationView::advance()
{
    const int n = int(m_result.stepCount());
    const int next = m_step + std::max(1, n / playTicksPerRun);
    setCurrentStep(next);
    if (next >= n - 1)
        pause();
}

void SimulationView::refreshHosts()
{
    // Outages can name any candidate the DNS resolved (the others never take mail).
    QStringList hosts;
    if (const auto &ex = m_session->explanation()) {
        for (const Candidate &c : ex->candidates) {
            if (c.state != CandidateState::Unresolved && !hosts.contains(c.host, Qt::CaseInsensitive))
                hosts << c.host;
        }
    }
    const QString keep = m_outageHost->currentText();
    m_outageHost->clear();
    m_outageHost->addItems(hosts);
    m_outageHost->setCurrentIndex(std::max(0, int(hosts.indexOf(keep))));
    m_outageHost->setEnabled(!hosts.isEmpty());
    m_addOutage->setEnabled(!hosts.isEmpty());
}

void SimulationView::refreshOutages()
{
    m_outageList->clear();
    for (const Outage &o : std::as_const(m_outages))
        //: an outage window: host, from, to
        m_outageList->addItem(tr("%1: %2 to %3").arg(o.host, durationText(o.start), durationText(o.end)));
    m_removeOutage->setEnabled(false);
}

void SimulationView::refreshWhatIf()
{
    const WhatIf &w = m_session->whatIf();
    QStringList parts;
    for (const QString &h : w.down)
        parts << tr("%1 down").arg(h);
    for (auto it = w.limits.cbegin(); it != w.limits.cend(); ++it)
        parts << (*it < 0 ? tr("%1 unlimited").arg(it.key()) : tr("%1 limited to %2").arg(it.key()).arg(*it));
    m_whatIf->setText(parts.isEmpty() ? tr("What-if of the Live panel: none.")
                                      : tr("What-if of the Live panel, for the whole run: %1.").arg(parts.join(u"; ")));
    if (const auto &ex = m_session->explanation()) {
        m_subject->setText(ex->plan.hasBinding()
                               ? tr("<b>%1</b> through binding <b>%2</b>, from the Live panel")
                                     .arg(ex->plan.domain.toHtmlEscaped(), ex->plan.binding.toHtmlEscaped())
                               : tr("<b>%1</b>, from the Live panel").arg(ex->plan.domain.toHtmlEscaped()));
    } else {
        m_subject->setText(tr("No domain: choose one in the Live panel."));
    }
}

void SimulationView::addOutage()
{
    const QString host = m_outageHost->currentText();
    const auto from = parseDuration(m_outageFrom->text().trimmed());
    const auto to = parseDuration(m_outageTo->text().trimmed());
    if (host.isEmpty())
        return;
    if (!from || !to || *to <= *from) {
        setStatus(tr("An outage needs a start and a later end: 2m to 4m."));
        return;
    }
    m_outages.append(Outage{host, *from, *to});
    refreshOutages();
    schedule();
}

void SimulationView::removeOutage()
{
    const int row = m_outageList->currentRow();
    if (row < 0 || row >= m_outages.size())
        return;
    m_outages.removeAt(row);
    refreshOutages();
    schedule();
}

void SimulationView::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void SimulationView::refreshReadout()
{
    const qsizetype n = m_result.stepCount();
    for (QWidget *w : {static_cast<QWidget *>(m_first), static_cast<QWidget *>(m_back),
                       static_cast<QWidget *>(m_playButton), static_cast<QWidget *>(m_forward),
                       static_cast<QWidget *>(m_last), static_cast<QWidget *>(m_slider)})
        w->setEnabled(n > 0);
    if (n == 0) {
        m_time->clear();
        m_readout->clear();
        return;
    }
    const int k = std::clamp(m_step, 0, int(n) - 1);
    const qint64 t = m_result.times.at(k);
    const qint64 end = m_result.times.last() + m_result.step;
    m_time->setText(tr("%1 of %2").arg(durationText(t), durationText(end)));
    const QLocale locale;
    const Band &q = m_result.queue.at(k);
    QString text = m_result.runs.size() > 1
        ? tr("At %1: %2 queued (10-90 %: %3 to %4).")
              .arg(durationText(t), locale.toString(q.median), locale.toString(q.low), locale.toString(q.high))
        : tr("At %1: %2 queued.").arg(durationText(t), locale.toString(q.median));
    for (const HostTimeline &h : std::as_const(m_result.hosts)) {
        QString state;
        switch (h.phase.value(k, HostPhase::Usable)) {
        case HostPhase::Down: state = tr("down"); break;
        case HostPhase::Unresolved: state = tr("unresolved"); break;
        case HostPhase::Absent: state = tr("not in the DNS answer"); break;
        case HostPhase::Usable:
            state = tr("%n connection(s) (expected %1)", nullptr, h.connections.at(k).median).arg(h.expected.value(k))
                + u", " + tr("%n delivered", nullptr, h.delivered.at(k).median);
            break;
        }
        text += u' ' + tr("%1: %2.").arg(h.host, state);
    }
    m_readout->setText(text);
}

} // namespace rs::ui
