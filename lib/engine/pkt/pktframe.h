#pragma once
// The frames of a script run: an Ethernet frame with IPv4 or IPv6 and TCP, built for a `<`
// line (options in the order written, ECN marks, a payload of zeros) and read back from what
// host A sent (every option kept in order, so a `>` line is compared as packetdrill compares
// it). Plain C++.

#include "pktscript.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tsl::pkt {

struct Frame {
    bool ipv6 = false;
    std::array<std::uint8_t, 16> source{};
    std::array<std::uint8_t, 16> destination{};
    std::uint8_t ecn = 0; // the IP header's two ECN bits
    std::uint16_t sourcePort = 0;
    std::uint16_t destinationPort = 0;
    std::uint32_t seq = 0;
    std::uint32_t ack = 0;
    std::uint8_t flags = 0;
    std::uint16_t window = 0;
    std::uint16_t urgent = 0;
    std::vector<TcpOptionSpec> options;
    std::size_t optionBytes = 0; // as on the wire (header length - 20)
    std::size_t payloadLength = 0;
    std::size_t ipTotalLength = 0; // IPv4 total length or IPv6 payload length + 40
};

// Encodes options as written; the TCP header must end on 4 bytes, so unaligned lists get EOL padding.
std::vector<std::uint8_t> encodeOptions(const std::vector<TcpOptionSpec>& options);
std::vector<std::uint8_t> buildFrame(const Frame& frame, const std::array<std::uint8_t, 6>& sourceMac,
                                     const std::array<std::uint8_t, 6>& destinationMac);
std::optional<Frame> parseTcpFrame(const std::uint8_t* data, std::size_t length);

// "S.", "P.", "F.", "R", "." as packetdrill writes flags.
std::string flagsSpelling(std::uint8_t flags);
// "<mss 1460,sackOK,TS val 1 ecr 0,nop,wscale 7>" ("" for none).
std::string optionsSpelling(const std::vector<TcpOptionSpec>& options);

} // namespace tsl::pkt
