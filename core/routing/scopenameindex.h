// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <vector>

namespace rs {

/// Domain scope names to the first top-level scope of that name, for files with
/// 100,000 of them: an open-addressing table of (hash of the name, scope) packed in
/// one integer. The threads that build the route model hash their names while the
/// names are fresh in cache; the table is filled in scope order afterwards, and the
/// fill finds the repeated names. Measured on a 100,000-domain file: a
/// QHash<QString, int> took about 10 ms to fill (it waits on memory for the string
/// keys at every probe), sorting the packed entries about 6 ms, this table about 2 ms.
class ScopeNameIndex final
{
public:
    /// The name's hash in the high 32 bits, the scope (> 0) in the low ones.
    using Entry = quint64;
    static Entry entry(size_t hash, int scope) { return (quint64(quint32(hash)) << 32) | quint32(scope); }
    static quint32 hashPart(Entry e) { return quint32(e >> 32); }
    static int scopePart(Entry e) { return int(quint32(e)); }
    static size_t hashOf(const QString &key);

    /// A later scope whose name an earlier one already has.
    struct Repeat {
        int scope;
        int first;
    };

    /// Indexes the entries of `runs`, which together list the scopes in ascending
    /// order; `keyOf(scope)` gives a scope's key, to tell apart names whose hashes
    /// are equal. Returns the repeats, in scope order.
    template<typename KeyOf>
    std::vector<Repeat> build(const std::vector<std::vector<Entry>> &runs, const KeyOf &keyOf)
    {
        size_t count = 0;
        for (const auto &run : runs)
            count += run.size();
        size_t capacity = 16;
        while (capacity < count * 2)  // at most half full: short probe runs
            capacity *= 2;
        m_slots.assign(capacity, kEmpty);
        std::vector<Repeat> repeats;
        for (const auto &run : runs) {
            for (const Entry e : run) {
                size_t slot = hashPart(e) & (capacity - 1);
                for (; m_slots[slot] != kEmpty; slot = (slot + 1) & (capacity - 1)) {
                    const Entry held = m_slots[slot];
                    if (hashPart(held) == hashPart(e) && keyOf(scopePart(held)) == keyOf(scopePart(e))) {
                        repeats.push_back({scopePart(e), scopePart(held)});  // held came first
                        break;
                    }
                }
                if (m_slots[slot] == kEmpty)
                    m_slots[slot] = e;
            }
        }
        return repeats;
    }

    /// The first scope whose key is `key`, or -1.
    template<typename KeyOf>
    int find(const QString &key, const KeyOf &keyOf) const
    {
        return find(hashOf(key), key, keyOf);
    }
    /// The same, for entries built with another hash of the keys: `hash` is that of `key`.
    template<typename KeyOf>
    int find(size_t keyHash, const QString &key, const KeyOf &keyOf) const
    {
        if (m_slots.empty())
            return -1;
        const size_t mask = m_slots.size() - 1;
        const quint32 hash = quint32(keyHash);
        for (size_t slot = hash & mask; m_slots[slot] != kEmpty; slot = (slot + 1) & mask) {
            if (hashPart(m_slots[slot]) == hash && keyOf(scopePart(m_slots[slot])) == key)
                return scopePart(m_slots[slot]);
        }
        return -1;
    }

private:
    static constexpr Entry kEmpty = 0;  // no entry is 0: scopes are > 0
    std::vector<Entry> m_slots;
};

} // namespace rs
