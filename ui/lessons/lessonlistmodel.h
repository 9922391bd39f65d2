// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/lessonloader.h"

#include <QAbstractListModel>

namespace rs::ui {

/// The lessons to pick from: number, title in the app language, and the learner's
/// progress (passed, hints used) as kept in the settings.
class LessonListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonListModel)

public:
    explicit LessonListModel(QObject *parent = nullptr);
    ~LessonListModel() override;

    void setLessons(const QList<Lesson> &lessons, const QString &language);
    const QList<Lesson> &lessons() const { return m_lessons; }
    /// Re-reads the progress from the settings (a lesson passed, a hint shown).
    void refreshProgress();
    int passedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Lesson> m_lessons;
    QString m_language;
    QList<bool> m_passed;
    QList<int> m_hints;
};

} // namespace rs::ui
