// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace rs {

/// So many per so many seconds: an arrival rate (`50/s`, `300/m`), the messages one
/// connection delivers per second (`5/s`), `1/2s` for one every two seconds.
struct Rate {
    qint64 count = 0;
    qint64 seconds = 1;
    double perSecond() const { return seconds > 0 ? double(count) / double(seconds) : 0.0; }
    /// How many have come by `t` seconds when they come evenly from 0 on.
    qint64 countBy(qint64 t) const { return seconds > 0 ? count * t / seconds : 0; }
    friend bool operator==(const Rate &, const Rate &) = default;
};

/// A host down from `start` to `end` (seconds from the start of a simulation; up
/// again at `end`). `host` is a host name or one of its addresses.
struct Outage {
    QString host;
    qint64 start = 0;
    qint64 end = 0;
    bool covers(qint64 t) const { return t >= start && t < end; }
    friend bool operator==(const Outage &, const Outage &) = default;
};

/// The longest duration parseDuration() accepts: a week, far beyond any simulation.
constexpr qint64 kMaxDurationSeconds = 7 * 24 * 3600;

/// `90`, `90s`, `10m`, `1h`, `1h30m`, `10m5s`: seconds, or nullopt when the text is
/// not a duration (empty, negative, an unknown unit, over kMaxDurationSeconds).
std::optional<qint64> parseDuration(QStringView text);
/// `50/s`, `300/m`, `3600/h`, `1/2s`, `600/60` (per 60 seconds), `50` (per second).
/// The count is a whole number from 0 to 10^9; nullopt otherwise.
std::optional<Rate> parseRate(QStringView text);
/// `HOST@START-END` with START and END durations, START < END: `mx1.example@5m-20m`.
std::optional<Outage> parseOutage(QStringView text);

/// The shortest spelling parseDuration() reads back: `90s` -> `1m30s`, `3600` -> `1h`.
QString durationText(qint64 seconds);
/// `50/s`, `300/m`, `1/2s`: what parseRate() reads back.
QString rateText(const Rate &rate);

} // namespace rs
