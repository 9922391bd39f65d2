// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulation/timesimrunner.h"

#include <QThread>

namespace rs {

struct TimeSimRunner::Job {
    std::atomic_bool cancel = false;
};

TimeSimRunner::TimeSimRunner(QObject *parent)
    : QObject(parent)
{
}

TimeSimRunner::~TimeSimRunner()
{
    cancel();
    // The workers post to this object: they must be done before it goes.
    for (QThread *t : std::as_const(m_threads)) {
        t->wait();
        delete t;
    }
}

void TimeSimRunner::cancel()
{
    if (m_job)
        m_job->cancel = true;
    m_job.reset();
}

void TimeSimRunner::start(const TimeSimSetup &setup)
{
    cancel();
    auto job = std::make_shared<Job>();
    m_job = job;
    // Answers go back through this object's event queue; a job that is no longer
    // m_job has been cancelled or replaced, and its answers are dropped there.
    QThread *worker = QThread::create([this, job, setup] {
        TimeSimControl control;
        control.cancel = &job->cancel;
        control.progress = [this, job](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                this,
                [this, job, done, total] {
                    if (job == m_job)
                        emit progress(done, total);
                },
                Qt::QueuedConnection);
        };
        TimeSimResult result = runTimeSimulation(setup, control);
        QMetaObject::invokeMethod(
            this,
            [this, job, result = std::move(result)] {
                if (job != m_job || result.cancelled)
                    return;
                m_job.reset();
                emit finished(result);
            },
            Qt::QueuedConnection);
    });
    m_threads.append(worker);
    connect(worker, &QThread::finished, this, [this, worker] {
        m_threads.removeOne(worker);
        worker->deleteLater();
    });
    worker->start(QThread::LowPriority);
}

} // namespace rs
