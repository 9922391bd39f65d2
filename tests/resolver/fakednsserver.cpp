// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakednsserver.h"

#include <QNetworkDatagram>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUdpSocket>

#include <memory>

namespace rs::dns::test {

namespace wire {

namespace {

void putU16(QByteArray &out, quint16 v)
{
    out.append(char(v >> 8));
    out.append(char(v & 0xff));
}

void putU32(QByteArray &out, quint32 v)
{
    putU16(out, quint16(v >> 16));
    putU16(out, quint16(v & 0xffff));
}

quint16 u16(const QByteArray &m, qsizetype at)
{
    return quint16((quint8(m.at(at)) << 8) | quint8(m.at(at + 1)));
}

} // namespace

std::optional<Query> parseQuery(const QByteArray &message)
{
    if (message.size() < 12 || (quint8(message.at(2)) & 0x80) || u16(message, 4) < 1)
        return std::nullopt;
    Query q;
    q.id = u16(message, 0);
    qsizetype at = 12;
    QStringList labels;
    while (true) {
        if (at >= message.size())
            return std::nullopt;
        const int len = quint8(message.at(at));
        if (len == 0)
            break;
        if (len > 63 || at + 1 + len > message.size())
            return std::nullopt;  // queries never compress
        labels.append(QString::fromLatin1(message.mid(at + 1, len)).toLower());
        at += 1 + len;
    }
    at += 1;
    if (at + 4 > message.size())
        return std::nullopt;
    q.type = u16(message, at);
    q.name = labels.join(u'.');
    q.question = message.mid(12, at + 4 - 12);
    return q;
}

QByteArray encodeName(const QString &name)
{
    QByteArray out;
    const auto labels = name.split(u'.', Qt::SkipEmptyParts);
    for (const QString &label : labels) {
        const QByteArray l = label.toLatin1();
        out.append(char(l.size()));
        out.append(l);
    }
    out.append('\0');
    return out;
}

QByteArray header(quint16 id, quint8 rcode, quint16 qdcount, quint16 ancount, bool tc)
{
    QByteArray out;
    putU16(out, id);
    out.append(char(0x80 | 0x04 | (tc ? 0x02 : 0) | 0x01));  // QR AA [TC] RD
    out.append(char(0x80 | (rcode & 0x0f)));                 // RA, RCODE
    putU16(out, qdcount);
    putU16(out, ancount);
    putU16(out, 0);
    putU16(out, 0);
    return out;
}

QByteArray record(quint16 type, quint32 ttl, const QByteArray &rdata)
{
    QByteArray out("\xc0\x0c", 2);
    putU16(out, type);
    putU16(out, ClassIn);
    putU32(out, ttl);
    putU16(out, quint16(rdata.size()));
    out.append(rdata);
    return out;
}

QByteArray mxData(quint16 preference, const QString &exchange)
{
    QByteArray out;
    putU16(out, preference);
    out.append(encodeName(exchange));
    return out;
}

QByteArray addressData(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        QByteArray out;
        putU32(out, address.toIPv4Address());
        return out;
    }
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    return QByteArray(reinterpret_cast<const char *>(v6.c), 16);
}

} // namespace wire

using namespace wire;

FakeDnsServer::FakeDnsServer(QObject *parent)
    : QObject(parent)
{
}

FakeDnsServer::~FakeDnsServer() = default;

bool FakeDnsServer::listen(bool tcp)
{
    // A free UDP port first, then TCP on the same number; another process may hold that
    // one, so try a few.
    for (int attempt = 0; attempt < 20; ++attempt) {
        auto udp = std::make_unique<QUdpSocket>(this);
        if (!udp->bind(QHostAddress::LocalHost, 0))
            continue;
        const quint16 port = udp->localPort();
        std::unique_ptr<QTcpServer> server;
        if (tcp) {
            server = std::make_unique<QTcpServer>(this);
            if (!server->listen(QHostAddress::LocalHost, port))
                continue;
            connect(server.get(), &QTcpServer::newConnection, this, &FakeDnsServer::onTcpConnection);
        }
        connect(udp.get(), &QUdpSocket::readyRead, this, &FakeDnsServer::onUdp);
        m_udp = udp.release();
        m_tcp = server.release();
        m_port = port;
        return true;
    }
    return false;
}

void FakeDnsServer::addMx(const QString &name, quint16 preference, const QString &exchange, quint32 ttl)
{
    QByteArray rdata;
    rdata.append(char(preference >> 8));
    rdata.append(char(preference & 0xff));
    const QString suffix = u'.' + name;
    if (exchange.endsWith(suffix)) {
        // "mx1.many.test" under "many.test": its labels, then a pointer to the question name.
        rdata.append(encodeName(exchange.chopped(suffix.size())).chopped(1));
        rdata.append("\xc0\x0c", 2);
    } else {
        rdata.append(encodeName(exchange));
    }
    m_records[name].mx.append(record(TypeMx, ttl, rdata));
}

void FakeDnsServer::addAddress(const QString &name, const QString &address, quint32 ttl)
{
    const QHostAddress addr(address);
    Records &r = m_records[name];
    (addr.protocol() == QAbstractSocket::IPv4Protocol ? r.a : r.aaaa)
        .append(record(addr.protocol() == QAbstractSocket::IPv4Protocol ? TypeA : TypeAaaa, ttl, addressData(addr)));
}

void FakeDnsServer::setFault(const QString &name, Fault fault)
{
    m_faults.insert(name, fault);
}

int FakeDnsServer::udpQueries(const QString &name) const
{
    if (!name.isEmpty())
        return m_udpCount.value(name);
    int n = 0;
    for (const int c : m_udpCount)
        n += c;
    return n;
}

int FakeDnsServer::tcpQueries(const QString &name) const
{
    if (!name.isEmpty())
        return m_tcpCount.value(name);
    int n = 0;
    for (const int c : m_tcpCount)
        n += c;
    return n;
}

QByteArray FakeDnsServer::answer(const Query &q) const
{
    const auto it = m_records.constFind(q.name);
    if (it == m_records.constEnd())
        return header(q.id, RcodeNxDomain, 1, 0) + q.question;
    const QList<QByteArray> &rrs = q.type == TypeMx ? it->mx : q.type == TypeA ? it->a : it->aaaa;
    QByteArray out = header(q.id, RcodeNoError, 1, quint16(q.type == TypeMx || q.type == TypeA || q.type == TypeAaaa
                                                               ? rrs.size() : 0)) + q.question;
    if (q.type == TypeMx || q.type == TypeA || q.type == TypeAaaa) {
        for (const QByteArray &rr : rrs)
            out += rr;
    }
    return out;
}

QByteArray FakeDnsServer::reply(const Query &q, bool tcp, bool *closeAfterHalf)
{
    *closeAfterHalf = false;
    const Fault fault = m_faults.value(q.name, Fault::None);
    const QByteArray tcFlagged = header(q.id, RcodeNoError, 1, 0, true) + q.question;
    switch (fault) {
    case Fault::None: {
        const QByteArray full = answer(q);
        return !tcp && full.size() > 512 ? tcFlagged : full;
    }
    case Fault::Garbage: {
        QByteArray out;
        for (int i = 0; i < 64; ++i) {
            m_seed = m_seed * 1103515245u + 12345u;  // fixed sequence: the same bytes every run
            out.append(char(m_seed >> 16));
        }
        return out;
    }
    case Fault::GarbageRecords:
        // Two records promised; what follows is a label running past the end.
        return header(q.id, RcodeNoError, 1, 2) + q.question + QByteArray("\x3fgarbage\xff\x00\x01", 11);
    case Fault::PointerLoop: {
        QByteArray out = header(q.id, RcodeNoError, 1, 1) + q.question;
        const int self = int(out.size());
        out.append(char(0xc0 | (self >> 8)));
        out.append(char(self & 0xff));
        out.append(QByteArray("\x00\x01\x00\x01\x00\x00\x01\x2c\x00\x04\xc0\x00\x02\x01", 14));
        return out;
    }
    case Fault::WrongId: {
        QByteArray out = answer(q);
        out[0] = char(out.at(0) ^ 0x80);
        return out;
    }
    case Fault::WrongQuestion: {
        Query other = q;
        other.question = encodeName(QStringLiteral("other.invalid")) + q.question.right(4);
        return header(q.id, RcodeNoError, 1, 1) + other.question
            + record(TypeA, 300, addressData(QHostAddress(QStringLiteral("192.0.2.66"))));
    }
    case Fault::ShortHeader:
        return answer(q).left(7);
    case Fault::CutRecord:
        return answer(q).left(12 + q.question.size() + 5);
    case Fault::Truncated:
        return tcp ? answer(q) : tcFlagged;
    case Fault::OversizedUdp:
        return answer(q);
    case Fault::ServFail:
        return header(q.id, RcodeServFail, 1, 0) + q.question;
    case Fault::Refused:
        return header(q.id, RcodeRefused, 1, 0) + q.question;
    case Fault::FormErr:
        return header(q.id, RcodeFormErr, 1, 0) + q.question;
    case Fault::Silence:
        return {};
    case Fault::TcpSilence:
        return tcp ? QByteArray() : tcFlagged;
    case Fault::TcpCloseMidAnswer:
        *closeAfterHalf = tcp;
        return tcp ? answer(q) : tcFlagged;
    }
    return {};
}

void FakeDnsServer::onUdp()
{
    while (m_udp->hasPendingDatagrams()) {
        const QNetworkDatagram d = m_udp->receiveDatagram(65536);
        const auto q = parseQuery(d.data());
        if (!q)
            continue;
        ++m_udpCount[q->name];
        bool close = false;
        const QByteArray out = reply(*q, false, &close);
        if (out.isEmpty() || ++m_replies > m_replyLimit)
            continue;
        m_udp->writeDatagram(out, d.senderAddress(), quint16(d.senderPort()));
    }
}

void FakeDnsServer::onTcpConnection()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        ++m_tcpConnections;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onTcpData(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void FakeDnsServer::onTcpData(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("pending").toByteArray() + socket->readAll();
    while (buffer.size() >= 2) {
        const qsizetype len = (quint8(buffer.at(0)) << 8) | quint8(buffer.at(1));
        if (buffer.size() < 2 + len)
            break;
        const QByteArray message = buffer.mid(2, len);
        buffer.remove(0, 2 + len);
        const auto q = parseQuery(message);
        if (!q)
            continue;
        ++m_tcpCount[q->name];
        bool closeAfterHalf = false;
        const QByteArray out = reply(*q, true, &closeAfterHalf);
        if (out.isEmpty() || ++m_replies > m_replyLimit)
            continue;
        QByteArray framed;
        framed.append(char(out.size() >> 8));
        framed.append(char(out.size() & 0xff));
        framed.append(out);
        if (closeAfterHalf) {
            socket->write(framed.left(2 + out.size() / 2));
            socket->disconnectFromHost();  // after the bytes are out: the peer sees EOF
            return;
        }
        socket->write(framed);
    }
    socket->setProperty("pending", buffer);
}

} // namespace rs::dns::test
