#pragma once

#include <QString>
#include <QtGlobal>

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
    /// The name's hash in the high 32 bits, the scope in the low ones: sorting
    /// plain integers is about twice as fast as sorting pairs. Names that share a
    /// hash are told apart by key.
    using Entry = quint64;
    static Entry entry(size_t hash, int scope) { return (quint64(quint32(hash)) << 32) | quint32(scope); }
    static quint32 hashPart(Entry e) { return quint32(e >> 32); }
    static int scopePart(Entry e) { return int(quint32(e)); }

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
            while (end < m_entries.size() && hashPart(m_entries[end]) == hashPart(m_entries[i]))
                ++end;
            // Usually one entry; several are one name declared again (or, very rarely,
            // names that share a hash), each in scope order.
            for (size_t j = i + 1; j < end; ++j) {
                const QString key = keyOf(scopePart(m_entries[j]));
                for (size_t k = i; k < j; ++k) {
                    if (keyOf(scopePart(m_entries[k])) == key) {  // k ascends: the first declaration
                        repeats.push_back({scopePart(m_entries[j]), scopePart(m_entries[k])});
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
        const Entry lowest = entry(hashOf(key), 0);
        for (auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), lowest);
             it != m_entries.cend() && hashPart(*it) == hashPart(lowest); ++it) {
            if (keyOf(scopePart(*it)) == key)
                return scopePart(*it);
        }
        return -1;
    }

private:
    void join(const std::vector<std::vector<Entry>> &runs);
    std::vector<Entry> m_entries;
};

} // namespace rs
