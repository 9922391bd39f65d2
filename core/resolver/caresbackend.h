// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resolver/dnsbackend.h"

#include <QStringList>

#include <memory>

namespace rs::dns {

struct CaresOptions {
    /// "127.0.0.1", "127.0.0.1:5353", "[::1]:5353" or "::1". Empty: the system's resolver
    /// configuration (/etc/resolv.conf), as c-ares reads it by default.
    QStringList servers;
    int timeoutMs = 1000;  ///< per try; c-ares' own default (5 s x 4 tries) is far too long
    int tries = 2;
    /// No search domains, no hosts file, no environment: the exact name asked for goes to
    /// the configured servers and nowhere else (tests, reproducible explanations).
    bool hermetic = true;
    /// Bytes, 0 = system default. Also sets how many queries may be in flight at once:
    /// replies that arrive while the thread is busy wait in this buffer, and what does not
    /// fit is dropped by the kernel (then times out). The default (~208 KiB) holds about
    /// 250 small replies, so at most 100 queries are sent at a time; with a buffer given,
    /// one per KiB (at least 100). The others wait in order, their timeout not yet running.
    int socketReceiveBuffer = 0;
};

/// Lookups through c-ares 1.18, driven by the Qt event loop of the thread that owns the
/// object: socket notifiers for the sockets c-ares opens, one timer for its timeouts.
/// Nothing blocks, no threads are started.
class CaresBackend final : public Backend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaresBackend)
public:
    explicit CaresBackend(const CaresOptions &options = {}, QObject *parent = nullptr);
    ~CaresBackend() override;

    /// False when c-ares could not be set up (bad server list...): every query then answers
    /// Error with initError().
    bool isValid() const;
    QString initError() const;  ///< for logs and tests
    /// Why c-ares could not be set up, as a fact for interfaces to word.
    struct InitFailure {
        enum class Kind : quint8 { None, Library, BadServer };
        Kind kind = Kind::None;
        QString detail;  ///< c-ares' own words, or the server entry that is not an address
    };
    InitFailure initFailure() const;
    /// The servers the channel asks, "host:port" (the system's when none were given).
    QStringList servers() const;
    QString describe() const override;
    const CaresOptions &options() const;

protected:
    void start(quint64 id, const QString &name, QueryType type) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace rs::dns
