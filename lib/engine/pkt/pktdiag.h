#pragma once
// TCP_INFO of a connection the script has closed but the kernel still holds (FIN_WAIT,
// LAST_ACK, CLOSING, TIME_WAIT): asked of sock_diag by its four-tuple with INET_DIAG_INFO, so
// %{ assert tcpi_state == ... }% works after close() as it does before. Plain C++, Linux.

#include "pktsyscalls.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>

namespace tsl::pkt {

// `diagFd` is a NETLINK_SOCK_DIAG socket inside the host. nullopt with `error` when the kernel
// has no such connection (then tcpi_state is TCP_CLOSE to the script).
std::optional<TcpInfoSnapshot> diagTcpInfo(int diagFd, bool ipv6, const std::array<std::uint8_t, 16>& local,
                                           std::uint16_t localPort, const std::array<std::uint8_t, 16>& remote,
                                           std::uint16_t remotePort, std::string& error);

} // namespace tsl::pkt
