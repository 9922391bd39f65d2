// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/explanation.h"
#include "simulation/quantity.h"

#include <QHash>
#include <QJsonValue>

#include <optional>

namespace rs {

/// A text of a lesson in every language it is written in ("en", "de"), as written:
/// paragraphs separated by a blank line, `backticks` around configuration text.
struct LessonText {
    QHash<QString, QString> byLanguage;
    /// The text in `language`, else in English.
    QString in(const QString &language) const
    {
        const QString t = byLanguage.value(language);
        return t.isEmpty() ? byLanguage.value(QStringLiteral("en")) : t;
    }
    bool has(const QString &language) const { return !byLanguage.value(language).trimmed().isEmpty(); }
};

/// The languages every text of a built-in lesson is written in.
QStringList lessonLanguages();

/// What a condition expects of the outcome (lesson.json's "expect" key).
enum class ExpectKind : quint8 {
    FirstTier,              ///< the usable hosts of the tier the first connection goes to (a set)
    Tiers,                  ///< every tier of usable hosts, in order
    Spread,                 ///< connections per host for N connections, exactly (others 0)
    Evenly,                 ///< these hosts take all N connections, differing by at most one
    Deliverable,            ///< some host can take mail (true) or none can (false)
    NullMx,                 ///< the domain publishes a null MX
    DecidedBy,              ///< the scope path of the stanza whose Routes or Gateway decides
    Port,                   ///< a host's port
    HostLimit,              ///< a host's connection limit
    DomainLimit,            ///< the domain's connection limit
    ImplicitMx,             ///< a host came from an implicit MX (the name's own addresses)
    MaxQueue,               ///< the queue never exceeds N (over the timeline)
    FinalQueue,             ///< the queue at the end is at most N
    MaxDeliveredPerSecond,  ///< no step delivers more than N per second
    MinDelivered,           ///< at least N messages are delivered over the timeline
    DeliveredBy,            ///< a host delivers at least N messages over the timeline
};

/// lesson.json's name of a kind ("firstTier", ...), and back.
QString expectKindKey(ExpectKind kind);
std::optional<ExpectKind> expectKindFromKey(const QString &key);
/// True for the kinds that need the simulation over time.
bool needsTimeline(ExpectKind kind);

/// Traffic for a condition on the outcome over time (simulation/timesim.h).
struct LessonTimeline {
    qint64 duration = 600;
    qint64 step = 1;
    Rate arrival{50, 1};
    Rate hostRate{5, 1};
    qint64 initialQueue = 0;
    QList<Outage> outages;
};

/// One thing the learner's configuration must achieve, in a situation: a domain, sent
/// through a binding or none, with some hosts down and limits overridden.
struct LessonCondition {
    LessonText text;        ///< what it asks, for people
    QString domain;
    QString binding;        ///< null: mail sent without a binding
    WhatIf whatIf;          ///< hosts down, limits overridden, connections to spread
    std::optional<LessonTimeline> timeline;
    ExpectKind kind = ExpectKind::FirstTier;
    QString host;           ///< the host Port, HostLimit, ImplicitMx and DeliveredBy are about
    /// The expected value as written in lesson.json: an array of hosts, an array of
    /// arrays, an object host -> count, a bool, a number, a scope path or "default".
    QJsonValue expected;
};

/// A built-in (or a trainer's) lesson: texts, a start configuration the learner edits,
/// a solution, the offline zones, and the conditions of its goal.
struct Lesson {
    QString id;             ///< the folder name, e.g. "03-smart-host-fallback"
    int number = 0;         ///< 1-based position among the lessons
    QString folder;         ///< where it was read from (":/lessons/..." for the built-in ones)
    LessonText title;
    LessonText intro;
    LessonText goal;
    QList<LessonText> hints;  ///< in the order to give them
    QByteArray startConfig;
    QByteArray solutionConfig;
    QStringList zoneFiles;    ///< paths (Qt resource paths for built-in lessons)
    QList<LessonCondition> conditions;
};

} // namespace rs
