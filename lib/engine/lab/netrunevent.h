#pragma once
// One thing that happened in the private network, as a run or a session publishes it: a
// setting applied, a socket call, a wire action on a segment, a state change, a note. Plain C++.

#include "kernel/socketrow.h"
#include "model/enginetext.h"
#include "model/tcpstate.h"
#include "net/wire.h"

#include <cstdint>
#include <string>

namespace tsl {

struct NetRunEvent {
    enum class Kind {
        Setting, // a --set applied: `call` holds "name=value"
        Call,    // a socket call on `side`: `call` ("listen", "connect", "close"...), `detail`
        Segment, // a wire action on `segment`
        State,   // a socket of `side` changed state
        Note,    // what the script concludes (`detail`), e.g. why a SYN had no answer
    };
    Kind kind = Kind::Call;
    std::int64_t timeUs = 0; // since the run started
    // The operation (or the idle poll) during which it happened: events of one step share it,
    // a later step has a larger number. A ladder draws one row per step.
    std::uint64_t step = 0;
    bool spontaneous = false; // seen while no operation ran (a timer fired, TIME_WAIT ended)
    std::string side;        // "A" or "B" (Call, State)
    std::string call;
    std::string detail; // in English (JSON prints it)
    // `detail` as a fact lib/core words in the user's language (NetRunText); empty where the
    // detail has no words (addresses, socket option names)
    EngineText detailText;
    // Segment
    net::WireAction action = net::WireAction::Held;
    net::CapturedSegment segment;
    std::string reason;     // in English (JSON prints it)
    EngineText reasonText;  // the same, for lib/core to word
    // State
    std::string socket; // "connection", "listener", "half-open"
    Endpoint local;
    Endpoint remote;
    TcpState from = TcpState::Closed;
    TcpState to = TcpState::Closed;
    bool seen = true; // false: passed between two polls, implied by the model
};

} // namespace tsl
