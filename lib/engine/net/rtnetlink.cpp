#include "rtnetlink.h"

#include <cerrno>
#include <cstring>
#include <net/if.h> // before the linux/ headers, which then skip their copy
#include <libmnl/libmnl.h>
#include <linux/if_link.h>
#include <linux/neighbour.h>
#include <linux/rtnetlink.h>
#include <linux/veth.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <vector>

namespace tsl::net {

namespace {

constexpr std::size_t kBufferSize = 8192;

// The ifaddrmsg every address request (add or remove) carries.
ifaddrmsg* putAddressMessage(nlmsghdr* header, int family, int prefixLength, unsigned index)
{
    auto* message = static_cast<ifaddrmsg*>(mnl_nlmsg_put_extra_header(header, sizeof(ifaddrmsg)));
    message->ifa_family = std::uint8_t(family);
    message->ifa_prefixlen = std::uint8_t(prefixLength);
    message->ifa_index = index;
    return message;
}

std::size_t addressLength(int family) { return family == AF_INET ? 4 : 16; }

} // namespace

RouteSocket::RouteSocket()
{
    m_socket = mnl_socket_open2(NETLINK_ROUTE, SOCK_CLOEXEC);
    if (!m_socket) {
        fail("cannot open a route netlink socket", errno);
        return;
    }
    if (mnl_socket_bind(m_socket, 0, MNL_SOCKET_AUTOPID) < 0) {
        fail("cannot bind the route netlink socket", errno);
        mnl_socket_close(m_socket);
        m_socket = nullptr;
    }
}

RouteSocket::~RouteSocket()
{
    if (m_socket)
        mnl_socket_close(m_socket);
}

bool RouteSocket::fail(const std::string& what, int errnoValue)
{
    m_error = what + ": " + std::strerror(errnoValue);
    return false;
}

bool RouteSocket::exchange(void* request)
{
    auto* header = static_cast<nlmsghdr*>(request);
    header->nlmsg_flags |= NLM_F_REQUEST | NLM_F_ACK;
    header->nlmsg_seq = ++m_sequence;
    if (mnl_socket_sendto(m_socket, header, header->nlmsg_len) < 0)
        return fail("route netlink send failed", errno);
    std::vector<char> buffer(kBufferSize);
    for (;;) {
        const ssize_t received = mnl_socket_recvfrom(m_socket, buffer.data(), buffer.size());
        if (received < 0)
            return fail("route netlink receive failed", errno);
        const int status = mnl_cb_run(buffer.data(), std::size_t(received), m_sequence,
                                      mnl_socket_get_portid(m_socket), nullptr, nullptr);
        if (status == MNL_CB_ERROR)
            return false; // errno holds the kernel's answer; the caller names the request
        if (status == MNL_CB_STOP)
            return true;
    }
}

unsigned RouteSocket::interfaceIndex(const std::string& name)
{
    // if_nametoindex asks the namespace of the calling thread, which is this socket's.
    return ::if_nametoindex(name.c_str());
}

bool RouteSocket::addVethPair(const std::string& name, const MacAddress& mac, const std::string& peerName,
                              const MacAddress& peerMac, int peerNamespaceFd)
{
    std::vector<char> buffer(kBufferSize);
    nlmsghdr* header = mnl_nlmsg_put_header(buffer.data());
    header->nlmsg_type = RTM_NEWLINK;
    header->nlmsg_flags = NLM_F_CREATE | NLM_F_EXCL;
    auto* link = static_cast<ifinfomsg*>(mnl_nlmsg_put_extra_header(header, sizeof(ifinfomsg)));
    link->ifi_family = AF_UNSPEC;
    mnl_attr_put_strz(header, IFLA_IFNAME, name.c_str());
    mnl_attr_put(header, IFLA_ADDRESS, mac.size(), mac.data());
    nlattr* linkInfo = mnl_attr_nest_start(header, IFLA_LINKINFO);
    mnl_attr_put_strz(header, IFLA_INFO_KIND, "veth");
    nlattr* data = mnl_attr_nest_start(header, IFLA_INFO_DATA);
    nlattr* peer = mnl_attr_nest_start(header, VETH_INFO_PEER);
    auto* peerLink = static_cast<ifinfomsg*>(mnl_nlmsg_put_extra_header(header, sizeof(ifinfomsg)));
    peerLink->ifi_family = AF_UNSPEC;
    mnl_attr_put_strz(header, IFLA_IFNAME, peerName.c_str());
    mnl_attr_put(header, IFLA_ADDRESS, peerMac.size(), peerMac.data());
    mnl_attr_put_u32(header, IFLA_NET_NS_FD, std::uint32_t(peerNamespaceFd));
    mnl_attr_nest_end(header, peer);
    mnl_attr_nest_end(header, data);
    mnl_attr_nest_end(header, linkInfo);
    if (!exchange(header))
        return fail("cannot create the veth pair " + name + "/" + peerName, errno);
    return true;
}

bool RouteSocket::setUp(const std::string& name)
{
    const unsigned index = interfaceIndex(name);
    if (index == 0)
        return fail("no interface " + name, errno);
    std::vector<char> buffer(kBufferSize);
    nlmsghdr* header = mnl_nlmsg_put_header(buffer.data());
    header->nlmsg_type = RTM_NEWLINK;
    auto* link = static_cast<ifinfomsg*>(mnl_nlmsg_put_extra_header(header, sizeof(ifinfomsg)));
    link->ifi_family = AF_UNSPEC;
    link->ifi_index = int(index);
    link->ifi_flags = IFF_UP;
    link->ifi_change = IFF_UP;
    if (!exchange(header))
        return fail("cannot bring " + name + " up", errno);
    return true;
}

bool RouteSocket::setDown(const std::string& name)
{
    const unsigned index = interfaceIndex(name);
    if (index == 0)
        return fail("no interface " + name, errno);
    std::vector<char> buffer(kBufferSize);
    nlmsghdr* header = mnl_nlmsg_put_header(buffer.data());
    header->nlmsg_type = RTM_NEWLINK;
    auto* link = static_cast<ifinfomsg*>(mnl_nlmsg_put_extra_header(header, sizeof(ifinfomsg)));
    link->ifi_family = AF_UNSPEC;
    link->ifi_index = int(index);
    link->ifi_flags = 0;
    link->ifi_change = IFF_UP;
    if (!exchange(header))
        return fail("cannot bring " + name + " down", errno);
    return true;
}

bool RouteSocket::rename(const std::string& name, const std::string& newName)
{
    const unsigned index = interfaceIndex(name);
    if (index == 0)
        return fail("no interface " + name, errno);
    std::vector<char> buffer(kBufferSize);
    nlmsghdr* header = mnl_nlmsg_put_header(buffer.data());
    header->nlmsg_type = RTM_NEWLINK;
    auto* link = static_cast<ifinfomsg*>(mnl_nlmsg_put_extra_header(header, sizeof(ifinfomsg)));
    link->ifi_family = AF_UNSPEC;
    link->ifi_index = int(index);
    mnl_attr_put_strz(header, IFLA_IFNAME, newName.c_str());
    if (!exchange(header))
        return fail("cannot rename " + name + " to " + newName, errno);
    return true;
}

bool RouteSocket::deleteAddress(const std::string& name, int family, const void* address, int prefixLength)
{
    const unsigned index = interfaceIndex(name);
    if (index == 0)
        return fail("no interface " + name, errno);
    std::vector<char> buffer(kBufferSize);
    nlmsghdr* header = mnl_nlmsg_put_header(buffer.data());
    header->nlmsg_type = RTM_DELADDR;
    putAddressMessage(header, family, prefixLength, index);
    mnl_attr_put(header, IFA_LOCAL, addressLength(family), address);
    if (!exchange(header))
        return fail("cannot remove an address from " + name, errno);
    return true;
}

bool RouteSocket::addAddress(const std::string& name, int family, const void* address, int prefixLength)
{
    const unsigned index = interfaceIndex(name);
    if (index == 0)
        return fail("no interface " + name, errno);
    std::vector<char> buffer(kBufferSize);
    nlmsghdr* header = mnl_nlmsg_put_header(buffer.data());
    header->nlmsg_type = RTM_NEWADDR;
    header->nlmsg_flags = NLM_F_CREATE | NLM_F_REPLACE;
    putAddressMessage(header, family, prefixLength, index)->ifa_flags = family == AF_INET6 ? IFA_F_NODAD : 0;
    mnl_attr_put(header, IFA_LOCAL, addressLength(family), address);
    mnl_attr_put(header, IFA_ADDRESS, addressLength(family), address);
    if (family == AF_INET6)
        mnl_attr_put_u32(header, IFA_FLAGS, IFA_F_NODAD);
    if (!exchange(header))
        return fail("cannot add an address to " + name, errno);
    return true;
}

bool RouteSocket::addNeighbour(const std::string& name, int family, const void* address, const MacAddress& mac)
{
    const unsigned index = interfaceIndex(name);
    if (index == 0)
        return fail("no interface " + name, errno);
    std::vector<char> buffer(kBufferSize);
    nlmsghdr* header = mnl_nlmsg_put_header(buffer.data());
    header->nlmsg_type = RTM_NEWNEIGH;
    header->nlmsg_flags = NLM_F_CREATE | NLM_F_REPLACE;
    auto* message = static_cast<ndmsg*>(mnl_nlmsg_put_extra_header(header, sizeof(ndmsg)));
    message->ndm_family = std::uint8_t(family);
    message->ndm_ifindex = int(index);
    message->ndm_state = NUD_PERMANENT; // no ARP or neighbour discovery ever crosses the wire
    mnl_attr_put(header, NDA_DST, addressLength(family), address);
    mnl_attr_put(header, NDA_LLADDR, mac.size(), mac.data());
    if (!exchange(header))
        return fail("cannot add a static neighbour on " + name, errno);
    return true;
}

bool RouteSocket::replaceRoute(const std::string& name, int family, const void* prefix, int prefixLength,
                               const void* gateway, unsigned rtoMinMs)
{
    const unsigned index = interfaceIndex(name);
    if (index == 0)
        return fail("no interface " + name, errno);
    std::vector<char> buffer(kBufferSize);
    nlmsghdr* header = mnl_nlmsg_put_header(buffer.data());
    header->nlmsg_type = RTM_NEWROUTE;
    header->nlmsg_flags = NLM_F_CREATE | NLM_F_REPLACE;
    auto* route = static_cast<rtmsg*>(mnl_nlmsg_put_extra_header(header, sizeof(rtmsg)));
    route->rtm_family = std::uint8_t(family);
    route->rtm_dst_len = std::uint8_t(prefixLength);
    route->rtm_table = RT_TABLE_MAIN;
    route->rtm_protocol = RTPROT_STATIC;
    route->rtm_scope = gateway ? RT_SCOPE_UNIVERSE : RT_SCOPE_LINK;
    route->rtm_type = RTN_UNICAST;
    mnl_attr_put(header, RTA_DST, addressLength(family), prefix);
    mnl_attr_put_u32(header, RTA_OIF, index);
    if (gateway)
        mnl_attr_put(header, RTA_GATEWAY, addressLength(family), gateway);
    if (rtoMinMs > 0) {
        // tcp_rto_min() honours the route's metric only when it is locked.
        nlattr* metrics = mnl_attr_nest_start(header, RTA_METRICS);
        mnl_attr_put_u32(header, RTAX_LOCK, 1u << RTAX_RTO_MIN);
        mnl_attr_put_u32(header, RTAX_RTO_MIN, rtoMinMs);
        mnl_attr_nest_end(header, metrics);
    }
    if (!exchange(header))
        return fail("cannot install a route on " + name, errno);
    return true;
}

} // namespace tsl::net
