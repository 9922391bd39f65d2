// SPDX-License-Identifier: GPL-3.0-or-later
#include "resolver/serverlist.h"

#include <arpa/inet.h>

namespace rs::dns {

namespace {

bool parsePort(QStringView text, quint16 *port)
{
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value == 0 || value > 65535)
        return false;
    *port = quint16(value);
    return true;
}

bool parseAddress(const QString &text, bool v6, QByteArray *bytes)
{
    bytes->resize(v6 ? 16 : 4);
    return inet_pton(v6 ? AF_INET6 : AF_INET, text.toLatin1().constData(), bytes->data()) == 1;
}

} // namespace

ServerList parseServerList(const QStringList &entries)
{
    ServerList out;
    for (const QString &raw : entries) {
        const QString entry = raw.trimmed();
        ServerAddress s;
        QString host = entry;
        bool ok = true;
        if (entry.startsWith(u'[')) {
            const qsizetype close = entry.indexOf(u']');
            ok = close > 0;
            if (ok) {
                host = entry.mid(1, close - 1);
                const QStringView rest = QStringView(entry).mid(close + 1);
                if (!rest.isEmpty())
                    ok = rest.startsWith(u':') && parsePort(rest.mid(1), &s.port);
            }
            s.v6 = true;
        } else if (entry.count(u':') == 1) {
            const qsizetype colon = entry.indexOf(u':');
            host = entry.left(colon);
            ok = parsePort(QStringView(entry).mid(colon + 1), &s.port);
        } else {
            s.v6 = entry.contains(u':');
        }
        if (!ok || !parseAddress(host, s.v6, &s.bytes)) {
            out.error = QStringLiteral("not a DNS server address: \"%1\" (want 192.0.2.1, 192.0.2.1:53, "
                                       "[2001:db8::1]:53 or 2001:db8::1)").arg(entry);
            out.badEntry = entry;
            out.servers.clear();
            return out;
        }
        out.servers.append(s);
    }
    return out;
}

QString formatServer(const ServerAddress &server)
{
    char text[INET6_ADDRSTRLEN] = {};
    inet_ntop(server.v6 ? AF_INET6 : AF_INET, server.bytes.constData(), text, sizeof text);
    const QString host = QString::fromLatin1(text);
    return server.v6 ? QStringLiteral("[%1]:%2").arg(host).arg(server.port)
                     : QStringLiteral("%1:%2").arg(host).arg(server.port);
}

} // namespace rs::dns
