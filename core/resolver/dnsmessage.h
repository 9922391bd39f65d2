// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal: reading answers out of a raw DNS message (c-ares hands us the wire format).

#include "resolver/dnsanswer.h"

namespace rs::dns {

struct ParsedMessage {
    bool ok = false;
    QString error;
    QString cname;                    ///< last target of the CNAME chain from the question name
    QList<MxRecord> mx;               ///< of the final name, with their TTLs
    QList<AddressRecord> addresses;   ///< of the final name, with their TTLs
};

/// Walks the answer section: follows the CNAME chain from the question name (bounded) and
/// takes the records of `type` owned by its end. ares_parse_mx_reply gives no TTLs, hence
/// our own reader (names still expanded by ares_expand_name).
ParsedMessage parseMessage(const unsigned char *buf, int len, QueryType type);

} // namespace rs::dns
