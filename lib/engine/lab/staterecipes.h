#pragma once
// Recipes that drive fresh loopback sockets into one TCP state and hold it there, with real
// sockets and no root, on Linux:
//   LISTEN        a listener
//   SYN_SENT      backlog 0 and never accept: the accept queue is full, the next SYN is dropped
//   SYN_RECEIVED  TCP_DEFER_ACCEPT: the handshake's bare ACK is ignored, the request stays
//   ESTABLISHED   connect + accept
//   FIN_WAIT_1    the peer stops reading: our FIN waits behind unsent data (zero window)
//   FIN_WAIT_2    we shut down writing, the peer does not close
//   CLOSE_WAIT    the other side of FIN_WAIT_2
//   CLOSING       both shut down while our FIN still waits behind a zero window
//   LAST_ACK      the passive closer's FIN waits behind data its half-closed peer won't read
//   TIME_WAIT     we shut down, the peer closes: 60 s on Linux
// CLOSED is the socket's absence. Plain C++ (POSIX).

#include "kernel/kernelprobe.h"
#include "lab/loopbacksocket.h"

#include <optional>
#include <string>
#include <vector>

namespace tsl {

struct RecipeEndpoint {
    std::string role;  // "listener", "client", "server", "blocked client", ...
    FourTuple tuple;   // how the kernel's table knows it
    TcpState expected; // its state once the recipe holds
    std::optional<LoopbackSocket> socket; // empty for a request socket (it has no fd yet)
};

struct HeldState {
    TcpState target = TcpState::Closed;
    AddressFamily family = AddressFamily::IPv4;
    std::vector<RecipeEndpoint> endpoints;
    std::size_t targetIndex = 0; // the endpoint that is in `target`

    const RecipeEndpoint& targetEndpoint() const { return endpoints[targetIndex]; }
    // Closes every socket at once (RST where data is pending): nothing of the recipe lingers
    // except what the kernel keeps by itself (TIME_WAIT).
    void release();
};

// The states a recipe can reach on this platform (all but CLOSED on Linux).
std::vector<TcpState> reachableStates();

// Builds the recipe and waits (polling `probe` with exact lookups) until every endpoint is in
// its expected state. nullopt with `error` when the state cannot be produced or held here.
// `serverPort` fixes the port of the recipe's (first) listener; 0 takes any free port.
std::optional<HeldState> reachState(TcpState target, AddressFamily family, KernelProbe& probe,
                                    std::string& error, int timeoutMs = 5000,
                                    std::uint16_t serverPort = 0);

// Polls until the socket with `tuple` is in `state` (or, for CLOSED, gone). False on timeout, and
// at once when the kernel's table cannot be read (then `probeError`, if given, says why).
bool waitForState(KernelProbe& probe, const FourTuple& tuple, TcpState state, int timeoutMs,
                  std::string* probeError = nullptr);

} // namespace tsl
