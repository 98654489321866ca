#pragma once
// Reads the TCP segments of a pcap or pcapng file through libpcap (pcap_open_offline; never a
// parser of our own for the file format), in file order, optionally through a BPF filter. What
// it cannot use is counted, not fatal: packets that are no TCP, IP fragments, headers cut by the
// snap length; an error in the middle of the file (truncated, an interface of another link
// type in a pcapng) ends the reading with what was read so far. Plain C++.

#include "net/pcaplibrary.h"
#include "net/tcpsegment.h"

#include <cstdint>
#include <memory>
#include <string>

namespace tsl::capture {

struct CapturedPacket {
    std::uint64_t frame = 0;     // 1-based position in the file, as Wireshark numbers frames
    std::int64_t timeNs = 0;     // since the epoch
    std::uint32_t capturedLength = 0;
    std::uint32_t wireLength = 0; // the frame's length on the wire (tshark's "bytes")
    net::TcpSegment segment;
};

struct ReadCounts {
    std::uint64_t packets = 0;   // every packet read that passed the filter
    std::uint64_t tcp = 0;
    std::uint64_t notTcp = 0;
    std::uint64_t fragments = 0;
    std::uint64_t cut = 0;       // the snap length ended inside the headers
    std::uint64_t malformed = 0;
};

class CaptureReader {
public:
    enum class OpenError {
        None,
        LibraryMissing,     // libpcap could not be loaded (`detail`: why)
        CannotRead,         // libpcap cannot read it (`detail`: libpcap's message)
        UnsupportedLinkType, // `detail`: the link type's number
        BadFilter,          // `detail`: libpcap's message
    };

    CaptureReader();
    ~CaptureReader();
    CaptureReader(const CaptureReader&) = delete;
    CaptureReader& operator=(const CaptureReader&) = delete;

    // Opens `path`; `filter` (BPF, may be empty) selects packets. False with error()/detail().
    bool open(const std::string& path, const std::string& filter = {});
    OpenError error() const { return m_error; }
    const std::string& detail() const { return m_detail; }
    int linkType() const { return m_linkType; }

    // The next TCP segment in file order; false at the end of the file or where libpcap stopped
    // (stopMessage() is then libpcap's reason, empty at a clean end).
    bool next(CapturedPacket& packet);
    const std::string& stopMessage() const { return m_stop; }
    const ReadCounts& counts() const { return m_counts; }

private:
    struct Handle;
    net::PcapLibrary m_pcap;
    std::unique_ptr<Handle> m_handle;
    OpenError m_error = OpenError::None;
    std::string m_detail;
    std::string m_stop;
    int m_linkType = 0;
    ReadCounts m_counts;
    std::uint64_t m_frame = 0;
};

} // namespace tsl::capture
