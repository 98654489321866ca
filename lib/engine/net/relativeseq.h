#pragma once
// Sequence numbers written relative to what the wire has seen of a connection, from the
// receiver's point of view: "rcv.nxt", "rcv.nxt+1", "rcv.nxt+wnd-1", "snd.una", "snd.nxt+1",
// "irs", "iss", any name plus or minus a number, or a plain number. Crafted segments and
// `whatif` are written this way, and answers are shown the same way. Plain C++.

#include "wire.h"

#include <cstdint>
#include <optional>
#include <string>

namespace tsl::net {

// The receiver's numbers, as the wire saw them (see Wire::view).
struct ReceiverNumbers {
    std::uint32_t rcvNxt = 0; // what the receiver expects next: the sender's SND.NXT
    std::uint32_t sndUna = 0; // the oldest thing the receiver sent that is unacknowledged
    std::uint32_t sndNxt = 0; // what the receiver sends next
    std::uint32_t window = 0; // the receiver's advertised window, in bytes (scaled)
    std::uint32_t irs = 0;    // the sender's initial sequence number
    std::uint32_t iss = 0;    // the receiver's initial sequence number

    // From the two directions of one connection: `receiver` sent by the receiving host,
    // `sender` by the other end.
    static ReceiverNumbers from(const DirectionView& receiver, const DirectionView& sender);
};

// nullopt (and `error`) for anything that is not such an expression; `error` as a fact lib/core
// words (NetRunText), or in English.
std::optional<std::uint32_t> resolveRelative(const std::string& expression, const ReceiverNumbers& numbers,
                                             EngineText& error);
std::optional<std::uint32_t> resolveRelative(const std::string& expression, const ReceiverNumbers& numbers,
                                             std::string& error);

// The shortest way to write `value` with those names ("rcv.nxt", "snd.nxt+1"), or the plain
// number when no name is within ±`reach`.
std::string describeRelative(std::uint32_t value, const ReceiverNumbers& numbers, std::uint32_t reach = 0);

} // namespace tsl::net
