// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a large ecelerity.conf-style file for benchmarks: global options and
// N Domain scopes in the styles found in real files (quoted and bare names,
// regexes, one-liners, multi-line lists, comments, Gateway, limits).
// Shape "operator" is another file of the same size class, as an ESP's looks: a
// comment or block comment every few stanzas, one regex stanza in eight, long
// route lists, pools of bindings with Domain and Host stanzas inside, CRLF.
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace {

// The "operator" shape (see the top of the file).
QByteArray operatorFile(int domains)
{
    QByteArray out;
    out.reserve(qsizetype(domains) * 140);
    out += "# Outbound policy of a sending platform (generated)\n"
           "Remote_SMTP_Port = 25\nMax_Outbound_Connections = 32\n"
           "Routes = ( \"smtp://hub.example.test?pref=1&type=a\" \"__mx__\" )\n\n";
    // Pools: 25 groups of 8 bindings, each binding with a few stanzas of its own.
    for (int g = 0; g < 25; ++g) {
        const QByteArray gn = QByteArray::number(g);
        out += "Binding_Group \"pool" + gn + "\" {\n  Max_Outbound_Connections = " + QByteArray::number(8 + g % 5)
            + "\n  Host \"/^mx[0-9]+[.]big" + gn + "[.]example$/\" {\n    Max_Outbound_Connections = 4\n  }\n";
        for (int b = 0; b < 8; ++b) {
            const QByteArray bn = gn + '-' + QByteArray::number(b);
            out += "  Binding \"ip" + bn + "\" {\n    Bind_Address = \"198.51." + QByteArray::number(g) + '.'
                + QByteArray::number(b + 10) + "\"\n"
                "    Domain \"gmail.example\" { Max_Outbound_Connections = 20 }\n"
                "    Domain \"/[.]yahoo[.]example$/\" {\n      Routes = ( \"smtp://relay" + bn
                + ".example.test?pref=5\" \"__mx__\" )\n    }\n  }\n";
        }
        out += "  Domain \"webmail.example\" {\n    Routes = ( \"smtp://partner" + gn + ".example.test?pref=5\" \"__mx__\" )\n  }\n}\n\n";
    }
    for (int i = 0; i < domains; ++i) {
        const QByteArray n = QByteArray::number(i);
        if (i % 5 == 0)
            out += "# customer account " + n + ", migrated from the old relay; see ticket OPS-" + n + "\n";
        else if (i % 5 == 3)
            out += "/* block " + n + ": volume tier " + QByteArray::number(i % 3) + ",\n   reviewed quarterly */\n";
        switch (i % 8) {
        case 4:
            out += "Domain \"d" + n + ".example.test\" {\n  Routes = ( \"smtp://smart" + n
                + ".example.test?pref=1\" \"__mx__\" ) # smart host first\n}\n";
            break;
        case 0: {
            // A long route list: smart hosts, then a tier of MX-style hosts.
            out += "Domain \"d" + n + ".example.test\" {\n  Routes = (\n";
            for (int k = 0; k < 8; ++k)
                out += "    \"smtp://mx" + QByteArray::number(k) + ".d" + n + ".example.test?pref=" + QByteArray::number(10 + (k / 2) * 10)
                    + "\"\n";
            out += "    \"__mx__\"\n  )\n  Max_Outbound_Connections = " + QByteArray::number(10 + i % 40) + "\n}\n";
            break;
        }
        case 1:
            out += "Domain \"d" + n + ".example.test\" {\n  Routes = ( \"smtp://192.0.2." + QByteArray::number(i % 250 + 1)
                + "?pref=10&port=2525\" \"smtp://198.51.100." + QByteArray::number(i % 250 + 1) + "?pref=20\" )\n}\n";
            break;
        case 2:
            out += "domain d" + n + ".example.test{ routes = (\"relay.example.test\") max_outbound_connections = 6 }\n";
            break;
        case 3:
            out += "Domain \"d" + n + ".example.test\" {\n  Gateway = \"10.0." + QByteArray::number(i % 250) + '.'
                + QByteArray::number(i % 200 + 1) + "\"\n  Remote_SMTP_Port = 587\n}\n";
            break;
        case 5:
            out += "Domain \"d" + n + ".example.test\" {\n  Outbound_Throttle_Messages = \"100/60\" # throttled\n"
                   "  Max_Outbound_Connections = 4\n}\n";
            break;
        case 6:
            out += "Domain \"/(?:^|[.])r" + n + "[.]example[.]test$/\" {\n  Routes = ( \"smtp://relay.example.test?pref=1\" \"__mx__\" )\n}\n";
            break;
        default:
            out += "Domain \"d" + n + ".example.test\" {\n  Routes = ( \"smtp://[2001:db8::" + QByteArray::number(i % 9999 + 1, 16)
                + "]?pref=5\" \"smtp://b" + n + ".example.test?pref=5&port=587\" \"smtp://c" + n + ".example.test?pref=9\" )\n}\n";
            break;
        }
    }
    out += "Host \"/^mx[0-9]+[.]example[.]test$/\" {\n  Max_Outbound_Connections = 8\n}\n";
    out.replace("\n", "\r\n");
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: gen_config OUT [DOMAINS=100000] [plain|operator]\n";
        return 2;
    }
    const int domains = args.size() > 2 ? args.at(2).toInt() : 100000;
    const bool operatorShape = args.size() > 3 && args.at(3) == u"operator";
    QFile f(args.at(1));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QTextStream(stderr) << "cannot write " << args.at(1) << '\n';
        return 2;
    }
    QByteArray out;
    out.reserve(qsizetype(domains) * 140);
    if (operatorShape) {
        out = operatorFile(domains);
        return f.write(out) == out.size() ? 0 : 2;
    }
    out += "# Generated benchmark configuration\n"
           "Remote_SMTP_Port = 25\nMax_Outbound_Connections = 32\n"
           "Routes = ( \"smtp://hub.example.test?pref=1&type=a\" \"__mx__\" )\n\n";
    for (int i = 0; i < domains; ++i) {
        const QByteArray n = QByteArray::number(i);
        switch (i % 8) {
        case 0:
            out += "Domain \"d" + n + ".example.test\" {\n  Routes = ( \"__mx__\" )\n}\n";
            break;
        case 1:
            out += "# customer " + n + "\nDomain \"d" + n + ".example.test\" {\n  Routes = (\n"
                   "    \"smtp://192.0.2." + QByteArray::number(i % 250 + 1) + "?pref=10\"\n"
                   "    \"smtp://mx" + n + ".example.test?pref=20&ttl=300\"\n  )\n"
                   "  Max_Outbound_Connections = 12\n}\n";
            break;
        case 2:
            out += "domain d" + n + ".example.test{ routes = (\"relay.example.test\") max_outbound_connections = 6 }\n";
            break;
        case 3:
            out += "Domain \"d" + n + ".example.test\" {\n  Gateway = \"10.0.0." + QByteArray::number(i % 250 + 1)
                + "\"\n  Remote_SMTP_Port = 2525\n}\n";
            break;
        case 4:
            out += "Domain \"d" + n + ".example.test\" {\n  Routes = ( \"smtp://smart" + n
                + ".example.test?pref=1\" \"__mx__\" ) # smart host first\n}\n";
            break;
        case 5:
            out += "Domain \"d" + n + ".example.test\" {\n  /* legacy */ Outbound_Throttle_Messages = \"100/60\"\n}\n";
            break;
        case 6:
            out += "Domain \"/(?:^|[.])r" + n + "[.]example[.]test$/\" {\n  Routes = ( \"relay.example.test\" )\n}\n";
            break;
        default:
            out += "Domain \"d" + n + ".example.test\" {\n  Routes = ( \"smtp://[2001:db8::" + QByteArray::number(i % 9999 + 1, 16)
                + "]?pref=5\" \"smtp://b" + n + ".example.test?pref=5&port=587\" )\n}\n";
            break;
        }
    }
    out += "Host \"/^mx[0-9]+[.]example[.]test$/\" {\n  Max_Outbound_Connections = 8\n}\n";
    if (f.write(out) != out.size())
        return 2;
    return 0;
}
