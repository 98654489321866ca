#pragma once
// The simulator's steps as an exercise's steps: states before and after, the edges taken, the
// segments sent with seq and ack relative to each side's initial sequence number. Plain C++.

#include "exercise/exercisestep.h"
#include "sim/simulator.h"

#include <vector>

namespace tsl::exercise {

// Where each side stands at the simulator's state, before step `step`.
StepStart stepStart(const sim::SimState& state, int step);
// Step `record` taken from `before`.
ExerciseStep exerciseStep(const sim::SimState& before, const sim::StepRecord& record);
// Every recorded step of `simulator` (replayed on a copy; the original does not move).
std::vector<ExerciseStep> exerciseSteps(const sim::Simulator& simulator);

} // namespace tsl::exercise
