#include "netlayout.h"

#include <arpa/inet.h>
#include <cstring>

namespace tsl::net {

std::array<std::uint8_t, 4> hostIpv4(Host host)
{
    return {192, 0, 2, host == Host::A ? std::uint8_t(1) : std::uint8_t(2)};
}

std::array<std::uint8_t, 16> hostIpv6(Host host)
{
    return {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, host == Host::A ? std::uint8_t(1) : std::uint8_t(2)};
}

std::string hostAddressText(Host host, IpFamily family)
{
    char text[INET6_ADDRSTRLEN] = {};
    if (family == IpFamily::V4) {
        const auto address = hostIpv4(host);
        ::inet_ntop(AF_INET, address.data(), text, sizeof text);
    } else {
        const auto address = hostIpv6(host);
        ::inet_ntop(AF_INET6, address.data(), text, sizeof text);
    }
    return text;
}

std::array<std::uint8_t, 4> spoofedIpv4(std::uint8_t host) { return {198, 51, 100, host}; }

std::array<std::uint8_t, 16> spoofedIpv6(std::uint16_t host)
{
    return {0x20, 0x01, 0x0d, 0xb8, 0, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, std::uint8_t(host >> 8), std::uint8_t(host & 0xff)};
}

bool isSpoofed(const std::uint8_t* address, IpFamily family)
{
    if (family == IpFamily::V4)
        return address[0] == 198 && address[1] == 51 && address[2] == 100;
    const auto prefix = spoofedIpv6(0);
    return std::memcmp(address, prefix.data(), 8) == 0;
}

std::optional<Host> hostOf(const std::uint8_t* address, IpFamily family)
{
    for (Host host : kHosts) {
        if (family == IpFamily::V4 && std::memcmp(address, hostIpv4(host).data(), 4) == 0)
            return host;
        if (family == IpFamily::V6 && std::memcmp(address, hostIpv6(host).data(), 16) == 0)
            return host;
    }
    return std::nullopt;
}

} // namespace tsl::net
