#pragma once

#include <QDialog>

class QComboBox;

namespace rs::ui {

/// Preferences: the interface language (applied at the next start).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    QComboBox *m_language;
};

} // namespace rs::ui
