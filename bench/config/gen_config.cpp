// Writes a large ecelerity.conf-style file for benchmarks: global options and
// N Domain scopes in the styles found in real files (quoted and bare names,
// regexes, one-liners, multi-line lists, comments, Gateway, limits).
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: gen_config OUT [DOMAINS=100000]\n";
        return 2;
    }
    const int domains = args.size() > 2 ? args.at(2).toInt() : 100000;
    QFile f(args.at(1));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QTextStream(stderr) << "cannot write " << args.at(1) << '\n';
        return 2;
    }
    QByteArray out;
    out.reserve(qsizetype(domains) * 120);
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
