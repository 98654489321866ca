#include "pktframe.h"

#include <algorithm>
#include <cstring>

namespace tsl::pkt {

namespace {

void put16(std::vector<std::uint8_t>& out, std::size_t at, std::uint32_t value)
{
    out[at] = std::uint8_t(value >> 8);
    out[at + 1] = std::uint8_t(value);
}
void put32(std::vector<std::uint8_t>& out, std::size_t at, std::uint32_t value)
{
    put16(out, at, value >> 16);
    put16(out, at + 2, value & 0xffff);
}
std::uint32_t get16(const std::uint8_t* p) { return std::uint32_t(p[0]) << 8 | p[1]; }
std::uint32_t get32(const std::uint8_t* p) { return get16(p) << 16 | get16(p + 2); }

std::uint32_t sum(const std::uint8_t* data, std::size_t length, std::uint32_t total = 0)
{
    for (std::size_t i = 0; i + 1 < length; i += 2)
        total += get16(data + i);
    if (length % 2)
        total += std::uint32_t(data[length - 1]) << 8;
    return total;
}
std::uint16_t fold(std::uint32_t total)
{
    while (total >> 16)
        total = (total & 0xffff) + (total >> 16);
    return std::uint16_t(~total);
}

constexpr std::size_t kEthernet = 14;

} // namespace

std::vector<std::uint8_t> encodeOptions(const std::vector<TcpOptionSpec>& options)
{
    std::vector<std::uint8_t> out;
    for (const TcpOptionSpec& option : options) {
        switch (option.kind) {
        case TcpOptionSpec::Nop: out.push_back(1); break;
        case TcpOptionSpec::Eol: out.push_back(0); break;
        case TcpOptionSpec::Mss:
            out.insert(out.end(), {2, 4, std::uint8_t(option.value >> 8), std::uint8_t(option.value)});
            break;
        case TcpOptionSpec::SackPermitted: out.insert(out.end(), {4, 2}); break;
        case TcpOptionSpec::WindowScale: out.insert(out.end(), {3, 3, std::uint8_t(option.value)}); break;
        case TcpOptionSpec::Timestamp: {
            out.insert(out.end(), {8, 10});
            for (std::uint32_t value : {option.tsVal, option.tsEcr}) {
                for (int shift = 24; shift >= 0; shift -= 8)
                    out.push_back(std::uint8_t(value >> shift));
            }
            break;
        }
        case TcpOptionSpec::Sack:
            out.push_back(5);
            out.push_back(std::uint8_t(2 + 8 * option.blocks.size()));
            for (const auto& [left, right] : option.blocks) {
                for (std::uint32_t value : {left, right}) {
                    for (int shift = 24; shift >= 0; shift -= 8)
                        out.push_back(std::uint8_t(value >> shift));
                }
            }
            break;
        }
    }
    while (out.size() % 4)
        out.push_back(0);
    return out;
}

std::vector<std::uint8_t> buildFrame(const Frame& frame, const std::array<std::uint8_t, 6>& sourceMac,
                                     const std::array<std::uint8_t, 6>& destinationMac)
{
    const std::vector<std::uint8_t> options = encodeOptions(frame.options);
    const std::size_t ipHeader = frame.ipv6 ? 40 : 20;
    const std::size_t tcpLength = 20 + options.size() + frame.payloadLength;
    std::vector<std::uint8_t> out(kEthernet + ipHeader + tcpLength, 0);
    std::memcpy(out.data(), destinationMac.data(), 6);
    std::memcpy(out.data() + 6, sourceMac.data(), 6);
    put16(out, 12, frame.ipv6 ? 0x86dd : 0x0800);
    const std::size_t ip = kEthernet;
    if (frame.ipv6) {
        put32(out, ip, 0x60000000u | (std::uint32_t(frame.ecn & 3) << 20));
        put16(out, ip + 4, std::uint32_t(tcpLength));
        out[ip + 6] = 6;
        out[ip + 7] = 64;
        std::memcpy(out.data() + ip + 8, frame.source.data(), 16);
        std::memcpy(out.data() + ip + 24, frame.destination.data(), 16);
    } else {
        out[ip] = 0x45;
        out[ip + 1] = frame.ecn & 3;
        put16(out, ip + 2, std::uint32_t(ipHeader + tcpLength));
        put16(out, ip + 6, 0x4000); // don't fragment
        out[ip + 8] = 64;
        out[ip + 9] = 6;
        std::memcpy(out.data() + ip + 12, frame.source.data(), 4);
        std::memcpy(out.data() + ip + 16, frame.destination.data(), 4);
        put16(out, ip + 10, fold(sum(out.data() + ip, 20)));
    }
    const std::size_t tcp = ip + ipHeader;
    put16(out, tcp, frame.sourcePort);
    put16(out, tcp + 2, frame.destinationPort);
    put32(out, tcp + 4, frame.seq);
    put32(out, tcp + 8, frame.ack);
    out[tcp + 12] = std::uint8_t(((20 + options.size()) / 4) << 4);
    out[tcp + 13] = frame.flags;
    put16(out, tcp + 14, frame.window);
    put16(out, tcp + 18, frame.urgent);
    std::copy(options.begin(), options.end(), out.begin() + std::ptrdiff_t(tcp + 20)); // no options: no copy (memcpy of null is UB)
    // The pseudo-header, then the segment.
    std::uint32_t total = 0;
    const std::size_t addressLength = frame.ipv6 ? 16 : 4;
    total = sum(frame.source.data(), addressLength, total);
    total = sum(frame.destination.data(), addressLength, total);
    total += 6;
    total += std::uint32_t(tcpLength & 0xffff) + std::uint32_t(tcpLength >> 16);
    total = sum(out.data() + tcp, tcpLength, total);
    put16(out, tcp + 16, fold(total));
    return out;
}

std::optional<Frame> parseTcpFrame(const std::uint8_t* data, std::size_t length)
{
    if (length < kEthernet + 20)
        return std::nullopt;
    Frame frame;
    const std::uint32_t type = get16(data + 12);
    const std::uint8_t* ip = data + kEthernet;
    const std::size_t available = length - kEthernet;
    std::size_t ipHeader = 0;
    std::size_t ipEnd = 0;
    if (type == 0x0800) {
        if ((ip[0] >> 4) != 4 || ip[9] != 6)
            return std::nullopt;
        ipHeader = std::size_t(ip[0] & 0x0f) * 4;
        frame.ecn = ip[1] & 3;
        frame.ipTotalLength = get16(ip + 2);
        ipEnd = frame.ipTotalLength;
        std::memcpy(frame.source.data(), ip + 12, 4);
        std::memcpy(frame.destination.data(), ip + 16, 4);
    } else if (type == 0x86dd) {
        if (available < 40 || ip[6] != 6)
            return std::nullopt;
        frame.ipv6 = true;
        ipHeader = 40;
        frame.ecn = std::uint8_t((get32(ip) >> 20) & 3);
        frame.ipTotalLength = 40 + get16(ip + 4);
        ipEnd = frame.ipTotalLength;
        std::memcpy(frame.source.data(), ip + 8, 16);
        std::memcpy(frame.destination.data(), ip + 24, 16);
    } else {
        return std::nullopt;
    }
    if (ipHeader < 20 || ipEnd > available || ipEnd < ipHeader + 20)
        return std::nullopt;
    const std::uint8_t* tcp = ip + ipHeader;
    const std::size_t tcpHeader = std::size_t(tcp[12] >> 4) * 4;
    if (tcpHeader < 20 || ipHeader + tcpHeader > ipEnd)
        return std::nullopt;
    frame.sourcePort = std::uint16_t(get16(tcp));
    frame.destinationPort = std::uint16_t(get16(tcp + 2));
    frame.seq = get32(tcp + 4);
    frame.ack = get32(tcp + 8);
    frame.flags = tcp[13];
    frame.window = std::uint16_t(get16(tcp + 14));
    frame.urgent = std::uint16_t(get16(tcp + 18));
    frame.optionBytes = tcpHeader - 20;
    frame.payloadLength = ipEnd - ipHeader - tcpHeader;
    for (std::size_t at = 20; at < tcpHeader;) {
        const std::uint8_t kind = tcp[at];
        TcpOptionSpec option;
        if (kind == 0) {
            // EOL: the rest is padding.
            option.kind = TcpOptionSpec::Eol;
            frame.options.push_back(option);
            break;
        }
        if (kind == 1) {
            option.kind = TcpOptionSpec::Nop;
            frame.options.push_back(option);
            ++at;
            continue;
        }
        if (at + 1 >= tcpHeader || tcp[at + 1] < 2 || at + tcp[at + 1] > tcpHeader)
            break;
        const std::uint8_t size = tcp[at + 1];
        const std::uint8_t* body = tcp + at + 2;
        if (kind == 2 && size == 4) {
            option.kind = TcpOptionSpec::Mss;
            option.value = get16(body);
        } else if (kind == 3 && size == 3) {
            option.kind = TcpOptionSpec::WindowScale;
            option.value = body[0];
        } else if (kind == 4 && size == 2) {
            option.kind = TcpOptionSpec::SackPermitted;
        } else if (kind == 8 && size == 10) {
            option.kind = TcpOptionSpec::Timestamp;
            option.tsVal = get32(body);
            option.tsEcr = get32(body + 4);
        } else if (kind == 5 && (size - 2) % 8 == 0) {
            option.kind = TcpOptionSpec::Sack;
            for (std::size_t b = 0; b + 8 <= std::size_t(size - 2); b += 8)
                option.blocks.emplace_back(get32(body + b), get32(body + b + 4));
        } else {
            // An option scripts cannot name: kept as an EOL marker would lose it, so stop here.
            option.kind = TcpOptionSpec::Eol;
            option.value = kind;
            frame.options.push_back(option);
            break;
        }
        frame.options.push_back(option);
        at += size;
    }
    return frame;
}

std::string flagsSpelling(std::uint8_t flags)
{
    std::string out;
    if (flags & 0x02) out += 'S';
    if (flags & 0x01) out += 'F';
    if (flags & 0x04) out += 'R';
    if (flags & 0x08) out += 'P';
    if (flags & 0x20) out += 'U';
    if (flags & 0x40) out += 'E';
    if (flags & 0x80) out += 'W';
    if (flags & 0x10) out += '.';
    return out;
}

std::string optionsSpelling(const std::vector<TcpOptionSpec>& options)
{
    if (options.empty())
        return {};
    std::string out = "<";
    for (std::size_t i = 0; i < options.size(); ++i) {
        const TcpOptionSpec& o = options[i];
        if (i)
            out += ',';
        switch (o.kind) {
        case TcpOptionSpec::Nop: out += "nop"; break;
        case TcpOptionSpec::Eol: out += o.value ? "option " + std::to_string(o.value) : "eol"; break;
        case TcpOptionSpec::Mss: out += "mss " + std::to_string(o.value); break;
        case TcpOptionSpec::SackPermitted: out += "sackOK"; break;
        case TcpOptionSpec::WindowScale: out += "wscale " + std::to_string(o.value); break;
        case TcpOptionSpec::Timestamp:
            out += "TS val " + std::to_string(o.tsVal) + " ecr " + std::to_string(o.tsEcr);
            break;
        case TcpOptionSpec::Sack:
            out += "sack";
            for (const auto& [left, right] : o.blocks)
                out += ' ' + std::to_string(left) + ':' + std::to_string(right);
            break;
        }
    }
    return out + ">";
}

} // namespace tsl::pkt
