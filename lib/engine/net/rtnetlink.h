#pragma once
// Route netlink through libmnl: the few requests that build the private network (veth pairs
// across namespaces, addresses, static neighbours, routes with a locked rto_min, links up).
// Each RouteSocket talks to the network namespace it was opened in. Plain C++, Linux.

#include <array>
#include <cstdint>
#include <string>

struct mnl_socket;

namespace tsl::net {

using MacAddress = std::array<std::uint8_t, 6>;

class RouteSocket {
public:
    RouteSocket(); // opens in the calling thread's current network namespace; check isOpen()
    ~RouteSocket();
    RouteSocket(const RouteSocket&) = delete;
    RouteSocket& operator=(const RouteSocket&) = delete;

    bool isOpen() const { return m_socket != nullptr; }
    const std::string& error() const { return m_error; }

    // A veth pair: `name` stays here, `peerName` is created straight inside the namespace
    // `peerNamespaceFd`. Both get fixed MAC addresses so neighbours can be static.
    bool addVethPair(const std::string& name, const MacAddress& mac, const std::string& peerName,
                     const MacAddress& peerMac, int peerNamespaceFd);
    bool setUp(const std::string& name);
    bool setDown(const std::string& name);
    // Renames a link that is down (what `ip link set NAME name NEWNAME` does).
    bool rename(const std::string& name, const std::string& newName);
    bool deleteAddress(const std::string& name, int family, const void* address, int prefixLength);
    // `family` AF_INET or AF_INET6; IPv6 addresses skip duplicate-address detection.
    bool addAddress(const std::string& name, int family, const void* address, int prefixLength);
    bool addNeighbour(const std::string& name, int family, const void* address, const MacAddress& mac);
    // A route to `prefix`/`prefixLength` over `name`, via `gateway` when it is not null. A
    // non-zero rtoMinMs is installed as a locked RTAX_RTO_MIN metric (what `ip route ... rto_min`
    // does); the route is replaced if it exists.
    bool replaceRoute(const std::string& name, int family, const void* prefix, int prefixLength,
                      const void* gateway, unsigned rtoMinMs);

    unsigned interfaceIndex(const std::string& name);

private:
    bool exchange(void* request); // sends one request with NLM_F_ACK and reads the answer
    bool fail(const std::string& what, int errnoValue);

    mnl_socket* m_socket = nullptr;
    unsigned m_sequence = 0;
    std::string m_error;
};

} // namespace tsl::net
