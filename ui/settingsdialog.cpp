// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "appsettings.h"
#include "translation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QLabel>
#include <QLocale>

namespace rs::ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_liveSource(new QComboBox(this))
    , m_zoneFile(new QLineEdit(this))
    , m_dnsServer(new QLineEdit(this))
    , m_timeout(new QSpinBox(this))
{
    setWindowTitle(tr("Settings"));
    auto *form = new QFormLayout(this);
    m_language->setAccessibleName(tr("Interface language"));
    m_language->addItem(tr("System language"), QString());
    for (const QString &code : availableLanguages()) {
        const QLocale l(code);
        m_language->addItem(QLocale::languageToString(l.language()) + u" (" + l.nativeLanguageName() + u')', code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::language())));
    auto *label = new QLabel(tr("&Language:"), this);
    label->setBuddy(m_language);
    form->addRow(label, m_language);
    auto *note = new QLabel(tr("A new language takes effect when RouteScope starts again."), this);
    note->setWordWrap(true);
    form->addRow(note);

    // The live panel.
    auto *liveTitle = new QLabel(tr("<b>Live panel</b>"), this);
    form->addRow(liveTitle);
    m_liveSource->setAccessibleName(tr("Resolve the live panel through"));
    m_liveSource->addItem(tr("Offline zone file"), QStringLiteral("zone"));
    m_liveSource->addItem(tr("DNS server (c-ares)"), QStringLiteral("dns"));
    m_liveSource->setCurrentIndex(std::max(0, m_liveSource->findData(AppSettings::liveSource())));
    auto *sourceLabel = new QLabel(tr("Resolve &through:"), this);
    sourceLabel->setBuddy(m_liveSource);
    form->addRow(sourceLabel, m_liveSource);

    m_zoneFile->setAccessibleName(tr("Zone file"));
    m_zoneFile->setText(AppSettings::zoneFile());
    auto *browse = new QPushButton(tr("&Browse..."), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Zone File"), m_zoneFile->text(),
                                                          tr("Zone files (*.zone *.test *.db);;All files (*)"));
        if (!path.isEmpty())
            m_zoneFile->setText(path);
    });
    auto *zoneRow = new QHBoxLayout;
    zoneRow->addWidget(m_zoneFile, 1);
    zoneRow->addWidget(browse);
    auto *zoneLabel = new QLabel(tr("&Zone file:"), this);
    zoneLabel->setBuddy(m_zoneFile);
    form->addRow(zoneLabel, zoneRow);

    m_dnsServer->setAccessibleName(tr("DNS server"));
    m_dnsServer->setPlaceholderText(tr("System resolver"));
    m_dnsServer->setText(AppSettings::dnsServer());
    m_dnsServer->setToolTip(tr("host or host:port, e.g. 127.0.0.1:5353; empty uses the system's resolver"));
    auto *serverLabel = new QLabel(tr("DNS &server:"), this);
    serverLabel->setBuddy(m_dnsServer);
    form->addRow(serverLabel, m_dnsServer);

    m_timeout->setAccessibleName(tr("DNS timeout"));
    m_timeout->setRange(100, 60000);
    m_timeout->setSingleStep(500);
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setValue(AppSettings::dnsTimeoutMs());
    auto *timeoutLabel = new QLabel(tr("DNS time&out per try:"), this);
    timeoutLabel->setBuddy(m_timeout);
    form->addRow(timeoutLabel, m_timeout);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void SettingsDialog::accept()
{
    AppSettings::setLanguage(m_language->currentData().toString());
    AppSettings::setLiveSource(m_liveSource->currentData().toString());
    AppSettings::setZoneFile(m_zoneFile->text().trimmed());
    AppSettings::setDnsServer(m_dnsServer->text().trimmed());
    AppSettings::setDnsTimeoutMs(m_timeout->value());
    QDialog::accept();
}

} // namespace rs::ui
