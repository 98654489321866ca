#pragma once
// The edges a connection most likely took between two observations of its state (two polls of
// the kernel's table, which may skip states that pass in microseconds). The live lab and the
// kernel watch explain such a jump with it, and mark the states in between as passed unseen.
// Plain C++.

#include "tcpstate.h"

#include <cstddef>
#include <span>
#include <vector>

namespace tsl {

// The cheapest edge path from `from` to `to`: edges in `preferred` (what the caller knows it
// did, e.g. the ABORT it called) first; then the client and server paths of Figure 5; then its
// unusual edges (SEND on a listener, simultaneous open and close); RST and ABORT edges only when
// nothing ordinary explains the jump. Empty when `from == to` or nothing leads there.
std::vector<std::size_t> observedPath(TcpState from, TcpState to, std::span<const std::size_t> preferred = {});

} // namespace tsl
