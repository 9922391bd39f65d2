// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <cstring>
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
    /// The hash entries are made with. Fixed: every thread must agree.
    static size_t hashOf(QStringView key) { return hashWith<false>(key).hash; }
    struct FoldedHash {
        size_t hash;  ///< hashOf() of the key with A-Z as a-z
        bool ascii;   ///< the key has no unit >= 0x80
    };
    /// hashOf(key.toLower()) without making the lowered key, for ASCII keys (`ascii`
    /// tells whether it was one: other keys need Unicode case folding).
    static FoldedHash foldedHashOf(QStringView key) { return hashWith<true>(key); }

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
    // Four UTF-16 units at a time, multiplied in, then MurmurHash3's finalizer so
    // that both the low bits (the slot) and the high ones (kept) spread.
    template<bool Fold>
    static FoldedHash hashWith(QStringView key)
    {
        const char16_t *p = key.utf16();
        qsizetype n = key.size();
        quint64 h = 0x9e3779b97f4a7c15ull ^ (quint64(n) * 0xc2b2ae3d27d4eb4full);
        quint64 seen = 0;  // every unit ORed in: tells ASCII keys
        auto mix = [&](quint64 x) {
            seen |= x;
            if constexpr (Fold)
                x = lowerAscii(x);
            h = (h ^ x) * 0xff51afd7ed558ccdull;
            h ^= h >> 29;
        };
        for (; n >= 4; p += 4, n -= 4) {
            quint64 x;
            std::memcpy(&x, p, sizeof x);
            mix(x);
        }
        if (n > 0) {
            quint64 x = 0;
            for (qsizetype i = 0; i < n; ++i)
                x |= quint64(p[i]) << (16 * i);
            mix(x);
        }
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdull;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53ull;
        h ^= h >> 33;
        return {size_t(h), (seen & 0xff80ff80ff80ff80ull) == 0};
    }
    // A-Z to a-z in four 16-bit lanes, others unchanged.
    static quint64 lowerAscii(quint64 x)
    {
        constexpr quint64 lanes = 0x0001000100010001ull;
        if ((x & (0xff80 * lanes)) == 0) {
            // Every lane below 0x80: bit 7 of lane + 0x3f is set from 'A' on, of
            // lane + 0x25 from '[' on; no carry leaves a lane.
            const quint64 upper = (x + 0x3f * lanes) & ~(x + 0x25 * lanes) & (0x80 * lanes);
            return x | (upper >> 2);
        }
        for (int shift = 0; shift < 64; shift += 16) {
            const quint64 u = (x >> shift) & 0xffff;
            if (u >= 'A' && u <= 'Z')
                x |= quint64(0x20) << shift;
        }
        return x;
    }

    static constexpr Entry kEmpty = 0;  // no entry is 0: scopes are > 0
    std::vector<Entry> m_slots;
};

} // namespace rs
