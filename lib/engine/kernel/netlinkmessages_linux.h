#pragma once
// sock_diag netlink messages, with no socket in sight: the request builders (inet_diag_req_v2,
// the port-filter bytecode) and the reply parser. Pure functions over bytes, so tests and the
// fuzz targets feed them recorded or hostile replies with no live kernel (as `ss -D` /
// TCPDIAG_FILE allow). NetlinkProbe does the socket I/O around them.

#include "socketrow.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tsl::netlink {

// One whole request datagram (nlmsghdr + inet_diag_req_v2 [+ bytecode attribute]).
std::vector<std::uint8_t> buildDumpRequest(AddressFamily family, const std::vector<std::uint16_t>& ports,
                                           std::uint32_t sequence);
// The same dump for IPv4 and IPv6 at once: the old TCPDIAG_GETSOCK request (inet_diag_req),
// which the kernel answers for AF_UNSPEC. One walk of its hash tables instead of two (the walk
// is most of a dump: the IPv6 request of a mostly-IPv4 table walked every socket to send none).
// Replies come as TCPDIAG_GETSOCK messages; parseDatagram reads both kinds.
std::vector<std::uint8_t> buildBothFamiliesDumpRequest(const std::vector<std::uint16_t>& ports,
                                                       std::uint32_t sequence);
std::vector<std::uint8_t> buildExactRequest(const FourTuple& tuple, std::uint32_t sequence);
// The exact-lookup request appended to `out` (a batch is these, back to back): no allocation
// once `out` has grown.
void appendExactRequest(std::vector<std::uint8_t>& out, const FourTuple& tuple, std::uint32_t sequence);
// The size of one exact-lookup request; a multiple of 4, so they stay aligned back to back.
std::size_t exactRequestSize();

// Jump offsets are 16 bits: this many ports keep the bytecode well inside them.
inline constexpr std::size_t kMaxFilterPorts = 1024;

// The bytecode that keeps a socket when its local or remote port is one of `ports`.
// At most kMaxFilterPorts ports.
std::vector<std::uint8_t> portFilterBytecode(const std::vector<std::uint16_t>& ports);

// Which request of a batch numbered base, base+1, ... base+count-1 a reply's sequence answers,
// wrap-aware (the numbers are 32 bits and a long-running lab goes past 2^32). nullopt: another
// request's (a stale answer).
std::optional<std::size_t> batchIndex(std::uint32_t sequence, std::uint32_t base, std::size_t count);

enum class ParseStatus {
    NeedMore, // a multipart dump continues in the next datagram
    Done,     // NLMSG_DONE, an ACK, or the single reply to an exact lookup
    Failed,   // NLMSG_ERROR, a negative NLMSG_DONE, or malformed bytes: see `error`
};

struct ParseState {
    std::vector<SocketRow> rows;
    // With ipv6Apart, rows of AF_INET6 messages collect here instead, so that a dump of both
    // families lists IPv4 first and IPv6 after, as two dumps did: joinFamilies() appends them.
    bool ipv6Apart = false;
    std::vector<SocketRow> ipv6Rows;
    bool interrupted = false; // NLM_F_DUMP_INTR seen
    int errnoValue = 0;       // from NLMSG_ERROR / NLMSG_DONE; EPROTO for a code no errno has
    std::string error;

    void clear()
    {
        rows.clear();
        ipv6Rows.clear();
        interrupted = false;
        errnoValue = 0;
        error.clear();
    }
    void joinFamilies()
    {
        rows.insert(rows.end(), ipv6Rows.begin(), ipv6Rows.end());
        ipv6Rows.clear();
    }
};

// Parses one received datagram. Messages with another sequence number are skipped.
// Never reads outside [data, data + length).
ParseStatus parseDatagram(const std::uint8_t* data, std::size_t length, std::uint32_t sequence,
                          ParseState& state);

} // namespace tsl::netlink
