#pragma once
// The simulator's scenarios: one registry of name (the identifier on the command line, shared
// with the live lab where both have one), title and description (English, marked for
// translation in the context "SimText"; lib/core/text/simtext.cpp translates them) and the steps
// that build it. Plain C++.

#include "sim/simulator.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tsl::sim {

class ScenarioScript;

struct SimScenario {
    std::string_view name;   // "three-way-handshake"
    const char* title;       // "Three-way handshake"
    const char* description; // what the scenario shows, in one sentence
    void (*build)(ScenarioScript& script);
};

std::span<const SimScenario> simScenarios();
const SimScenario* findScenario(std::string_view name);
std::vector<std::string> scenarioNames();

// Plays the scenario's steps on a fresh `simulator` (under its profile), then leaves it at the last step (jumpTo(0)
// rewinds). False for an unknown name.
bool buildScenario(std::string_view name, Simulator& simulator);

} // namespace tsl::sim
