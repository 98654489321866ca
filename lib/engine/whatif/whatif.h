#pragma once
// "What if a socket in STATE received SEGMENT?" — asked of the real Linux kernel (a socket
// brought into the state in the private network, the segment crafted on the wire) and of the
// simulator (the same calls and wire actions, then an injected segment). Plain C++ (Linux for
// the kernel engine); the command line words it.

#include "kernel/socketrow.h"
#include "model/enginetext.h"
#include "model/tcpstate.h"
#include "net/relativeseq.h"
#include "sim/simulator.h"
#include "whatif/whatifconditions.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tsl {

namespace net {
class PrivateNetwork;
}

struct WhatIfQuery {
    TcpState state = TcpState::Established;
    std::uint8_t flags = 0;          // net::tcpflag bits
    bool viaActive = false;          // the receiver reached the state through an active open
    std::string seq = "rcv.nxt";     // relative to the receiver (net::resolveRelative)
    std::string ack = "snd.nxt";
    std::uint32_t len = 0;
    AddressFamily family = AddressFamily::IPv4;
    // The conditions (whatifconditions.h): only where they apply to the state.
    ClosedBy closedBy = ClosedBy::Shutdown;
    bool listener = false;
    std::vector<WhatIfSetting> settings;
};

// Whether `state` can be reached the way `query` asks (SYN_SENT only actively, LISTEN only
// passively); the reason when not, in English (marked for translation in the context "WhatIf").
std::optional<std::string> whatIfRefusal(const WhatIfQuery& query);

struct WhatIfSegment {
    std::uint8_t flags = 0;
    std::uint32_t seq = 0;
    std::uint32_t ack = 0;
    std::uint32_t len = 0;
};

struct WhatIfAnswer {
    bool ok = true;
    std::string error;    // in English
    EngineText errorText; // the same, for lib/core to word
    net::ReceiverNumbers numbers; // the receiver's, just before the segment arrived
    WhatIfSegment sent;           // the crafted segment, absolute
    std::vector<WhatIfSegment> responses;
    TcpState next = TcpState::Closed;
    std::optional<sim::StepRecord> step; // the simulator's step (for its explanation)
    std::optional<sim::Simulator> simulation; // the simulator after that step (for its ladder)

    // seq/ack written with the receiver's names where they match one exactly (or the query's own
    // expressions), else as plain numbers.
    std::string describe(std::uint32_t value, const WhatIfQuery& query) const;
};

WhatIfAnswer whatIfLinux(const WhatIfQuery& query, net::PrivateNetwork& network);
// The simulator under RFC 9293 (the first form) or the given profile.
WhatIfAnswer whatIfSimulator(const WhatIfQuery& query);
WhatIfAnswer whatIfSimulator(const WhatIfQuery& query, sim::Profile profile);

// Whether two engines answered alike: the same next state and the same responses' flags, in
// order, and where both wrote a response's seq or ack with a name, the same name.
bool whatIfAgree(const WhatIfQuery& query, const WhatIfAnswer& first, const WhatIfAnswer& second);

} // namespace tsl
