// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace rs {

/// What a configuration change does to one (domain, binding): several may hold at once.
/// The names of impactClassKey() are stable: `impact --format json` and `--fail-on`
/// use them, and scripts match them.
enum class ImpactClass : quint8 {
    SourceChanged,  ///< another option or stanza decides the routes, port or domain limit
    HostsAdded,     ///< a candidate host that was not one before
    HostsRemoved,   ///< a candidate host that is no longer one
    OrderChanged,   ///< the same hosts in other tiers or another order
    PortChanged,    ///< a host kept is reached on another port
    LimitChanged,   ///< the domain limit or the limit of a host kept differs
    SpreadChanged,  ///< the simulated connections per host differ (at the domain limit)
    Undeliverable,  ///< no usable host after, where there was one before
    Deliverable,    ///< a usable host after, where there was none before
};
inline constexpr int kImpactClassCount = 9;

/// A set of ImpactClass, in enum order when listed.
class ImpactClasses final
{
public:
    constexpr ImpactClasses() = default;
    constexpr void add(ImpactClass c) { m_bits = quint16(m_bits | bit(c)); }
    constexpr bool has(ImpactClass c) const { return (m_bits & bit(c)) != 0; }
    constexpr bool isEmpty() const { return m_bits == 0; }
    constexpr bool intersects(ImpactClasses other) const { return (m_bits & other.m_bits) != 0; }
    constexpr void unite(ImpactClasses other) { m_bits = quint16(m_bits | other.m_bits); }
    static constexpr ImpactClasses all() { ImpactClasses s; s.m_bits = (1u << kImpactClassCount) - 1; return s; }
    friend constexpr bool operator==(ImpactClasses, ImpactClasses) = default;

    template<typename Visit>
    void forEach(const Visit &visit) const
    {
        for (int i = 0; i < kImpactClassCount; ++i) {
            if (has(ImpactClass(i)))
                visit(ImpactClass(i));
        }
    }

private:
    static constexpr quint16 bit(ImpactClass c) { return quint16(1u << int(c)); }
    quint16 m_bits = 0;
};

/// `source-changed`, `hosts-added`, ... (stable names).
QString impactClassKey(ImpactClass c);
/// The class named by a key, or none.
std::optional<ImpactClass> impactClassFromKey(QStringView key);
/// The keys of a set, in enum order.
QStringList impactClassKeys(ImpactClasses classes);

} // namespace rs
