// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace rs::ui {

// Roles of the lesson models, next to the display role, so that views and tests ask
// for typed values instead of parsing display text.
enum LessonRole {
    LessonIdRole = Qt::UserRole + 64,  ///< QString: Lesson::id
    LessonNumberRole,                  ///< int: Lesson::number
    LessonPassedRole,                  ///< bool: every condition was met once
    LessonHintsUsedRole,               ///< int: hints shown so far
    ConditionMetRole,                  ///< QVariant: bool, or invalid before the first check
    ConditionMissingRole,              ///< QString: what an unmet condition still misses
    ConditionTimelineRole,             ///< bool: the condition is about the simulation over time
};

} // namespace rs::ui
