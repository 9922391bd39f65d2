// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace rs::ui {

/// Preferences: the interface language (applied at the next start) and where the
/// live panel resolves (offline zone file or DNS server, timeout).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    QComboBox *m_language;
    QComboBox *m_liveSource;
    QLineEdit *m_zoneFile;
    QLineEdit *m_dnsServer;
    QSpinBox *m_timeout;
};

} // namespace rs::ui
