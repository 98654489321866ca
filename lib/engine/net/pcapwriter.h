#pragma once
// Writes captured segments as a pcap file through libpcap (pcap_open_dead + pcap_dump), so
// Wireshark, tshark and tcpdump open it; libpcap is loaded only while it writes (pcaplibrary.h).
// Plain C++.

#include "wire.h"

#include <deque>
#include <string>

namespace tsl::net {

// False with `error` when the file cannot be written.
bool writePcap(const std::string& path, const std::deque<CapturedSegment>& segments, std::string& error);

} // namespace tsl::net
