#include "transitiontable.h"

#include "translatenoop.h"

#include <array>

namespace tsl {

namespace {

using S = TcpState;
using R = PathRole;
using K = EdgeKind;

constexpr Transition kTable[] = {
    // Opening (RFC 9293 Figure 5).
    {"closed-passive-open", S::Closed, S::Listen, "passive OPEN", "create TCB", R::Server, K::Figure5,
     TSL_TRANSLATE_NOOP("StateText", "A server calls listen(): a TCB is created and waits for connection requests.")},
    {"closed-active-open", S::Closed, S::SynSent, "active OPEN", "create TCB, snd SYN", R::Client, K::Figure5,
     TSL_TRANSLATE_NOOP("StateText", "A client calls connect(): it picks an initial sequence number and sends a SYN.")},
    {"listen-close", S::Listen, S::Closed, "CLOSE", "delete TCB", R::Server, K::Figure5,
     TSL_TRANSLATE_NOOP("StateText", "The server closes its listening socket; the TCB is deleted.")},
    {"listen-rcv-syn", S::Listen, S::SynReceived, "rcv SYN", "snd SYN,ACK", R::Server, K::Figure5,
     TSL_TRANSLATE_NOOP("StateText", "A SYN arrives at the listener: it records the peer's sequence number and answers with its own SYN and an ACK.")},
    {"listen-send", S::Listen, S::SynSent, "SEND", "snd SYN", R::Unusual, K::Figure5,
     TSL_TRANSLATE_NOOP("StateText", "Sending on a listening TCB turns it into an active open: a SYN goes out (allowed by the RFC, not offered by the sockets API).")},
    {"synsent-close", S::SynSent, S::Closed, "CLOSE", "delete TCB", R::Client, K::Figure5,
     TSL_TRANSLATE_NOOP("StateText", "The client gives up before the handshake completes; the TCB is deleted.")},
    {"synsent-rcv-syn", S::SynSent, S::SynReceived, "rcv SYN", "snd SYN,ACK", R::Unusual, K::Figure5,
     TSL_TRANSLATE_NOOP("StateText", "Simultaneous open: both sides sent a SYN; each receives the other's SYN and answers with SYN,ACK.")},
    {"synsent-rcv-synack", S::SynSent, S::Established, "rcv SYN,ACK", "snd ACK", R::Client, K::Figure5,
     TSL_TRANSLATE_NOOP("StateText", "The server's SYN,ACK arrives: the client acknowledges it and the connection is established.")},
    {"synrcvd-rcv-ack", S::SynReceived, S::Established, "rcv ACK of SYN", "", R::Server, K::Figure5,
     TSL_TRANSLATE_NOOP("StateText", "The final ACK of the three-way handshake arrives: the connection is established.")},
    {"synrcvd-rcv-rst", S::SynReceived, S::Listen, "rcv RST", "", R::Server, K::Figure5,
     TSL_TRANSLATE_NOOP("StateText", "A RST in SYN_RECEIVED after a passive open returns the TCB to LISTEN: the half-open connection is forgotten.")},
    {"synrcvd-close", S::SynReceived, S::FinWait1, "CLOSE", "snd FIN", R::Unusual, K::Figure5,
     TSL_TRANSLATE_NOOP("StateText", "The application closes before the handshake completes: a FIN is sent.")},
    // Closing.
    {"estab-close", S::Established, S::FinWait1, "CLOSE", "snd FIN", R::Client, K::Figure5,
     TSL_TRANSLATE_NOOP("StateText", "The application closes (or shuts down writing): a FIN is sent; this side is the active closer.")},
    {"estab-rcv-fin", S::Established, S::CloseWait, "rcv FIN", "snd ACK", R::Server, K::Figure5,
     TSL_TRANSLATE_NOOP("StateText", "The peer's FIN arrives: it is acknowledged and the application will read end-of-file; this side is the passive closer.")},
    {"finwait1-rcv-ack", S::FinWait1, S::FinWait2, "rcv ACK of FIN", "", R::Client, K::Figure5,
     TSL_TRANSLATE_NOOP("StateText", "The ACK of our FIN arrives: our direction is closed; the peer may still send.")},
    {"finwait1-rcv-fin", S::FinWait1, S::Closing, "rcv FIN", "snd ACK", R::Unusual, K::Figure5,
     TSL_TRANSLATE_NOOP("StateText", "Simultaneous close: the peer's FIN arrives before the ACK of ours; it is acknowledged.")},
    {"finwait1-rcv-finack", S::FinWait1, S::TimeWait, "rcv FIN,ACK", "snd ACK", R::Unusual, K::Figure5,
     TSL_TRANSLATE_NOOP("StateText", "The peer's FIN arrives together with the ACK of our FIN: straight to TIME_WAIT.")},
    {"finwait2-rcv-fin", S::FinWait2, S::TimeWait, "rcv FIN", "snd ACK", R::Client, K::Figure5,
     TSL_TRANSLATE_NOOP("StateText", "The peer's FIN arrives: it is acknowledged and TIME_WAIT begins (Linux times an orphaned FIN_WAIT_2 out after tcp_fin_timeout, 60 s).")},
    {"closewait-close", S::CloseWait, S::LastAck, "CLOSE", "snd FIN", R::Server, K::Figure5,
     TSL_TRANSLATE_NOOP("StateText", "The application closes too: the passive closer sends its FIN.")},
    {"closing-rcv-ack", S::Closing, S::TimeWait, "rcv ACK of FIN", "", R::Unusual, K::Figure5,
     TSL_TRANSLATE_NOOP("StateText", "The ACK of our FIN arrives after a simultaneous close: TIME_WAIT begins.")},
    {"lastack-rcv-ack", S::LastAck, S::Closed, "rcv ACK of FIN", "delete TCB", R::Server, K::Figure5,
     TSL_TRANSLATE_NOOP("StateText", "The ACK of the passive closer's FIN arrives: the connection is gone.")},
    {"timewait-timeout", S::TimeWait, S::Closed, "timeout 2MSL", "delete TCB", R::Client, K::Figure5,
     TSL_TRANSLATE_NOOP("StateText", "Twice the maximum segment lifetime has passed (60 s on Linux): the TCB is deleted.")},

    // A valid RST (§3.10.7.3-4). SYN_RECEIVED reached by active open goes to CLOSED; reached by
    // passive open it returns to LISTEN (the Figure 5 edge above).
    {"synsent-rcv-rst", S::SynSent, S::Closed, "rcv RST", "", R::Client, K::Reset,
     TSL_TRANSLATE_NOOP("StateText", "A RST answers the SYN: nobody listens on that port, so the connection is refused and the TCB deleted (RFC 9293 §3.10.7.3).")},
    {"synrcvd-rcv-rst-active", S::SynReceived, S::Closed, "rcv RST (active open)", "", R::Unusual, K::Reset,
     TSL_TRANSLATE_NOOP("StateText", "A RST in SYN_RECEIVED after an active open aborts the attempt: the connection is refused (RFC 9293 §3.10.7.4).")},
    {"estab-rcv-rst", S::Established, S::Closed, "rcv RST", "", R::Unusual, K::Reset,
     TSL_TRANSLATE_NOOP("StateText", "A valid RST in %1 resets the connection: the user is told \"connection reset\" and the TCB is deleted (RFC 9293 §3.10.7.4).")},
    {"finwait1-rcv-rst", S::FinWait1, S::Closed, "rcv RST", "", R::Unusual, K::Reset,
     TSL_TRANSLATE_NOOP("StateText", "A valid RST in %1 resets the connection: the user is told \"connection reset\" and the TCB is deleted (RFC 9293 §3.10.7.4).")},
    {"finwait2-rcv-rst", S::FinWait2, S::Closed, "rcv RST", "", R::Unusual, K::Reset,
     TSL_TRANSLATE_NOOP("StateText", "A valid RST in %1 resets the connection: the user is told \"connection reset\" and the TCB is deleted (RFC 9293 §3.10.7.4).")},
    {"closewait-rcv-rst", S::CloseWait, S::Closed, "rcv RST", "", R::Unusual, K::Reset,
     TSL_TRANSLATE_NOOP("StateText", "A valid RST in %1 resets the connection: the user is told \"connection reset\" and the TCB is deleted (RFC 9293 §3.10.7.4).")},
    {"closing-rcv-rst", S::Closing, S::Closed, "rcv RST", "", R::Unusual, K::Reset,
     TSL_TRANSLATE_NOOP("StateText", "A valid RST in %1 resets the connection: the user is told \"connection reset\" and the TCB is deleted (RFC 9293 §3.10.7.4).")},
    {"lastack-rcv-rst", S::LastAck, S::Closed, "rcv RST", "", R::Unusual, K::Reset,
     TSL_TRANSLATE_NOOP("StateText", "A valid RST in %1 resets the connection: the user is told \"connection reset\" and the TCB is deleted (RFC 9293 §3.10.7.4).")},
    {"timewait-rcv-rst", S::TimeWait, S::Closed, "rcv RST", "", R::Unusual, K::Reset,
     TSL_TRANSLATE_NOOP("StateText", "A RST in TIME_WAIT deletes the TCB early; RFC 1337 recommends ignoring it, Linux follows the RFC 9293 rule unless tcp_rfc1337 is set.")},

    // ABORT (§3.10.5): synchronized states send a RST; the others just delete the TCB.
    {"listen-abort", S::Listen, S::Closed, "ABORT", "delete TCB", R::Unusual, K::Abort,
     TSL_TRANSLATE_NOOP("StateText", "The application aborts in %1: no RST is needed, the TCB is simply deleted (RFC 9293 §3.10.5).")},
    {"synsent-abort", S::SynSent, S::Closed, "ABORT", "delete TCB", R::Unusual, K::Abort,
     TSL_TRANSLATE_NOOP("StateText", "The application aborts in %1: no RST is needed, the TCB is simply deleted (RFC 9293 §3.10.5).")},
    {"synrcvd-abort", S::SynReceived, S::Closed, "ABORT", "snd RST", R::Unusual, K::Abort,
     TSL_TRANSLATE_NOOP("StateText", "The application aborts in %1: a RST is sent, queued data is discarded and the TCB deleted (RFC 9293 §3.10.5); SO_LINGER with a zero timeout does this.")},
    {"estab-abort", S::Established, S::Closed, "ABORT", "snd RST", R::Unusual, K::Abort,
     TSL_TRANSLATE_NOOP("StateText", "The application aborts in %1: a RST is sent, queued data is discarded and the TCB deleted (RFC 9293 §3.10.5); SO_LINGER with a zero timeout does this.")},
    {"finwait1-abort", S::FinWait1, S::Closed, "ABORT", "snd RST", R::Unusual, K::Abort,
     TSL_TRANSLATE_NOOP("StateText", "The application aborts in %1: a RST is sent, queued data is discarded and the TCB deleted (RFC 9293 §3.10.5); SO_LINGER with a zero timeout does this.")},
    {"finwait2-abort", S::FinWait2, S::Closed, "ABORT", "snd RST", R::Unusual, K::Abort,
     TSL_TRANSLATE_NOOP("StateText", "The application aborts in %1: a RST is sent, queued data is discarded and the TCB deleted (RFC 9293 §3.10.5); SO_LINGER with a zero timeout does this.")},
    {"closewait-abort", S::CloseWait, S::Closed, "ABORT", "snd RST", R::Unusual, K::Abort,
     TSL_TRANSLATE_NOOP("StateText", "The application aborts in %1: a RST is sent, queued data is discarded and the TCB deleted (RFC 9293 §3.10.5); SO_LINGER with a zero timeout does this.")},
    {"closing-abort", S::Closing, S::Closed, "ABORT", "delete TCB", R::Unusual, K::Abort,
     TSL_TRANSLATE_NOOP("StateText", "The application aborts in %1: no RST is needed, the TCB is simply deleted (RFC 9293 §3.10.5).")},
    {"lastack-abort", S::LastAck, S::Closed, "ABORT", "delete TCB", R::Unusual, K::Abort,
     TSL_TRANSLATE_NOOP("StateText", "The application aborts in %1: no RST is needed, the TCB is simply deleted (RFC 9293 §3.10.5).")},
    {"timewait-abort", S::TimeWait, S::Closed, "ABORT", "delete TCB", R::Unusual, K::Abort,
     TSL_TRANSLATE_NOOP("StateText", "The application aborts in %1: no RST is needed, the TCB is simply deleted (RFC 9293 §3.10.5).")},

    // Not in the RFC: Linux deletes an orphaned FIN_WAIT_2 (its application closed, the peer
    // never sends its FIN) after net.ipv4.tcp_fin_timeout, 60 s.
    {"finwait2-timeout", S::FinWait2, S::Closed, "timeout (orphaned)", "delete TCB", R::Unusual, K::Abort,
     TSL_TRANSLATE_NOOP("StateText", "Linux, not the RFC: an orphaned FIN_WAIT_2 whose peer never closes is deleted after tcp_fin_timeout (60 s).")},
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

bool sendsReset(const Transition& edge) { return edge.action == "snd RST"; }

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
