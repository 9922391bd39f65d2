// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/lesson.h"

namespace rs {

/// The version of lesson.json this code reads (its "format" key).
constexpr int kLessonFormat = 1;

/// Where the built-in lessons are: a Qt resource compiled into routescope-core, so the
/// CLI and the editor find them without any installed file.
QString builtInLessonsFolder();

/// Why a lesson could not be read (interfaces word it).
enum class LessonProblem : quint8 {
    Unreadable,    ///< a file is missing or cannot be read (detail: the file)
    BadJson,       ///< lesson.json is not a JSON object (detail: the parser's message)
    MissingField,  ///< a required key is missing or empty (detail: its path, e.g. "conditions[2].domain")
    BadValue,      ///< a key has a value of the wrong kind or out of range (detail: its path)
    NoLessons,     ///< the folder holds no lesson
};

struct LessonError {
    QString file;
    LessonProblem problem = LessonProblem::Unreadable;
    QString detail;
};

struct LessonSet {
    QList<Lesson> lessons;     ///< sorted by folder name, numbered from 1
    QList<LessonError> errors; ///< lessons that could not be read are left out
};

/// Reads every lesson below `folder`: each subfolder with a lesson.json. The format is
/// described in docs/user-guide.md ("Lessons").
LessonSet loadLessons(const QString &folder = builtInLessonsFolder());

/// Reads the lesson in `folder` (its lesson.json, start and solution configurations);
/// nullopt with the reasons in `errors`.
std::optional<Lesson> loadLesson(const QString &folder, QList<LessonError> &errors);

/// The lesson numbered `n` ("3") or with the id ("03-smart-host-fallback", or without
/// its number: "smart-host-fallback"); nullptr when none is.
const Lesson *findLesson(const LessonSet &set, const QString &numberOrId);

} // namespace rs
