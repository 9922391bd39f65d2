// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the resolver tests: where the fixture's Knot listens, waiting for answers
// without blocking the event loop, a silent UDP server, and answers as comparable text.

#include "resolver/dnsbackend.h"
#include "resolver/mailresolver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QtTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <optional>

namespace rs::dns::test {

inline QString dataFile(const char *name)
{
    return QStringLiteral(ROUTESCOPE_DNS_DATA "/") + QLatin1StringView(name);
}

/// The port knot_dns listens on, or 0 when the test runs outside ctest's fixture.
inline int knotPort()
{
    const QByteArray file = qgetenv("ROUTESCOPE_KNOT_PORT_FILE");
    QFile f(QString::fromLocal8Bit(file));
    if (file.isEmpty() || !f.open(QIODevice::ReadOnly))
        return 0;
    return f.readAll().trimmed().toInt();
}

inline QString knotServer()
{
    return QStringLiteral("127.0.0.1:%1").arg(knotPort());
}

/// Runs the event loop until `done` or the deadline; never a fixed sleep.
template <typename Pred>
bool spinUntil(Pred done, int timeoutMs = 5000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    return done();
}

/// One query, waited for. `synchronous` reports whether the answer came inside query().
inline std::optional<Answer> ask(Backend &backend, const QString &name, QueryType type, bool *synchronous = nullptr,
                                 int timeoutMs = 5000)
{
    std::optional<Answer> got;
    QObject context;
    backend.query(name, type, &context, [&got](const Answer &a) { got = a; });
    if (synchronous)
        *synchronous = got.has_value();
    spinUntil([&] { return got.has_value(); }, timeoutMs);
    return got;
}

inline std::optional<MailHostSet> resolveMail(MailResolver &resolver, const QString &name, MailLookupMode mode,
                                              int timeoutMs = 5000)
{
    std::optional<MailHostSet> got;
    QObject context;
    resolver.resolve(name, mode, &context, [&got](const MailHostSet &r) { got = r; });
    spinUntil([&] { return got.has_value(); }, timeoutMs);
    return got;
}

/// "NOERROR cname=x | 10 a.example/3600 | 20 b.example/3600": records sorted, since
/// servers may reorder an RRset; the error text is left out (it differs per backend).
inline QString answerText(const Answer &a)
{
    QStringList records;
    for (const auto &mx : a.mx)
        records.append(QString::number(mx.preference) + u' ' + mx.exchange + u'/' + QString::number(mx.ttl));
    for (const auto &addr : a.addresses)
        records.append(addr.address + u'/' + QString::number(addr.ttl));
    std::sort(records.begin(), records.end());
    QString out = statusName(a.status);
    if (!a.cname.isEmpty())
        out += QStringLiteral(" cname=") + a.cname;
    for (const QString &r : std::as_const(records))
        out += QStringLiteral(" | ") + r;
    return out;
}

/// A UDP socket on 127.0.0.1 that never reads: queries to it time out.
class SilentServer final
{
public:
    SilentServer()
    {
        m_fd = ::socket(AF_INET, SOCK_DGRAM, 0);
        sockaddr_in sa{};
        sa.sin_family = AF_INET;
        sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof sa;
        if (m_fd >= 0 && ::bind(m_fd, reinterpret_cast<sockaddr *>(&sa), len) == 0
            && ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&sa), &len) == 0)
            m_port = ntohs(sa.sin_port);
    }
    ~SilentServer()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    SilentServer(const SilentServer &) = delete;
    SilentServer &operator=(const SilentServer &) = delete;
    int port() const { return m_port; }
    QString server() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }

private:
    int m_fd = -1;
    int m_port = 0;
};

/// A port on 127.0.0.1 where nothing listens (bound, then closed): ICMP port unreachable.
inline int closedPort()
{
    SilentServer s;
    return s.port();
}

} // namespace rs::dns::test
