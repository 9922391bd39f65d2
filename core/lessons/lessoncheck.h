// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/lesson.h"
#include "routing/dnslookup.h"
#include "simulation/timesim.h"

#include <QObject>

#include <memory>
#include <vector>

namespace rs {

class ConfigSet;
class Explainer;
class MailLookup;

/// How a condition came out (interfaces word it with the condition's kind).
enum class ConditionCode : quint8 {
    Met,
    Differs,         ///< the outcome is another one: see ConditionResult::actual
    NotEven,         ///< Evenly: the right hosts, but not evenly spread
    HostMissing,     ///< the host the condition is about is not a candidate
    BindingMissing,  ///< the configuration declares no binding of that name
    ZoneFailed,      ///< the lesson's zones could not be loaded (a broken lesson)
};

/// One condition's outcome as facts: the expected value as the lesson writes it and
/// the actual value in the same shape (hosts in lower case).
struct ConditionResult {
    int condition = 0;  ///< index into Lesson::conditions
    ExpectKind kind = ExpectKind::FirstTier;
    ConditionCode code = ConditionCode::Differs;
    QJsonValue expected;
    QJsonValue actual;
    bool met() const { return code == ConditionCode::Met; }
};

struct LessonOutcome {
    QString lesson;                  ///< Lesson::id
    QList<ConditionResult> results;  ///< one per condition, in order
    Diagnostics configErrors;        ///< errors in the learner's configuration (syntax, bad values)
    LookupSetupProblems zoneErrors;  ///< why the lesson's zones could not be loaded, if so

    int metCount() const;
    /// Every condition met and the configuration free of errors.
    bool passed() const;
};

/// Evaluates one condition against the explanation of its situation and, for the kinds
/// that need one (needsTimeline()), the simulation of its timeline.
ConditionResult evaluateCondition(const LessonCondition &condition, int index, const Explanation &explanation,
                                  const TimeSimResult *timeline);

/// The simulation a condition's timeline asks for: one run, seed 1.
TimeSimSetup timelineSetup(const LessonTimeline &timeline, const Explanation &explanation);

/// Checks configurations against a lesson: resolves each condition's domain through
/// the lesson's offline zones (asynchronously, on the thread that owns the checker),
/// simulates the conditions with a timeline (a few milliseconds each) and emits the
/// outcome. A new check() cancels the one in flight, so an editor can check on every
/// change and only ever sees the answer to its latest text. finished() is always
/// emitted through the event loop, never from inside check().
class LessonChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonChecker)
public:
    explicit LessonChecker(QObject *parent = nullptr);
    ~LessonChecker() override;

    /// Starts checking `config` (the learner's sandbox copy; it is read during this call
    /// only) against `lesson`.
    void check(const Lesson &lesson, const ConfigSet &config);
    void cancel();
    bool isBusy() const { return m_pending > 0; }

signals:
    void finished(const rs::LessonOutcome &outcome);

private:
    void explained(quint64 generation, int condition, const Explanation &explanation);
    void finish(quint64 generation);

    Lesson m_lesson;
    LessonOutcome m_outcome;
    QList<std::optional<Explanation>> m_explanations;
    QStringList m_zoneFiles;              ///< what m_lookup answers from
    std::unique_ptr<MailLookup> m_lookup;
    std::vector<Explainer *> m_explainers;  ///< children, one per condition of the current check
    int m_pending = 0;
    quint64 m_generation = 0;
};

} // namespace rs
