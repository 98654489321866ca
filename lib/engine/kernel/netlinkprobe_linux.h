#pragma once
// Linux sock_diag netlink (NETLINK_SOCK_DIAG, inet_diag_req_v2): the kernel filters by port with
// the same bytecode `ss` sends, and answers exact 4-tuple lookups without a dump.
// The request builders and the reply parser are free functions so that tests can feed them
// recorded replies (tests/data) with no live kernel, as `ss -D` / TCPDIAG_FILE allow.

#include "kernelprobe.h"
#include "filedescriptor.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace tsl::netlink {

// One whole request datagram (nlmsghdr + inet_diag_req_v2 [+ bytecode attribute]).
std::vector<std::uint8_t> buildDumpRequest(AddressFamily family, const std::vector<std::uint16_t>& ports,
                                           std::uint32_t sequence);
std::vector<std::uint8_t> buildExactRequest(const FourTuple& tuple, std::uint32_t sequence);

// Jump offsets are 16 bits: this many ports keep the bytecode well inside them.
inline constexpr std::size_t kMaxFilterPorts = 1024;

// The bytecode that keeps a socket when its local or remote port is one of `ports`.
// At most kMaxFilterPorts ports.
std::vector<std::uint8_t> portFilterBytecode(const std::vector<std::uint16_t>& ports);

enum class ParseStatus {
    NeedMore, // a multipart dump continues in the next datagram
    Done,     // NLMSG_DONE, an ACK, or the single reply to an exact lookup
    Failed,   // NLMSG_ERROR, a negative NLMSG_DONE, or malformed bytes: see `error`
};

struct ParseState {
    std::vector<SocketRow> rows;
    bool interrupted = false; // NLM_F_DUMP_INTR seen
    int errnoValue = 0;       // from NLMSG_ERROR / NLMSG_DONE
    std::string error;
};

// Parses one received datagram. Messages with another sequence number are skipped.
// Never reads outside [data, data + length).
ParseStatus parseDatagram(const std::uint8_t* data, std::size_t length, std::uint32_t sequence,
                          ParseState& state);

// Recorded replies: "TSLNL1\n", then per datagram a little-endian u32 sequence, u32 length and
// the bytes. Returns false (and a message) on a malformed file.
bool parseRecording(const std::vector<std::uint8_t>& file, ParseState& state, ParseStatus& last);

class NetlinkProbe final : public KernelProbe {
public:
    // Opens the netlink socket; check isOpen() / error().
    NetlinkProbe();

    bool isOpen() const { return m_socket.valid(); }
    const std::string& error() const { return m_error; }

    ProbeSource source() const override { return ProbeSource::Netlink; }
    ProbeResult query(const ProbeQuery& query) override;
    // All the requests in one datagram (the kernel answers each at once, while sending), all the
    // replies in one recvmmsg: two system calls however many connections the lab follows.
    bool lookupMany(const std::vector<FourTuple>& tuples, std::vector<std::optional<SocketRow>>& rows,
                    std::string& error) override;

    // Every received datagram is also handed here (with the request's sequence): `snapshot
    // --save-netlink` records test data this way.
    using Recorder = std::function<void(std::uint32_t sequence, const std::uint8_t*, std::size_t)>;
    void setRecorder(Recorder recorder) { m_recorder = std::move(recorder); }

private:
    bool exchange(const std::vector<std::uint8_t>& request, std::uint32_t sequence, ParseState& state);

    FileDescriptor m_socket;
    std::string m_error;
    std::uint32_t m_sequence = 0;
    std::vector<std::uint8_t> m_buffer;
    std::vector<std::uint8_t> m_batch;
    ParseState m_parse; // reused so that a poll allocates nothing once warmed up
    Recorder m_recorder;
};

} // namespace tsl::netlink
