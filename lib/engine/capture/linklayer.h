#pragma once
// From a captured frame of one of the link types a capture file may hold to the IP packet inside
// it, and on to the TCP segment (net/tcpsegment.h parses it): Ethernet (with 802.1Q/802.1ad VLAN
// tags), Linux cooked capture (SLL and SLL2), raw IP, and BSD loopback (null and OpenBSD loop).
// Plain C++; the fuzz target tests/fuzz/fuzz_capture.cpp feeds it arbitrary bytes.

#include "net/tcpsegment.h"

#include <cstddef>
#include <cstdint>
#include <optional>

namespace tsl::capture {

// The libpcap link types (DLT_ values as pcap_datalink() reports them) this reader takes.
bool linkTypeSupported(int linkType);

// The TCP segment in `frame` (`captured` bytes of it), or nullopt with `why` set.
std::optional<net::TcpSegment> segmentFromFrame(int linkType, const std::uint8_t* frame, std::size_t captured,
                                                net::PacketProblem& why);

} // namespace tsl::capture
