#include "namespacehelper.h"

#include "helperprotocol.h"
#include "netlayout.h"
#include "rtnetlink.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <net/if.h> // before the linux/ headers, which then skip their copy
#include <linux/ethtool.h>
#include <linux/if_packet.h>
#include <linux/netlink.h>
#include <linux/sockios.h>
#include <net/ethernet.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <memory>
#include <string>

namespace tsl::net {

namespace {

using protocol::Operation;
using protocol::Reply;
using protocol::Request;

struct Failure {
    int errnoValue;
    std::string message;
};

// Namespaces are entered with setns(); this process is single-threaded, so "the calling
// thread's namespace" is the process's.
class Namespaces {
public:
    int fd(int index) const { return m_fds[index]; }
    int hostFd(Host host) const { return m_fds[host == Host::A ? 0 : 1]; }
    int wireFd() const { return m_fds[2]; }
    void set(int index, int fd) { m_fds[index] = fd; }
    ~Namespaces()
    {
        for (int fd : m_fds) {
            if (fd >= 0)
                ::close(fd);
        }
    }

private:
    int m_fds[3] = {-1, -1, -1};
};

bool writeFile(const std::string& path, const std::string& text, Failure& failure)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) {
        failure = {errno, "cannot open " + path + ": " + std::strerror(errno)};
        return false;
    }
    const ssize_t written = ::write(fd, text.data(), text.size());
    const int saved = errno;
    ::close(fd);
    if (written != ssize_t(text.size())) {
        failure = {saved, "cannot write \"" + text + "\" to " + path + ": " + std::strerror(saved)};
        return false;
    }
    return true;
}

bool readFile(const std::string& path, std::string& text, Failure& failure)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        failure = {errno, "cannot open " + path + ": " + std::strerror(errno)};
        return false;
    }
    char buffer[128];
    const ssize_t got = ::read(fd, buffer, sizeof buffer - 1);
    const int saved = errno;
    ::close(fd);
    if (got < 0) {
        failure = {saved, "cannot read " + path + ": " + std::strerror(saved)};
        return false;
    }
    text.assign(buffer, std::size_t(got));
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
        text.pop_back();
    return true;
}

bool enter(int namespaceFd, Failure& failure)
{
    if (::setns(namespaceFd, CLONE_NEWNET) != 0) {
        failure = {errno, std::string("setns into a private network namespace: ") + std::strerror(errno)};
        return false;
    }
    return true;
}

// /proc/sys/net shows the namespace of whoever opens it: enter first.
bool sysctl(int namespaceFd, const std::string& name, const std::string& value, Failure& failure)
{
    return enter(namespaceFd, failure) && writeFile("/proc/sys/" + name, value, failure);
}

bool becomeRootOfUserNamespace(Failure& failure)
{
    const uid_t uid = ::getuid();
    const gid_t gid = ::getgid();
    if (::unshare(CLONE_NEWUSER) != 0) {
        failure = {errno, std::string("unshare(CLONE_NEWUSER): ") + std::strerror(errno)};
        return false;
    }
    // An unprivileged process may map only itself, and only after giving up setgroups().
    return writeFile("/proc/self/setgroups", "deny", failure)
           && writeFile("/proc/self/uid_map", "0 " + std::to_string(uid) + " 1", failure)
           && writeFile("/proc/self/gid_map", "0 " + std::to_string(gid) + " 1", failure);
}

bool disableOffloads(const char* interface, Failure& failure)
{
    // Without this the veth hands frames over with partial checksums (CHECKSUM_PARTIAL): the
    // wire would read and forward them unfinished and the other host would drop them.
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        failure = {errno, std::string("socket for ethtool: ") + std::strerror(errno)};
        return false;
    }
    for (std::uint32_t command : {std::uint32_t(ETHTOOL_STXCSUM), std::uint32_t(ETHTOOL_STSO), std::uint32_t(ETHTOOL_SGSO)}) {
        ethtool_value value{};
        value.cmd = command;
        value.data = 0;
        ifreq request{};
        std::strncpy(request.ifr_name, interface, IFNAMSIZ - 1);
        request.ifr_data = reinterpret_cast<char*>(&value);
        if (::ioctl(fd, SIOCETHTOOL, &request) != 0 && command == ETHTOOL_STXCSUM) {
            failure = {errno, std::string("ethtool: cannot turn transmit checksum offload off on ") + interface
                                  + ": " + std::strerror(errno)};
            ::close(fd);
            return false;
        }
    }
    ::close(fd);
    return true;
}

class Helper {
public:
    explicit Helper(int controlFd) : m_control(controlFd) {}

    bool build(Failure& failure);
    int serve();

private:
    bool routes(Host host, unsigned rtoMinMs, Failure& failure);
    bool packetdrillLayout(Failure& failure);
    int namespaceFd(const Request& request, Failure& failure);
    bool answer(const Reply& reply, int fd = -1);
    int createSocket(const Request& request, Failure& failure);

    int m_control;
    Namespaces m_namespaces;
    std::unique_ptr<RouteSocket> m_routes[2]; // opened inside A and B
};

bool Helper::routes(Host host, unsigned rtoMinMs, Failure& failure)
{
    RouteSocket& socket = *m_routes[host == Host::A ? 0 : 1];
    const Host peer = otherHost(host);
    const auto peer4 = hostIpv4(peer);
    const auto peer6 = hostIpv6(peer);
    const auto spoofed4 = spoofedIpv4(0);
    const auto spoofed6 = spoofedIpv6(0);
    // The peer on the link; the spoofed ranges through the peer, so that answers to a flood
    // go onto the wire (which never delivers them) instead of being unroutable.
    const bool ok = socket.replaceRoute(kHostInterface, AF_INET, peer4.data(), 32, nullptr, rtoMinMs)
                    && socket.replaceRoute(kHostInterface, AF_INET6, peer6.data(), 128, nullptr, rtoMinMs)
                    && socket.replaceRoute(kHostInterface, AF_INET, spoofed4.data(), kSpoofedIpv4Prefix,
                                           peer4.data(), rtoMinMs)
                    && socket.replaceRoute(kHostInterface, AF_INET6, spoofed6.data(), kSpoofedIpv6Prefix,
                                           peer6.data(), rtoMinMs);
    if (!ok)
        failure = {errno, socket.error()};
    return ok;
}

bool Helper::packetdrillLayout(Failure& failure)
{
    if (!enter(m_namespaces.hostFd(Host::A), failure))
        return false;
    RouteSocket& socket = *m_routes[0];
    const auto own4 = hostIpv4(Host::A);
    const auto own6 = hostIpv6(Host::A);
    const auto local4 = packetdrillLocalIpv4();
    const auto local6 = packetdrillLocalIpv6();
    const auto remote4 = packetdrillRemoteIpv4();
    const auto remote6 = packetdrillRemoteIpv6();
    const std::string tun = kPacketdrillInterface;
    bool ok = socket.setDown(kHostInterface) && socket.rename(kHostInterface, tun)
              && socket.deleteAddress(tun, AF_INET, own4.data(), 24);
    // A link going down may already have taken its IPv6 address with it.
    ok = ok && (socket.deleteAddress(tun, AF_INET6, own6.data(), 64) || true);
    ok = ok && socket.setUp(tun) && socket.addAddress(tun, AF_INET, local4.data(), kPacketdrillIpv4Prefix)
         && socket.addAddress(tun, AF_INET6, local6.data(), kPacketdrillIpv6Prefix)
         && socket.addNeighbour(tun, AF_INET, remote4.data(), wireMac(Host::A))
         && socket.addNeighbour(tun, AF_INET6, remote6.data(), wireMac(Host::A))
         && socket.replaceRoute(tun, AF_INET, remote4.data(), 32, nullptr, 0)
         && socket.replaceRoute(tun, AF_INET6, remote6.data(), 128, nullptr, 0);
    if (!ok)
        failure = {errno ? errno : EIO, socket.error()};
    return ok;
}

int Helper::namespaceFd(const Request& request, Failure& failure)
{
    const Host host = request.host == 0 ? Host::A : Host::B;
    const int fd = request.number == 0 ? ::open("/proc/self/ns/user", O_RDONLY | O_CLOEXEC)
                                       : ::fcntl(m_namespaces.hostFd(host), F_DUPFD_CLOEXEC, 0);
    if (fd < 0)
        failure = {errno, std::string("cannot open a namespace: ") + std::strerror(errno)};
    return fd;
}

bool Helper::build(Failure& failure)
{
    if (!becomeRootOfUserNamespace(failure))
        return false;
    for (int index = 0; index < 3; ++index) {
        if (::unshare(CLONE_NEWNET) != 0) {
            failure = {errno, std::string("unshare(CLONE_NEWNET): ") + std::strerror(errno)};
            return false;
        }
        const int fd = ::open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            failure = {errno, std::string("cannot open /proc/self/ns/net: ") + std::strerror(errno)};
            return false;
        }
        m_namespaces.set(index, fd);
    }
    // The wire is a plain cable: no addresses, no IPv6 chatter of its own, no forwarding.
    if (!sysctl(m_namespaces.wireFd(), "net/ipv6/conf/default/disable_ipv6", "1", failure)
        || !writeFile("/proc/sys/net/ipv6/conf/all/disable_ipv6", "1", failure))
        return false;
    RouteSocket wire;
    if (!wire.isOpen()) {
        failure = {errno, wire.error()};
        return false;
    }

    for (Host host : kHosts) {
        const int ns = m_namespaces.hostFd(host);
        // Interfaces created from now on skip duplicate-address detection and router
        // solicitations: the addresses work at once and the wire stays quiet.
        if (!sysctl(ns, "net/ipv6/conf/default/accept_dad", "0", failure)
            || !writeFile("/proc/sys/net/ipv6/conf/default/dad_transmits", "0", failure)
            || !writeFile("/proc/sys/net/ipv6/conf/default/router_solicitations", "0", failure))
            return false;
        auto& socket = m_routes[host == Host::A ? 0 : 1];
        socket = std::make_unique<RouteSocket>();
        if (!socket->isOpen()) {
            failure = {errno, socket->error()};
            return false;
        }
        const Host peer = otherHost(host);
        const auto own4 = hostIpv4(host);
        const auto own6 = hostIpv6(host);
        const auto peer4 = hostIpv4(peer);
        const auto peer6 = hostIpv6(peer);
        const bool ok = socket->addVethPair(kHostInterface, hostMac(host), wireInterface(host), wireMac(host),
                                            m_namespaces.wireFd())
                        && socket->setUp("lo") && socket->addAddress(kHostInterface, AF_INET, own4.data(), 24)
                        && socket->addAddress(kHostInterface, AF_INET6, own6.data(), 64)
                        && socket->addNeighbour(kHostInterface, AF_INET, peer4.data(), hostMac(peer))
                        && socket->addNeighbour(kHostInterface, AF_INET6, peer6.data(), hostMac(peer))
                        && socket->setUp(kHostInterface);
        if (!ok) {
            failure = {errno, socket->error()};
            return false;
        }
        if (!disableOffloads(kHostInterface, failure) || !routes(host, 0, failure))
            return false;
    }
    if (!enter(m_namespaces.wireFd(), failure))
        return false;
    for (Host host : kHosts) {
        if (!disableOffloads(wireInterface(host), failure))
            return false;
        if (!wire.setUp(wireInterface(host))) {
            failure = {errno, wire.error()};
            return false;
        }
    }
    return true;
}

bool Helper::answer(const Reply& reply, int fd)
{
    iovec data{const_cast<Reply*>(&reply), sizeof reply};
    msghdr message{};
    message.msg_iov = &data;
    message.msg_iovlen = 1;
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
    if (fd >= 0) {
        message.msg_control = control;
        message.msg_controllen = sizeof control;
        cmsghdr* header = CMSG_FIRSTHDR(&message);
        header->cmsg_level = SOL_SOCKET;
        header->cmsg_type = SCM_RIGHTS;
        header->cmsg_len = CMSG_LEN(sizeof(int));
        std::memcpy(CMSG_DATA(header), &fd, sizeof fd);
    }
    ssize_t sent;
    do {
        sent = ::sendmsg(m_control, &message, MSG_NOSIGNAL);
    } while (sent < 0 && errno == EINTR);
    if (fd >= 0)
        ::close(fd); // the owner has its own copy now
    return sent == ssize_t(sizeof reply);
}

int Helper::createSocket(const Request& request, Failure& failure)
{
    const Host host = request.host == 0 ? Host::A : Host::B;
    int fd = -1;
    switch (request.operation) {
    case Operation::TcpSocket:
        if (request.number != AF_INET && request.number != AF_INET6) {
            failure = {EAFNOSUPPORT, "unknown address family"};
            return -1;
        }
        if (!enter(m_namespaces.hostFd(host), failure))
            return -1;
        fd = ::socket(request.number, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_TCP);
        break;
    case Operation::SockDiag:
        if (!enter(m_namespaces.hostFd(host), failure))
            return -1;
        fd = ::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
        break;
    case Operation::PacketSocket: {
        if (!enter(m_namespaces.wireFd(), failure))
            return -1;
        fd = ::socket(AF_PACKET, SOCK_RAW | SOCK_CLOEXEC, htons(ETH_P_ALL));
        if (fd < 0)
            break;
        sockaddr_ll address{};
        address.sll_family = AF_PACKET;
        address.sll_protocol = htons(ETH_P_ALL);
        address.sll_ifindex = int(::if_nametoindex(wireInterface(host)));
        if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
            failure = {errno, std::string("cannot bind the wire's packet socket: ") + std::strerror(errno)};
            ::close(fd);
            return -1;
        }
        return fd;
    }
    case Operation::HostPacketSocket: {
        if (!enter(m_namespaces.hostFd(host), failure))
            return -1;
        fd = ::socket(AF_PACKET, SOCK_RAW | SOCK_CLOEXEC, htons(ETH_P_ALL));
        if (fd < 0)
            break;
        unsigned index = ::if_nametoindex(kPacketdrillInterface);
        if (index == 0)
            index = ::if_nametoindex(kHostInterface);
        sockaddr_ll address{};
        address.sll_family = AF_PACKET;
        address.sll_protocol = htons(ETH_P_ALL);
        address.sll_ifindex = int(index);
        if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
            failure = {errno, std::string("cannot bind the host's packet socket: ") + std::strerror(errno)};
            ::close(fd);
            return -1;
        }
        return fd;
    }
    default: break;
    }
    if (fd < 0)
        failure = {errno, std::string("cannot create the socket: ") + std::strerror(errno)};
    return fd;
}

int Helper::serve()
{
    for (;;) {
        Request request;
        const ssize_t got = ::recv(m_control, &request, sizeof request, 0);
        if (got == 0)
            return 0; // the owner is gone: everything vanishes with this process
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return 1;
        }
        if (got != ssize_t(sizeof request))
            return 1;
        request.name[sizeof request.name - 1] = '\0';
        request.value[sizeof request.value - 1] = '\0';
        Reply reply;
        Failure failure{0, {}};
        int fd = -1;
        const Host host = request.host == 0 ? Host::A : Host::B;
        switch (request.operation) {
        case Operation::TcpSocket:
        case Operation::SockDiag:
        case Operation::PacketSocket:
        case Operation::HostPacketSocket: fd = createSocket(request, failure); break;
        case Operation::WriteSysctl:
            // Only the network's own settings: names under net/ without "..".
            if (std::strncmp(request.name, "net/", 4) != 0 || std::strstr(request.name, ".."))
                failure = {EINVAL, "not a network setting"};
            else
                sysctl(m_namespaces.hostFd(host), request.name, request.value, failure);
            break;
        case Operation::ReadSysctl: {
            std::string value;
            if (std::strncmp(request.name, "net/", 4) != 0 || std::strstr(request.name, ".."))
                failure = {EINVAL, "not a network setting"};
            else if (enter(m_namespaces.hostFd(host), failure) && readFile(std::string("/proc/sys/") + request.name, value, failure))
                std::strncpy(reply.message, value.c_str(), sizeof reply.message - 1);
            break;
        }
        case Operation::SetRtoMin:
            if (request.number < 0) {
                failure = {EINVAL, "negative rto_min"};
                break;
            }
            for (Host each : kHosts) {
                if (!enter(m_namespaces.hostFd(each), failure) || !routes(each, unsigned(request.number), failure))
                    break;
            }
            break;
        case Operation::PacketdrillLayout: packetdrillLayout(failure); break;
        case Operation::NamespaceFd: fd = namespaceFd(request, failure); break;
        case Operation::Ready: failure = {EINVAL, "unexpected request"}; break;
        }
        if (!failure.message.empty()) {
            reply.errnoValue = failure.errnoValue ? failure.errnoValue : EIO;
            std::strncpy(reply.message, failure.message.c_str(), sizeof reply.message - 1);
        }
        if (!answer(reply, fd))
            return 1;
    }
}

} // namespace

int runNamespaceHelper(int controlFd)
{
    // Nothing the program inherited stays open in the helper but the socketpair.
    ::syscall(SYS_close_range, controlFd + 1, ~0u, 0);
    Helper helper(controlFd);
    Failure failure{0, {}};
    Reply ready;
    if (!helper.build(failure)) {
        ready.errnoValue = failure.errnoValue ? failure.errnoValue : EIO;
        std::strncpy(ready.message, failure.message.c_str(), sizeof ready.message - 1);
        ::send(controlFd, &ready, sizeof ready, MSG_NOSIGNAL);
        return 1;
    }
    if (::send(controlFd, &ready, sizeof ready, MSG_NOSIGNAL) != ssize_t(sizeof ready))
        return 1;
    return helper.serve();
}

} // namespace tsl::net
