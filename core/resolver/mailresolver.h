// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resolver/dnsbackend.h"
#include "resolver/mailhostset.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <unordered_map>

namespace rs::dns {

/// Resolves the mail hosts of a name over any Backend: the MX lookup, then A and AAAA of
/// every exchange at once (or of the name itself for implicit MX / AddressOnly).
/// Same contract as Backend: an id at once, finished(id, ...) exactly once later unless
/// cancelled, never from inside resolve().
class MailResolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailResolver)
public:
    using Callback = std::function<void(const MailHostSet &)>;

    /// The backend is not owned; it must outlive the resolver's lookups.
    explicit MailResolver(Backend *backend, QObject *parent = nullptr);
    ~MailResolver() override;

    quint64 resolve(const QString &name, MailLookupMode mode = MailLookupMode::MxWithFallback);
    quint64 resolve(const QString &name, MailLookupMode mode, const QObject *context, Callback callback);
    void cancel(quint64 id);
    void cancelAll();
    int pendingCount() const;
    Backend *backend() const { return m_backend; }

signals:
    void finished(quint64 id, const rs::dns::MailHostSet &result);

private:
    struct Job;
    quint64 begin(const QString &name, MailLookupMode mode, const QObject *context, Callback callback,
                  bool hasCallback);
    void onMx(quint64 jobId, const Answer &answer);
    void lookUpAddresses(Job &job, const QString &host);
    void onAddress(quint64 jobId, const QString &host, const Answer &answer);
    void finish(quint64 jobId);

    QPointer<Backend> m_backend;
    std::unordered_map<quint64, std::unique_ptr<Job>> m_jobs;
    quint64 m_nextId = 1;
};

} // namespace rs::dns
