// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace rs::ui {

/// "How MX routing works": the rules RouteScope applies, in plain language, with
/// the readings it chose where the Momentum documentation is silent.
class HelpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpDialog)

public:
    explicit HelpDialog(QWidget *parent = nullptr);

    static QString html();
};

} // namespace rs::ui
