// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "impact/impact.h"

#include "platform/latestjob.h"

#include <QObject>

#include <memory>

namespace rs {

/// Runs runImpact() on a worker thread for a view on the GUI thread (the Review
/// Changes view, the save dialog, the host view): start() returns at once; progress()
/// and finished() arrive on the runner's own thread, and only for the latest start().
/// A new start() or cancel() stops the run in flight (its result is dropped), so a
/// view can restart on every edit. The destructor stops and waits for the worker.
///
/// To review a document's unsaved texts against the files on disk:
///     ImpactSetup s;
///     s.before = ConfigSource::file(path);   // or built(model) loaded once with loadConfigSource()
///     s.after = ConfigSource::built(std::shared_ptr<const RouteModel>(snapshot, &snapshot->model()));
///     s.lookup.zoneFiles = {...};
///     runner->start(s);
class ImpactRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImpactRunner)
public:
    explicit ImpactRunner(QObject *parent = nullptr);
    ~ImpactRunner() override;

    /// Compares on a new low-priority thread (its DNS on that thread's event loop).
    void start(const ImpactSetup &setup);
    void cancel();
    bool isRunning() const { return m_jobs.isRunning(); }

signals:
    void progress(const rs::ImpactProgress &progress);
    /// The result, also when it failed (result->error); never for a cancelled run.
    void finished(std::shared_ptr<const rs::ImpactResult> result);

private:
    LatestJob m_jobs;
};

} // namespace rs
