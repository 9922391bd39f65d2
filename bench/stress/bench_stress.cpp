// SPDX-License-Identifier: GPL-3.0-or-later
// The inputs that must work without stack overflow or quadratic time (issue: faults):
// a 50 MB config, a 1 MB single line, a route list of 10,000 entries, scopes nested
// 10,000 deep, 100,000 regex domains. Each is run at half and at full size: a time
// ratio near 2 means linear, near 4 quadratic. Prints the figures and exits 1 when a
// full-size run breaks the round trip or scales worse than 3x.
#include "config/configset.h"
#include "routing/explanation.h"
#include "routing/routeplan.h"
#include "routing/validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <functional>

namespace {

using namespace rs;

struct Figures {
    double parse = 0, model = 0, validate = 0, plan = 0, explain = 0;
    bool roundTrip = false;
    qsizetype diagnostics = 0;
    qsizetype candidates = 0;
    double total() const { return parse + model + validate + plan + explain; }
};

double seconds(const std::function<void()> &work)
{
    QElapsedTimer t;
    t.start();
    work();
    return double(t.nsecsElapsed()) / 1e9;
}

Figures measure(const QByteArray &bytes, const QString &domain)
{
    Figures f;
    std::optional<ConfigSet> config;
    f.parse = seconds([&] { config = ConfigSet::fromText(bytes, QStringLiteral("stress.conf"), false); });
    f.roundTrip = config->mainTree().serialize() == bytes;
    std::optional<RouteModel> model;
    f.model = seconds([&] { model = RouteModel::build(*config); });
    f.validate = seconds([&] { f.diagnostics = validate(*config, *model).size(); });
    std::optional<RoutePlan> plan;
    f.plan = seconds([&] { plan = planFor(*model, domain); });
    f.explain = seconds([&] {
        // IP literals need no DNS: the results list is all "not asked".
        const auto lookups = lookupsFor(*plan);
        const Explanation ex = explain(*plan, QList<std::optional<LookupResult>>(lookups.size()), {});
        f.candidates = ex.candidates.size();
    });
    return f;
}

QByteArray manyDomains(int n)
{
    QByteArray out = "Max_Outbound_Connections = 32\nRoutes = ( \"__mx__\" )\n";
    for (int i = 0; i < n; ++i) {
        const QByteArray s = QByteArray::number(i);
        out += "# customer " + s + "\nDomain \"d" + s + ".example.test\" {\n  Routes = (\n    \"smtp://192.0.2."
            + QByteArray::number(i % 250 + 1) + "?pref=10\"\n    \"smtp://mx" + s
            + ".example.test?pref=20&ttl=300\"\n  )\n  Max_Outbound_Connections = 12\n}\n";
    }
    return out;
}

QByteArray longLine(int bytes)
{
    QByteArray out = "Domain \"long.test\" { Routes = (";
    for (int i = 0; out.size() < bytes; ++i)
        out += " \"smtp://192.0." + QByteArray::number(i / 250 % 250) + '.' + QByteArray::number(i % 250 + 1)
            + "?pref=" + QByteArray::number(i % 100) + '"';
    return out + " ) }";  // no newline at all
}

QByteArray manyEntries(int n)
{
    QByteArray out = "Domain \"list.test\" {\n  Routes = (\n";
    for (int i = 0; i < n; ++i)
        out += "    \"smtp://10." + QByteArray::number(i / 65536 % 256) + '.' + QByteArray::number(i / 256 % 256) + '.'
            + QByteArray::number(i % 256) + "?pref=" + QByteArray::number(i % 50) + "\"\n";
    return out + "  )\n}\n";
}

QByteArray deepNesting(int depth)
{
    QByteArray out;
    for (int i = 0; i < depth; ++i)
        out += (i % 2 ? "Binding b" : "Binding_Group g") + QByteArray::number(i) + " {\n";
    out += "Domain \"deep.test\" { Routes = ( \"192.0.2.1\" ) }\n";
    for (int i = 0; i < depth; ++i)
        out += "}\n";
    return out;
}

QByteArray manyRegexes(int n)
{
    QByteArray out = "Routes = ( \"192.0.2.1\" )\n";
    for (int i = 0; i < n; ++i)
        out += "Domain \"/(?:^|[.])r" + QByteArray::number(i) + "[.]example[.]test$/\" {\n  Routes = ( \"192.0.2."
            + QByteArray::number(i % 250 + 1) + "\" )\n}\n";
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    struct Case {
        const char *name;
        std::function<QByteArray(double)> make;  ///< at a scale factor (0.5, 1)
        QString domain;
    };
    const QList<Case> cases{
        {"50 MB config (272,000 domains)", [](double s) { return manyDomains(int(272000 * s)); },
         QStringLiteral("d271999.example.test")},
        {"1 MB single line", [](double s) { return longLine(int(1 << 20) * s); }, QStringLiteral("long.test")},
        {"route list of 10,000 entries", [](double s) { return manyEntries(int(10000 * s)); },
         QStringLiteral("list.test")},
        {"scopes nested 10,000 deep", [](double s) { return deepNesting(int(10000 * s)); },
         QStringLiteral("deep.test")},
        {"100,000 regex domains", [](double s) { return manyRegexes(int(100000 * s)); },
         QStringLiteral("nomatch.example.test")},
    };
    bool ok = true;
    out << qSetFieldWidth(0);
    // An argument picks the cases whose name contains it ("regex", "nested"...).
    const QString only = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    for (const Case &c : cases) {
        if (!QLatin1StringView(c.name).contains(only))
            continue;
        const QByteArray half = c.make(0.5);
        const QByteArray full = c.make(1.0);
        // The faster of two runs: the machine is shared.
        auto best = [&](const QByteArray &bytes) {
            const Figures a = measure(bytes, c.domain);
            const Figures b = measure(bytes, c.domain);
            return a.total() <= b.total() ? a : b;
        };
        const Figures h = best(half);
        const Figures f = best(full);
        const double ratio = f.total() / std::max(h.total(), 1e-6);
        out << c.name << ": " << QString::number(double(full.size()) / 1e6, 'f', 1) << " MB, parse "
            << QString::number(f.parse * 1e3, 'f', 1) << " ms, model " << QString::number(f.model * 1e3, 'f', 1)
            << " ms, validate " << QString::number(f.validate * 1e3, 'f', 1) << " ms, plan "
            << QString::number(f.plan * 1e3, 'f', 1) << " ms, explain " << QString::number(f.explain * 1e3, 'f', 1)
            << " ms (" << f.candidates << " candidates, " << f.diagnostics << " diagnostics), round trip "
            << (f.roundTrip ? "ok" : "BROKEN") << "; full/half time " << QString::number(ratio, 'f', 2) << " (parse "
            << QString::number(f.parse / std::max(h.parse, 1e-6), 'f', 2) << ", model "
            << QString::number(f.model / std::max(h.model, 1e-6), 'f', 2) << ", validate "
            << QString::number(f.validate / std::max(h.validate, 1e-6), 'f', 2) << ")\n";
        out.flush();
        ok = ok && f.roundTrip && h.roundTrip && (ratio < 3.0 || f.total() < 0.05);
    }
    return ok ? 0 : 1;
}
