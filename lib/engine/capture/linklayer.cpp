#include "linklayer.h"

#include <pcap/dlt.h>

#include <cstring>

namespace tsl::capture {

namespace {

constexpr std::uint16_t kEtherIpv4 = 0x0800;
constexpr std::uint16_t kEtherIpv6 = 0x86dd;
constexpr std::uint16_t kEtherVlan = 0x8100;
constexpr std::uint16_t kEtherQinQ = 0x88a8;
constexpr std::uint16_t kEtherQinQOld = 0x9100;
// LINKTYPE_RAW is 101 in files; libpcap reports it as DLT_RAW (12 or 14 by platform).
constexpr int kLinkTypeRawInFile = 101;

std::uint16_t read16(const std::uint8_t* p) { return std::uint16_t(p[0] << 8 | p[1]); }

// BSD loopback's address family, in the capturing host's byte order (null) or network order
// (loop): AF_INET is 2 everywhere, AF_INET6 is 10 (Linux), 24, 28 or 30 (the BSDs, macOS).
std::optional<bool> familyIsIpv6(std::uint32_t family)
{
    switch (family) {
    case 2: return false;
    case 10:
    case 24:
    case 28:
    case 30: return true;
    default: return std::nullopt;
    }
}

std::optional<net::TcpSegment> fromEtherType(std::uint16_t etherType, const std::uint8_t* ip, std::size_t captured,
                                             net::PacketProblem& why)
{
    if (etherType != kEtherIpv4 && etherType != kEtherIpv6) {
        why = net::PacketProblem::NotTcp;
        return std::nullopt;
    }
    return net::parseIpPacket(ip, captured, &why);
}

} // namespace

bool linkTypeSupported(int linkType)
{
    switch (linkType) {
    case DLT_EN10MB:
    case DLT_LINUX_SLL:
    case DLT_LINUX_SLL2:
    case DLT_RAW:
    case kLinkTypeRawInFile:
    case DLT_IPV4:
    case DLT_IPV6:
    case DLT_NULL:
    case DLT_LOOP: return true;
    default: return false;
    }
}

std::optional<net::TcpSegment> segmentFromFrame(int linkType, const std::uint8_t* frame, std::size_t captured,
                                                net::PacketProblem& why)
{
    why = net::PacketProblem::Cut;
    switch (linkType) {
    case DLT_EN10MB: {
        if (captured < 14)
            return std::nullopt;
        std::size_t offset = 12;
        std::uint16_t etherType = read16(frame + offset);
        // One or more VLAN tags: four bytes each, the next type after them.
        while (etherType == kEtherVlan || etherType == kEtherQinQ || etherType == kEtherQinQOld) {
            offset += 4;
            if (offset + 2 > captured)
                return std::nullopt;
            etherType = read16(frame + offset);
        }
        offset += 2;
        return fromEtherType(etherType, frame + offset, captured - offset, why);
    }
    case DLT_LINUX_SLL:
        if (captured < 16)
            return std::nullopt;
        return fromEtherType(read16(frame + 14), frame + 16, captured - 16, why);
    case DLT_LINUX_SLL2:
        if (captured < 20)
            return std::nullopt;
        return fromEtherType(read16(frame), frame + 20, captured - 20, why);
    case DLT_RAW:
    case kLinkTypeRawInFile:
    case DLT_IPV4:
    case DLT_IPV6: return net::parseIpPacket(frame, captured, &why);
    case DLT_NULL:
    case DLT_LOOP: {
        if (captured < 4)
            return std::nullopt;
        std::uint32_t family = 0;
        if (linkType == DLT_LOOP) {
            family = std::uint32_t(frame[0]) << 24 | std::uint32_t(frame[1]) << 16 | std::uint32_t(frame[2]) << 8 | frame[3];
        } else {
            std::memcpy(&family, frame, 4);
            if (family > 0xffff) // written on a host of the other byte order
                family = __builtin_bswap32(family);
        }
        if (!familyIsIpv6(family)) {
            why = net::PacketProblem::NotTcp;
            return std::nullopt;
        }
        return net::parseIpPacket(frame + 4, captured - 4, &why);
    }
    default: why = net::PacketProblem::NotTcp; return std::nullopt;
    }
}

} // namespace tsl::capture
