#pragma once
// The stepping simulator: two TCP endpoints, A and B, each a transmission control block after
// RFC 9293, a network holding segments in flight, and timers. The user (or a scenario) applies one
// command per step: an application call, a network action or a timer. Every state change goes
// through the model's transition table. Deterministic: the same commands give the same steps.
// Steps can be undone: the history keeps the commands and periodic checkpoints, so memory stays
// bounded. Plain C++.

#include "model/tcpstate.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tsl::sim {

enum class Side {
    A,
    B,
};
inline Side peer(Side s) { return s == Side::A ? Side::B : Side::A; }
const char* sideName(Side s); // "A", "B"

struct Segment {
    int id = 0;          // unique within a run: the ladder matches sending and delivery by it
    Side from = Side::A; // B for segments to A; spoofed SYNs come "from" the flood (to B)
    bool spoofed = false;
    bool syn = false, ack = false, fin = false, rst = false;
    std::uint32_t seq = 0;
    std::uint32_t ackNo = 0;
    std::uint32_t len = 0;
    std::uint32_t window = 0;
    int sentAtStep = 0;

    std::string flags() const; // "SYN", "SYN,ACK", "FIN,ACK", "RST,ACK", "ACK"
    std::uint32_t seqLength() const { return len + (syn ? 1 : 0) + (fin ? 1 : 0); }
    friend bool operator==(const Segment&, const Segment&) = default;
};

enum class TimerKind {
    Retransmit,
    TimeWait,     // 2MSL
    FinWait2,     // Linux's orphaned FIN_WAIT_2 timeout
};

struct Timer {
    Side side = Side::A;
    TimerKind kind = TimerKind::Retransmit;
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

struct SimState {
    Tcb a, b;
    Listener listener;
    std::vector<Segment> network; // in flight, oldest first
    std::vector<Timer> timers;
    std::int64_t nowMs = 0;
    int nextSegmentId = 1;
    std::uint32_t spoofSeed = 0x2545F491u;

    friend bool operator==(const SimState&, const SimState&) = default;
    Tcb& tcb(Side s) { return s == Side::A ? a : b; }
    const Tcb& tcb(Side s) const { return s == Side::A ? a : b; }
};

enum class CommandKind {
    PassiveOpen,
    ActiveOpen,
    Send,           // `bytes` of application data
    Shutdown,       // close for writing: FIN (half-close)
    Close,          // the application closes: FIN; FIN_WAIT_2 then times out on Linux
    Abort,          // RST
    Deliver,        // the segment at `index` in the network (0: the oldest)
    Drop,           // the network loses the segment at `index`
    Duplicate,      // the network duplicates the segment at `index`
    Timer,          // time passes until the next timer fires
    SpoofedSyn,     // a SYN from a spoofed address reaches B (syn-flood)
    SetSynCookies,  // B turns SYN cookies on (`bytes` != 0) or off
    Listen,         // B's listener gets a backlog of `bytes` (syn-flood)
    Inject,         // `segment` arrives at `side` as if the peer had sent it (crafted segments)
};

struct Command {
    CommandKind kind = CommandKind::Deliver;
    Side side = Side::A;   // for application calls
    std::uint32_t bytes = 0;
    std::size_t index = 0;
    Segment segment; // for Inject

    std::string text() const; // "A: close", "deliver B→A SYN,ACK", "timer"
};

struct StateChange {
    Side side = Side::A;
    TcpState from = TcpState::Closed;
    TcpState to = TcpState::Closed;
    std::size_t transition = 0; // index into transitions()
};

// Why a step did what it did, beyond its state changes (the Qt layer words it).
enum class Note {
    None,
    SegmentDropped,          // the network lost it
    SegmentDuplicated,
    DataAccepted,            // data delivered in order and acknowledged
    AckAdvanced,             // an ACK acknowledged new data or a FIN
    DuplicateIgnored,        // an old duplicate: acknowledged again, nothing else
    UnacceptableAcked,       // out of the window: answered with an ACK (§3.10.7.4 first)
    ChallengeAck,            // a SYN or an inexact RST in a synchronized state (RFC 5961)
    ResetForClosedPort,      // a segment to a port without a TCB draws a RST (§3.10.7.1)
    ResetForBadAck,          // an unacceptable ACK in LISTEN/SYN_SENT/SYN_RECEIVED draws a RST
    RstIgnored,
    Retransmitted,           // a retransmission timer fired: the segment goes again, RTO doubles
    TimeWaitRestarted,       // a retransmitted FIN in TIME_WAIT: ACK again, 2MSL restarts
    TimeWaitExpired,
    FinWait2Expired,         // Linux's orphan timeout
    GaveUp,                  // too many retransmissions: the connection is closed
    HalfOpenQueued,          // a spoofed SYN: one more half-open connection
    SynDroppedQueueFull,     // the half-open queue is full: the SYN is dropped
    SynCookieSent,           // queue full, cookies on: SYN,ACK without state
    CookieAccepted,          // the ACK carried a valid cookie: the connection is created
    SynCookiesChanged,
    ListenBacklogSet,
    SegmentIgnored,          // nothing to do with it (e.g. no SYN in SYN_SENT)
    NothingToDo,             // the command did not apply (empty network, no timer, wrong state)
    DataQueued,
};

struct StepRecord {
    int step = 0; // 1-based
    Command command;
    std::optional<Segment> handled;  // the segment delivered, dropped or duplicated
    std::vector<Segment> sent;       // segments put on the network by this step
    std::vector<StateChange> changes;
    std::vector<Note> notes;
    std::optional<TimerKind> timerFired;
    Side timerSide = Side::A;
    TcpState stateA = TcpState::Closed;
    TcpState stateB = TcpState::Closed;
    std::int64_t nowMs = 0;
};

class Simulator {
public:
    static constexpr std::uint32_t kIssA = 1000;
    static constexpr std::uint32_t kIssB = 2000;
    static constexpr std::int64_t kTwoMslMs = 60000;     // Linux's TIME_WAIT (RFC: 2 x 2 min)
    static constexpr std::int64_t kFinWait2Ms = 60000;   // Linux's tcp_fin_timeout
    static constexpr int kMaxRetransmissions = 6;

    Simulator();

    // Applies one command as the next step; any later history is discarded (like an editor's redo
    // after a new edit). Returns the step's record.
    const StepRecord& apply(const Command& command);
    // Moves to step `n` (0: the start) by replaying the recorded commands; records stay.
    void jumpTo(int n);
    bool stepBack();
    bool stepForward(); // re-applies the next recorded command, if any
    void reset();       // back to step 0, history kept for stepForward

    int currentStep() const { return m_current; }
    int recordedSteps() const { return int(m_commands.size()); }
    const SimState& state() const { return m_state; }
    // Records of steps 1..currentStep() (and beyond, when stepped back).
    const std::vector<StepRecord>& records() const { return m_records; }
    std::size_t historyBytes() const; // what the history costs in memory

private:
    StepRecord execute(const Command& command);
    void restore(int step);

    SimState m_state;
    int m_current = 0;
    std::vector<Command> m_commands;
    std::vector<StepRecord> m_records;
    // A full copy of the state every kCheckpointEvery steps, so jumping back replays few steps.
    static constexpr int kCheckpointEvery = 256;
    std::vector<SimState> m_checkpoints; // m_checkpoints[k] is the state after step k * kCheckpointEvery
};

} // namespace tsl::sim
