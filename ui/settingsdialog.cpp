#include "ui/settingsdialog.h"

#include "ui/appsettings.h"
#include "ui/translation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace rs::ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void SettingsDialog::accept()
{
    AppSettings::setLanguage(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace rs::ui
