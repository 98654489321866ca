#pragma once
// The simulator's scenarios played by two real Linux TCP stacks in the private network: host A
// and host B call the socket API, every segment waits on the wire (hold mode) and the script
// delivers, drops or crafts them one by one, while each host's sockets are followed in its own
// namespace through sock_diag. Plain C++ (Linux); the command line prints the events, the
// tests assert them.

#include "lab/netrunevent.h"
#include "lab/netsession.h"

#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tsl {

namespace net {
class PrivateNetwork;
}

// The names `net run` accepts, in the simulator's order.
std::vector<std::string> netScenarioNames();

// One setting `net run --set NAME=VALUE` takes: a sysctl of both hosts' namespaces, or the
// routes' rto_min.
struct NetSetting {
    std::string name;  // "tcp_syncookies", ..., "rto_min_ms"
    long minimum = 0;
    long maximum = 0;
};
const std::vector<NetSetting>& netSettings();
const NetSetting* findNetSetting(const std::string& name);

struct NetRunOptions {
    AddressFamily family = AddressFamily::IPv4;
    std::vector<std::pair<std::string, long>> settings; // validated names (findNetSetting)
};

struct NetRunResult {
    bool ok = true;
    std::string error;   // in English
    EngineText errorText; // the same, for lib/core to word
    std::vector<NetRunEvent> events;
    std::deque<net::CapturedSegment> captures; // for pcap export
    // The states each side's connection passed through, the first one included (CLOSED).
    std::vector<TcpState> pathOf(const std::string& side) const;
};

// One labelled step of a scenario: the panel plays them one at a time (Next), `net run` all.
struct NetScenarioStep {
    const char* label; // what the step does, e.g. "B delivers its SYN,ACK" (context "NetScenario")
    // Runs the step (throws NetSessionFailure); false: the scenario ends here, what follows
    // does not apply (a SYN flood whose victim never answered).
    std::function<bool(NetSession&)> run;
};
// The steps of `name` (nullopt: no such scenario). The session must be open and fresh: ports
// are fixed per scenario.
std::optional<std::vector<NetScenarioStep>> netScenarioSteps(const std::string& name);

// Runs `name` in `network` (which should be fresh: ports are fixed per scenario). Events go to
// `onEvent` as they happen and into the result. Unknown names fail with the valid ones.
NetRunResult runNetScenario(const std::string& name, const NetRunOptions& options, net::PrivateNetwork& network,
                            const std::function<void(const NetRunEvent&)>& onEvent = {});

} // namespace tsl
