#include "pktdiag.h"

#include <arpa/inet.h>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <linux/tcp.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

namespace tsl::pkt {

TcpInfoSnapshot snapshotOfInfo(const tcp_info& info); // pktsyscalls.cpp

std::optional<TcpInfoSnapshot> diagTcpInfo(int diagFd, bool ipv6, const std::array<std::uint8_t, 16>& local,
                                           std::uint16_t localPort, const std::array<std::uint8_t, 16>& remote,
                                           std::uint16_t remotePort, std::string& error)
{
    struct {
        nlmsghdr header;
        inet_diag_req_v2 request;
    } message{};
    message.header.nlmsg_len = sizeof message;
    message.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    message.header.nlmsg_flags = NLM_F_REQUEST;
    message.header.nlmsg_seq = 1;
    message.request.sdiag_family = ipv6 ? AF_INET6 : AF_INET;
    message.request.sdiag_protocol = IPPROTO_TCP;
    message.request.idiag_states = ~0u;
    message.request.idiag_ext = 1u << (INET_DIAG_INFO - 1);
    message.request.id.idiag_sport = htons(localPort);
    message.request.id.idiag_dport = htons(remotePort);
    std::memcpy(message.request.id.idiag_src, local.data(), ipv6 ? 16 : 4);
    std::memcpy(message.request.id.idiag_dst, remote.data(), ipv6 ? 16 : 4);
    message.request.id.idiag_cookie[0] = INET_DIAG_NOCOOKIE;
    message.request.id.idiag_cookie[1] = INET_DIAG_NOCOOKIE;
    if (::send(diagFd, &message, sizeof message, 0) != ssize_t(sizeof message)) {
        error = std::string("sock_diag: ") + std::strerror(errno);
        return std::nullopt;
    }
    alignas(nlmsghdr) char buffer[8192];
    pollfd p{diagFd, POLLIN, 0};
    if (::poll(&p, 1, 1000) <= 0) {
        error = "sock_diag did not answer";
        return std::nullopt;
    }
    const ssize_t got = ::recv(diagFd, buffer, sizeof buffer, 0);
    if (got <= 0) {
        error = std::string("sock_diag: ") + std::strerror(errno);
        return std::nullopt;
    }
    // Walked by hand: the NLMSG_* and RTA_* macros cast in the old style.
    std::size_t at = 0;
    while (at + sizeof(nlmsghdr) <= std::size_t(got)) {
        nlmsghdr header{};
        std::memcpy(&header, buffer + at, sizeof header);
        if (header.nlmsg_len < sizeof header || at + header.nlmsg_len > std::size_t(got))
            break;
        if (header.nlmsg_type == NLMSG_ERROR || header.nlmsg_type == NLMSG_DONE)
            break;
        const std::size_t body = at + ((sizeof header + 3) & ~std::size_t(3));
        if (header.nlmsg_type == SOCK_DIAG_BY_FAMILY && body + sizeof(inet_diag_msg) <= at + header.nlmsg_len) {
            inet_diag_msg reply{};
            std::memcpy(&reply, buffer + body, sizeof reply);
            tcp_info info{};
            std::size_t attribute = body + ((sizeof reply + 3) & ~std::size_t(3));
            while (attribute + 4 <= at + header.nlmsg_len) {
                std::uint16_t length = 0;
                std::uint16_t type = 0;
                std::memcpy(&length, buffer + attribute, 2);
                std::memcpy(&type, buffer + attribute + 2, 2);
                if (length < 4 || attribute + length > at + header.nlmsg_len)
                    break;
                if (type == INET_DIAG_INFO)
                    std::memcpy(&info, buffer + attribute + 4, std::min<std::size_t>(length - 4u, sizeof info));
                attribute += (std::size_t(length) + 3) & ~std::size_t(3);
            }
            TcpInfoSnapshot snapshot = snapshotOfInfo(info);
            snapshot["tcpi_state"] = reply.idiag_state; // TIME_WAIT sockets carry no INET_DIAG_INFO
            return snapshot;
        }
        at += (std::size_t(header.nlmsg_len) + 3) & ~std::size_t(3);
    }
    error = "the connection is gone";
    return std::nullopt;
}

} // namespace tsl::pkt
