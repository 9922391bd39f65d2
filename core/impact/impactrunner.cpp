// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/impactrunner.h"

#include <QThread>

namespace rs {

struct ImpactRunner::Job {
    std::atomic_bool cancel = false;
};

ImpactRunner::ImpactRunner(QObject *parent)
    : QObject(parent)
{
}

ImpactRunner::~ImpactRunner()
{
    cancel();
    // The workers post to this object: they must be done before it goes.
    for (QThread *t : std::as_const(m_threads)) {
        t->wait();
        delete t;
    }
}

void ImpactRunner::cancel()
{
    if (m_job)
        m_job->cancel = true;
    m_job.reset();
}

void ImpactRunner::start(const ImpactSetup &setup)
{
    cancel();
    auto job = std::make_shared<Job>();
    m_job = job;
    // Answers go back through this object's event queue; a job that is no longer
    // m_job has been cancelled or replaced, and its answers are dropped there.
    QThread *worker = QThread::create([this, job, setup] {
        ImpactControl control;
        control.cancel = &job->cancel;
        control.progress = [this, job](const ImpactProgress &p) {
            QMetaObject::invokeMethod(
                this,
                [this, job, p] {
                    if (job == m_job)
                        emit progress(p);
                },
                Qt::QueuedConnection);
        };
        auto result = std::make_shared<const ImpactResult>(runImpact(setup, control));
        QMetaObject::invokeMethod(
            this,
            [this, job, result] {
                if (job != m_job || result->error.code == ImpactError::Code::Cancelled)
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
