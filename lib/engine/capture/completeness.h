#pragma once
// Wireshark's TCP conversation completeness (the tcp.completeness field, Wireshark 3.6 and
// later): one bit for each kind of segment seen in the connection, with Wireshark's values.
// Plain C++.

#include "net/tcpsegment.h"

#include <cstdint>
#include <string>

namespace tsl::capture {

namespace completeness {
inline constexpr std::uint8_t kSyn = 1;     // a SYN without ACK
inline constexpr std::uint8_t kSynAck = 2;  // a SYN with ACK
inline constexpr std::uint8_t kAck = 4;     // an ACK without SYN
inline constexpr std::uint8_t kData = 8;    // a segment with payload
inline constexpr std::uint8_t kFin = 16;
inline constexpr std::uint8_t kRst = 32;
} // namespace completeness

// The bits one segment contributes.
std::uint8_t completenessOf(const net::TcpSegment& segment);
// As Wireshark writes the flags, RST first: "·FDASS" for FIN, DATA, ACK, SYN-ACK and SYN seen.
std::string completenessFlags(std::uint8_t bits);

} // namespace tsl::capture
