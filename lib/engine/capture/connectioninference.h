#pragma once
// Both ends of one TCP connection inferred from its captured segments with the simulator's TCB
// logic (sim/stepcontext.h, under the chosen profile): for every segment, what its sender must
// have done to send it (connect, close, abort, send data) is applied to the sender's TCB, and the
// segment is then handled by the receiver's TCB as the simulator handles a delivery, numbers as
// captured. The captured segments stand for the simulator's own: what the simulator would send
// in answer is not kept, the next captured segment says what was sent.
//
// Unknown stays unknown: a capture that starts mid-stream places both ends in ESTABLISHED at the
// first segment that is no SYN (ACK, data, FIN), and the receiver of a first SYN is only known
// once it answers (a SYN,ACK: it was listening; a RST: no listener; its own SYN: a simultaneous
// open). Until then the SYN's step is held back (settled() says how many can be taken). Plain C++.

#include "capture/capturereader.h"
#include "capture/completeness.h"
#include "capture/replaystep.h"
#include "sim/simstate.h"

#include <deque>
#include <optional>
#include <vector>

namespace tsl::capture {

class ConnectionInference {
public:
    ConnectionInference(std::size_t index, const ConnectionEndpoint& a, const ConnectionEndpoint& b,
                        sim::Profile profile, bool midStream);

    void feed(const CapturedPacket& packet, sim::Side from);
    // The capture ended: held-back steps settle with what is known.
    void finish();

    // Steps that will not change any more, oldest first.
    bool hasSettled() const { return m_settled > 0; }
    ReplayStep takeSettled();
    // Drops settled steps (a summary that needs no steps).
    void discardSettled();

    const ConnectionSummary& summary() const { return m_summary; }
    // FINs both ways or a RST, or both ends closed: a new SYN on the tuple is a new connection.
    bool over() const;
    // The first SYN's sequence number (a retransmission of it is no new connection).
    std::optional<std::uint32_t> firstSynSeq() const { return m_firstSynSeq; }

private:
    struct SideData {
        bool seqKnown = false;      // the sender's first sequence number is known
        std::uint32_t firstSeq = 0; // ISN (or the one before the first seq seen mid-stream)
        bool sentEndKnown = false;
        std::uint32_t sentEnd = 0;  // highest sequence number sent + 1
        bool finSeen = false;
        bool resetOwed = false;     // its TCB answered with a RST that is not yet captured
    };
    // A captured segment on its way: its receiver handles it once the capture shows it had it
    // (its answer acknowledges it) or that it crossed the receiver's own segment.
    struct Held {
        std::size_t step = 0; // absolute step number, from 0
        sim::Segment segment;
    };

    TcpState shown(sim::Side side) const;
    sim::Segment simSegment(const CapturedPacket& packet, sim::Side from) const;
    void seedMidStream(const CapturedPacket& packet, sim::Side from);
    void applySender(ReplayStep& step, const CapturedPacket& packet, sim::Side from);
    void deliver(ReplayStep& step, const sim::Segment& segment, sim::Side to);
    void deliverHeld(const Held& held, std::uint64_t afterFrame);
    void startB(const CapturedPacket* answer);
    void learnCapturePoint(const CapturedPacket& packet, sim::Side from);
    bool receiverAtCapturePoint(sim::Side receiver) const;
    void notePath(sim::Side side);
    void updateSettled();
    ReplayStep& stepAt(std::size_t absolute) { return m_steps[absolute - m_taken]; }
    SideData& data(sim::Side side) { return side == sim::Side::A ? m_a : m_b; }
    const SideData& data(sim::Side side) const { return side == sim::Side::A ? m_a : m_b; }

    sim::Profile m_profile;
    sim::SimState m_state;
    ConnectionSummary m_summary;
    SideData m_a, m_b;
    bool m_known = false;        // both TCBs stand for what the ends hold
    bool m_bUntold = false;      // A's first SYN is waiting for B's answer
    std::optional<std::uint32_t> m_firstSynSeq;
    std::deque<Held> m_held[2];  // by sender (A, B)
    std::deque<ReplayStep> m_steps;
    std::size_t m_settled = 0;   // the first m_settled of m_steps
    std::size_t m_taken = 0;     // steps taken or discarded before m_steps.front()
    std::optional<std::uint8_t> m_windowScale[2];
    bool m_scalesKnown = false;
    int m_synsSeen = 0; // bit 1: A's SYN, bit 2: B's
    bool m_resetSeen = false;
    // The handshake's times for the capture point: SYN, SYN,ACK, the ACK of the SYN,ACK.
    std::int64_t m_synNs = -1, m_synAckNs = -1, m_handshakeAckNs = -1;
};

} // namespace tsl::capture
