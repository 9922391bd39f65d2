// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/result.h"
#include "lessons/lesson.h"

#include <QCoreApplication>
#include <QStringList>

namespace rs::ui {

/// Where a learner works on a lesson: a folder of the application's data directory
/// (never the user's files) with the configuration to edit and the lesson's zones.
struct LessonSandbox {
    QString folder;
    QString config;      ///< folder/lesson.conf
    QStringList zones;   ///< the lesson's zone files, copied next to it
    bool resumed = false; ///< lesson.conf was there already: earlier work, kept
};

/// Makes and finds lesson sandboxes.
class LessonSandboxes final
{
    Q_DECLARE_TR_FUNCTIONS(LessonSandboxes)

public:
    /// The data directory's lessons folder (QStandardPaths::AppDataLocation + /lessons).
    static QString root();
    /// root()/NN-name for a lesson: the built-in ids carry their number already.
    static QString folderOf(const Lesson &lesson);
    /// Writes the lesson's zones into its folder, and its start configuration as
    /// lesson.conf unless one is there (the learner's saved work) or `fresh` is set.
    /// The error is worded for the user.
    static Result<LessonSandbox, QString> prepare(const Lesson &lesson, bool fresh = false);
    /// Whether `path` lies inside root().
    static bool contains(const QString &path);
};

} // namespace rs::ui
