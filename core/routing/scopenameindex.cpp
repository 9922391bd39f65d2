// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/scopenameindex.h"

#include <QHash>

namespace rs {

size_t ScopeNameIndex::hashOf(const QString &key)
{
    return qHash(key, size_t(0));  // fixed seed: every thread must agree
}

} // namespace rs
