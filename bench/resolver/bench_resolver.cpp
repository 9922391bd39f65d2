// SPDX-License-Identifier: GPL-3.0-or-later
// Throughput of mail lookups (MX, then A and AAAA of the exchange) against a local server.
//
//   bench_resolver generate DIR COUNT       zone + dnsperf query file + domain list
//   bench_resolver cares SERVER DOMAINS [CONCURRENCY] [ROUNDS]
//   bench_resolver qdns  ADDRESS DOMAINS [CONCURRENCY] [LIMIT]
//
// Prints one line "RESULT <name> <lookups> <seconds> <lookups/s>" for bench/resolver/run.

#include "resolver/caresbackend.h"
#include "resolver/mailresolver.h"

#include <QCoreApplication>
#include <QDir>
#include <QDnsLookup>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace rs::dns;

namespace {

int usage()
{
    std::fprintf(stderr, "usage: bench_resolver generate DIR COUNT | cares SERVER DOMAINS [CONC] [ROUNDS] | "
                         "qdns ADDRESS DOMAINS [CONC] [LIMIT]\n");
    return 2;
}

void result(const char *name, qint64 lookups, qint64 ns)
{
    const double seconds = double(ns) / 1e9;
    std::printf("RESULT %s %lld %.3f %.0f\n", name, static_cast<long long>(lookups), seconds, double(lookups) / seconds);
}

int generate(const QString &dir, int count)
{
    QDir().mkpath(dir);
    QFile zone(dir + QStringLiteral("/bench.test.zone"));
    QFile queries(dir + QStringLiteral("/dnsperf-queries.txt"));
    QFile domains(dir + QStringLiteral("/domains.txt"));
    if (!zone.open(QIODevice::WriteOnly) || !queries.open(QIODevice::WriteOnly) || !domains.open(QIODevice::WriteOnly))
        return 1;
    QTextStream z(&zone), q(&queries), d(&domains);
    z << "$ORIGIN bench.test.\n$TTL 3600\n@ IN SOA ns hostmaster 1 3600 600 86400 300\n@ IN NS ns\nns IN A 127.0.0.1\n";
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("d%1").arg(i, 5, 10, QLatin1Char('0'));
        // 198.18.0.0/15 is reserved for benchmarks (RFC 2544).
        z << name << " IN MX 10 mx." << name << "\nmx." << name << " IN A 198.18." << (i / 250) << '.' << (i % 250 + 1)
          << '\n';
        const QString fqdn = name + QStringLiteral(".bench.test");
        // The same work MailResolver does per domain: MX, then A and AAAA of the exchange.
        q << fqdn << " MX\nmx." << fqdn << " A\nmx." << fqdn << " AAAA\n";
        d << fqdn << '\n';
    }
    return 0;
}

QStringList readDomains(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

/// Runs `total` jobs with at most `concurrency` in flight; `startOne(i, done)` starts job i.
void pump(int total, int concurrency, const std::function<void(int, std::function<void(bool)>)> &startOne, int *failures)
{
    int next = 0, finished = 0;
    std::function<void()> launch;
    std::function<void(bool)> done = [&](bool ok) {
        ++finished;
        if (!ok)
            ++*failures;
        if (next < total)
            launch();
        else if (finished == total)
            QCoreApplication::quit();
    };
    launch = [&] { startOne(next++, done); };
    for (int i = 0; i < std::min(concurrency, total); ++i)
        launch();
    if (total > 0)
        QCoreApplication::exec();
}

int benchCares(const QString &server, const QStringList &domains, int concurrency, int rounds)
{
    CaresOptions o;
    o.servers = {server};
    o.timeoutMs = 2000;
    o.tries = 3;
    o.socketReceiveBuffer = 1 << 20;
    CaresBackend backend(o);
    MailResolver resolver(&backend);
    QObject context;
    const int total = int(domains.size()) * rounds;
    int failures = 0;
    QElapsedTimer t;
    t.start();
    pump(total, concurrency, [&](int i, std::function<void(bool)> done) {
        resolver.resolve(domains.at(i % domains.size()), MailLookupMode::MxWithFallback, &context,
                         [done](const MailHostSet &r) { done(r.status == Status::NoError && r.resolvedCount() == 1); });
    }, &failures);
    const qint64 ns = t.nsecsElapsed();
    if (failures)
        std::fprintf(stderr, "cares: %d lookups failed\n", failures);
    result("routescope-cares", total, ns);
    return failures ? 1 : 0;
}

int benchQDns(const QString &address, const QStringList &domains, int concurrency, int limit)
{
    const QHostAddress ns(address);
    const int total = std::min(int(domains.size()), limit);
    int failures = 0;
    QObject context;
    QElapsedTimer t;
    t.start();
    pump(total, concurrency, [&](int i, std::function<void(bool)> done) {
        // MX first, then A and AAAA of the exchange at once: the work MailResolver does.
        auto *mx = new QDnsLookup(QDnsLookup::MX, domains.at(i), ns, &context);
        QObject::connect(mx, &QDnsLookup::finished, &context, [mx, ns, done, &context] {
            mx->deleteLater();
            if (mx->error() != QDnsLookup::NoError || mx->mailExchangeRecords().isEmpty()) {
                done(false);
                return;
            }
            const QString exchange = mx->mailExchangeRecords().constFirst().exchange();
            auto pending = std::make_shared<int>(2);
            auto ok = std::make_shared<bool>(false);
            for (const auto type : {QDnsLookup::A, QDnsLookup::AAAA}) {
                auto *addr = new QDnsLookup(type, exchange, ns, &context);
                QObject::connect(addr, &QDnsLookup::finished, &context, [addr, pending, ok, done] {
                    addr->deleteLater();
                    if (addr->error() == QDnsLookup::NoError && !addr->hostAddressRecords().isEmpty())
                        *ok = true;
                    if (--*pending == 0)
                        done(*ok);
                });
                addr->lookup();
            }
        });
        mx->lookup();
    }, &failures);
    const qint64 elapsed = t.nsecsElapsed();
    if (failures)
        std::fprintf(stderr, "qdns: %d lookups failed\n", failures);
    result("qdnslookup", total, elapsed);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return usage();
    const QString mode = args.at(1);
    if (mode == u"generate" && args.size() == 4)
        return generate(args.at(2), args.at(3).toInt());
    if (args.size() < 4)
        return usage();
    const QStringList domains = readDomains(args.at(3));
    if (domains.isEmpty()) {
        std::fprintf(stderr, "no domains in %s\n", qPrintable(args.at(3)));
        return 1;
    }
    const int concurrency = args.size() > 4 ? args.at(4).toInt() : 100;
    if (mode == u"cares")
        return benchCares(args.at(2), domains, concurrency, args.size() > 5 ? args.at(5).toInt() : 3);
    if (mode == u"qdns")
        return benchQDns(args.at(2), domains, concurrency, args.size() > 5 ? args.at(5).toInt() : 2000);
    return usage();
}
