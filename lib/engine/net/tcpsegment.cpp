#include "tcpsegment.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace tsl::net {

namespace {

constexpr std::size_t kEthernetHeader = 14;
constexpr std::uint16_t kEtherIpv4 = 0x0800;
constexpr std::uint16_t kEtherIpv6 = 0x86dd;
constexpr std::uint8_t kProtocolTcp = 6;

std::uint16_t read16(const std::uint8_t* p) { return std::uint16_t(p[0] << 8 | p[1]); }
std::uint32_t read32(const std::uint8_t* p)
{
    return std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 | p[3];
}
void write16(std::uint8_t* p, std::uint16_t v)
{
    p[0] = std::uint8_t(v >> 8);
    p[1] = std::uint8_t(v);
}
void write32(std::uint8_t* p, std::uint32_t v)
{
    p[0] = std::uint8_t(v >> 24);
    p[1] = std::uint8_t(v >> 16);
    p[2] = std::uint8_t(v >> 8);
    p[3] = std::uint8_t(v);
}

std::uint32_t sum(const std::uint8_t* data, std::size_t length, std::uint32_t total = 0)
{
    for (std::size_t i = 0; i + 1 < length; i += 2)
        total += read16(data + i);
    if (length & 1)
        total += std::uint32_t(data[length - 1]) << 8;
    return total;
}

std::uint16_t fold(std::uint32_t total)
{
    while (total >> 16)
        total = (total & 0xffff) + (total >> 16);
    return std::uint16_t(~total);
}

void parseOptions(const std::uint8_t* p, std::size_t length, TcpOptions& options)
{
    std::size_t i = 0;
    while (i < length) {
        const std::uint8_t kind = p[i];
        if (kind == 0)
            break;
        if (kind == 1) {
            ++i;
            continue;
        }
        if (i + 1 >= length)
            break;
        const std::uint8_t size = p[i + 1];
        if (size < 2 || i + size > length)
            break;
        const std::uint8_t* value = p + i + 2;
        switch (kind) {
        case 2:
            if (size == 4)
                options.mss = read16(value);
            break;
        case 3:
            if (size == 3)
                options.windowScale = value[0];
            break;
        case 4: options.sackPermitted = true; break;
        case 5:
            for (std::size_t at = 0; at + 8 <= std::size_t(size - 2); at += 8)
                options.sackBlocks.emplace_back(read32(value + at), read32(value + at + 4));
            break;
        case 8:
            if (size == 10)
                options.timestamps = std::make_pair(read32(value), read32(value + 4));
            break;
        default: break;
        }
        i += size;
    }
}

} // namespace

std::string flagsText(std::uint8_t flags)
{
    static constexpr std::pair<std::uint8_t, const char*> kNames[] = {
        {tcpflag::kSyn, "SYN"}, {tcpflag::kFin, "FIN"}, {tcpflag::kRst, "RST"},
        {tcpflag::kPsh, "PSH"}, {tcpflag::kAck, "ACK"}, {tcpflag::kUrg, "URG"}};
    std::string text;
    for (const auto& [flag, name] : kNames) {
        if (flags & flag) {
            if (!text.empty())
                text += ',';
            text += name;
        }
    }
    return text.empty() ? std::string("none") : text;
}

std::optional<std::uint8_t> parseFlags(const std::string& text)
{
    std::uint8_t flags = 0;
    std::string word;
    const auto take = [&]() -> bool {
        if (word.empty())
            return false;
        std::string upper = word;
        std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return char(std::toupper(c)); });
        word.clear();
        static constexpr std::pair<const char*, std::uint8_t> kNames[] = {
            {"SYN", tcpflag::kSyn}, {"FIN", tcpflag::kFin}, {"RST", tcpflag::kRst},
            {"PSH", tcpflag::kPsh}, {"ACK", tcpflag::kAck}, {"URG", tcpflag::kUrg}};
        for (const auto& [name, flag] : kNames) {
            if (upper == name) {
                if (flags & flag)
                    return false; // named twice
                flags |= flag;
                return true;
            }
        }
        return false;
    };
    for (char c : text) {
        if (c == '+' || c == ',' || c == '|') {
            if (!take())
                return std::nullopt;
        } else {
            word += c;
        }
    }
    if (!take())
        return std::nullopt;
    return flags;
}

std::vector<std::string> TcpOptions::texts() const
{
    std::vector<std::string> out;
    if (mss)
        out.push_back("mss " + std::to_string(*mss));
    if (sackPermitted)
        out.push_back("sackOK");
    if (timestamps)
        out.push_back("TS");
    if (windowScale)
        out.push_back("wscale " + std::to_string(*windowScale));
    if (!sackBlocks.empty()) {
        std::string text = "sack " + std::to_string(sackBlocks.size());
        for (const auto& [left, right] : sackBlocks)
            text += " {" + std::to_string(left) + ":" + std::to_string(right) + "}";
        out.push_back(text);
    }
    return out;
}

std::uint32_t TcpSegment::sequenceLength() const
{
    return std::uint32_t(payloadLength) + (has(tcpflag::kSyn) ? 1u : 0u) + (has(tcpflag::kFin) ? 1u : 0u);
}

std::optional<TcpSegment> parseFrame(const std::uint8_t* frame, std::size_t length)
{
    if (length < kEthernetHeader)
        return std::nullopt;
    const std::uint16_t etherType = read16(frame + 12);
    const std::uint8_t* ip = frame + kEthernetHeader;
    const std::size_t ipSpace = length - kEthernetHeader;
    TcpSegment segment;
    const std::uint8_t* tcp = nullptr;
    std::size_t tcpSpace = 0;
    if (etherType == kEtherIpv4) {
        if (ipSpace < 20 || (ip[0] >> 4) != 4 || ip[9] != kProtocolTcp)
            return std::nullopt;
        const std::size_t headerLength = std::size_t(ip[0] & 0x0f) * 4;
        const std::size_t total = read16(ip + 2);
        if (headerLength < 20 || total < headerLength || total > ipSpace || (read16(ip + 6) & 0x3fff) != 0)
            return std::nullopt; // truncated, or a fragment
        segment.family = IpFamily::V4;
        std::memcpy(segment.source.data(), ip + 12, 4);
        std::memcpy(segment.destination.data(), ip + 16, 4);
        tcp = ip + headerLength;
        tcpSpace = total - headerLength;
    } else if (etherType == kEtherIpv6) {
        if (ipSpace < 40 || (ip[0] >> 4) != 6 || ip[6] != kProtocolTcp)
            return std::nullopt;
        const std::size_t payload = read16(ip + 4);
        if (payload > ipSpace - 40)
            return std::nullopt;
        segment.family = IpFamily::V6;
        std::memcpy(segment.source.data(), ip + 8, 16);
        std::memcpy(segment.destination.data(), ip + 24, 16);
        tcp = ip + 40;
        tcpSpace = payload;
    } else {
        return std::nullopt;
    }
    if (tcpSpace < 20)
        return std::nullopt;
    const std::size_t offset = std::size_t(tcp[12] >> 4) * 4;
    if (offset < 20 || offset > tcpSpace)
        return std::nullopt;
    segment.sourcePort = read16(tcp);
    segment.destinationPort = read16(tcp + 2);
    segment.seq = read32(tcp + 4);
    segment.ack = read32(tcp + 8);
    segment.flags = tcp[13];
    segment.window = read16(tcp + 14);
    segment.payloadLength = tcpSpace - offset;
    parseOptions(tcp + 20, offset - 20, segment.options);
    return segment;
}

std::optional<TcpSegment> parseIpPacket(const std::uint8_t* ip, std::size_t captured, PacketProblem* why)
{
    PacketProblem ignored = PacketProblem::None;
    PacketProblem& problem = why ? *why : ignored;
    problem = PacketProblem::None;
    const auto fail = [&problem](PacketProblem p) -> std::optional<TcpSegment> {
        problem = p;
        return std::nullopt;
    };
    if (captured < 1)
        return fail(PacketProblem::Cut);
    TcpSegment segment;
    std::size_t tcpOffset = 0;
    std::size_t tcpLength = 0; // as the IP header gives it
    const unsigned version = ip[0] >> 4;
    if (version == 4) {
        if (captured < 20)
            return fail(PacketProblem::Cut);
        const std::size_t headerLength = std::size_t(ip[0] & 0x0f) * 4;
        std::size_t total = read16(ip + 2);
        if (total == 0)
            total = captured; // segmentation offload: the capture saw the packet before the NIC split it
        if (headerLength < 20 || total < headerLength)
            return fail(PacketProblem::Malformed);
        if (ip[9] != kProtocolTcp)
            return fail(PacketProblem::NotTcp);
        if ((read16(ip + 6) & 0x3fff) != 0)
            return fail(PacketProblem::Fragment);
        segment.family = IpFamily::V4;
        std::memcpy(segment.source.data(), ip + 12, 4);
        std::memcpy(segment.destination.data(), ip + 16, 4);
        tcpOffset = headerLength;
        tcpLength = total - headerLength;
    } else if (version == 6) {
        if (captured < 40)
            return fail(PacketProblem::Cut);
        std::size_t payload = read16(ip + 4);
        if (payload == 0)
            payload = captured - 40; // a jumbogram or offload: what was captured
        std::uint8_t next = ip[6];
        std::size_t offset = 40;
        // Extension headers that may precede TCP: hop-by-hop (0), routing (43), destination (60).
        while (next == 0 || next == 43 || next == 60 || next == 44) {
            if (next == 44)
                return fail(PacketProblem::Fragment);
            if (offset + 8 > captured)
                return fail(PacketProblem::Cut);
            const std::size_t length = (std::size_t(ip[offset + 1]) + 1) * 8;
            next = ip[offset];
            offset += length;
            if (offset - 40 > payload)
                return fail(PacketProblem::Malformed);
        }
        if (next != kProtocolTcp)
            return fail(PacketProblem::NotTcp);
        segment.family = IpFamily::V6;
        std::memcpy(segment.source.data(), ip + 8, 16);
        std::memcpy(segment.destination.data(), ip + 24, 16);
        tcpOffset = offset;
        tcpLength = payload - (offset - 40);
    } else {
        return fail(PacketProblem::NotTcp);
    }
    if (tcpOffset + 20 > captured)
        return fail(PacketProblem::Cut);
    const std::uint8_t* tcp = ip + tcpOffset;
    const std::size_t headerLength = std::size_t(tcp[12] >> 4) * 4;
    if (headerLength < 20 || headerLength > tcpLength)
        return fail(PacketProblem::Malformed);
    segment.sourcePort = read16(tcp);
    segment.destinationPort = read16(tcp + 2);
    segment.seq = read32(tcp + 4);
    segment.ack = read32(tcp + 8);
    segment.flags = tcp[13];
    segment.window = read16(tcp + 14);
    segment.payloadLength = tcpLength - headerLength;
    const std::size_t optionsCaptured = std::min(headerLength, captured - tcpOffset) - 20;
    parseOptions(tcp + 20, optionsCaptured, segment.options);
    return segment;
}

namespace {

std::vector<std::uint8_t> optionBytes(const TcpOptions& options)
{
    std::vector<std::uint8_t> out;
    if (options.mss) {
        out.insert(out.end(), {2, 4, std::uint8_t(*options.mss >> 8), std::uint8_t(*options.mss)});
    }
    if (options.sackPermitted)
        out.insert(out.end(), {1, 1, 4, 2});
    if (options.timestamps) {
        std::uint8_t ts[12] = {1, 1, 8, 10};
        write32(ts + 4, options.timestamps->first);
        write32(ts + 8, options.timestamps->second);
        out.insert(out.end(), ts, ts + 12);
    }
    if (options.windowScale)
        out.insert(out.end(), {1, 3, 3, *options.windowScale});
    while (out.size() % 4)
        out.push_back(0);
    return out;
}

std::uint32_t pseudoHeaderSum(const std::uint8_t* frame, bool ipv6, std::size_t tcpLength)
{
    const std::uint8_t* ip = frame + kEthernetHeader;
    std::uint32_t total = ipv6 ? sum(ip + 8, 32) : sum(ip + 12, 8);
    total += kProtocolTcp;
    total += std::uint32_t(tcpLength & 0xffff) + std::uint32_t(tcpLength >> 16);
    return total;
}

} // namespace

bool completeChecksums(std::uint8_t* frame, std::size_t length)
{
    if (length < kEthernetHeader + 20)
        return false;
    const std::uint16_t etherType = read16(frame + 12);
    std::uint8_t* ip = frame + kEthernetHeader;
    std::uint8_t* tcp;
    std::size_t tcpLength;
    bool ipv6;
    if (etherType == kEtherIpv4 && ip[9] == kProtocolTcp) {
        const std::size_t headerLength = std::size_t(ip[0] & 0x0f) * 4;
        const std::size_t total = read16(ip + 2);
        if (headerLength < 20 || total < headerLength + 20 || kEthernetHeader + total > length)
            return false;
        write16(ip + 10, 0);
        write16(ip + 10, fold(sum(ip, headerLength)));
        tcp = ip + headerLength;
        tcpLength = total - headerLength;
        ipv6 = false;
    } else if (etherType == kEtherIpv6 && length >= kEthernetHeader + 60 && ip[6] == kProtocolTcp) {
        tcpLength = read16(ip + 4);
        if (kEthernetHeader + 40 + tcpLength > length || tcpLength < 20)
            return false;
        tcp = ip + 40;
        ipv6 = true;
    } else {
        return false;
    }
    write16(tcp + 16, 0);
    write16(tcp + 16, fold(sum(tcp, tcpLength, pseudoHeaderSum(frame, ipv6, tcpLength))));
    return true;
}

std::vector<std::uint8_t> buildFrame(const TcpSegment& segment, const MacAddress& sourceMac,
                                     const MacAddress& destinationMac)
{
    const std::vector<std::uint8_t> options = optionBytes(segment.options);
    const std::size_t tcpLength = 20 + options.size() + segment.payloadLength;
    const bool ipv6 = segment.family == IpFamily::V6;
    const std::size_t ipHeader = ipv6 ? 40 : 20;
    std::vector<std::uint8_t> frame(kEthernetHeader + ipHeader + tcpLength, 0);
    std::memcpy(frame.data(), destinationMac.data(), 6);
    std::memcpy(frame.data() + 6, sourceMac.data(), 6);
    write16(frame.data() + 12, ipv6 ? kEtherIpv6 : kEtherIpv4);
    std::uint8_t* ip = frame.data() + kEthernetHeader;
    if (ipv6) {
        ip[0] = 0x60;
        write16(ip + 4, std::uint16_t(tcpLength));
        ip[6] = kProtocolTcp;
        ip[7] = 64;
        std::memcpy(ip + 8, segment.source.data(), 16);
        std::memcpy(ip + 24, segment.destination.data(), 16);
    } else {
        ip[0] = 0x45;
        write16(ip + 2, std::uint16_t(20 + tcpLength));
        write16(ip + 6, 0x4000); // don't fragment
        ip[8] = 64;
        ip[9] = kProtocolTcp;
        std::memcpy(ip + 12, segment.source.data(), 4);
        std::memcpy(ip + 16, segment.destination.data(), 4);
    }
    std::uint8_t* tcp = ip + ipHeader;
    write16(tcp, segment.sourcePort);
    write16(tcp + 2, segment.destinationPort);
    write32(tcp + 4, segment.seq);
    write32(tcp + 8, segment.ack);
    tcp[12] = std::uint8_t(((20 + options.size()) / 4) << 4);
    tcp[13] = segment.flags;
    write16(tcp + 14, segment.window);
    if (!options.empty())
        std::memcpy(tcp + 20, options.data(), options.size());
    completeChecksums(frame.data(), frame.size());
    return frame;
}

} // namespace tsl::net
