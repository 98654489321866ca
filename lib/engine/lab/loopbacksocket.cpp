#include "loopbacksocket.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace tsl {

namespace {

std::string lastError(const char* what) { return std::string(what) + ": " + std::strerror(errno); }

socklen_t toSockaddr(const Endpoint& endpoint, sockaddr_storage& storage)
{
    std::memset(&storage, 0, sizeof storage);
    if (endpoint.family == AddressFamily::IPv4) {
        auto* in = reinterpret_cast<sockaddr_in*>(&storage);
        in->sin_family = AF_INET;
        in->sin_port = htons(endpoint.port);
        std::memcpy(&in->sin_addr, endpoint.address.data(), 4);
        return sizeof(sockaddr_in);
    }
    auto* in6 = reinterpret_cast<sockaddr_in6*>(&storage);
    in6->sin6_family = AF_INET6;
    in6->sin6_port = htons(endpoint.port);
    std::memcpy(&in6->sin6_addr, endpoint.address.data(), 16);
    return sizeof(sockaddr_in6);
}

Endpoint fromSockaddr(const sockaddr_storage& storage)
{
    if (storage.ss_family == AF_INET) {
        const auto* in = reinterpret_cast<const sockaddr_in*>(&storage);
        return Endpoint::ipv4(in->sin_addr.s_addr, ntohs(in->sin_port));
    }
    const auto* in6 = reinterpret_cast<const sockaddr_in6*>(&storage);
    std::uint8_t bytes[16];
    std::memcpy(bytes, &in6->sin6_addr, 16);
    return Endpoint::ipv6(bytes, ntohs(in6->sin6_port)).unmapped();
}

// Binds `fd` to `address` (IPv6 sockets v6 only; SO_REUSEADDR when asked); false with `error`.
bool bindTo(const FileDescriptor& fd, const Endpoint& address, bool reuseAddress, std::string& error)
{
    const int on = 1;
    if (address.family == AddressFamily::IPv6)
        ::setsockopt(fd.get(), IPPROTO_IPV6, IPV6_V6ONLY, &on, sizeof on);
    if (reuseAddress)
        ::setsockopt(fd.get(), SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    sockaddr_storage storage;
    const socklen_t length = toSockaddr(address, storage);
    if (::bind(fd.get(), reinterpret_cast<sockaddr*>(&storage), length) == 0)
        return true;
    error = errno == EADDRINUSE ? "port " + std::to_string(address.port) + " on " + address.addressText()
                                      + " is already in use"
                                : lastError("bind");
    return false;
}

} // namespace

Endpoint LoopbackSocket::loopback(AddressFamily family, std::uint16_t port)
{
    return *Endpoint::parse(family == AddressFamily::IPv4 ? "127.0.0.1" : "::1", port);
}

std::optional<LoopbackSocket> LoopbackSocket::bound(const Endpoint& address, std::string& error,
                                                    bool reuseAddress)
{
    if (!address.isLoopback()) {
        error = address.addressText() + " is not a loopback address: lab sockets bind 127.0.0.0/8 or ::1 only";
        return std::nullopt;
    }
    const int family = address.family == AddressFamily::IPv4 ? AF_INET : AF_INET6;
    FileDescriptor fd(::socket(family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_TCP));
    if (!fd.valid()) {
        error = lastError("socket");
        return std::nullopt;
    }
    if (!bindTo(fd, address, reuseAddress, error))
        return std::nullopt;
    return LoopbackSocket(std::move(fd));
}

std::optional<LoopbackSocket> LoopbackSocket::adoptPrivate(FileDescriptor fd, const Endpoint& address, std::string& error)
{
    if (!fd.valid()) {
        error = "no socket";
        return std::nullopt;
    }
    const int flags = ::fcntl(fd.get(), F_GETFL);
    ::fcntl(fd.get(), F_SETFL, flags | O_NONBLOCK);
    if (!bindTo(fd, address, true, error))
        return std::nullopt;
    return LoopbackSocket(std::move(fd), true);
}

Endpoint LoopbackSocket::localEndpoint() const
{
    sockaddr_storage storage{};
    socklen_t length = sizeof storage;
    ::getsockname(m_fd.get(), reinterpret_cast<sockaddr*>(&storage), &length);
    return fromSockaddr(storage);
}

std::optional<Endpoint> LoopbackSocket::peerEndpoint() const
{
    sockaddr_storage storage{};
    socklen_t length = sizeof storage;
    if (::getpeername(m_fd.get(), reinterpret_cast<sockaddr*>(&storage), &length) != 0)
        return std::nullopt;
    return fromSockaddr(storage);
}

bool LoopbackSocket::listen(int backlog, std::string& error)
{
    if (::listen(m_fd.get(), backlog) == 0)
        return true;
    error = lastError("listen");
    return false;
}

bool LoopbackSocket::setDeferAccept(int seconds, std::string& error)
{
    if (::setsockopt(m_fd.get(), IPPROTO_TCP, TCP_DEFER_ACCEPT, &seconds, sizeof seconds) == 0)
        return true;
    error = lastError("TCP_DEFER_ACCEPT");
    return false;
}

bool LoopbackSocket::setBufferSizes(int receive, int send, std::string& error)
{
    if (receive > 0 && ::setsockopt(m_fd.get(), SOL_SOCKET, SO_RCVBUF, &receive, sizeof receive) != 0) {
        error = lastError("SO_RCVBUF");
        return false;
    }
    if (send > 0 && ::setsockopt(m_fd.get(), SOL_SOCKET, SO_SNDBUF, &send, sizeof send) != 0) {
        error = lastError("SO_SNDBUF");
        return false;
    }
    return true;
}

bool LoopbackSocket::connect(const Endpoint& peer, std::string& error)
{
    if (!peer.isLoopback() && !m_privateNetwork) {
        error = peer.addressText() + " is not a loopback address: lab sockets connect on loopback only";
        return false;
    }
    sockaddr_storage storage;
    const socklen_t length = toSockaddr(peer, storage);
    if (::connect(m_fd.get(), reinterpret_cast<sockaddr*>(&storage), length) == 0 || errno == EINPROGRESS)
        return true;
    error = lastError("connect");
    return false;
}

std::optional<LoopbackSocket> LoopbackSocket::accept(std::string& error)
{
    const int fd = ::accept4(m_fd.get(), nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd >= 0)
        return LoopbackSocket(FileDescriptor(fd), m_privateNetwork);
    if (errno != EAGAIN && errno != EWOULDBLOCK)
        error = lastError("accept");
    return std::nullopt;
}

std::size_t LoopbackSocket::send(std::size_t bytes)
{
    std::vector<char> chunk(std::min<std::size_t>(bytes, 65536), 'x');
    std::size_t sent = 0;
    while (sent < bytes) {
        const ssize_t n = ::send(m_fd.get(), chunk.data(), std::min(chunk.size(), bytes - sent), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        sent += std::size_t(n);
    }
    return sent;
}

std::size_t LoopbackSocket::sendUntilFull()
{
    std::size_t total = 0;
    for (;;) {
        const std::size_t n = send(65536);
        total += n;
        if (n < 65536)
            break;
    }
    return total;
}

std::size_t LoopbackSocket::unreadBytes() const
{
    int bytes = 0;
    if (!isOpen() || ::ioctl(m_fd.get(), FIONREAD, &bytes) != 0)
        return 0;
    return std::size_t(bytes);
}

std::size_t LoopbackSocket::drain()
{
    char buffer[65536];
    std::size_t total = 0;
    for (;;) {
        const ssize_t n = ::recv(m_fd.get(), buffer, sizeof buffer, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        total += std::size_t(n);
    }
    return total;
}

bool LoopbackSocket::shutdownWrite(std::string& error)
{
    if (::shutdown(m_fd.get(), SHUT_WR) == 0)
        return true;
    error = lastError("shutdown");
    return false;
}

bool LoopbackSocket::setLingerZero(std::string& error)
{
    const linger value{1, 0};
    if (::setsockopt(m_fd.get(), SOL_SOCKET, SO_LINGER, &value, sizeof value) == 0)
        return true;
    error = lastError("SO_LINGER");
    return false;
}

} // namespace tsl
