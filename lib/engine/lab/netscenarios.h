#pragma once
// The simulator's scenarios played by two real Linux TCP stacks in the private network: host A
// and host B call the socket API, every segment waits on the wire (hold mode) and the script
// delivers, drops or crafts them one by one, while each host's sockets are followed in its own
// namespace through sock_diag. Plain C++ (Linux); the command line prints the events, the
// tests assert them.

#include "kernel/socketrow.h"
#include "model/tcpstate.h"
#include "net/wire.h"

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

// In hold mode a held segment would otherwise draw a retransmission after 200 ms; the runs
// step faster than a human, the GUI may choose more.
inline constexpr unsigned kDefaultNetRtoMinMs = 1000;

struct NetRunOptions {
    AddressFamily family = AddressFamily::IPv4;
    std::vector<std::pair<std::string, long>> settings; // validated names (findNetSetting)
};

struct NetRunEvent {
    enum class Kind {
        Setting, // a --set applied: `call` holds "name=value"
        Call,    // a socket call on `side`: `call` ("listen", "connect", "close"...), `detail`
        Segment, // a wire action on `segment`
        State,   // a socket of `side` changed state
        Note,    // what the script concludes (`detail`), e.g. why a SYN had no answer
    };
    Kind kind = Kind::Call;
    std::int64_t timeUs = 0; // since the run started
    std::string side;        // "A" or "B" (Call, State)
    std::string call;
    std::string detail;
    // Segment
    net::WireAction action = net::WireAction::Held;
    net::CapturedSegment segment;
    std::string reason;
    // State
    std::string socket; // "connection", "listener", "half-open"
    Endpoint local;
    Endpoint remote;
    TcpState from = TcpState::Closed;
    TcpState to = TcpState::Closed;
    bool seen = true; // false: passed between two polls, implied by the model
};

struct NetRunResult {
    bool ok = true;
    std::string error;
    std::vector<NetRunEvent> events;
    std::deque<net::CapturedSegment> captures; // for pcap export
    // The states each side's connection passed through, the first one included (CLOSED).
    std::vector<TcpState> pathOf(const std::string& side) const;
};

// Runs `name` in `network` (which should be fresh: ports are fixed per scenario). Events go to
// `onEvent` as they happen and into the result. Unknown names fail with the valid ones.
NetRunResult runNetScenario(const std::string& name, const NetRunOptions& options, net::PrivateNetwork& network,
                            const std::function<void(const NetRunEvent&)>& onEvent = {});

} // namespace tsl
