// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/conditionmodel.h"

#include "lessons/lessonroles.h"
#include "lessons/lessonwording.h"

#include <QApplication>
#include <QStyle>

namespace rs::ui {

ConditionModel::ConditionModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

ConditionModel::~ConditionModel() = default;

void ConditionModel::setLesson(const Lesson *lesson, const QString &language)
{
    beginResetModel();
    m_lessonId = lesson ? lesson->id : QString();
    m_conditions = lesson ? lesson->conditions : QList<LessonCondition>();
    m_language = language;
    m_results = QList<std::optional<ConditionResult>>(m_conditions.size());
    endResetModel();
}

void ConditionModel::setOutcome(const LessonOutcome &outcome)
{
    if (outcome.lesson != m_lessonId)
        return;
    for (const ConditionResult &r : outcome.results) {
        if (r.condition >= 0 && r.condition < m_results.size())
            m_results[r.condition] = r;
    }
    if (!m_results.isEmpty())
        emit dataChanged(index(0), index(int(m_results.size()) - 1));
}

void ConditionModel::clearOutcome()
{
    for (auto &r : m_results)
        r.reset();
    if (!m_results.isEmpty())
        emit dataChanged(index(0), index(int(m_results.size()) - 1));
}

int ConditionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_conditions.size());
}

QVariant ConditionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LessonCondition &c = m_conditions.at(index.row());
    const std::optional<ConditionResult> &r = m_results.at(index.row());
    const QString missing = r ? LessonWording::missingText(*r, c) : QString();
    switch (role) {
    case Qt::DisplayRole: {
        const QString text = c.text.in(m_language);
        return missing.isEmpty() ? text : text + u'\n' + tr("Still missing: %1").arg(missing);
    }
    case Qt::DecorationRole:
        if (!r)
            return {};
        return QApplication::style()->standardIcon(r->met() ? QStyle::SP_DialogApplyButton : QStyle::SP_DialogCancelButton);
    case Qt::AccessibleDescriptionRole:
    case Qt::ToolTipRole:
        if (!r)
            return tr("Not checked yet");
        return r->met() ? tr("Met") : tr("Not met: %1").arg(missing);
    case ConditionMetRole: return r ? QVariant(r->met()) : QVariant();
    case ConditionMissingRole: return missing;
    case ConditionTimelineRole: return c.timeline.has_value();
    default: return {};
    }
}

} // namespace rs::ui
