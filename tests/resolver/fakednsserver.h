// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A scripted DNS server for fault tests: UDP and TCP on the same port of 127.0.0.1, only
// loopback, answering from a few records it is given, and misbehaving on purpose for the
// names it is told to (garbage, wrong IDs, truncation, SERVFAIL, silence, ...).
// The wire format is written by hand here, independent of what the code under test uses.

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QTcpServer;
class QTcpSocket;
class QUdpSocket;

namespace rs::dns::test {

/// DNS wire encoding, just enough for answers to c-ares' queries.
namespace wire {

enum : quint16 { TypeA = 1, TypeCname = 5, TypeMx = 15, TypeAaaa = 28, ClassIn = 1 };
enum : quint8 { RcodeNoError = 0, RcodeFormErr = 1, RcodeServFail = 2, RcodeNxDomain = 3, RcodeRefused = 5 };

struct Query {
    quint16 id = 0;
    QString name;           ///< lower case, no trailing dot
    quint16 type = 0;
    QByteArray question;    ///< the question section exactly as received (QNAME QTYPE QCLASS)
};

/// The first question of a query; nullopt when it is not one.
std::optional<Query> parseQuery(const QByteArray &message);
QByteArray encodeName(const QString &name);
/// QR=1, AA=1, RD copied as set, RA=1; `tc` sets TC.
QByteArray header(quint16 id, quint8 rcode, quint16 qdcount, quint16 ancount, bool tc = false);
/// A resource record owned by the question name (compression pointer to offset 12).
QByteArray record(quint16 type, quint32 ttl, const QByteArray &rdata);
QByteArray mxData(quint16 preference, const QString &exchange);
QByteArray addressData(const QHostAddress &address);

} // namespace wire

class FakeDnsServer final : public QObject
{
    Q_OBJECT
public:
    /// How the server treats every query for a name, over UDP / over TCP.
    enum class Fault {
        None,               ///< a correct answer (TC=1 over UDP when it exceeds 512 bytes)
        Garbage,            ///< 64 random bytes
        GarbageRecords,     ///< right header and question, then random bytes for two records
        PointerLoop,        ///< an answer record whose owner name is a pointer to itself
        WrongId,            ///< the correct answer with another message ID
        WrongQuestion,      ///< the correct answer to another name
        ShortHeader,        ///< the first 7 bytes of the correct answer
        CutRecord,          ///< the correct answer cut in the middle of its first record
        Truncated,          ///< UDP: TC=1 and no records; TCP: the correct answer
        OversizedUdp,       ///< UDP: the whole answer even past 512 bytes, no TC
        ServFail,
        Refused,
        FormErr,
        Silence,            ///< never answers
        TcpSilence,         ///< UDP: TC=1; TCP: reads the query, never answers
        TcpCloseMidAnswer,  ///< UDP: TC=1; TCP: the length and half the answer, then close
    };
    Q_ENUM(Fault)

    explicit FakeDnsServer(QObject *parent = nullptr);
    ~FakeDnsServer() override;

    /// Binds UDP and TCP to the same free port of 127.0.0.1 (`tcp` false: UDP only, the
    /// port refuses TCP connections).
    bool listen(bool tcp = true);
    quint16 port() const { return m_port; }
    QString server() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }

    void addMx(const QString &name, quint16 preference, const QString &exchange, quint32 ttl = 300);
    void addAddress(const QString &name, const QString &address, quint32 ttl = 300);
    /// Names without records: NXDOMAIN, unless some other type exists (then NODATA).
    void setFault(const QString &name, Fault fault);
    /// After this many replies the server falls silent: a runaway client cannot make the
    /// test spin forever.
    void setReplyLimit(int limit) { m_replyLimit = limit; }

    int udpQueries(const QString &name = {}) const;
    int tcpQueries(const QString &name = {}) const;
    int tcpConnections() const { return m_tcpConnections; }

    /// The correct answer to a query (no fault applied).
    QByteArray answer(const wire::Query &q) const;

private:
    struct Records {
        QList<QByteArray> mx, a, aaaa;  ///< encoded records
    };
    QByteArray reply(const wire::Query &q, bool tcp, bool *closeAfterHalf);
    void onUdp();
    void onTcpConnection();
    void onTcpData(QTcpSocket *socket);

    QUdpSocket *m_udp = nullptr;
    QTcpServer *m_tcp = nullptr;
    quint16 m_port = 0;
    QHash<QString, Records> m_records;
    QHash<QString, Fault> m_faults;
    QHash<QString, int> m_udpCount, m_tcpCount;
    int m_tcpConnections = 0;
    int m_replies = 0;
    int m_replyLimit = 20000;
    quint32 m_seed = 0x5eed;
};

} // namespace rs::dns::test
