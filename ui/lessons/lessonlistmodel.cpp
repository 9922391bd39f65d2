// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lessonlistmodel.h"

#include "appsettings.h"
#include "lessons/lessonroles.h"

#include <QApplication>
#include <QIcon>
#include <QPixmap>
#include <QStyle>

namespace rs::ui {

LessonListModel::LessonListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

LessonListModel::~LessonListModel() = default;

void LessonListModel::setLessons(const QList<Lesson> &lessons, const QString &language)
{
    beginResetModel();
    m_lessons = lessons;
    m_language = language;
    m_passed.clear();
    m_hints.clear();
    for (const Lesson &l : std::as_const(m_lessons)) {
        m_passed << AppSettings::lessonPassed(l.id);
        m_hints << AppSettings::lessonHintsUsed(l.id);
    }
    endResetModel();
}

void LessonListModel::refreshProgress()
{
    for (int row = 0; row < m_lessons.size(); ++row) {
        const QString &id = m_lessons.at(row).id;
        const bool passed = AppSettings::lessonPassed(id);
        const int hints = AppSettings::lessonHintsUsed(id);
        if (passed == m_passed.at(row) && hints == m_hints.at(row))
            continue;
        m_passed[row] = passed;
        m_hints[row] = hints;
        emit dataChanged(index(row), index(row));
    }
}

int LessonListModel::passedCount() const
{
    return int(std::count(m_passed.cbegin(), m_passed.cend(), true));
}

int LessonListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lessons.size());
}

QVariant LessonListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Lesson &l = m_lessons.at(index.row());
    const bool passed = m_passed.at(index.row());
    const int hints = m_hints.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        //: a lesson's number and title in the list of lessons
        return tr("%1. %2").arg(l.number).arg(l.title.in(m_language));
    case Qt::DecorationRole: {
        // A blank icon for lessons not passed, so that every title starts at the same place.
        static const QIcon blank = [] {
            QPixmap p(16, 16);
            p.fill(Qt::transparent);
            return QIcon(p);
        }();
        return passed ? QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton) : blank;
    }
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QString text = passed ? tr("Passed") : tr("Not passed yet");
        if (hints > 0)
            text += u"; " + tr("%n of %1 hint(s) used", nullptr, hints).arg(l.hints.size());
        return text;
    }
    case LessonIdRole: return l.id;
    case LessonNumberRole: return l.number;
    case LessonPassedRole: return passed;
    case LessonHintsUsedRole: return hints;
    default: return {};
    }
}

} // namespace rs::ui
