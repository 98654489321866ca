#pragma once
// Each operating system numbers TCP states differently; these map its numbers onto the model.
// Plain C++: the per-platform probes use them. Unknown numbers give TcpState::Unknown.

#include "tcpstate.h"

namespace tsl {

// Linux include/net/tcp_states.h: TCP_ESTABLISHED = 1 ... TCP_CLOSING = 11,
// TCP_NEW_SYN_RECV = 12 (a request socket), TCP_BOUND_INACTIVE = 13.
TcpState stateFromLinux(int value);

// BSD and macOS netinet/tcp_fsm.h: TCPS_CLOSED = 0 ... TCPS_TIME_WAIT = 10.
TcpState stateFromBsd(int value);

// Windows MIB_TCP_STATE: MIB_TCP_STATE_CLOSED = 1 ... MIB_TCP_STATE_TIME_WAIT = 11,
// MIB_TCP_STATE_DELETE_TCB = 12.
TcpState stateFromWindows(int value);

} // namespace tsl
