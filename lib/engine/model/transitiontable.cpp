#include "transitiontable.h"

#include <array>
#include <deque>

namespace tsl {

namespace {

using S = TcpState;
using R = PathRole;
using K = EdgeKind;

constexpr Transition kTable[] = {
    // Opening (RFC 9293 Figure 5).
    {"closed-passive-open", S::Closed, S::Listen, "passive OPEN", "create TCB", R::Server, K::Figure5},
    {"closed-active-open", S::Closed, S::SynSent, "active OPEN", "create TCB, snd SYN", R::Client, K::Figure5},
    {"listen-close", S::Listen, S::Closed, "CLOSE", "delete TCB", R::Server, K::Figure5},
    {"listen-rcv-syn", S::Listen, S::SynReceived, "rcv SYN", "snd SYN,ACK", R::Server, K::Figure5},
    {"listen-send", S::Listen, S::SynSent, "SEND", "snd SYN", R::Unusual, K::Figure5},
    {"synsent-close", S::SynSent, S::Closed, "CLOSE", "delete TCB", R::Client, K::Figure5},
    {"synsent-rcv-syn", S::SynSent, S::SynReceived, "rcv SYN", "snd SYN,ACK", R::Unusual, K::Figure5},
    {"synsent-rcv-synack", S::SynSent, S::Established, "rcv SYN,ACK", "snd ACK", R::Client, K::Figure5},
    {"synrcvd-rcv-ack", S::SynReceived, S::Established, "rcv ACK of SYN", "", R::Server, K::Figure5},
    {"synrcvd-rcv-rst", S::SynReceived, S::Listen, "rcv RST", "", R::Server, K::Figure5},
    {"synrcvd-close", S::SynReceived, S::FinWait1, "CLOSE", "snd FIN", R::Unusual, K::Figure5},
    // Closing.
    {"estab-close", S::Established, S::FinWait1, "CLOSE", "snd FIN", R::Client, K::Figure5},
    {"estab-rcv-fin", S::Established, S::CloseWait, "rcv FIN", "snd ACK", R::Server, K::Figure5},
    {"finwait1-rcv-ack", S::FinWait1, S::FinWait2, "rcv ACK of FIN", "", R::Client, K::Figure5},
    {"finwait1-rcv-fin", S::FinWait1, S::Closing, "rcv FIN", "snd ACK", R::Unusual, K::Figure5},
    {"finwait1-rcv-finack", S::FinWait1, S::TimeWait, "rcv FIN,ACK", "snd ACK", R::Unusual, K::Figure5},
    {"finwait2-rcv-fin", S::FinWait2, S::TimeWait, "rcv FIN", "snd ACK", R::Client, K::Figure5},
    {"closewait-close", S::CloseWait, S::LastAck, "CLOSE", "snd FIN", R::Server, K::Figure5},
    {"closing-rcv-ack", S::Closing, S::TimeWait, "rcv ACK of FIN", "", R::Unusual, K::Figure5},
    {"lastack-rcv-ack", S::LastAck, S::Closed, "rcv ACK of FIN", "delete TCB", R::Server, K::Figure5},
    {"timewait-timeout", S::TimeWait, S::Closed, "timeout 2MSL", "delete TCB", R::Client, K::Figure5},

    // A valid RST (§3.10.7.3-4). SYN_RECEIVED reached by active open goes to CLOSED; reached by
    // passive open it returns to LISTEN (the Figure 5 edge above).
    {"synsent-rcv-rst", S::SynSent, S::Closed, "rcv RST", "", R::Client, K::Reset},
    {"synrcvd-rcv-rst-active", S::SynReceived, S::Closed, "rcv RST (active open)", "", R::Unusual, K::Reset},
    {"estab-rcv-rst", S::Established, S::Closed, "rcv RST", "", R::Unusual, K::Reset},
    {"finwait1-rcv-rst", S::FinWait1, S::Closed, "rcv RST", "", R::Unusual, K::Reset},
    {"finwait2-rcv-rst", S::FinWait2, S::Closed, "rcv RST", "", R::Unusual, K::Reset},
    {"closewait-rcv-rst", S::CloseWait, S::Closed, "rcv RST", "", R::Unusual, K::Reset},
    {"closing-rcv-rst", S::Closing, S::Closed, "rcv RST", "", R::Unusual, K::Reset},
    {"lastack-rcv-rst", S::LastAck, S::Closed, "rcv RST", "", R::Unusual, K::Reset},
    {"timewait-rcv-rst", S::TimeWait, S::Closed, "rcv RST", "", R::Unusual, K::Reset},

    // ABORT (§3.10.5): synchronized states send a RST; the others just delete the TCB.
    {"listen-abort", S::Listen, S::Closed, "ABORT", "delete TCB", R::Unusual, K::Abort},
    {"synsent-abort", S::SynSent, S::Closed, "ABORT", "delete TCB", R::Unusual, K::Abort},
    {"synrcvd-abort", S::SynReceived, S::Closed, "ABORT", "snd RST", R::Unusual, K::Abort},
    {"estab-abort", S::Established, S::Closed, "ABORT", "snd RST", R::Unusual, K::Abort},
    {"finwait1-abort", S::FinWait1, S::Closed, "ABORT", "snd RST", R::Unusual, K::Abort},
    {"finwait2-abort", S::FinWait2, S::Closed, "ABORT", "snd RST", R::Unusual, K::Abort},
    {"closewait-abort", S::CloseWait, S::Closed, "ABORT", "snd RST", R::Unusual, K::Abort},
    {"closing-abort", S::Closing, S::Closed, "ABORT", "delete TCB", R::Unusual, K::Abort},
    {"lastack-abort", S::LastAck, S::Closed, "ABORT", "delete TCB", R::Unusual, K::Abort},
    {"timewait-abort", S::TimeWait, S::Closed, "ABORT", "delete TCB", R::Unusual, K::Abort},

    // Not in the RFC: Linux deletes an orphaned FIN_WAIT_2 (its application closed, the peer
    // never sends its FIN) after net.ipv4.tcp_fin_timeout, 60 s.
    {"finwait2-timeout", S::FinWait2, S::Closed, "timeout (orphaned)", "delete TCB", R::Unusual, K::Abort},
};

} // namespace

std::span<const Transition> transitions() { return kTable; }

std::optional<std::size_t> transitionIndex(std::string_view id)
{
    for (std::size_t i = 0; i < std::size(kTable); ++i) {
        if (kTable[i].id == id)
            return i;
    }
    return std::nullopt;
}

std::optional<std::size_t> findTransition(TcpState from, std::string_view event)
{
    for (std::size_t i = 0; i < std::size(kTable); ++i) {
        if (kTable[i].from == from && kTable[i].event == event)
            return i;
    }
    return std::nullopt;
}

std::vector<std::size_t> transitionsBetween(TcpState from, TcpState to)
{
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < std::size(kTable); ++i) {
        if (kTable[i].from == from && kTable[i].to == to)
            out.push_back(i);
    }
    return out;
}

std::vector<std::size_t> shortestPath(TcpState from, TcpState to)
{
    if (from == to || from == TcpState::Unknown || to == TcpState::Unknown)
        return {};
    // Breadth-first search over the eleven states; the table is tiny.
    constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::array<std::size_t, kStateCount> viaEdge;
    viaEdge.fill(kNone);
    std::array<bool, kStateCount> seen{};
    seen[stateIndex(from)] = true;
    std::deque<TcpState> queue{from};
    while (!queue.empty()) {
        const TcpState current = queue.front();
        queue.pop_front();
        if (current == to)
            break;
        for (std::size_t i = 0; i < std::size(kTable); ++i) {
            const Transition& edge = kTable[i];
            if (edge.kind != EdgeKind::Figure5 || edge.from != current || seen[stateIndex(edge.to)])
                continue;
            seen[stateIndex(edge.to)] = true;
            viaEdge[stateIndex(edge.to)] = i;
            queue.push_back(edge.to);
        }
    }
    if (!seen[stateIndex(to)])
        return {};
    std::vector<std::size_t> path;
    for (TcpState at = to; at != from; at = kTable[viaEdge[stateIndex(at)]].from)
        path.insert(path.begin(), viaEdge[stateIndex(at)]);
    return path;
}

std::vector<std::size_t> cheapestPath(TcpState from, TcpState to,
                                      const std::function<double(std::size_t)>& cost)
{
    if (from == to || from == TcpState::Unknown || to == TcpState::Unknown)
        return {};
    // Dijkstra over eleven states: a linear scan for the next state is plenty.
    constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::array<double, kStateCount> distance;
    distance.fill(-1);
    std::array<std::size_t, kStateCount> viaEdge;
    viaEdge.fill(kNone);
    std::array<bool, kStateCount> done{};
    distance[stateIndex(from)] = 0;
    for (;;) {
        std::size_t current = kNone;
        for (std::size_t s = 0; s < kStateCount; ++s) {
            if (!done[s] && distance[s] >= 0 && (current == kNone || distance[s] < distance[current]))
                current = s;
        }
        if (current == kNone || kAllStates[current] == to)
            break;
        done[current] = true;
        for (std::size_t i = 0; i < std::size(kTable); ++i) {
            const Transition& edge = kTable[i];
            if (stateIndex(edge.from) != current)
                continue;
            const double c = cost(i);
            if (c < 0)
                continue;
            const std::size_t next = stateIndex(edge.to);
            if (distance[next] < 0 || distance[current] + c < distance[next]) {
                distance[next] = distance[current] + c;
                viaEdge[next] = i;
            }
        }
    }
    if (distance[stateIndex(to)] < 0)
        return {};
    std::vector<std::size_t> path;
    for (TcpState at = to; at != from; at = kTable[viaEdge[stateIndex(at)]].from)
        path.insert(path.begin(), viaEdge[stateIndex(at)]);
    return path;
}

} // namespace tsl
