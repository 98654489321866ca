#pragma once
// Scenarios that walk a path with real loopback sockets, reporting every observed transition
// through the engine's callbacks. One registry holds each scenario's name, its one-line
// description and its steps: the command line, the window and the tests all read it.
// Plain C++ (Linux).

#include "lab/labengine.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tsl {

struct FloodStep {
    int clients = 0;     // connection attempts so far
    int synReceived = 0; // half-open request sockets on the server
    int synSent = 0;     // clients whose SYN the full server dropped
    int established = 0; // clients through the handshake
};

struct TimeWaitFigures {
    int connections = 0;
    int timeWait = 0;              // TIME_WAIT sockets after `connections` client-first closes
    std::int64_t shortestMs = 0;   // their countdowns
    std::int64_t longestMs = 0;
    int lingerZeroConnections = 0;
    int timeWaitAfterLingerZero = 0;  // new TIME_WAIT sockets when clients abort (SO_LINGER 0)
    bool rebindWithoutReuseAddr = false; // a new listener on a port with TIME_WAIT connections
    bool rebindWithReuseAddr = false;
    std::string rebindError;
};

struct ScenarioOutcome {
    bool ok = true;
    std::string error;
    // The states each endpoint passed through (observed or implied), by role.
    std::vector<std::pair<std::string, std::vector<TcpState>>> paths;
    std::optional<int> syncookies; // net.ipv4.tcp_syncookies
    std::vector<FloodStep> flood;
    std::optional<TimeWaitFigures> timeWait;
};

class ScenarioScript; // the steps' toolbox (scenarios.cpp)

struct LabScenario {
    std::string_view name;        // fixed, shared with the simulator where both have the scenario
    std::string_view description; // one line, English; LabText::scenarioDescription translates it
    void (*run)(ScenarioScript& script);
};

// Every scenario, in the order a person meets them.
std::span<const LabScenario> labScenarios();
const LabScenario* findLabScenario(std::string_view name);

// Runs one scenario on `lab`. Unknown names fail with the list of valid ones.
// `serverPort` fixes the port of the scenario's (first) listener; 0 takes any free port.
ScenarioOutcome runLabScenario(const std::string& name, AddressFamily family, LabEngine& lab,
                               std::uint16_t serverPort = 0);

} // namespace tsl
