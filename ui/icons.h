// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace rs::ui {

/// An icon of resources/icons by file name without ".svg" (e.g. "domain").
QIcon icon(const QString &name);

} // namespace rs::ui
