// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulation/quantity.h"

namespace rs {

namespace {

std::optional<qint64> unitSeconds(QChar unit)
{
    switch (unit.unicode()) {
    case u's': return 1;
    case u'm': return 60;
    case u'h': return 3600;
    case u'd': return 86400;
    default: return std::nullopt;
    }
}

// Digits only (no sign, no spaces), at most `limit`.
std::optional<qint64> wholeNumber(QStringView text, qint64 limit)
{
    if (text.isEmpty() || text.size() > 12)
        return std::nullopt;
    qint64 n = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        n = n * 10 + (c.unicode() - u'0');
    }
    return n <= limit ? std::optional<qint64>(n) : std::nullopt;
}

} // namespace

std::optional<qint64> parseDuration(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (const auto plain = wholeNumber(text, kMaxDurationSeconds))
        return plain;
    // Number-unit pairs, largest unit first, each unit at most once: 1h30m, 10m5s.
    qint64 total = 0;
    qint64 lastUnit = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype digits = i;
        while (digits < text.size() && text.at(digits).isDigit())
            ++digits;
        if (digits == i || digits == text.size())
            return std::nullopt;
        const auto n = wholeNumber(text.mid(i, digits - i), kMaxDurationSeconds);
        const auto unit = unitSeconds(text.at(digits));
        if (!n || !unit || (lastUnit && *unit >= lastUnit))
            return std::nullopt;
        total += *n * *unit;
        if (total > kMaxDurationSeconds)
            return std::nullopt;
        lastUnit = *unit;
        i = digits + 1;
    }
    return total;
}

std::optional<Rate> parseRate(QStringView text)
{
    text = text.trimmed();
    const qsizetype slash = text.indexOf(u'/');
    const auto count = wholeNumber(slash < 0 ? text : text.left(slash), 1000000000);
    if (!count)
        return std::nullopt;
    if (slash < 0)
        return Rate{*count, 1};
    const QStringView per = text.mid(slash + 1);
    // A bare unit means one of it: 300/m is 300 per minute.
    std::optional<qint64> seconds = per.size() == 1 ? unitSeconds(per.at(0)) : std::nullopt;
    if (!seconds)
        seconds = parseDuration(per);
    if (!seconds || *seconds <= 0)
        return std::nullopt;
    return Rate{*count, *seconds};
}

std::optional<Outage> parseOutage(QStringView text)
{
    const qsizetype at = text.lastIndexOf(u'@');
    if (at <= 0)
        return std::nullopt;
    const QStringView window = text.mid(at + 1);
    const qsizetype dash = window.indexOf(u'-');
    if (dash < 0)
        return std::nullopt;
    const auto start = parseDuration(window.left(dash));
    const auto end = parseDuration(window.mid(dash + 1));
    const QString host = text.left(at).trimmed().toString();
    if (!start || !end || *start >= *end || host.isEmpty())
        return std::nullopt;
    return Outage{host, *start, *end};
}

QString durationText(qint64 seconds)
{
    if (seconds <= 0)
        return QStringLiteral("0s");
    QString out;
    for (const auto &[unit, size] : {std::pair{u'h', qint64(3600)}, {u'm', qint64(60)}, {u's', qint64(1)}}) {
        if (seconds >= size) {
            out += QString::number(seconds / size) + QChar(unit);
            seconds %= size;
        }
    }
    return out;
}

QString rateText(const Rate &rate)
{
    switch (rate.seconds) {
    case 1: return QString::number(rate.count) + QStringLiteral("/s");
    case 60: return QString::number(rate.count) + QStringLiteral("/m");
    case 3600: return QString::number(rate.count) + QStringLiteral("/h");
    default: return QString::number(rate.count) + u'/' + durationText(rate.seconds);
    }
}

} // namespace rs
