#pragma once
// Recorded netlink replies, the test data `snapshot --save-netlink` writes (like `ss -D`) and
// the parser tests, the fuzz targets and TCPSTATELAB_NETLINK_REPLAY read back.
// Format: "TSLNL1\n", then per datagram a little-endian u32 sequence, u32 length and the bytes.

#include "filedescriptor.h"
#include "netlinkmessages_linux.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace tsl::netlink {

// Parses every recorded datagram into `state`; `last` is the status of the last one. Returns
// false (and a message in state.error) on a malformed file or a reply that failed.
bool parseRecording(const std::vector<std::uint8_t>& file, ParseState& state, ParseStatus& last);

// One datagram in the recording's framing, appended to `out`.
void appendRecordedDatagram(std::vector<std::uint8_t>& out, std::uint32_t sequence,
                            const std::uint8_t* data, std::size_t length);

// Writes a recording as the datagrams arrive (NetlinkProbe's recorder calls write()).
class RecordingWriter {
public:
    // Creates or truncates `path` and writes the header; false with `error` when it cannot.
    bool open(const std::string& path, std::string& error);
    // False once a write has failed (the disk is full...); error() says why.
    bool write(std::uint32_t sequence, const std::uint8_t* data, std::size_t length);
    bool ok() const { return m_error.empty(); }
    const std::string& error() const { return m_error; }

private:
    bool writeAll(const std::uint8_t* data, std::size_t length);

    FileDescriptor m_file;
    std::string m_path;
    std::string m_error;
    std::vector<std::uint8_t> m_frame;
};

} // namespace tsl::netlink
