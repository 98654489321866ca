#pragma once
// The vocabulary for "where does a segment fall" as RFC 9293 §3.4 and §3.10.7.4 speak of it:
// a sequence number relative to the receiver's window (RCV.NXT, RCV.NXT+1, RCV.NXT+RCV.WND-1,
// outside it), an acknowledgement number relative to the receiver's send space (SND.UNA,
// SND.NXT, beyond it). Crafted segments are placed with it; a "what if" command can reuse it.
// Plain C++.

#include "sim/simstate.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace tsl::sim {

enum class SeqPosition {
    BeforeWindow, // RCV.NXT-1: already received, left of the window
    RcvNxt,       // RCV.NXT: exactly what the receiver expects next
    RcvNxtPlus1,  // RCV.NXT+1: inside the window, but not the next byte
    WindowLast,   // RCV.NXT+RCV.WND-1: the last sequence number inside the window
    BeyondWindow, // RCV.NXT+RCV.WND: right of the window
};

enum class AckPosition {
    BeforeSndUna, // SND.UNA-1: acknowledges something acknowledged already (old)
    SndUna,       // SND.UNA: acknowledges nothing new (a duplicate ACK)
    SndNxt,       // SND.NXT: acknowledges everything the receiver has sent
    BeyondSndNxt, // SND.NXT+1: acknowledges something the receiver never sent
};

inline constexpr SeqPosition kSeqPositions[] = {SeqPosition::BeforeWindow, SeqPosition::RcvNxt, SeqPosition::RcvNxtPlus1,
                                                SeqPosition::WindowLast, SeqPosition::BeyondWindow};
inline constexpr AckPosition kAckPositions[] = {AckPosition::BeforeSndUna, AckPosition::SndUna, AckPosition::SndNxt,
                                                AckPosition::BeyondSndNxt};

// The absolute number for `receiver` (its RCV.NXT and RCV.WND, or SND.UNA and SND.NXT).
std::uint32_t resolveSeq(const Tcb& receiver, SeqPosition position);
std::uint32_t resolveAck(const Tcb& receiver, AckPosition position);

// Whether a segment starting at `position` with `seqLength` octets is acceptable to an
// ESTABLISHED receiver (the four cases of §3.10.7.4's first check).
bool inWindow(const Tcb& receiver, SeqPosition position, std::uint32_t seqLength);

// RFC notation, not translated: "RCV.NXT+1", "RCV.NXT+WND-1", "SND.NXT+1".
const char* seqPositionNotation(SeqPosition position);
const char* ackPositionNotation(AckPosition position);
// Stable tokens for the command line: "rcv.nxt+1", "rcv.nxt+wnd-1", "snd.nxt+1".
const char* seqPositionToken(SeqPosition position);
const char* ackPositionToken(AckPosition position);
std::optional<SeqPosition> parseSeqPosition(std::string_view token);
std::optional<AckPosition> parseAckPosition(std::string_view token);

} // namespace tsl::sim
