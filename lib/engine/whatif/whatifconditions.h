#pragma once
// The conditions under which a what-if cell is asked — everything besides the state and the
// segment that changes an answer: how the receiver got there (--via), how its application left
// ESTABLISHED (--closed-by), whether a listener shares its port (--listener) and the kernel's
// settings (--set). Both engines honour them; every answer is reported with them. Plain C++.

#include "model/enginetext.h"
#include "model/tcpstate.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tsl {

// How the receiver's application left ESTABLISHED on the way to its state.
enum class ClosedBy {
    Shutdown, // shutdown(SHUT_WR): a half-close, the socket keeps its descriptor (the textbook's reading)
    Close,    // close(): the socket is orphaned (Linux's FIN_WAIT_2 is then a timewait mini-socket)
};

// "close", "shutdown".
const char* closedByToken(ClosedBy closedBy);
std::optional<ClosedBy> parseClosedBy(const std::string& token);

// Whether the receiver's application closes on the way to `state` (FIN_WAIT_1, FIN_WAIT_2,
// CLOSING, TIME_WAIT, LAST_ACK): only there does --closed-by apply.
bool closedByApplies(TcpState state);
// Whether a listener beside the receiver can be chosen: the states after the handshake, reached
// passively (an active receiver's port is an ephemeral one nobody listens on).
bool listenerApplies(TcpState state, bool viaActive);

struct WhatIfSetting {
    std::string name; // net run's names: "tcp_rfc1337", "tcp_syncookies", ... (findNetSetting)
    long value = 0;
    friend bool operator==(const WhatIfSetting&, const WhatIfSetting&) = default;
};

// Whether the simulator's linux profile models the setting (it changes some cell's answer and
// the profile follows it); the others the profile answers as with the kernel's default.
bool settingModelled(const std::string& name);

// Why a condition cannot be asked with this state (English, marked in the context "WhatIf"),
// or nullopt.
std::optional<EngineText> conditionRefusal(TcpState state, bool viaActive, std::optional<ClosedBy> closedBy,
                                           std::optional<bool> listener);

} // namespace tsl
