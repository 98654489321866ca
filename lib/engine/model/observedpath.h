#pragma once
// The one rule by which the live lab, the Watch panel and the command line turn two observations
// of a socket (two polls of the kernel's table, which may skip states that pass in microseconds)
// into transitions of the model:
// - the states in between are the ones the model implies, each marked as passed unseen;
// - where several paths fit (an accepted connection that vanished: a passive close through
//   CLOSE_WAIT and LAST_ACK, or a RST), the one the caller's own operation log proves is taken,
//   and with no such proof the path is unknown: nothing is invented;
// - a connection of a listener is a socket of its own whose story starts LISTEN -> SYN_RECEIVED
//   (never the listener's own transition), and once accepted it has passed ESTABLISHED.
// Plain C++.

#include "tcpstate.h"

#include <cstddef>
#include <vector>

namespace tsl {

// What the caller knows about one socket besides its polled states. The kernel watch knows only
// whether a listener holds the socket's port; the lab also knows every call it made.
struct PathEvidence {
    bool listenerChild = false; // a connection of a listener (passive open): starts in LISTEN
    bool established = false;   // known to have reached ESTABLISHED: accept() returned it (or its peer)
    bool knowsCalls = false;    // every call on the socket is in the log: an unlogged CLOSE never happened
    bool closed = false;        // CLOSE (close() or shutdown(SHUT_WR)) was called
    bool aborted = false;       // ABORT (SO_LINGER 0, close) was called
    bool knowsPeer = false;     // the peer's calls are in the log too
    bool peerListening = false; // the peer is a listener's connection: it answers a SYN with SYN,ACK
    bool peerClosed = false;    // the peer sent its FIN
    bool peerAborted = false;   // the peer sent a RST
    std::vector<std::size_t> proven; // further edges the log proves ("synsent-rcv-syn" for a self-connect)
};

struct ExplainedJump {
    // The model's edges from the old state to the new one; every state but the last was passed
    // unseen. Empty when nothing changed, or when the path is unknown.
    std::vector<std::size_t> edges;
    bool known = true; // false: several paths fit and nothing in the evidence tells them apart
};

// Explains a jump from `from` to `to`. `from` is the last state observed (or the state a socket
// is known to start in: CLOSED, or LISTEN for a listener's connection). A listener's connection
// that leaves the table from SYN_RECEIVED may end with "rcv RST" back in LISTEN: the request is
// gone, the listener carries on.
// From CLOSED to CLOSED it explains a whole life that passed between two polls (explainLife).
ExplainedJump explainJump(TcpState from, TcpState to, const PathEvidence& evidence);

// A socket the caller opened and the kernel reported (the call succeeded) that is gone before
// any poll saw it: the open the evidence proves, then the way to CLOSED. Empty without such an
// open: nothing is claimed about a socket nobody made.
ExplainedJump explainLife(const PathEvidence& evidence);

// Aborting or closing a socket only changes its state in these states: in TIME_WAIT the
// descriptor's socket is already closed and the kernel's TIME_WAIT entry lives on by itself.
bool callReachesState(TcpState state);

} // namespace tsl
