// SPDX-License-Identifier: GPL-3.0-or-later
#include "resolver/caresbackend.h"

#include "resolver/dnsmessage.h"
#include "resolver/serverlist.h"

#include <QPointer>
#include <QSocketNotifier>
#include <QTimer>
#include <QUrl>

#include <ares.h>
#include <arpa/nameser.h>

#include <deque>
#include <vector>

namespace rs::dns {

namespace {

Status statusFromAres(int code)
{
    switch (code) {
    case ARES_SUCCESS: return Status::NoError;
    case ARES_ENODATA: return Status::NoData;
    case ARES_ENOTFOUND: return Status::NxDomain;
    case ARES_ESERVFAIL: return Status::ServFail;
    case ARES_EREFUSED: return Status::Refused;
    case ARES_ETIMEOUT: return Status::Timeout;
    case ARES_ECANCELLED:
    case ARES_EDESTRUCTION: return Status::Cancelled;
    default: return Status::Error;
    }
}

QString aresError(int code)
{
    return QString::fromUtf8(ares_strerror(code));
}

} // namespace

struct CaresBackend::Private {
    struct Watch {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
    };
    /// One per ares_query call; c-ares hands it back to the callback, which frees it.
    struct Request {
        Private *d;
        quint64 id;
        QString name;
        QueryType type;
    };

    explicit Private(CaresBackend *owner) : q(owner) {}

    static void onSocketState(void *data, ares_socket_t fd, int readable, int writable);
    static void onAnswer(void *arg, int status, int timeouts, unsigned char *abuf, int alen);

    void watch(ares_socket_t fd, bool readable, bool writable);
    static void retire(QSocketNotifier *&notifier);
    void process(ares_socket_t readFd, ares_socket_t writeFd);
    void rearmTimer();
    void flushReady();
    void send(quint64 id, const QString &name, QueryType type, const QByteArray &ace);
    void sendQueued();

    CaresBackend *q;
    CaresOptions options;
    ares_channel channel = nullptr;
    QString initError;
    CaresBackend::InitFailure initFailure;
    QStringList servers;
    QHash<ares_socket_t, Watch> sockets;
    QTimer timer;
    /// Answers c-ares produced inside ares_process_fd/ares_query: handed out only after it
    /// returned, so that a receiver deleting the backend never destroys the channel from
    /// inside one of its callbacks.
    std::vector<std::pair<quint64, Answer>> ready;
    /// Queries handed to c-ares and not answered yet, and the cap on them (see
    /// CaresOptions::socketReceiveBuffer): 640 queries at once lost a third of their
    /// replies to a full receive buffer, and the retries too (tst_dnsfaults, many MX).
    int inFlight = 0;
    int maxInFlight = 100;
    struct Queued {
        quint64 id;
        QString name;
        QueryType type;
        QByteArray ace;
    };
    std::deque<Queued> queue;
    bool destroying = false;
};

void CaresBackend::Private::onSocketState(void *data, ares_socket_t fd, int readable, int writable)
{
    static_cast<Private *>(data)->watch(fd, readable != 0, writable != 0);
}

void CaresBackend::Private::retire(QSocketNotifier *&notifier)
{
    if (!notifier)
        return;
    // c-ares may close this fd and open another with the same number within the same
    // ares_process_fd call: stop watching now, delete only once back in the event loop.
    notifier->setEnabled(false);
    notifier->deleteLater();
    notifier = nullptr;
}

void CaresBackend::Private::watch(ares_socket_t fd, bool readable, bool writable)
{
    if (!readable && !writable) {
        auto it = sockets.find(fd);
        if (it != sockets.end()) {
            retire(it->read);
            retire(it->write);
            sockets.erase(it);
        }
        return;
    }
    if (destroying)
        return;
    Watch &w = sockets[fd];
    // No parent: a notifier must outlive the backend until its deleteLater() runs.
    if (readable && !w.read) {
        w.read = new QSocketNotifier(fd, QSocketNotifier::Read);
        QObject::connect(w.read, &QSocketNotifier::activated, q, [this, fd, n = w.read] {
            if (sockets.value(fd).read == n)
                process(fd, ARES_SOCKET_BAD);
        });
    }
    if (w.read)
        w.read->setEnabled(readable);
    if (writable && !w.write) {
        w.write = new QSocketNotifier(fd, QSocketNotifier::Write);
        QObject::connect(w.write, &QSocketNotifier::activated, q, [this, fd, n = w.write] {
            if (sockets.value(fd).write == n)
                process(ARES_SOCKET_BAD, fd);
        });
    }
    // Level-triggered: a write notifier left on while nothing waits to be written spins.
    if (w.write)
        w.write->setEnabled(writable);
}

void CaresBackend::Private::process(ares_socket_t readFd, ares_socket_t writeFd)
{
    ares_process_fd(channel, readFd, writeFd);
    flushReady();
}

void CaresBackend::Private::flushReady()
{
    QPointer<CaresBackend> guard(q);
    // Answers free slots for queued queries, whose sending may answer at once in turn.
    while (true) {
        sendQueued();
        if (ready.empty())
            break;
        auto batch = std::move(ready);
        ready.clear();
        for (const auto &[id, answer] : batch) {
            q->deliver(id, answer);
            if (!guard)
                return;  // a receiver deleted the backend: d is gone too
        }
    }
    // ares_timeout walks every query in flight (c-ares 1.18), so it is not asked after
    // each answer: answers only move the earliest deadline later, and a timer that fires
    // early just processes nothing and re-arms. A single-shot timer that has fired is
    // inactive here, as is one never started. (Calling it every time cost 10% of a
    // 100-in-flight lookup run.)
    if (!timer.isActive())
        rearmTimer();
}

void CaresBackend::Private::send(quint64 id, const QString &name, QueryType type, const QByteArray &ace)
{
    const int dnsType = type == QueryType::Mx ? ns_t_mx : type == QueryType::A ? ns_t_a : ns_t_aaaa;
    auto *request = new Request{this, id, name, type};
    ++inFlight;
    if (options.hermetic)
        ares_query(channel, ace.constData(), ns_c_in, dnsType, &Private::onAnswer, request);
    else
        ares_search(channel, ace.constData(), ns_c_in, dnsType, &Private::onAnswer, request);
}

void CaresBackend::Private::sendQueued()
{
    while (inFlight < maxInFlight && !queue.empty()) {
        const Queued next = std::move(queue.front());
        queue.pop_front();
        if (q->isPending(next.id))  // not cancelled while it waited
            send(next.id, next.name, next.type, next.ace);
    }
}

void CaresBackend::Private::rearmTimer()
{
    timeval tv{};
    if (!ares_timeout(channel, nullptr, &tv)) {
        timer.stop();
        return;
    }
    const qint64 ms = qint64(tv.tv_sec) * 1000 + (tv.tv_usec + 999) / 1000;
    timer.start(int(std::min<qint64>(ms, 24 * 3600 * 1000)));
}

void CaresBackend::Private::onAnswer(void *arg, int status, int timeouts, unsigned char *abuf, int alen)
{
    std::unique_ptr<Request> request(static_cast<Request *>(arg));
    Private *d = request->d;
    --d->inFlight;
    if (d->destroying)
        return;  // ares_destroy from our destructor: nobody is left to tell
    Answer answer;
    answer.type = request->type;
    answer.name = request->name;
    answer.status = statusFromAres(status);
    if (status == ARES_SUCCESS || status == ARES_ENODATA || status == ARES_ENOTFOUND) {
        // NODATA/NXDOMAIN answers still carry the CNAME chain that led there.
        if (abuf && alen > 0) {
            const ParsedMessage msg = parseMessage(abuf, alen, request->type);
            if (!msg.ok) {
                answer.status = Status::Error;
                answer.error = msg.error;
                answer.cause = Cause::MalformedAnswer;
            } else {
                answer.cname = msg.cname;
                answer.mx = msg.mx;
                answer.addresses = msg.addresses;
                if (answer.status == Status::NoError && answer.mx.isEmpty() && answer.addresses.isEmpty())
                    answer.status = Status::NoData;  // only a CNAME to a name without the type
            }
        }
    }
    if (answer.status != Status::NoError && answer.error.isEmpty()) {
        answer.error = aresError(status);
        answer.cause = Cause::Library;
        if (status == ARES_ETIMEOUT)
            answer.error += QStringLiteral(" (%1 tries)").arg(timeouts);
    }
    d->ready.emplace_back(request->id, std::move(answer));
}

CaresBackend::CaresBackend(const CaresOptions &options, QObject *parent)
    : Backend(parent)
    , d(std::make_unique<Private>(this))
{
    d->options = options;
    d->maxInFlight = std::max(100, options.socketReceiveBuffer / 1024);
    d->timer.setSingleShot(true);
    d->timer.setTimerType(Qt::PreciseTimer);
    connect(&d->timer, &QTimer::timeout, this, [this] { d->process(ARES_SOCKET_BAD, ARES_SOCKET_BAD); });

    ares_library_init(ARES_LIB_INIT_ALL);  // reference-counted since 1.11

    ares_options opts{};
    int mask = 0;
    opts.sock_state_cb = &Private::onSocketState;
    opts.sock_state_cb_data = d.get();
    mask |= ARES_OPT_SOCK_STATE_CB;
    opts.timeout = std::max(1, options.timeoutMs);
    mask |= ARES_OPT_TIMEOUTMS;
    opts.tries = std::max(1, options.tries);
    mask |= ARES_OPT_TRIES;
    // Without NOCHECKRESP, SERVFAIL and REFUSED both become ECONNREFUSED after all tries;
    // routing needs to tell them apart, and a server that refuses will refuse again.
    opts.flags = ARES_FLAG_NOCHECKRESP;
    mask |= ARES_OPT_FLAGS;
    char lookups[] = "b";
    if (options.hermetic) {
        opts.lookups = lookups;
        mask |= ARES_OPT_LOOKUPS;
        opts.domains = nullptr;
        opts.ndomains = 0;
        mask |= ARES_OPT_DOMAINS;
        opts.ndots = 1;
        mask |= ARES_OPT_NDOTS;
        opts.flags |= ARES_FLAG_NOSEARCH | ARES_FLAG_NOALIASES;
    }
    if (options.socketReceiveBuffer > 0) {
        opts.socket_receive_buffer_size = options.socketReceiveBuffer;
        mask |= ARES_OPT_SOCK_RCVBUF;
    }
    const int rc = ares_init_options(&d->channel, &opts, mask);
    if (rc != ARES_SUCCESS) {
        d->channel = nullptr;
        d->initError = QStringLiteral("c-ares init: %1").arg(aresError(rc));
        d->initFailure = {InitFailure::Kind::Library, aresError(rc)};
        return;
    }
    if (!options.servers.isEmpty()) {
        const ServerList list = parseServerList(options.servers);
        if (!list.error.isEmpty()) {
            d->initError = list.error;
            d->initFailure = {InitFailure::Kind::BadServer, list.badEntry};
        } else {
            std::vector<ares_addr_port_node> nodes(size_t(list.servers.size()));
            for (size_t i = 0; i < nodes.size(); ++i) {
                const ServerAddress &s = list.servers.at(qsizetype(i));
                ares_addr_port_node &n = nodes[i];
                n.next = i + 1 < nodes.size() ? &nodes[i + 1] : nullptr;
                n.family = s.v6 ? AF_INET6 : AF_INET;
                if (s.v6)
                    std::memcpy(&n.addr.addr6, s.bytes.data(), 16);
                else
                    std::memcpy(&n.addr.addr4, s.bytes.data(), 4);
                n.udp_port = s.port;
                n.tcp_port = s.port;
            }
            const int src = ares_set_servers_ports(d->channel, nodes.data());
            if (src != ARES_SUCCESS) {
                d->initError = QStringLiteral("c-ares servers: %1").arg(aresError(src));
                d->initFailure = {InitFailure::Kind::Library, aresError(src)};
            }
        }
    }
    // What the channel really uses, for describe(): the system's servers when none given.
    ares_addr_port_node *servers = nullptr;
    if (ares_get_servers_ports(d->channel, &servers) == ARES_SUCCESS) {
        QStringList names;
        for (auto *n = servers; n; n = n->next) {
            ServerAddress s;
            s.v6 = n->family == AF_INET6;
            s.port = quint16(n->udp_port ? n->udp_port : 53);
            s.bytes.resize(s.v6 ? 16 : 4);
            std::memcpy(s.bytes.data(), s.v6 ? static_cast<const void *>(&n->addr.addr6)
                                             : static_cast<const void *>(&n->addr.addr4),
                        size_t(s.bytes.size()));
            names.append(formatServer(s));
        }
        ares_free_data(servers);
        d->servers = names;
    }
}

CaresBackend::~CaresBackend()
{
    // The channel first: ares_destroy still calls our callbacks (EDESTRUCTION, ignored) and
    // the socket-state callback for each socket, both of which need d alive.
    d->destroying = true;
    if (d->channel)
        ares_destroy(d->channel);
    d->channel = nullptr;
    for (auto &w : d->sockets) {
        Private::retire(w.read);
        Private::retire(w.write);
    }
    d->sockets.clear();
    ares_library_cleanup();
}

bool CaresBackend::isValid() const
{
    return d->channel && d->initError.isEmpty();
}

QString CaresBackend::initError() const
{
    return d->initError;
}

CaresBackend::InitFailure CaresBackend::initFailure() const
{
    return d->initFailure;
}

QStringList CaresBackend::servers() const
{
    return d->servers;
}

QString CaresBackend::describe() const
{
    if (!isValid())
        return QStringLiteral("c-ares (unusable: %1)").arg(d->initError);
    return QStringLiteral("c-ares %1").arg(d->servers.isEmpty() ? QStringLiteral("(no servers)") : d->servers.join(u','));
}

const CaresOptions &CaresBackend::options() const
{
    return d->options;
}

void CaresBackend::start(quint64 id, const QString &name, QueryType type)
{
    Answer failed;
    failed.type = type;
    failed.name = name;
    failed.status = Status::Error;
    if (!isValid()) {
        failed.error = d->initError;
        failed.cause = Cause::ResolverUnusable;
        deliver(id, failed);
        return;
    }
    const QString bare = name.endsWith(u'.') ? name.chopped(1) : name;
    // IDNs go out as A-labels; QUrl::toAce rejects what is no host name at all.
    const QByteArray ace = QUrl::toAce(bare);
    if (ace.isEmpty() || bare.isEmpty()) {
        failed.error = QStringLiteral("not a valid domain name: \"%1\"").arg(name);
        failed.cause = Cause::BadName;
        deliver(id, failed);
        return;
    }
    // Every query goes through the queue, so they go out in the order asked and never
    // past the cap; flushReady() sends what fits (c-ares answers some failures from
    // inside ares_query; the base class defers those).
    d->queue.push_back(Private::Queued{id, name, type, ace});
    d->flushReady();
}

} // namespace rs::dns
