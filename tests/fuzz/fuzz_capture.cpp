// libFuzzer target: replay's segment reader — a captured frame of each link type to the TCP
// segment inside it (capture/linklayer.h over net::parseIpPacket), seeded with
// tests/data/fuzz/capture (an Ethernet frame of a SYN). Bytes cut anywhere or lengths that lie
// must give nullopt with a reason, never a read past the frame.
#include "capture/linklayer.h"

#include <pcap/dlt.h>

#include <cstdint>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // A copy of exactly `size` bytes: AddressSanitizer sees any read beyond it.
    const std::vector<std::uint8_t> frame(data, data + size);
    for (const int linkType : {DLT_EN10MB, DLT_LINUX_SLL, DLT_LINUX_SLL2, DLT_RAW, DLT_NULL, DLT_LOOP, DLT_IPV6}) {
        tsl::net::PacketProblem why = tsl::net::PacketProblem::None;
        const auto segment = tsl::capture::segmentFromFrame(linkType, frame.data(), frame.size(), why);
        if (!segment && why == tsl::net::PacketProblem::None)
            __builtin_trap(); // a frame not read must say why
        if (segment && segment->options.sackBlocks.size() > 4)
            __builtin_trap(); // at most four SACK blocks fit in 40 bytes of options
    }
    return 0;
}
