#pragma once
// The messages between the owner of the private network and its helper process, over a
// SOCK_SEQPACKET socketpair: one fixed-size request, one fixed-size reply, a file descriptor
// attached to the reply (SCM_RIGHTS) when the request creates a socket. Internal to lib/net.

#include <cstdint>

namespace tsl::net::protocol {

// The variable that turns an exec of the program into the helper (see privatenetwork.cpp).
inline constexpr const char* kHelperVariable = "TSL_NET_HELPER_FD";
inline constexpr int kHelperFd = 3;

enum class Operation : std::uint32_t {
    Ready = 1,     // the helper's first message: the network is built (or why not)
    TcpSocket,     // a TCP socket in `host`; `number` is AF_INET or AF_INET6
    SockDiag,      // a NETLINK_SOCK_DIAG socket in `host`
    PacketSocket,  // an AF_PACKET socket on the wire's end facing `host`
    WriteSysctl,   // `name` (e.g. "net/ipv4/tcp_syncookies") = `value` in `host`
    ReadSysctl,    // reply's message holds the value
    SetRtoMin,     // `number` ms on both hosts' routes
    PacketdrillLayout, // host A as packetdrill sees it: tun0, 192.168.0.1/16, remote 192.0.2.1 (netlayout.h)
    HostPacketSocket, // an AF_PACKET socket inside `host` on its own interface (what it sends, timed as sent)
    NamespaceFd,   // `number` 0: the user namespace, 1: `host`'s network namespace (for a shell inside)
};

struct Request {
    Operation operation = Operation::Ready;
    std::uint32_t host = 0; // net::Host
    std::int32_t number = 0;
    char name[96] = {};
    char value[32] = {};
};

struct Reply {
    std::int32_t errnoValue = 0; // 0: done
    char message[224] = {};      // why not (or a sysctl's value)
};

} // namespace tsl::net::protocol
