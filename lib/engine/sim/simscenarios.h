#pragma once
// The simulator's scenarios, by fixed name (shared with the live lab where both have one).
// Plain C++.

#include "sim/simulator.h"

#include <string>
#include <vector>

namespace tsl::sim {

std::vector<std::string> scenarioNames();

// Plays the scenario's steps on a fresh `simulator`, then leaves it at the last step (jumpTo(0)
// rewinds). False for an unknown name.
bool buildScenario(const std::string& name, Simulator& simulator);

} // namespace tsl::sim
