// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/lessoncheck.h"

#include <QAbstractListModel>

#include <optional>

namespace rs::ui {

/// The conditions of a lesson's goal, each met, unmet (with what is still missing)
/// or not checked yet.
class ConditionModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConditionModel)

public:
    explicit ConditionModel(QObject *parent = nullptr);
    ~ConditionModel() override;

    /// The conditions of `lesson`, none checked yet; nullptr for none.
    void setLesson(const Lesson *lesson, const QString &language);
    /// The outcome of a check of that lesson (an outcome of another lesson is ignored).
    void setOutcome(const LessonOutcome &outcome);
    void clearOutcome();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString m_lessonId;
    QList<LessonCondition> m_conditions;
    QString m_language;
    QList<std::optional<ConditionResult>> m_results;
};

} // namespace rs::ui
