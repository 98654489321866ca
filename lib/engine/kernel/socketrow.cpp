#include "socketrow.h"

#include "kernelprobe.h"

#include <cstdio>
#include <cstring>

#if defined(_WIN32)
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#include <netinet/in.h>
#endif

namespace tsl {

Endpoint Endpoint::ipv4(std::uint32_t networkOrderAddress, std::uint16_t port)
{
    Endpoint e;
    e.family = AddressFamily::IPv4;
    std::memcpy(e.address.data(), &networkOrderAddress, 4);
    e.port = port;
    return e;
}

Endpoint Endpoint::ipv6(const std::uint8_t (&bytes)[16], std::uint16_t port)
{
    Endpoint e;
    e.family = AddressFamily::IPv6;
    std::memcpy(e.address.data(), bytes, 16);
    e.port = port;
    return e;
}

std::optional<Endpoint> Endpoint::parse(const std::string& address, std::uint16_t port)
{
    std::string text = address;
    if (text.size() >= 2 && text.front() == '[' && text.back() == ']')
        text = text.substr(1, text.size() - 2);
    Endpoint e;
    e.port = port;
    if (inet_pton(AF_INET, text.c_str(), e.address.data()) == 1) {
        e.family = AddressFamily::IPv4;
        return e;
    }
    if (inet_pton(AF_INET6, text.c_str(), e.address.data()) == 1) {
        e.family = AddressFamily::IPv6;
        return e;
    }
    return std::nullopt;
}

Endpoint Endpoint::unmapped() const
{
    static constexpr std::uint8_t kPrefix[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (family != AddressFamily::IPv6 || std::memcmp(address.data(), kPrefix, 12) != 0)
        return *this;
    Endpoint e;
    e.family = AddressFamily::IPv4;
    std::memcpy(e.address.data(), address.data() + 12, 4);
    e.port = port;
    return e;
}

bool Endpoint::isLoopback() const
{
    if (family == AddressFamily::IPv4)
        return address[0] == 127;
    static constexpr std::uint8_t kLoopback[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    if (std::memcmp(address.data(), kLoopback, 16) == 0)
        return true;
    const Endpoint v4 = unmapped();
    return v4.family == AddressFamily::IPv4 && v4.isLoopback();
}

bool Endpoint::isUnspecified() const
{
    const std::size_t n = family == AddressFamily::IPv4 ? 4 : 16;
    for (std::size_t i = 0; i < n; ++i) {
        if (address[i] != 0)
            return false;
    }
    return true;
}

std::string Endpoint::addressText() const
{
    char buffer[INET6_ADDRSTRLEN] = {};
    const int af = family == AddressFamily::IPv4 ? AF_INET : AF_INET6;
    if (!inet_ntop(af, address.data(), buffer, sizeof buffer))
        return "?";
    return buffer;
}

std::string Endpoint::text() const
{
    const std::string portText = std::to_string(port);
    if (family == AddressFamily::IPv6)
        return "[" + addressText() + "]:" + portText;
    return addressText() + ":" + portText;
}

Endpoint Endpoint::unspecified(AddressFamily family)
{
    Endpoint e;
    e.family = family;
    return e;
}

std::string Endpoint::peerText() const
{
    return port == 0 && isUnspecified() ? std::string("*") : text();
}

const char* timerToken(TimerKind timer)
{
    switch (timer) {
    case TimerKind::None: return "none";
    case TimerKind::Retransmit: return "retransmit";
    case TimerKind::KeepAlive: return "keepalive";
    case TimerKind::TimeWait: return "timewait";
    case TimerKind::ZeroWindowProbe: return "probe";
    case TimerKind::Unknown: break;
    }
    return "unknown";
}

const char* sourceToken(ProbeSource source)
{
    switch (source) {
    case ProbeSource::Netlink: return "netlink";
    case ProbeSource::Procfs: return "procfs";
    case ProbeSource::Sysctl: return "sysctl";
    case ProbeSource::Iphlpapi: return "iphlpapi";
    }
    return "unknown";
}

std::optional<ProbeSource> parseSource(const std::string& token)
{
    for (ProbeSource s : {ProbeSource::Netlink, ProbeSource::Procfs, ProbeSource::Sysctl,
                          ProbeSource::Iphlpapi}) {
        if (token == sourceToken(s))
            return s;
    }
    return std::nullopt;
}

bool ProbeQuery::matches(const SocketRow& row) const
{
    switch (kind) {
    case Kind::All:
        return true;
    case Kind::Ports:
        for (std::uint16_t p : ports) {
            if (row.local.port == p || row.remote.port == p)
                return true;
        }
        return false;
    case Kind::Exact:
        return row.local.unmapped() == tuple.local.unmapped()
               && row.remote.unmapped() == tuple.remote.unmapped();
    }
    return false;
}

bool KernelProbe::lookupMany(const std::vector<FourTuple>& tuples, std::vector<std::optional<SocketRow>>& rows,
                             std::string& error)
{
    rows.assign(tuples.size(), std::nullopt);
    if (tuples.empty())
        return true;
    for (std::size_t i = 0; i < tuples.size(); ++i) {
        const ProbeResult result = query(ProbeQuery::exact(tuples[i]));
        if (!result.ok) {
            error = result.error;
            return false;
        }
        if (!result.rows.empty())
            rows[i] = result.rows.front();
    }
    return true;
}

} // namespace tsl
