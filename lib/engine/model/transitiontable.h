#pragma once
// The single transition table of TCP (RFC 9293 Figure 5 and §3.10). The diagram draws it, the
// simulator steps through it and the tests check against it: there is no second copy.
// Plain C++, so that any layer may read it.

#include "tcpstate.h"

#include <functional>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace tsl {

// Which side usually takes an edge, as Stevens draws the client and server paths.
enum class PathRole {
    Client,  // the normal path of the active opener / active closer
    Server,  // the normal path of the passive opener / passive closer
    Unusual, // simultaneous open/close, SEND on a listener, closing a half-open connection
};

enum class EdgeKind {
    Figure5, // drawn in RFC 9293 Figure 5 (or its notes)
    Reset,   // a valid RST arrives (§3.10.7)
    Abort,   // the user calls ABORT (§3.10.5)
};

struct Transition {
    std::string_view id; // stable, e.g. "listen-rcv-syn"
    TcpState from;
    TcpState to;
    std::string_view event;  // RFC notation: "rcv SYN", "CLOSE", "timeout 2MSL"
    std::string_view action; // RFC notation: "snd SYN,ACK"; empty where the RFC draws "x"
    PathRole role;
    EdgeKind kind;
    // One English sentence for a person, marked for translation in the context "StateText";
    // "%1" stands for the token of `from`. lib/core/text/statetext.cpp translates it.
    const char* explanation;
};

// The table's events that a program looks up by name (RFC notation, as in the table).
namespace event {
inline constexpr std::string_view kPassiveOpen = "passive OPEN";
inline constexpr std::string_view kActiveOpen = "active OPEN";
inline constexpr std::string_view kSend = "SEND";
inline constexpr std::string_view kClose = "CLOSE";
inline constexpr std::string_view kAbort = "ABORT";
inline constexpr std::string_view kRcvRst = "rcv RST";
inline constexpr std::string_view kRcvRstActiveOpen = "rcv RST (active open)";
inline constexpr std::string_view kTimeWaitTimeout = "timeout 2MSL";
inline constexpr std::string_view kOrphanTimeout = "timeout (orphaned)";
} // namespace event

// Whether taking the edge puts a RST on the wire (ABORT in a synchronized state, §3.10.5).
bool sendsReset(const Transition& edge);

// Every edge, in a fixed order; indexes into this span are stable for the program's lifetime.
std::span<const Transition> transitions();

std::optional<std::size_t> transitionIndex(std::string_view id);

// The edge from `from` taken on `event`, if the table has one.
std::optional<std::size_t> findTransition(TcpState from, std::string_view event);

// The cheapest edge path under `cost` (an edge's cost, or a negative number to exclude it).
// The live lab explains a jump A -> C with it, preferring the edges its own actions imply.
std::vector<std::size_t> cheapestPath(TcpState from, TcpState to,
                                      const std::function<double(std::size_t)>& cost);

} // namespace tsl
