#pragma once
// Plays a packetdrill script against host A of a private network (net/privatenetwork.h) in
// packetdrill's layout: the script's system calls run on A's sockets, each `<` packet is
// crafted and handed to A from the wire as from the remote 192.0.2.1, each packet A sends is
// captured on the wire (never delivered) and checked against the next `>` line, shell lines
// run inside A's namespaces, %{ assert }% lines read TCP_INFO. One line at a time (step) for
// the window, or all at real speed (run) for `pkt run`. Plain C++, Linux.

#include "kernel/filedescriptor.h"
#include "pktscript.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tsl::net {
class PrivateNetwork;
}
namespace tsl::netlink {
class NetlinkProbe;
}

namespace tsl::pkt {

struct PlayerSettings {
    // Checked times (pkt run); off when a user steps the script by hand.
    bool realTime = true;
    // A's kernel settings before the first line, e.g. {"net/ipv4/tcp_syncookies", "0"}.
    std::vector<std::pair<std::string, std::string>> sysctls;
    // sock_diag after every line (JSON, the window).
    bool readStates = false;
    // How long a `>` line waits when the script's time does not say (`*`, stepping).
    std::int64_t outboundWaitUs = 10'000'000;
};

// One socket of A after a line, as sock_diag shows it.
struct HostSocket {
    std::uint16_t localPort = 0;
    std::uint16_t remotePort = 0;
    std::string state; // "ESTABLISHED"
    int fd = -1;       // the script's descriptor (-1: closed by the script, still in the kernel)
};

struct LineOutcome {
    std::size_t eventIndex = 0;
    int line = 0;
    std::string text;      // the script's line
    std::string kind;      // "inbound", "outbound", "syscall", "shell", "assert", "end"
    bool ok = true;
    std::string error;     // packetdrill's wording, without "FILE:LINE: "
    std::string detail;    // further lines (script packet / actual packet)
    std::int64_t scriptTimeUs = 0;            // when the script placed it
    std::optional<std::int64_t> liveTimeUs;  // when it happened (a captured packet, a call's return)
    std::string expected;  // the packet or result the line asks for
    std::string actual;    // what happened
    std::string output;    // a shell line's output
    std::vector<HostSocket> hostA;
    // A packet crossing the wire, for the window's ladder.
    std::optional<std::uint8_t> packetFlags;
};

class PktPlayer {
public:
    // Prepares `network` (packetdrill's layout, the wire's socket, the settings). nullptr with
    // `error` when it cannot.
    static std::unique_ptr<PktPlayer> create(const Script& script, net::PrivateNetwork& network,
                                             const PlayerSettings& settings, std::string& error);
    ~PktPlayer();
    PktPlayer(const PktPlayer&) = delete;
    PktPlayer& operator=(const PktPlayer&) = delete;

    const Script& script() const { return m_script; }
    std::size_t nextEvent() const { return m_next; }
    bool finished() const { return m_finished; }
    bool failed() const { return m_failed; }

    // Runs the next line (in real time: waits for its time first). After the last line, one
    // more step checks what is still pending (a blocking call) and ends the run (kind "end").
    LineOutcome step();
    // Plays every line; `each` sees every outcome. True when every line held.
    bool run(const std::function<void(const LineOutcome&)>& each);

    std::int64_t setupUs() const { return m_setupUs; }
    // For the benchmark: the differences between the script's times and the captured
    // packets' kernel timestamps, in microseconds.
    const std::vector<std::int64_t>& outboundTimingErrorsUs() const { return m_timingErrors; }

    struct Impl;

private:
    PktPlayer(const Script& script, net::PrivateNetwork& network, const PlayerSettings& settings);
    LineOutcome runEvent(const Event& event);

    Script m_script;
    net::PrivateNetwork& m_network;
    PlayerSettings m_settings;
    std::unique_ptr<Impl> m_impl;
    std::size_t m_next = 0;
    bool m_finished = false;
    bool m_failed = false;
    std::int64_t m_setupUs = 0;
    std::vector<std::int64_t> m_timingErrors;
};

} // namespace tsl::pkt
