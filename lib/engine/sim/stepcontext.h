#pragma once
// The work of one step on the simulation state, shared by the files that follow RFC 9293 §3.10:
// usercalls.cpp (OPEN, SEND, CLOSE, ABORT: §3.10.1-5), segmentarrival.cpp (§3.10.7),
// timeouts.cpp (§3.10.8), networkactions.cpp (what the network and an attacker do). Every state
// change is an edge of the transition table. Internal to the simulator.

#include "sim/command.h"
#include "sim/profile.h"
#include "sim/simstate.h"
#include "sim/steprecord.h"
#include "sim/usercalls.h"

#include <optional>
#include <string_view>

namespace tsl::sim {

// B's SYN cookie for a peer's initial sequence number (a stand-in for Linux's keyed hash).
inline std::uint32_t synCookie(std::uint32_t peerSeq) { return (peerSeq * 2654435761u) ^ 0x5eed5eedu; }

struct StepContext {
    SimState& s;
    StepRecord& r;
    Profile profile = Profile::Rfc9293;

    bool linux() const { return profile == Profile::Linux; }

    // Dispatches the command to one of the files above.
    void run(const Command& command);

    // --- shared (stepcontext.cpp) ---
    void note(Note n) { r.notes.push_back(n); }
    void cite(Source source) { r.sources.push_back(source); }
    // Takes the table's edge from the TCB's state on `event`; false (and no change) if none.
    bool take(Side side, std::string_view event);
    // Takes the edge with this id; it must start where the TCB is.
    void change(Side side, std::string_view edgeId);
    void changeByIndex(Side side, std::size_t transition);
    Segment& emit(Side from, bool syn, bool ack, bool fin, bool rst, std::uint32_t seq, std::uint32_t ackNo,
                  std::uint32_t len = 0);
    void ackNow(Side side);
    void clearTimers(Side side, std::optional<SimTimerKind> kind = std::nullopt);
    void setTimer(Side side, SimTimerKind kind, std::int64_t afterMs);
    bool hasTimer(Side side, SimTimerKind kind) const;
    void armRetransmit(Side side);
    void sendFin(Side side);
    void sendPending(Side side); // what waited for the handshake: queued data, then a queued FIN
    void chooseIss(Side side);

    // --- user calls (usercalls.cpp) ---
    void userCall(const Command& c);
    void open(Side side, bool active);
    void send(Side side, std::uint32_t bytes);
    void close(Side side, bool orphan, bool writeOnly);
    void abort(Side side);

    // --- segment arrival (segmentarrival.cpp) ---
    void receive(Side me, const Segment& seg);
    void replyFromClosed(Side me, const Segment& seg);
    // `iss`: the initial sequence number to choose (else the side's fixed one).
    void receiveInListen(Side me, const Segment& seg, std::optional<std::uint32_t> iss = std::nullopt);
    void receiveInSynSent(Side me, const Segment& seg);
    void receiveSynchronized(Side me, const Segment& seg);
    bool acceptable(const Tcb& t, const Segment& seg) const;
    Segment trimmedSyn(const Segment& seg); // the SYN at IRS in SYN_RECEIVED cut off (§3.10.7.4)
    void segmentText(Side me, const Segment& seg, bool finAckedNow);
    void takeFin(Side me, bool finAckedNow);

    // --- where Linux answers differently (linuxarrival.cpp) ---
    bool linuxAcceptable(const Tcb& t, const Segment& seg) const;       // tcp_sequence()
    bool linuxInWindow(const Tcb& t, const Segment& seg) const;         // tcp_in_window()
    void linuxReceiveRequest(Side me, const Segment& seg);              // tcp_check_req()
    void linuxReceiveTimeWait(Side me, const Segment& seg);             // tcp_timewait_state_process()
    void linuxReceiveOrphanFinWait2(Side me, const Segment& seg);       // the same, FIN_WAIT2 substate
    void linuxSegmentText(Side me, const Segment& seg, bool finAckedNow); // step 7 of tcp_rcv_state_process()
    void resetFor(Side me, const Segment& seg);
    void noteWindowEdge(const Tcb& t, const Segment& seg); // accepted on the right edge, unlike the RFC // the RST tcp_v4_send_reset() answers `seg` with

    // --- timeouts (timeouts.cpp) ---
    // The soonest timer, or the soonest of `side`'s of `kind` where given.
    void fireNextTimer(std::optional<Side> side = std::nullopt, std::optional<SimTimerKind> kind = std::nullopt);
    void retransmit(Side side);

    // --- the network and the flood (networkactions.cpp) ---
    void networkAction(const Command& c);
    void spoofedSyn();
    void inject(const Command& c);
};

} // namespace tsl::sim
