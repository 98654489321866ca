#pragma once
// A real TCP socket bound to loopback only, one native call per operation so that the kernel's
// behaviour stays visible (no user-space buffering, half-close, zero windows, RST on demand).
// Plain C++ on POSIX; the lab and the tests drive the kernel through it.

#include "kernel/filedescriptor.h"
#include "kernel/socketrow.h"

#include <cstddef>
#include <optional>
#include <string>

namespace tsl {

class LoopbackSocket {
public:
    LoopbackSocket() = default;

    // A new non-blocking TCP socket bound to `address` (which must be a loopback address) and
    // `port` (0: any free port). nullopt with `error` set on failure: "address in use",
    // "not a loopback address", ...
    // `reuseAddress` sets SO_REUSEADDR first (binding past TIME_WAIT connections on the port).
    static std::optional<LoopbackSocket> bound(const Endpoint& address, std::string& error,
                                               bool reuseAddress = false);
    // Adopts a TCP socket created inside the app's private network (net::PrivateNetwork) and
    // binds it to `address` there. Such a socket may use the private network's addresses: they
    // exist nowhere else, so the rule "loopback only" still holds for the host's own network.
    static std::optional<LoopbackSocket> adoptPrivate(FileDescriptor fd, const Endpoint& address, std::string& error);
    // The loopback address of a family: 127.0.0.1 or ::1, port 0.
    static Endpoint loopback(AddressFamily family, std::uint16_t port = 0);

    bool isOpen() const { return m_fd.valid(); }
    int fd() const { return m_fd.get(); }
    Endpoint localEndpoint() const;
    std::optional<Endpoint> peerEndpoint() const;

    // Each returns false and sets `error` when the kernel refuses.
    bool listen(int backlog, std::string& error);
    bool setDeferAccept(int seconds, std::string& error);   // TCP_DEFER_ACCEPT
    bool setBufferSizes(int receive, int send, std::string& error); // 0 keeps a size
    bool connect(const Endpoint& peer, std::string& error); // non-blocking: EINPROGRESS is fine
    // Accepts one pending connection; nullopt if none is ready (or on error, with `error`).
    std::optional<LoopbackSocket> accept(std::string& error);
    // Writes until the kernel's send buffer is full (the peer stopped reading). Returns bytes.
    std::size_t sendUntilFull();
    std::size_t send(std::size_t bytes);
    std::size_t drain(); // reads everything available
    // Bytes received and not read yet: closing with any makes the kernel send a RST, not a FIN.
    std::size_t unreadBytes() const;
    bool shutdownWrite(std::string& error); // half-close: sends FIN
    bool setLingerZero(std::string& error); // close() then sends RST (abort)
    void close() { m_fd.reset(); }

private:
    explicit LoopbackSocket(FileDescriptor fd, bool privateNetwork = false)
        : m_fd(std::move(fd)), m_privateNetwork(privateNetwork) {}
    FileDescriptor m_fd;
    bool m_privateNetwork = false;
};

} // namespace tsl
