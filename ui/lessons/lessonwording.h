// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/lessoncheck.h"

#include <QCoreApplication>

namespace rs::ui {

/// The lessons panel's words: what a condition still misses, worded from the facts of
/// its ConditionResult (the core makes no sentences), and lesson texts as HTML.
class LessonWording final
{
    Q_DECLARE_TR_FUNCTIONS(LessonWording)

public:
    /// What is still missing for an unmet condition; empty when it is met.
    static QString missingText(const ConditionResult &result, const LessonCondition &condition);
    /// "3 of 4 conditions met", or that every one is.
    static QString summaryText(const LessonOutcome &outcome);
    /// A lesson text (paragraphs separated by a blank line, lines indented by four
    /// spaces as configuration, `backticks` around configuration text) as HTML.
    static QString html(const QString &text);
    /// Configuration text as a preformatted HTML block.
    static QString configHtml(const QByteArray &config);

private:
    static QString hostList(const QJsonValue &hosts);
    static QString tierList(const QJsonValue &tiers);
    static QString spreadList(const QJsonValue &spread);
    static QString scopePathText(const QJsonValue &path);
    static QString limitText(int limit);
};

} // namespace rs::ui
