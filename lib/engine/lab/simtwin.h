#pragma once
// The simulator as the real kernel's twin: fed the events of a real run in the private network
// (socket calls on A and B, wire actions on captured segments, state changes), it drives a
// sim::Simulator (profile linux by default) with the same calls and wire actions — a kernel
// retransmission fires the simulator's retransmission timer, a TIME_WAIT that ends fires its 2MSL
// timer — and compares, step by step, the simulator's states of A and B and its segments with the
// kernel's. Every kernel cause (a call, a wire action, a timer) is one twin step. Plain C++ (Linux);
// the Wire panel and the twin test feed it.

#include "lab/netscenarios.h"
#include "model/tcpstate.h"
#include "sim/profile.h"
#include "sim/simulator.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tsl {

// A segment as both engines are compared: who sent it, its flags (SYN, ACK, FIN, RST; PSH is not
// modelled), seq and ack relative to the sender's and the receiver's initial sequence numbers (as
// the wire numbers them), its length. Spoofed: to or from an address that does not exist.
struct TwinSegment {
    sim::Side from = sim::Side::A;
    std::uint8_t flags = 0; // net::tcpflag bits
    std::uint32_t relSeq = 0;
    std::uint32_t relAck = 0;
    std::uint32_t len = 0;
    bool spoofed = false;
    friend bool operator==(const TwinSegment&, const TwinSegment&) = default;
};
// Protocol notation, not translated: "A→B FIN,ACK 1:2 len 0" (relative seq:ack).
std::string twinSegmentLabel(const TwinSegment& segment);

enum class TwinDifferenceKind {
    State,         // the simulator's state of a side is not the kernel's
    KernelOnly,    // the kernel sent a segment the simulator did not
    SimulatorOnly, // the simulator sent a segment the kernel did not
    Differs,       // both sent a segment for the same sequence space, not alike (`segment`: the kernel's)
    NotMirrored,   // a wire action on a segment the simulator never had: not applied to it
};

struct TwinDifference {
    TwinDifferenceKind kind = TwinDifferenceKind::State;
    sim::Side side = sim::Side::A;    // State: the side; segments: the sender
    TcpState kernelState = TcpState::Closed;
    TcpState simState = TcpState::Closed;
    std::optional<TwinSegment> segment;    // the kernel's (the simulator's for SimulatorOnly)
    std::optional<TwinSegment> simSegment; // Differs: the simulator's
};

// What caused a twin step on the kernel's side.
enum class TwinCause {
    Call,       // a socket call on `side` (`call`: "listen", "connect", "close"...)
    WireAction, // deliver, drop, duplicate or inject a segment
    Timer,      // a kernel timer fired: a retransmission, or TIME_WAIT / FIN_WAIT_2 ended
    Setting,    // a setting of the private network (`call`: "name=value")
};

struct TwinStep {
    int index = 0; // 1-based
    TwinCause cause = TwinCause::Call;
    std::string side;               // "A", "B" (calls), the sender (wire actions), the timer's side
    std::string call;               // Call, Setting
    std::optional<net::WireAction> action;
    std::optional<TwinSegment> segment; // the segment of a wire action
    std::vector<std::size_t> events;    // indices of the fed events that belong to this step (cause first)
    int firstSimStep = 0;               // the simulator's steps for it: firstSimStep .. firstSimStep+simSteps-1 (1-based)
    int simSteps = 0;
    bool closed = false;                // the next cause came: the comparison below is final
    // States at the step's end (live while the step is open).
    TcpState kernelA = TcpState::Closed, kernelB = TcpState::Closed;
    TcpState simA = TcpState::Closed, simB = TcpState::Closed;
    bool statesAgree = true;
    std::vector<TwinDifference> differences; // states, then segments sent in this step
    // The simulator's notes of this step that name a Linux behaviour (under profile linux): where
    // Linux parts from RFC 9293 here, this is what the twin did the Linux way.
    std::vector<sim::Note> linuxNotes;
    bool agrees() const { return differences.empty(); }
};

class SimTwin {
public:
    explicit SimTwin(sim::Profile profile = sim::Profile::Linux);

    // Feeds the next event of the real run (in the order the run published them).
    void feed(const NetRunEvent& event);
    // The run is over: the last step's comparison becomes final.
    void finish();

    sim::Profile profile() const { return m_simulator.profile(); }
    const sim::Simulator& simulator() const { return m_simulator; }
    const std::vector<TwinStep>& steps() const { return m_steps; }
    const std::vector<NetRunEvent>& events() const { return m_events; }
    // The simulator's state of a side, and the kernel's as the twin compares it (the connection's,
    // or the listener's where there is no connection).
    TcpState simState(sim::Side side) const { return m_simulator.state().tcb(side).state; }
    TcpState kernelState(sim::Side side) const;
    // Every closed step agreed in state (segment differences aside).
    bool statesAgree() const;

private:
    struct KernelSide {
        std::optional<TcpState> connection;
        std::optional<TcpState> listener;
    };
    struct SimSegmentRecord {
        int simId = 0;
        TwinSegment key;
        std::uint64_t kernelId = 0; // matched kernel segment (0: none yet)
        int step = 0;               // twin step (1-based) that sent it
    };
    struct KernelSegmentRecord {
        std::uint64_t kernelId = 0;
        TwinSegment key;
        int simId = 0; // matched simulator segment (0: none)
        int step = 0;
        bool loose = false; // matched by sequence space only: they differ
    };
    struct Numbering {
        bool seen = false;
        std::uint32_t iss = 0;
    };

    void openStep(TwinCause cause, std::size_t event);
    void closeStep();
    void refresh(TwinStep& step);
    void apply(const sim::Command& command);
    void applyCall(const NetRunEvent& event);
    void applyWireAction(const NetRunEvent& event);
    void capture(const NetRunEvent& event);
    void noteState(const NetRunEvent& event);
    bool fireTimerFor(sim::Side side, sim::SimTimerKind kind);
    TwinSegment kernelKey(const net::CapturedSegment& captured) const;
    TwinSegment simKey(const sim::Segment& segment);
    // Pairs the kernel's segment with the oldest unpaired simulator segment alike; `loose`: one
    // from the same side for the same sequence space (SYN, FIN, RST, seq and length alike).
    bool matchKernel(KernelSegmentRecord& record, bool loose = false);
    std::optional<std::size_t> networkIndexOf(int simId) const;
    int simIdFor(std::uint64_t kernelId) const;
    KernelSide& kernelSide(sim::Side side) { return side == sim::Side::A ? m_kernelA : m_kernelB; }
    const KernelSide& kernelSide(sim::Side side) const { return side == sim::Side::A ? m_kernelA : m_kernelB; }

    sim::Simulator m_simulator;
    std::vector<NetRunEvent> m_events;
    std::vector<TwinStep> m_steps;
    std::vector<SimSegmentRecord> m_simSegments;
    std::vector<KernelSegmentRecord> m_kernelSegments;
    Numbering m_simNumbering[2];
    std::vector<std::pair<int, TwinSegment>> m_notMirrored; // step, segment
    KernelSide m_kernelA, m_kernelB;
    std::optional<bool> m_synCookies; // a tcp_syncookies setting (Linux's default is 1: on when the queue is full)
    bool m_cookiesApplied = false;
};

} // namespace tsl
