// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulation/simulationinputs.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;
class QToolButton;

namespace rs {
class TimeSimRunner;
}

namespace rs::ui {

class LiveSession;
class SimulationChart;

/// The Simulation view: what happens to the live panel's domain (and binding, and
/// what-if) over time, as charts, with the traffic and outages set here. It
/// simulates on a worker thread (TimeSimRunner) whenever the explanation or an
/// input changes, debounced, and only while it is visible; a new run cancels the one
/// in flight. Play, pause and the step buttons move a marker through time.
class SimulationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulationView)

public:
    explicit SimulationView(LiveSession *session, QWidget *parent = nullptr);
    ~SimulationView() override;

    SimulationInputs inputs() const;
    void setInputs(const SimulationInputs &inputs);
    SimulationChart *chart() const { return m_chart; }

    /// Simulates again after a pause (edits come in bursts).
    void schedule();
    void runNow();
    bool isRunning() const;
    /// Runs started since construction (tests: an edit restarts the simulation).
    int runsStarted() const { return m_runsStarted; }
    /// The result shown; empty before the first run finished.
    const TimeSimResult &result() const { return m_result; }
    /// The domain the result is about.
    QString resultDomain() const { return m_resultDomain; }

    /// The step the time marker is at.
    int currentStep() const { return m_step; }
    void setCurrentStep(int step);
    void play();
    void pause();
    bool isPlaying() const { return m_play.isActive(); }

signals:
    /// A run finished and its result is shown.
    void resultShown();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *createInputs();
    QWidget *createTransport();
    void onSessionUpdated();
    void onFinished(const TimeSimResult &result);
    void refreshHosts();
    void refreshOutages();
    void refreshWhatIf();
    void refreshReadout();
    void addOutage();
    void removeOutage();
    void advance();
    void setStatus(const QString &text);

    LiveSession *m_session;
    TimeSimRunner *m_runner;
    SimulationChart *m_chart = nullptr;
    QTimer m_debounce;
    QTimer m_play;
    bool m_active = false;
    bool m_dirty = true;
    int m_seenExplanation = -1;
    QString m_seenKey;
    int m_runsStarted = 0;
    QList<Outage> m_outages;
    TimeSimResult m_result;
    QString m_resultDomain;
    QString m_pendingDomain;
    QList<Outage> m_resultOutages;
    int m_step = 0;

    QLabel *m_subject = nullptr;
    QLineEdit *m_duration = nullptr;
    QLineEdit *m_stepLength = nullptr;
    QLineEdit *m_rate = nullptr;
    QLineEdit *m_hostRate = nullptr;
    QSpinBox *m_runs = nullptr;
    QListWidget *m_outageList = nullptr;
    QComboBox *m_outageHost = nullptr;
    QLineEdit *m_outageFrom = nullptr;
    QLineEdit *m_outageTo = nullptr;
    QPushButton *m_addOutage = nullptr;
    QPushButton *m_removeOutage = nullptr;
    QLabel *m_whatIf = nullptr;
    QComboBox *m_measure = nullptr;
    QToolButton *m_first = nullptr;
    QToolButton *m_back = nullptr;
    QToolButton *m_playButton = nullptr;
    QToolButton *m_forward = nullptr;
    QToolButton *m_last = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_readout = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
};

} // namespace rs::ui
