#pragma once

#include <QString>

#include <algorithm>
#include <vector>

namespace rs {

/// Domain scope names to the first top-level scope of that name, for a file with
/// 100,000 of them: a sorted array of (hash of the name, scope). The threads that
/// build the route model hash and sort their own names while the names are fresh
/// in cache; joining the sorted runs and finding repeated names is then one linear
/// pass. A QHash<QString, int> took 10 ms to fill at that size, nearly all of it
/// waiting on memory, on the one thread that joins.
class ScopeNameIndex final
{
public:
    struct Entry {
        size_t hash;
        int scope;
        friend bool operator<(const Entry &a, const Entry &b)
        {
            return a.hash != b.hash ? a.hash < b.hash : a.scope < b.scope;
        }
    };
    /// A later scope whose name an earlier one already has.
    struct Repeat {
        int scope;
        int first;
    };

    static size_t hashOf(const QString &key);

    /// Joins runs that are each sorted; `keyOf(scope)` gives a scope's key, to tell
    /// names apart whose hashes are equal. Returns the repeats, in scope order.
    template<typename KeyOf>
    std::vector<Repeat> build(const std::vector<std::vector<Entry>> &runs, const KeyOf &keyOf)
    {
        join(runs);
        std::vector<Repeat> repeats;
        for (size_t i = 0; i < m_entries.size();) {
            size_t end = i + 1;
            while (end < m_entries.size() && m_entries[end].hash == m_entries[i].hash)
                ++end;
            // Usually one entry; several are one name declared again (or, very rarely,
            // names that share a hash), each in scope order.
            for (size_t j = i + 1; j < end; ++j) {
                const QString key = keyOf(m_entries[j].scope);
                for (size_t k = i; k < j; ++k) {
                    if (keyOf(m_entries[k].scope) == key) {  // k ascends: the first declaration
                        repeats.push_back({m_entries[j].scope, m_entries[k].scope});
                        break;
                    }
                }
            }
            i = end;
        }
        std::sort(repeats.begin(), repeats.end(), [](const Repeat &a, const Repeat &b) { return a.scope < b.scope; });
        return repeats;
    }

    /// The first scope whose key is `key`, or -1.
    template<typename KeyOf>
    int find(const QString &key, const KeyOf &keyOf) const
    {
        const size_t hash = hashOf(key);
        auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), Entry{hash, -1});
        for (; it != m_entries.cend() && it->hash == hash; ++it) {
            if (keyOf(it->scope) == key)
                return it->scope;
        }
        return -1;
    }

private:
    void join(const std::vector<std::vector<Entry>> &runs);
    std::vector<Entry> m_entries;
};

} // namespace rs
