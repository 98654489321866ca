#pragma once
// What the simulator knows at one step: A's and B's transmission control blocks (RFC 9293
// §3.3.1), B's listener queue, the segments in flight and the running timers. Plain C++.

#include "model/tcpstate.h"
#include "sim/segment.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace tsl::sim {

// The simulator's TCP timers (the kernel's pending-timer column is tsl::TimerKind).
enum class SimTimerKind {
    Retransmit,
    TimeWait, // 2MSL
    FinWait2, // Linux's orphaned FIN_WAIT_2 timeout
};

struct Timer {
    Side side = Side::A;
    SimTimerKind kind = SimTimerKind::Retransmit;
    std::int64_t expiresMs = 0;
    friend bool operator==(const Timer&, const Timer&) = default;
};

struct Tcb {
    TcpState state = TcpState::Closed;
    bool passiveOpen = false; // reached SYN_RECEIVED from LISTEN
    bool orphaned = false;    // the application closed: FIN_WAIT_2 times out on Linux
    std::uint32_t iss = 0, irs = 0;
    std::uint32_t sndUna = 0, sndNxt = 0, sndWnd = 0;
    std::uint32_t rcvNxt = 0, rcvWnd = 65535;
    std::uint32_t queued = 0;  // application bytes waiting to be sent
    bool finQueued = false;    // the application closed for writing; FIN not sent yet
    bool finSent = false;
    std::uint32_t finSeq = 0;
    int retransmissions = 0;   // of the oldest unacknowledged segment
    std::int64_t rtoMs = 1000; // RFC 6298's initial 1 s, doubled on every retransmission
    friend bool operator==(const Tcb&, const Tcb&) = default;
};

// The syn-flood part of B: a listener's half-open queue.
struct Listener {
    int backlog = 0;             // 0: unlimited (not a flood scenario)
    bool synCookies = false;
    std::uint32_t halfOpen = 0;  // spoofed half-open connections (SYN_RECEIVED), never completed
    std::uint32_t dropped = 0;   // SYNs dropped because the queue was full
    std::uint32_t cookies = 0;   // SYN,ACKs sent with a cookie instead of state
    friend bool operator==(const Listener&, const Listener&) = default;
};

// The surroundings of a run that change answers: kernel settings (sysctls) the linux profile
// models, and whether a listening socket shares a side's port (Linux's TIME_WAIT hands a new SYN
// to it; unset: as the open left it, a passive open's listener stays).
struct SimSettings {
    bool rfc1337 = false; // net.ipv4.tcp_rfc1337: TIME_WAIT ignores RSTs (RFC 1337)
    std::optional<bool> listenerBesideA;
    std::optional<bool> listenerBesideB;
    friend bool operator==(const SimSettings&, const SimSettings&) = default;
};

struct SimState {
    Tcb a, b;
    Listener listener;
    SimSettings settings;
    std::vector<Segment> network; // in flight, oldest first
    std::vector<Timer> timers;
    std::int64_t nowMs = 0;
    int nextSegmentId = 1;
    std::uint32_t spoofSeed = 0x2545F491u;

    friend bool operator==(const SimState&, const SimState&) = default;
    Tcb& tcb(Side s) { return s == Side::A ? a : b; }
    const Tcb& tcb(Side s) const { return s == Side::A ? a : b; }
};

} // namespace tsl::sim
