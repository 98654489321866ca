#pragma once
// Which application calls (RFC 9293 §3.10.1-5: OPEN, SEND, CLOSE, ABORT, and shutdown for
// writing) do something in a TCB's state: a call that changes the state must have an edge in the
// transition table; SEND also moves data where the connection is synchronized. Plain C++.

#include "sim/command.h"
#include "sim/simstate.h"

namespace tsl::sim {

// False where the call would do nothing ("connect" in ESTABLISHED): menus offer only the others.
bool callApplies(const Tcb& tcb, CommandKind call);

} // namespace tsl::sim
