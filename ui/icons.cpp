// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include <QHash>

namespace rs::ui {

QIcon icon(const QString &name)
{
    // Views ask for decorations on every paint; loading an SVG icon each time is wasteful.
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(u":/icons/" + name + u".svg"));
    return *it;
}

} // namespace rs::ui
