#pragma once
// One step's cause: an application call, a network action, a timer or a crafted segment. Facts
// only; lib/core/text/simtext.cpp words them in the user's language. Plain C++.

#include "sim/segment.h"
#include "sim/simstate.h"
#include "sim/windowposition.h"

#include <cstddef>
#include <cstdint>
#include <optional>

namespace tsl::sim {

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

// A stable identifier for JSON and tests: "passive-open", "deliver", "inject", ...
const char* commandToken(CommandKind kind);

// The application calls, in the order menus offer them.
inline constexpr CommandKind kApplicationCalls[] = {
    CommandKind::PassiveOpen, CommandKind::ActiveOpen, CommandKind::Send,
    CommandKind::Shutdown,    CommandKind::Close,      CommandKind::Abort,
};

struct Command {
    CommandKind kind = CommandKind::Deliver;
    Side side = Side::A;   // for application calls; the receiver for Inject
    std::uint32_t bytes = 0;
    std::size_t index = 0;
    Segment segment; // for Inject: resolved when crafted, so a replay sends the same bytes
    // For Inject: where the crafted seq and ack were placed, relative to the receiver.
    SeqPosition seqPosition = SeqPosition::RcvNxt;
    AckPosition ackPosition = AckPosition::SndNxt;
    // False where seq or ack were given otherwise (a number, `whatif --seq irs+5`): no position to name.
    bool seqPositioned = true;
    bool ackPositioned = true;
    // For Timer: fire `side`'s timer of this kind (a twin follows a kernel whose timers fired in
    // another order); nullopt: the soonest of all, as time passes.
    std::optional<SimTimerKind> timer;
};

} // namespace tsl::sim
