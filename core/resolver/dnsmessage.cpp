// SPDX-License-Identifier: GPL-3.0-or-later
#include "resolver/dnsmessage.h"

#include <ares.h>
#include <arpa/inet.h>
#include <arpa/nameser.h>

namespace rs::dns {

namespace {

struct Reader {
    const unsigned char *buf;
    int len;

    quint16 u16(int at) const { return quint16((buf[at] << 8) | buf[at + 1]); }
    quint32 u32(int at) const
    {
        return (quint32(buf[at]) << 24) | (quint32(buf[at + 1]) << 16) | (quint32(buf[at + 2]) << 8)
            | quint32(buf[at + 3]);
    }
    /// Expands the name at `at`; advances `at` past it. False on a malformed name.
    bool name(int &at, QString *out) const
    {
        char *expanded = nullptr;
        long used = 0;
        if (at >= len || ares_expand_name(buf + at, buf, len, &expanded, &used) != ARES_SUCCESS)
            return false;
        if (out)
            *out = normalizedName(QString::fromLatin1(expanded));
        ares_free_string(expanded);
        at += int(used);
        return at <= len;
    }
};

struct Record {
    QString owner;
    quint16 type;
    quint32 ttl;
    int rdata;
    int rdlength;
};

} // namespace

ParsedMessage parseMessage(const unsigned char *buf, int len, QueryType type)
{
    ParsedMessage out;
    const Reader r{buf, len};
    auto fail = [&out](const char *why) {
        out.ok = false;
        out.error = QStringLiteral("malformed answer: %1").arg(QLatin1StringView(why));
        return out;
    };
    if (len < 12)
        return fail("shorter than a header");
    const int qdcount = r.u16(4);
    const int ancount = r.u16(6);
    int at = 12;
    QString qname;
    for (int i = 0; i < qdcount; ++i) {
        if (!r.name(at, i == 0 ? &qname : nullptr) || at + 4 > len)
            return fail("question");
        at += 4;
    }
    QList<Record> records;
    records.reserve(ancount);
    for (int i = 0; i < ancount; ++i) {
        Record rec;
        if (!r.name(at, &rec.owner) || at + 10 > len)
            return fail("answer record");
        rec.type = r.u16(at);
        const quint16 cls = r.u16(at + 2);
        // TTLs are unsigned 31 bits (RFC 2181 8): a set top bit means 0.
        rec.ttl = r.u32(at + 4);
        if (rec.ttl > 0x7fffffffu)
            rec.ttl = 0;
        rec.rdlength = r.u16(at + 8);
        rec.rdata = at + 10;
        at = rec.rdata + rec.rdlength;
        if (at > len)
            return fail("record data past the end");
        if (cls == ns_c_in)
            records.append(rec);
    }

    // Follow the chain the way a stub resolver does, at most 16 links (loops end there).
    QString current = qname;
    for (int hop = 0; hop < 16; ++hop) {
        const auto it = std::find_if(records.cbegin(), records.cend(), [&](const Record &rec) {
            return rec.type == ns_t_cname && rec.owner == current;
        });
        if (it == records.cend())
            break;
        int p = it->rdata;
        QString target;
        if (!r.name(p, &target))
            return fail("CNAME target");
        out.cname = target;
        current = target;
    }

    const quint16 wanted = type == QueryType::Mx ? ns_t_mx : type == QueryType::A ? ns_t_a : ns_t_aaaa;
    for (const Record &rec : std::as_const(records)) {
        if (rec.type != wanted || rec.owner != current)
            continue;
        if (type == QueryType::Mx) {
            if (rec.rdlength < 3)
                return fail("MX record");
            int p = rec.rdata + 2;
            MxRecord mx;
            mx.preference = r.u16(rec.rdata);
            if (!r.name(p, &mx.exchange) || p > rec.rdata + rec.rdlength)
                return fail("MX exchange");
            mx.ttl = rec.ttl;
            out.mx.append(mx);
        } else {
            const bool v6 = type == QueryType::Aaaa;
            if (rec.rdlength != (v6 ? 16 : 4))
                return fail(v6 ? "AAAA record" : "A record");
            char text[INET6_ADDRSTRLEN] = {};
            if (!inet_ntop(v6 ? AF_INET6 : AF_INET, buf + rec.rdata, text, sizeof text))
                return fail("address");
            out.addresses.append(AddressRecord{QString::fromLatin1(text), rec.ttl});
        }
    }
    out.ok = true;
    return out;
}

} // namespace rs::dns
