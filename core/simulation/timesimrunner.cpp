// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulation/timesimrunner.h"

namespace rs {

TimeSimRunner::TimeSimRunner(QObject *parent)
    : QObject(parent)
    , m_jobs(this)
{
}

TimeSimRunner::~TimeSimRunner() = default;

void TimeSimRunner::cancel()
{
    m_jobs.cancel();
}

void TimeSimRunner::start(const TimeSimSetup &setup)
{
    m_jobs.start([this, setup](const LatestJob::JobPtr &job) {
        TimeSimControl control;
        control.cancel = &job->cancel;
        control.progress = [this, job](qint64 done, qint64 total) {
            m_jobs.post(job, [this, done, total] { emit progress(done, total); });
        };
        auto result = std::make_shared<const TimeSimResult>(runTimeSimulation(setup, control));
        m_jobs.post(job, [this, result] {
            if (result->cancelled)
                return;
            m_jobs.finish();
            emit finished(*result);
        });
    });
}

} // namespace rs
