// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/result.h"
#include "lessons/lesson.h"
#include "simulation/timesim.h"

#include <QCoreApplication>

namespace rs::ui {

/// What the simulation view's controls hold, as typed: durations and rates in the
/// syntax of routescope-cli simulate (`10m`, `50/s`), so one vocabulary serves both.
struct SimulationInputs {
    QString duration = QStringLiteral("10m");
    QString step = QStringLiteral("1s");
    QString rate = QStringLiteral("50/s");
    QString hostRate = QStringLiteral("5/s");
    int runs = 20;
    QList<Outage> outages;

    /// The inputs of a lesson condition's timeline, its outages included.
    static SimulationInputs fromTimeline(const LessonTimeline &timeline, int runs);
};

/// Turns the inputs and the live panel's explanation into a TimeSimSetup, and words
/// what is wrong with them.
class SimulationSetupBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(SimulationSetupBuilder)

public:
    /// The setup, or why there is none (worded for the user).
    static Result<TimeSimSetup, QString> build(const SimulationInputs &inputs, const Explanation &explanation);
    static QString problemText(SetupProblem problem);
};

} // namespace rs::ui
