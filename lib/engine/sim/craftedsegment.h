#pragma once
// Crafting a segment by hand ("what if a SYN arrives in ESTABLISHED?"): flags, a length, and seq
// and ack placed relative to the receiver (see windowposition.h). The result is an Inject
// command; the receiver handles it as if its peer had sent it. Plain C++.

#include "sim/command.h"
#include "sim/simstate.h"
#include "sim/windowposition.h"

#include <cstdint>

namespace tsl::sim {

struct SegmentDraft {
    Side to = Side::B;
    bool syn = false;
    bool ack = true;
    bool fin = false;
    bool rst = false;
    SeqPosition seq = SeqPosition::RcvNxt;
    AckPosition ackAt = AckPosition::SndNxt; // ignored without the ACK flag
    std::uint32_t len = 0;
};

// The Inject command for `draft` against the receiver's TCB in `state`, numbers resolved now.
Command craftSegment(const SimState& state, const SegmentDraft& draft);

} // namespace tsl::sim
