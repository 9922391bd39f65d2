#include "routing/scopenameindex.h"

#include <QHash>

namespace rs {

size_t ScopeNameIndex::hashOf(const QString &key)
{
    return qHash(key, size_t(0));  // fixed seed: every thread must agree
}

void ScopeNameIndex::join(const std::vector<std::vector<Entry>> &runs)
{
    m_entries.clear();
    size_t total = 0;
    for (const auto &run : runs)
        total += run.size();
    m_entries.reserve(total);
    for (const auto &run : runs) {
        const auto middle = m_entries.insert(m_entries.end(), run.cbegin(), run.cend());
        std::inplace_merge(m_entries.begin(), middle, m_entries.end());
    }
}

} // namespace rs
