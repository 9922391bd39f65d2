// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaObject>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace rs {

/// The thread work of a runner that serves a view on the GUI thread (TimeSimRunner,
/// ImpactRunner): each start() runs a job on a new low-priority thread and cancels the
/// one before, whose answers are then dropped, so a view can restart on every edit.
/// Answers are posted to the owner's thread and delivered only while their job is the
/// latest. The destructor cancels and waits for every worker (they post to the owner,
/// which must outlive them): make it a member of the owner.
class LatestJob final
{
    Q_DISABLE_COPY_MOVE(LatestJob)
public:
    /// What a worker is given: its cancel flag, for the run's control.
    struct Job {
        std::atomic_bool cancel = false;
    };
    using JobPtr = std::shared_ptr<Job>;

    explicit LatestJob(QObject *owner) : m_owner(owner) {}
    ~LatestJob();

    /// Cancels the job in flight and runs `work(job)` on a new thread.
    template<typename Work>
    void start(Work work)
    {
        cancel();
        JobPtr job = std::make_shared<Job>();
        m_current = job;
        launch([work = std::move(work), job]() mutable { work(job); });
    }
    /// From the worker: runs `answer` on the owner's thread if `job` is still the latest.
    template<typename Answer>
    void post(const JobPtr &job, Answer answer) const
    {
        QMetaObject::invokeMethod(
            m_owner,
            [this, job, answer = std::move(answer)]() mutable {
                if (job == m_current)
                    answer();
            },
            Qt::QueuedConnection);
    }
    /// On the owner's thread, in the latest job's last answer: it is over.
    void finish() { m_current.reset(); }
    void cancel();
    bool isRunning() const { return m_current != nullptr; }

private:
    void launch(std::function<void()> body);

    QObject *m_owner;
    JobPtr m_current;             ///< the job whose answers are still wanted
    QList<QThread *> m_threads;   ///< workers not yet finished (a cancelled one may still be)
};

} // namespace rs
