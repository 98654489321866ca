#pragma once
// One step of a stepped story as an exercise sees it: A's and B's states before and after, the
// edges of the transition table each side took and the segments each side sent, with sequence
// numbers relative to the sender's initial sequence number. Generic over where the steps come
// from: the simulator (simulatorsteps.h), the Wire panel's real kernels, and a stepped
// packetdrill script or capture replay that can make the same structs. Plain C++.

#include "model/tcpstate.h"
#include "sim/segment.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace tsl::exercise {

using sim::Side;

// A segment's shape as a student predicts it: the flags, whether it carries data, and (for the
// advanced level) its relative seq and ack.
struct SegmentShape {
    bool syn = false;
    bool ack = false;
    bool fin = false;
    bool rst = false;
    std::uint32_t len = 0;
    std::uint32_t seq = 0;   // relative to the sender's ISS
    std::uint32_t ackNo = 0; // relative to the receiver's ISS (meaningful with `ack`)
    friend bool operator==(const SegmentShape&, const SegmentShape&) = default;
};

// Whether `guess` names `actual`: the flags and whether there is data; with `numbered` also the
// relative seq and ack.
bool sameSegment(const SegmentShape& guess, const SegmentShape& actual, bool numbered);

struct SentSegment {
    Side from = Side::A;
    SegmentShape shape;
};

// One side before a step: its state, and where its next segment would start (relative), where
// known — the advanced level draws its numbers from here.
struct SideStart {
    TcpState state = TcpState::Closed;
    std::optional<std::uint32_t> sndNxt; // relative to its own ISS
    std::optional<std::uint32_t> rcvNxt; // relative to the peer's ISS (once synchronized)
};

struct StepStart {
    int step = 1; // the step about to be taken, 1-based
    SideStart a;
    SideStart b;
    // The side the step's cause acts on, where the source knows it before the step (an
    // application call's side, a delivered segment's receiver): the default side to ask about.
    std::optional<Side> actor;
    const SideStart& side(Side s) const { return s == Side::A ? a : b; }
};

struct EdgeTaken {
    Side side = Side::A;
    std::size_t transition = 0; // index into tsl::transitions()
};

// What the step did.
struct ExerciseStep {
    StepStart start;
    TcpState afterA = TcpState::Closed;
    TcpState afterB = TcpState::Closed;
    std::vector<EdgeTaken> edges;
    std::vector<SentSegment> sent;

    TcpState before(Side s) const { return start.side(s).state; }
    TcpState after(Side s) const { return s == Side::A ? afterA : afterB; }
    std::optional<SegmentShape> firstSentBy(Side s) const;
    std::vector<std::size_t> edgesOf(Side s) const;
};

} // namespace tsl::exercise
