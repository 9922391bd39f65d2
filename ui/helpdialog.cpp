// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpdialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rs::ui {

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("How MX routing works"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QTextBrowser(this);
    text->setAccessibleName(tr("Explanation"));
    text->setOpenExternalLinks(true);
    text->setHtml(html());
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 560);
}

QString HelpDialog::html()
{
    QString h;
    auto section = [&h](const QString &title, const QString &body) {
        h += u"<h3>" + title + u"</h3><p>" + body + u"</p>";
    };
    section(tr("Which scope decides"),
            tr("For a recipient domain, Momentum looks at the Domain scope with exactly that name, then the "
               "regex Domain scopes in the order they are written, then the global scope. The first of them "
               "that sets Routes or Gateway decides. When none does, mail goes to the domain's own MX hosts."));
    section(tr("Route entries"),
            tr("<b>__mx__</b> means the recipient domain's MX records. A host name is looked up by MX, falling "
               "back to its A/AAAA records; <b>type=a</b> asks for addresses only. An IP address is used as it "
               "is. A URI such as <tt>smtp://relay.example.net?pref=10&amp;port=2525</tt> sets the preference, "
               "TTL, port and lookup type of one entry."));
    section(tr("Preferences"),
            tr("Every candidate host gets one number; lower is tried first and equal numbers share the load. "
               "An entry with <b>pref=</b> gives that number to every host it yields, <b>__mx__</b> hosts keep "
               "their DNS MX preference, and an entry without pref= gets its position in the list (0, 1, 2, ...). "
               "RouteScope chose this last reading where the documentation is silent and warns where it "
               "reorders what the list suggests."));
    section(tr("Ports and limits"),
            tr("The port is the entry's port=, else Remote_SMTP_Port of the domain scope, else the global one, "
               "else 25. Max_Outbound_Connections of the domain (else global, else 32) caps the connections to "
               "the whole domain; in a Host scope it caps one host."));
    section(tr("Which host gets the next connection"),
            tr("Each connection goes to the lowest preference tier that has a reachable host below its limit, "
               "to the host of that tier with the fewest connections. A higher tier is used only when every "
               "host of the lower one is down or full. The running MTA picks at random among the hosts of a tier; "
               "RouteScope shows the expected spread."));
    return h;
}

} // namespace rs::ui
