#pragma once
// What one step did: the segments it handled and sent, the state changes (edges of the
// transition table), the timer that fired and why (notes the Qt layer words). Plain C++.

#include "model/tcpstate.h"
#include "sim/command.h"
#include "sim/profile.h"
#include "sim/source.h"
#include "sim/simstate.h"

#include <optional>
#include <vector>

namespace tsl::sim {

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
    OutOfOrderDropped,       // data beyond RCV.NXT: acknowledged, not queued by this simulator
    SynReturnsToListen,      // a SYN in a passive SYN_RECEIVED: back to LISTEN (§3.10.7.4, fourth)
    // Profile linux only: where Linux answers differently from RFC 9293 (each names the code).
    LinuxSynFinDropped,      // LISTEN discards a SYN that carries FIN too
    LinuxRequestReset,       // a passive SYN_RECEIVED is a request socket: an in-window SYN resets it
    LinuxRequestBadAck,      // tcp_check_req tests the ACK before the window: a RST
    LinuxSynAckRepeated,     // the peer's SYN again: the request socket answers its SYN,ACK again
    LinuxNoAckDropped,       // no ACK, SYN or RST: discarded before the sequence check
    LinuxWindowEdge,         // accepted exactly at RCV.NXT+RCV.WND (tcp_sequence tests !after)
    LinuxOutOfOrderAcked,    // sequence space beyond RCV.NXT: queued out of order, RCV.NXT acknowledged at once
    LinuxOldSequenceAcked,   // sequence space already received: a duplicate ACK at once
    LinuxIgnoredAfterFin,    // CLOSE_WAIT, CLOSING, LAST_ACK: new sequence space is ignored
    LinuxAbortOnData,        // closed by the application, new data or FIN arrives: RST (TCPAbortOnData)
    LinuxRstBeforeFin,       // a RST at RCV.NXT-1 after the peer's FIN is taken (tcp_reset_check)
    LinuxOrphanSynReset,     // an orphaned FIN_WAIT_2 (a timewait socket) resets on a SYN
    LinuxOrphanRstKills,     // any RST inside its window kills an orphaned FIN_WAIT_2
    LinuxOrphanOutOfWindowAcked, // an orphaned FIN_WAIT_2 acknowledges anything outside its window
    LinuxTimeWaitAcked,      // TIME_WAIT acknowledges every segment not exactly at RCV.NXT
    LinuxTimeWaitRstIgnored, // TIME_WAIT ignores a RST not exactly at RCV.NXT
    LinuxTimeWaitNewSyn,     // a SYN above RCV.NXT ends TIME_WAIT early: the listener takes it
    LinuxTimeWaitNewSynFin,  // the same with FIN: TIME_WAIT ends, the listener drops it
    LinuxResetCarriesAck,    // an abort's RST acknowledges RCV.NXT (tcp_send_active_reset())
    LinuxRepeatedSynNotTrimmed, // SYN_RECEIVED: a SYN at IRS is old sequence space, answered with an ACK
    LinuxRestDiscarded,      // CLOSING: the ACK of our FIN moves to TIME_WAIT, the rest is discarded
};

// Notes that explain the step's state changes better than the table's edges (the edges the
// simulator had to take stand for what Linux does in one go): the step's text leaves the edges out.
bool noteExplainsItsEdges(Note note);
// Whether the note names a Linux behaviour that RFC 9293 does not have (the Linux… notes).
bool noteNamesLinuxBehaviour(Note note);
// A stable identifier for JSON: "unacceptable-acked", "linux-time-wait-acked", ...
const char* noteToken(Note note);

struct StepRecord {
    int step = 0; // 1-based
    Command command;
    std::optional<Segment> handled;  // the segment delivered, dropped, duplicated or injected
    std::vector<Segment> sent;       // segments put on the network by this step
    std::vector<StateChange> changes;
    std::vector<Note> notes;
    std::optional<SimTimerKind> timerFired;
    Side timerSide = Side::A;
    TcpState stateA = TcpState::Closed;
    TcpState stateB = TcpState::Closed;
    std::int64_t nowMs = 0;
    Profile profile = Profile::Rfc9293;
    std::vector<Source> sources; // where the step's answer to an arriving segment comes from, in order
};

} // namespace tsl::sim
