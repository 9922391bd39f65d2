// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulation/simulationinputs.h"

namespace rs::ui {

SimulationInputs SimulationInputs::fromTimeline(const LessonTimeline &timeline, int runs)
{
    SimulationInputs in;
    in.duration = durationText(timeline.duration);
    in.step = durationText(timeline.step);
    in.rate = rateText(timeline.arrival);
    in.hostRate = rateText(timeline.hostRate);
    in.runs = runs;
    in.outages = timeline.outages;
    return in;
}

Result<TimeSimSetup, QString> SimulationSetupBuilder::build(const SimulationInputs &inputs, const Explanation &explanation)
{
    TimeSimSetup setup;
    setup.explanation = explanation;
    const auto duration = parseDuration(inputs.duration);
    if (!duration)
        return Unexpected{tr("Duration: \"%1\" is not a duration (90s, 10m, 1h30m).").arg(inputs.duration)};
    const auto step = parseDuration(inputs.step);
    if (!step)
        return Unexpected{tr("Step: \"%1\" is not a duration (1s, 10s, 1m).").arg(inputs.step)};
    const auto rate = parseRate(inputs.rate);
    if (!rate)
        return Unexpected{tr("Arrivals: \"%1\" is not a rate (50/s, 300/m, 1/2s).").arg(inputs.rate)};
    const auto hostRate = parseRate(inputs.hostRate);
    if (!hostRate)
        return Unexpected{tr("Per connection: \"%1\" is not a rate (5/s, 1/2s).").arg(inputs.hostRate)};
    setup.duration = *duration;
    setup.step = *step;
    setup.arrival = *rate;
    setup.hostRate = *hostRate;
    setup.runs = inputs.runs;
    setup.outages = inputs.outages;
    if (const SetupProblem problem = checkSetup(setup); problem != SetupProblem::None)
        return Unexpected{problemText(problem)};
    return setup;
}

QString SimulationSetupBuilder::problemText(SetupProblem problem)
{
    switch (problem) {
    case SetupProblem::None: return {};
    case SetupProblem::DurationNotPositive: return tr("The duration must be longer than 0 seconds.");
    case SetupProblem::StepNotPositive: return tr("A step must be at least 1 second long.");
    case SetupProblem::StepLongerThanDuration: return tr("The step is longer than the duration.");
    case SetupProblem::TooManySteps:
        return tr("The duration holds more than %1 steps: choose a longer step.").arg(kMaxSimulationSteps);
    case SetupProblem::RunsOutOfRange: return tr("The runs must be from 1 to %1.").arg(kMaxSimulationRuns);
    case SetupProblem::HostRateZero: return tr("A connection must deliver more than 0 messages.");
    case SetupProblem::LifetimeNegative: return tr("The connection lifetime cannot be negative.");
    case SetupProblem::QueueNegative: return tr("The queue at the start cannot be negative.");
    }
    return {};
}

} // namespace rs::ui
