// SPDX-License-Identifier: GPL-3.0-or-later
#include "resolver/zonebackend.h"

#include "io/fileio.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <arpa/inet.h>
#include <ldns/ldns.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

namespace rs::dns {

namespace {

struct ZoneRecord {
    quint16 type = 0;
    quint32 ttl = 0;
    quint16 preference = 0;  ///< MX
    QString text;            ///< MX exchange, CNAME target (normalised) or address text
};

struct Zone {
    QString apex;
    QString source;
    bool failed = false;
    QHash<QString, QList<ZoneRecord>> names;
    QSet<QString> existing;  ///< names with records plus their ancestors up to the apex
};

QString rdfText(const ldns_rdf *rdf)
{
    char *s = rdf ? ldns_rdf2str(rdf) : nullptr;
    QString text = s ? QString::fromLatin1(s) : QString();
    free(s);  // NOLINT: allocated by ldns with malloc
    return text;
}

// normalizedName(rdfText(rdf)) for a domain name, without ldns_rdf2str(), which
// formats through printf and took a third of the time of loading a big zone. Names
// of letters, digits, '-', '_' and '*' are read from the wire form directly (what
// rdf2str writes for them, lower case, no final dot); anything else goes to ldns.
QString nameText(const ldns_rdf *rdf)
{
    if (!rdf || ldns_rdf_get_type(rdf) != LDNS_RDF_TYPE_DNAME)
        return normalizedName(rdfText(rdf));
    const uint8_t *d = ldns_rdf_data(rdf);
    const size_t size = ldns_rdf_size(rdf);
    QString out;
    out.reserve(qsizetype(size));
    for (size_t i = 0; i < size;) {
        const size_t len = d[i++];
        if (len == 0)
            return out;
        if (len > 63 || i + len > size)
            break;
        if (!out.isEmpty())
            out += u'.';
        for (size_t k = 0; k < len; ++k) {
            const char c = char(d[i + k]);
            const bool plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '*';
            if (c >= 'A' && c <= 'Z')
                out += QLatin1Char(char(c - 'A' + 'a'));
            else if (plain)
                out += QLatin1Char(c);
            else
                return normalizedName(rdfText(rdf));
        }
        i += len;
    }
    return normalizedName(rdfText(rdf));
}

// An A or AAAA rdf as text (inet_ntop, as ldns_rdf2str does).
QString addressText(const ldns_rdf *rdf)
{
    char buffer[INET6_ADDRSTRLEN] = {};
    const ldns_rdf_type t = rdf ? ldns_rdf_get_type(rdf) : LDNS_RDF_TYPE_NONE;
    if ((t == LDNS_RDF_TYPE_A && ldns_rdf_size(rdf) == 4 && inet_ntop(AF_INET, ldns_rdf_data(rdf), buffer, sizeof buffer))
        || (t == LDNS_RDF_TYPE_AAAA && ldns_rdf_size(rdf) == 16 && inet_ntop(AF_INET6, ldns_rdf_data(rdf), buffer, sizeof buffer)))
        return QString::fromLatin1(buffer);
    return rdfText(rdf);
}

bool isWithin(const QString &name, const QString &apex)
{
    return name == apex || apex.isEmpty()
        || (name.size() > apex.size() && name.endsWith(apex) && name.at(name.size() - apex.size() - 1) == u'.');
}

// The owner names of consecutive records are mostly the same: converted once.
struct OwnerCache {
    QByteArray wire;
    QString text;
    const QString &of(const ldns_rdf *rdf)
    {
        const QByteArrayView w(reinterpret_cast<const char *>(ldns_rdf_data(rdf)), qsizetype(ldns_rdf_size(rdf)));
        if (w != QByteArrayView(wire)) {
            wire = w.toByteArray();
            text = nameText(rdf);
        }
        return text;
    }
};

// Adds one record to the zone being read (names outside its apex are ignored).
void addRecord(Zone &z, const ldns_rr *rr, OwnerCache &owners)
{
    if (ldns_rr_get_class(rr) != LDNS_RR_CLASS_IN)
        return;
    const QString &owner = owners.of(ldns_rr_owner(rr));
    if (!isWithin(owner, z.apex))
        return;  // out-of-zone data: an authoritative server ignores it too
    ZoneRecord rec;
    rec.type = quint16(ldns_rr_get_type(rr));
    rec.ttl = ldns_rr_ttl(rr);
    const size_t fields = ldns_rr_rd_count(rr);
    switch (ldns_rr_get_type(rr)) {
    case LDNS_RR_TYPE_MX:
        if (fields < 2)
            return;
        rec.preference = ldns_rdf2native_int16(ldns_rr_rdf(rr, 0));
        rec.text = nameText(ldns_rr_rdf(rr, 1));
        break;
    case LDNS_RR_TYPE_CNAME:
        if (fields < 1)
            return;
        rec.text = nameText(ldns_rr_rdf(rr, 0));
        break;
    case LDNS_RR_TYPE_A:
    case LDNS_RR_TYPE_AAAA:
        if (fields < 1)
            return;
        rec.text = addressText(ldns_rr_rdf(rr, 0));
        break;
    default:
        break;  // kept only so that the name exists (NoData rather than NxDomain)
    }
    z.names[owner].append(rec);
    for (QString n = owner; isWithin(n, z.apex) && !z.existing.contains(n);) {
        z.existing.insert(n);
        const qsizetype dot = n.indexOf(u'.');
        if (n == z.apex || dot < 0)
            break;
        n = n.mid(dot + 1);
    }
}

} // namespace

QString ZoneLoadError::toString() const
{
    return line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message)
                    : QStringLiteral("%1: %2").arg(file, message);
}

struct ZoneBackend::Private {
    QList<Zone> zones;
    QList<ZoneLoadError> errors;
    QStringList sources;

    const Zone *zoneFor(const QString &name) const
    {
        const Zone *best = nullptr;
        for (const Zone &z : zones) {
            if (isWithin(name, z.apex) && (!best || z.apex.size() > best->apex.size()))
                best = &z;
        }
        return best;
    }
    Zone &zoneNamed(const QString &apex, const QString &source)
    {
        for (Zone &z : zones) {
            if (z.apex == apex)
                return z;  // several files may fill one zone
        }
        zones.append(Zone{apex, source, false, {}, {}});
        return zones.last();
    }
    void fail(const QString &origin, const QString &source, int line, const QString &message,
              ZoneLoadError::Problem problem, const QString &detail = {}, const IoError &io = {})
    {
        errors.append(ZoneLoadError{source, line, message, problem, detail, io});
        if (!origin.isEmpty())
            zoneNamed(normalizedName(origin), source).failed = true;
    }
    bool load(FILE *fp, const QString &origin, const QString &source);
    bool loadBytes(const QByteArray &bytes, const QString &origin, const QString &source)
    {
        // fmemopen wants a writable buffer in some libcs; ldns only reads it.
        QByteArray copy = bytes;
        FILE *fp = fmemopen(copy.data(), size_t(copy.size()), "r");
        if (!fp) {
            sources.append(source);
            const IoError io = IoError::fromErrno(errno, source, QStringLiteral("cannot read"));
            fail(origin, source, 0, io.reason, ZoneLoadError::Problem::Unreadable, {}, io);
            return false;
        }
        const bool ok = load(fp, origin, source);
        std::fclose(fp);
        return ok;
    }
};

bool ZoneBackend::Private::load(FILE *fp, const QString &origin, const QString &source)
{
    sources.append(source);
    ldns_rdf *originRdf = nullptr;
    if (!origin.isEmpty()) {
        const QByteArray o = normalizedName(origin).toLatin1() + '.';
        originRdf = ldns_dname_new_frm_str(o.constData());
        if (!originRdf) {
            fail(QString(), source, 0, QStringLiteral("not a domain name: \"%1\"").arg(origin),
                 ZoneLoadError::Problem::BadOrigin, origin);
            return false;
        }
    }
    // Record by record rather than ldns_zone_new_frm_fp_l, which leaks a record on every
    // syntax error (ldns 1.8.3); the reader keeps $ORIGIN, $TTL and the previous owner.
    // Each record is turned into a ZoneRecord and freed at once (ldns records of a 30 MB
    // zone held to the end took 1 GB); only records before the SOA wait for it.
    ldns_rdf *prev = originRdf ? ldns_rdf_clone(originRdf) : nullptr;
    uint32_t defaultTtl = 3600;
    int line = 1;
    Zone staged;  // moved into place only when the whole file read: a broken file answers ServFail
    bool haveSoa = false;
    std::vector<ldns_rr *> beforeSoa;
    OwnerCache owners;
    const auto freeAll = [&] {
        for (ldns_rr *rr : beforeSoa)
            ldns_rr_free(rr);
        beforeSoa.clear();
        if (originRdf)
            ldns_rdf_deep_free(originRdf);
        if (prev)
            ldns_rdf_deep_free(prev);
    };
    QString error;
    ZoneLoadError::Problem problem = ZoneLoadError::Problem::Syntax;
    int errorLine = 0;
    while (error.isEmpty() && !std::feof(fp) && !std::ferror(fp)) {
        ldns_rr *rr = nullptr;
        const int before = line;
        const ldns_status st = ldns_rr_new_frm_fp_l(&rr, fp, &defaultTtl, &originRdf, &prev, &line);
        switch (st) {
        case LDNS_STATUS_OK:
            if (haveSoa) {
                addRecord(staged, rr, owners);
                ldns_rr_free(rr);
            } else if (ldns_rr_get_type(rr) == LDNS_RR_TYPE_SOA) {
                haveSoa = true;
                staged.apex = nameText(ldns_rr_owner(rr));
                for (ldns_rr *early : beforeSoa) {
                    addRecord(staged, early, owners);
                    ldns_rr_free(early);
                }
                beforeSoa.clear();
                addRecord(staged, rr, owners);
                ldns_rr_free(rr);
            } else {
                beforeSoa.push_back(rr);
            }
            break;
        case LDNS_STATUS_SYNTAX_EMPTY:
        case LDNS_STATUS_SYNTAX_TTL:
        case LDNS_STATUS_SYNTAX_ORIGIN:
            if (rr)
                ldns_rr_free(rr);
            break;
        case LDNS_STATUS_SYNTAX_INCLUDE:
            error = QStringLiteral("$INCLUDE is not supported: load each file on its own");
            problem = ZoneLoadError::Problem::Include;
            errorLine = std::max(before, line);
            break;
        default:
            if (rr)
                ldns_rr_free(rr);
            error = QString::fromLatin1(ldns_get_errorstr_by_id(st));
            errorLine = std::max(before, line);
            break;
        }
    }
    freeAll();
    if (!error.isEmpty()) {
        fail(origin, source, std::max(errorLine, 1), error, problem,
             problem == ZoneLoadError::Problem::Syntax ? error : QString());
        return false;
    }
    if (!haveSoa) {
        fail(origin, source, 0, QStringLiteral("no SOA record: the zone's apex is unknown"), ZoneLoadError::Problem::NoSoa);
        return false;
    }
    Zone &z = zoneNamed(staged.apex, source);
    z.failed = false;
    if (z.names.isEmpty()) {
        z.names = std::move(staged.names);
        z.existing = std::move(staged.existing);
        return true;
    }
    for (auto it = staged.names.cbegin(); it != staged.names.cend(); ++it)  // several files fill one zone
        z.names[it.key()].append(it.value());
    z.existing.unite(staged.existing);
    return true;
}

ZoneBackend::ZoneBackend(QObject *parent)
    : Backend(parent)
    , d(std::make_unique<Private>())
{
}

ZoneBackend::~ZoneBackend() = default;

bool ZoneBackend::loadFile(const QString &path, const QString &origin)
{
    QString o = origin;
    if (o.isEmpty()) {
        o = QFileInfo(path).fileName();
        if (o.endsWith(QLatin1StringView(".zone")))
            o.chop(5);
    }
    if (path.startsWith(u':')) {
        // A Qt resource (the built-in lessons' zones) has no file to open.
        QFile resource(path);
        if (!resource.open(QIODevice::ReadOnly)) {
            d->sources.append(path);
            d->fail(o, path, 0, resource.errorString(), ZoneLoadError::Problem::Unreadable, {},
                    IoError{IoErrorCode::NotFound, path, QStringLiteral("cannot read"), resource.errorString()});
            return false;
        }
        return loadText(resource.readAll(), o, path);
    }
    // Through core/io: a directory, FIFO or device is an error at once (fopen() and
    // ldns used to spin on a directory's EISDIR or wait on a FIFO forever), and the
    // size is bounded before anything is parsed.
    IoResult<io::FileContent> content = io::readRegularFile(path, {kMaxZoneBytes, nullptr});
    if (!content) {
        d->sources.append(path);
        d->fail(o, path, 0, content.error().message(), ZoneLoadError::Problem::Unreadable, {}, content.error());
        return false;
    }
    if (content->bytes.isEmpty()) {
        d->sources.append(path);
        d->fail(o, path, 0, QStringLiteral("empty zone"), ZoneLoadError::Problem::Empty);
        return false;
    }
    return d->loadBytes(content->bytes, o, path);
}

bool ZoneBackend::loadText(const QByteArray &text, const QString &origin, const QString &sourceName)
{
    const QString source = sourceName.isEmpty() ? QStringLiteral("<text>") : sourceName;
    if (text.isEmpty()) {
        d->sources.append(source);
        d->fail(origin, source, 0, QStringLiteral("empty zone"), ZoneLoadError::Problem::Empty);
        return false;
    }
    if (text.size() > kMaxZoneBytes) {
        d->sources.append(source);
        d->fail(origin, source, 0, QStringLiteral("%1 bytes is over the limit of %2").arg(text.size()).arg(io::byteSizeText(kMaxZoneBytes)),
                ZoneLoadError::Problem::TooLarge);
        return false;
    }
    return d->loadBytes(text, origin, source);
}

void ZoneBackend::clear()
{
    d->zones.clear();
    d->errors.clear();
    d->sources.clear();
}

QList<ZoneLoadError> ZoneBackend::errors() const
{
    return d->errors;
}

QStringList ZoneBackend::zones() const
{
    QStringList out;
    for (const Zone &z : std::as_const(d->zones))
        out.append(z.apex);
    return out;
}

QString ZoneBackend::describe() const
{
    QStringList names;
    for (const QString &s : std::as_const(d->sources))
        names.append(QFileInfo(s).fileName());
    return QStringLiteral("zone %1").arg(names.isEmpty() ? QStringLiteral("(none)") : names.join(u", "));
}

Answer ZoneBackend::lookup(const QString &name, QueryType type) const
{
    Answer a;
    a.name = name;
    a.type = type;
    QString current = normalizedName(name);
    const Zone *zone = d->zoneFor(current);
    if (!zone) {
        a.status = Status::Refused;
        a.error = QStringLiteral("\"%1\" is in none of the loaded zones").arg(current);
        a.cause = Cause::OutsideZones;
        return a;
    }
    if (zone->failed) {
        a.status = Status::ServFail;
        a.error = QStringLiteral("zone %1 failed to load").arg(zone->apex);
        a.cause = Cause::ZoneNotLoaded;
        return a;
    }
    const quint16 wanted = quint16(type == QueryType::Mx ? LDNS_RR_TYPE_MX
                                   : type == QueryType::A ? LDNS_RR_TYPE_A : LDNS_RR_TYPE_AAAA);
    for (int hop = 0; hop <= 16; ++hop) {
        if (!isWithin(current, zone->apex)) {
            // An alias leaving the zone: an authoritative server answers with the CNAME only.
            a.status = Status::NoData;
            a.error = QStringLiteral("alias target %1 is outside zone %2").arg(current, zone->apex);
            a.cause = Cause::AliasLeavesZone;
            return a;
        }
        const auto it = zone->names.constFind(current);
        if (it == zone->names.constEnd()) {
            a.status = zone->existing.contains(current) ? Status::NoData : Status::NxDomain;
            a.error = a.status == Status::NxDomain ? QStringLiteral("%1 does not exist").arg(current)
                                                   : QStringLiteral("%1 has no %2 records").arg(current, queryTypeName(type));
            return a;
        }
        const ZoneRecord *alias = nullptr;
        for (const ZoneRecord &rec : *it) {
            if (rec.type == wanted) {
                if (type == QueryType::Mx)
                    a.mx.append(MxRecord{rec.preference, rec.text, rec.ttl});
                else
                    a.addresses.append(AddressRecord{rec.text, rec.ttl});
            } else if (rec.type == LDNS_RR_TYPE_CNAME) {
                alias = &rec;
            }
        }
        if (!a.mx.isEmpty() || !a.addresses.isEmpty()) {
            a.status = Status::NoError;
            return a;
        }
        if (!alias) {
            a.status = Status::NoData;
            a.error = QStringLiteral("%1 has no %2 records").arg(current, queryTypeName(type));
            return a;
        }
        a.cname = alias->text;
        current = alias->text;
    }
    a.status = Status::Error;
    a.error = QStringLiteral("CNAME chain longer than 16 links from %1").arg(name);
    a.cause = Cause::AliasChainTooLong;
    return a;
}

void ZoneBackend::start(quint64 id, const QString &name, QueryType type)
{
    deliver(id, lookup(name, type));  // inside start(): the base class queues it
}

} // namespace rs::dns
