#pragma once
// Scenarios that walk a path with real loopback sockets, reporting every observed transition
// through the engine's callbacks. Plain C++ (Linux).

#include "lab/labengine.h"

#include <optional>
#include <string>
#include <vector>

namespace tsl {

// The fixed names, shared with the simulator where both have the scenario.
std::vector<std::string> labScenarioNames();

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

// Runs one scenario on `lab`. Unknown names fail with the list of valid ones.
// `serverPort` fixes the port of the scenario's (first) listener; 0 takes any free port.
ScenarioOutcome runLabScenario(const std::string& name, AddressFamily family, LabEngine& lab,
                               std::uint16_t serverPort = 0);

} // namespace tsl
