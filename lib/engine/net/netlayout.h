#pragma once
// The fixed layout of the private network: two hosts and the wire between them, their
// interfaces, MAC and IP addresses (documentation ranges only). One place, asked by the helper
// that builds the network, the wire that forwards in it and the commands that talk about it.

#include "rtnetlink.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>

namespace tsl::net {

enum class Host {
    A,
    B,
};

inline constexpr std::array<Host, 2> kHosts{Host::A, Host::B};

inline Host otherHost(Host host) { return host == Host::A ? Host::B : Host::A; }
inline const char* hostName(Host host) { return host == Host::A ? "A" : "B"; }

enum class IpFamily {
    V4,
    V6,
};

// The interface of each host (inside its own namespace) and its peer on the wire.
inline constexpr const char* kHostInterface = "eth0";
inline const char* wireInterface(Host host) { return host == Host::A ? "a" : "b"; }

inline MacAddress hostMac(Host host) { return {0x02, 0, 0, 0, 0, host == Host::A ? std::uint8_t(1) : std::uint8_t(2)}; }
inline MacAddress wireMac(Host host) { return {0x02, 0, 0, 0, 1, host == Host::A ? std::uint8_t(1) : std::uint8_t(2)}; }

// 192.0.2.1 / 192.0.2.2 (RFC 5737 TEST-NET-1) and 2001:db8::1 / 2001:db8::2 (RFC 3849).
std::array<std::uint8_t, 4> hostIpv4(Host host);
std::array<std::uint8_t, 16> hostIpv6(Host host);
std::string hostAddressText(Host host, IpFamily family);

// Spoofed sources for a SYN flood: 198.51.100.0/24 (RFC 5737 TEST-NET-2) and, for IPv6,
// 2001:db8:ff::/64. Each host routes them to the other host, so answers land on the wire,
// which never delivers them.
inline constexpr int kSpoofedIpv4Prefix = 24;
inline constexpr int kSpoofedIpv6Prefix = 64;
std::array<std::uint8_t, 4> spoofedIpv4(std::uint8_t host);
std::array<std::uint8_t, 16> spoofedIpv6(std::uint16_t host);
bool isSpoofed(const std::uint8_t* address, IpFamily family);

// packetdrill's own addresses, for scripts played against host A (lib/engine/pkt): A's
// interface is renamed tun0 and holds 192.168.0.1/16 and fd3d:fa7b:d17d::1/48; the remote
// peer the wire plays is 192.0.2.1 and 2001:db8::1, reached on the link. The host B of the
// usual layout stays out of such a run.
inline constexpr const char* kPacketdrillInterface = "tun0";
inline constexpr int kPacketdrillIpv4Prefix = 16;
inline constexpr int kPacketdrillIpv6Prefix = 48;
inline std::array<std::uint8_t, 4> packetdrillLocalIpv4() { return {192, 168, 0, 1}; }
inline std::array<std::uint8_t, 4> packetdrillRemoteIpv4() { return {192, 0, 2, 1}; }
inline std::array<std::uint8_t, 16> packetdrillLocalIpv6() { return {0xfd, 0x3d, 0xfa, 0x7b, 0xd1, 0x7d, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}; }
inline std::array<std::uint8_t, 16> packetdrillRemoteIpv6() { return {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}; }

// Which host owns an address of the private network (nullopt: none, e.g. a spoofed one).
std::optional<Host> hostOf(const std::uint8_t* address, IpFamily family);

} // namespace tsl::net
