// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulation/timesim.h"

#include "platform/latestjob.h"

#include <QObject>

#include <memory>

namespace rs {

/// Runs runTimeSimulation() on a worker thread for a view on the GUI thread: start()
/// returns at once; progress() and finished() arrive on the runner's own thread, and
/// only for the latest start(). A new start() or cancel() stops the run in flight
/// (its result is dropped), so a view can restart on every edit. The destructor stops
/// and waits for the worker.
class TimeSimRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeSimRunner)
public:
    explicit TimeSimRunner(QObject *parent = nullptr);
    ~TimeSimRunner() override;

    /// Simulates a copy of `setup` on a new low-priority thread.
    void start(const TimeSimSetup &setup);
    void cancel();
    bool isRunning() const { return m_jobs.isRunning(); }

signals:
    void progress(qint64 done, qint64 total);
    void finished(const rs::TimeSimResult &result);

private:
    LatestJob m_jobs;
};

} // namespace rs
