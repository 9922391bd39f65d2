// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal: the "host[:port]" server strings of CaresOptions.

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace rs::dns {

struct ServerAddress {
    bool v6 = false;
    QByteArray bytes;  ///< 4 or 16 bytes, network order
    quint16 port = 53;
};

struct ServerList {
    QList<ServerAddress> servers;
    QString error;  ///< the first entry that is not an address, and why (logs, tests)
    QString badEntry;  ///< that entry
};

/// Accepts "192.0.2.1", "192.0.2.1:5353", "[2001:db8::1]:5353", "[2001:db8::1]" and a bare
/// "2001:db8::1" (then the port is 53: a bare v6 address has no room for one).
ServerList parseServerList(const QStringList &entries);
QString formatServer(const ServerAddress &server);

} // namespace rs::dns
