#pragma once
// One row of the kernel's TCP table, as every platform probe reports it. Plain C++: the probes
// for Linux, BSD, macOS and Windows all fill it, and none of them may depend on Qt.

#include "model/tcpstate.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tsl {

enum class AddressFamily {
    IPv4,
    IPv6,
};

struct Endpoint {
    AddressFamily family = AddressFamily::IPv4;
    std::array<std::uint8_t, 16> address{}; // network order; IPv4 uses the first four bytes
    std::uint16_t port = 0;                  // host order

    static Endpoint ipv4(std::uint32_t networkOrderAddress, std::uint16_t port);
    static Endpoint ipv6(const std::uint8_t (&bytes)[16], std::uint16_t port);
    // "127.0.0.1", "::1", "[::1]:5000"-style text; nullopt if it is not an address.
    static std::optional<Endpoint> parse(const std::string& address, std::uint16_t port);
    // 0.0.0.0:0 or [::]:0: the remote end of a listener, as the kernel's table shows it.
    static Endpoint unspecified(AddressFamily family);

    // An IPv4-mapped IPv6 address (::ffff:a.b.c.d) becomes plain IPv4.
    Endpoint unmapped() const;
    bool isLoopback() const;
    bool isUnspecified() const; // 0.0.0.0 or ::

    std::string addressText() const;  // "127.0.0.1", "::1"
    std::string text() const;         // "127.0.0.1:5000", "[::1]:5000"
    // As the peer column of ss writes it: "*" for a listener's unspecified peer, else text().
    std::string peerText() const;

    friend bool operator==(const Endpoint&, const Endpoint&) = default;
};

enum class TimerKind {
    None,
    Retransmit,      // also the SYN,ACK retransmission of a half-open request
    KeepAlive,
    TimeWait,        // the 2MSL countdown (and Linux's orphaned FIN_WAIT_2 timeout)
    ZeroWindowProbe,
    Unknown,
};

const char* timerToken(TimerKind timer); // "none", "retransmit", "keepalive", "timewait", "probe"

struct SocketRow {
    Endpoint local;
    Endpoint remote;
    TcpState state = TcpState::Unknown;
    int rawState = -1; // the platform's own number
    TimerKind timer = TimerKind::None;
    std::int64_t timerMs = 0; // time left on the timer
    std::uint32_t sendQueue = 0;
    std::uint32_t recvQueue = 0;
    std::optional<std::uint64_t> inode;
    std::optional<std::uint32_t> uid;

    AddressFamily family() const { return local.family; }
};

enum class ProbeSource {
    Netlink,  // Linux sock_diag
    Procfs,   // Linux /proc/net/tcp{,6}
    Sysctl,   // macOS / FreeBSD pcblist
    Iphlpapi, // Windows GetTcpTable2 / GetTcp6Table2
};

const char* sourceToken(ProbeSource source); // "netlink", "procfs", "sysctl", "iphlpapi"
std::optional<ProbeSource> parseSource(const std::string& token);

struct FourTuple {
    Endpoint local;
    Endpoint remote;
};

struct ProbeQuery {
    enum class Kind {
        All,
        Ports, // sockets whose local or remote port is one of `ports`
        Exact, // the one socket with exactly this 4-tuple
    };
    Kind kind = Kind::All;
    std::vector<std::uint16_t> ports;
    FourTuple tuple;

    static ProbeQuery all() { return {}; }
    static ProbeQuery forPorts(std::vector<std::uint16_t> ports) { return {Kind::Ports, std::move(ports), {}}; }
    static ProbeQuery exact(const FourTuple& tuple) { return {Kind::Exact, {}, tuple}; }

    bool matches(const SocketRow& row) const; // the user-space form of the same filter
};

struct ProbeResult {
    ProbeSource source = ProbeSource::Procfs;
    std::vector<SocketRow> rows;
    bool ok = true;
    bool inconsistent = false; // the kernel's table changed during a dump (NLM_F_DUMP_INTR)
    std::string error;         // why ok is false
};

} // namespace tsl
