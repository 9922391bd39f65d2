// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/latestjob.h"

#include <QThread>

namespace rs {

LatestJob::~LatestJob()
{
    cancel();
    for (QThread *t : std::as_const(m_threads)) {
        t->wait();
        delete t;
    }
}

void LatestJob::cancel()
{
    if (m_current)
        m_current->cancel = true;
    m_current.reset();
}

void LatestJob::launch(std::function<void()> body)
{
    QThread *worker = QThread::create(std::move(body));
    m_threads.append(worker);
    QObject::connect(worker, &QThread::finished, m_owner, [this, worker] {
        m_threads.removeOne(worker);
        worker->deleteLater();
    });
    worker->start(QThread::LowPriority);
}

} // namespace rs
