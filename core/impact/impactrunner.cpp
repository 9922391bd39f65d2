// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/impactrunner.h"

namespace rs {

ImpactRunner::ImpactRunner(QObject *parent)
    : QObject(parent)
    , m_jobs(this)
{
}

ImpactRunner::~ImpactRunner() = default;

void ImpactRunner::cancel()
{
    m_jobs.cancel();
}

void ImpactRunner::start(const ImpactSetup &setup)
{
    m_jobs.start([this, setup](const LatestJob::JobPtr &job) {
        ImpactControl control;
        control.cancel = &job->cancel;
        control.progress = [this, job](const ImpactProgress &p) {
            m_jobs.post(job, [this, p] { emit progress(p); });
        };
        auto result = std::make_shared<const ImpactResult>(runImpact(setup, control));
        m_jobs.post(job, [this, result] {
            if (result->error.code == ImpactError::Code::Cancelled)
                return;
            m_jobs.finish();
            emit finished(result);
        });
    });
}

} // namespace rs
