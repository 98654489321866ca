#pragma once
// One TCP segment as the wire sees it in an Ethernet frame: parsed (flags, seq/ack, length,
// window, options) and crafted (with correct IP and TCP checksums). Plain C++.

#include "netlayout.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tsl::net {

namespace tcpflag {
inline constexpr std::uint8_t kFin = 0x01;
inline constexpr std::uint8_t kSyn = 0x02;
inline constexpr std::uint8_t kRst = 0x04;
inline constexpr std::uint8_t kPsh = 0x08;
inline constexpr std::uint8_t kAck = 0x10;
inline constexpr std::uint8_t kUrg = 0x20;
} // namespace tcpflag

// "SYN", "SYN,ACK", "FIN,ACK", "RST", "PSH,ACK" — the simulator's spelling.
std::string flagsText(std::uint8_t flags);
// Parses "SYN", "SYN+ACK", "SYN,ACK", "syn+fin", "RST|ACK"...; nullopt for anything else.
std::optional<std::uint8_t> parseFlags(const std::string& text);

struct TcpOptions {
    std::optional<std::uint16_t> mss;
    bool sackPermitted = false;
    std::optional<std::uint8_t> windowScale;
    std::optional<std::pair<std::uint32_t, std::uint32_t>> timestamps; // value, echo reply
    std::vector<std::pair<std::uint32_t, std::uint32_t>> sackBlocks;

    // As tcpdump names them: "mss 1460", "sackOK", "TS", "wscale 7", "sack 1 {a:b}".
    std::vector<std::string> texts() const;
};

struct TcpSegment {
    IpFamily family = IpFamily::V4;
    std::array<std::uint8_t, 16> source{};      // IPv4 in the first four bytes
    std::array<std::uint8_t, 16> destination{};
    std::uint16_t sourcePort = 0;
    std::uint16_t destinationPort = 0;
    std::uint32_t seq = 0;
    std::uint32_t ack = 0;
    std::uint8_t flags = 0;
    std::uint16_t window = 0;
    std::size_t payloadLength = 0;
    TcpOptions options;

    bool has(std::uint8_t flag) const { return (flags & flag) != 0; }
    // Sequence space the segment occupies: payload, plus one each for SYN and FIN.
    std::uint32_t sequenceLength() const;
};

// Parses an Ethernet frame carrying IPv4 or IPv6 and TCP (no IPv6 extension headers, no IP
// fragments). nullopt for anything else (ARP, ICMP, neighbour discovery...).
std::optional<TcpSegment> parseFrame(const std::uint8_t* frame, std::size_t length);

// An IPv4 or IPv6 packet as a capture file holds it: `captured` bytes of a packet that may have
// been cut short (a snap length). The TCP header's first 20 bytes must be there; the payload's
// length comes from the IP header, options as far as they were captured. IPv6 hop-by-hop,
// routing and destination options headers are skipped. nullopt for anything else (no TCP, a
// fragment, a header cut short); `why` then says which.
enum class PacketProblem {
    None,
    NotTcp,
    Fragment,
    Cut,       // the snap length ended inside the IP or TCP header
    Malformed, // lengths that contradict each other
};
std::optional<TcpSegment> parseIpPacket(const std::uint8_t* packet, std::size_t captured, PacketProblem* why = nullptr);

// Builds the whole Ethernet frame for `segment` (with `payloadLength` zero bytes), from MAC
// `sourceMac` to `destinationMac`, checksums complete. Options: MSS, SACK-permitted, window
// scale and timestamps as set in `segment.options`.
std::vector<std::uint8_t> buildFrame(const TcpSegment& segment, const MacAddress& sourceMac,
                                     const MacAddress& destinationMac);

// Recomputes the IPv4 header checksum and the TCP checksum of a frame in place (a frame read
// before its checksum was completed). False if it is no TCP frame.
bool completeChecksums(std::uint8_t* frame, std::size_t length);

} // namespace tsl::net
