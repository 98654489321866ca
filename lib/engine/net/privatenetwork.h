#pragma once
// The private network, seen from its owner: two hosts (A and B) and the wire between them, in
// network namespaces that an unprivileged user namespace owns. Nothing is created in the
// host's namespaces and nothing persists: the namespaces live in a helper process that exits
// when this object (or the whole program) goes away. Sockets are made inside A, B or the wire
// on request and handed over as file descriptors, so everything else drives them unchanged.
// Plain C++, Linux. Safe to call from any thread (requests are serialised).

#include "kernel/filedescriptor.h"
#include "netlayout.h"

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <sys/types.h>

namespace tsl::net {

class PrivateNetwork {
public:
    // Builds the network: a fresh exec of this program as the helper (see privatenetwork.cpp),
    // which must be single-threaded to create a user namespace. nullptr with `error` set when
    // user namespaces are not available (see NetAvailability for the reason and the fix).
    static std::unique_ptr<PrivateNetwork> create(std::string& error);
    ~PrivateNetwork();
    PrivateNetwork(const PrivateNetwork&) = delete;
    PrivateNetwork& operator=(const PrivateNetwork&) = delete;

    // A new TCP socket inside a host (not bound; bind to hostAddress or leave it to connect).
    FileDescriptor tcpSocket(Host host, IpFamily family, std::string& error);
    // A NETLINK_SOCK_DIAG socket inside a host: what NetlinkProbe reads that host's table with.
    FileDescriptor sockDiagSocket(Host host, std::string& error);
    // A raw AF_PACKET socket on the wire's end that faces `host`.
    FileDescriptor packetSocket(Host host, std::string& error);

    // A setting of one host's namespace, e.g. "net/ipv4/tcp_syncookies".
    bool writeSysctl(Host host, const std::string& name, const std::string& value, std::string& error);
    std::optional<std::string> readSysctl(Host host, const std::string& name, std::string& error);
    // The locked rto_min of both hosts' routes (0: the kernel's own 200 ms).
    bool setRtoMin(unsigned milliseconds, std::string& error);
    unsigned rtoMin() const { return m_rtoMinMs; }

    // Turns host A into packetdrill's local host (netlayout.h: tun0, 192.168.0.1, remote
    // 192.0.2.1 on the link); for a run of a packetdrill script, which uses A alone.
    bool usePacketdrillLayout(std::string& error);
    // A raw AF_PACKET socket inside `host` on its own interface: what the host sends, stamped
    // when it leaves the stack (not when the wire's end has read it).
    FileDescriptor hostPacketSocket(Host host, std::string& error);
    // The user namespace (`network` false) or `host`'s network namespace, for a process that
    // enters them with setns() (a shell line of a script).
    FileDescriptor namespaceFd(Host host, bool network, std::string& error);

    pid_t helperPid() const { return m_helper; }

private:
    PrivateNetwork(FileDescriptor control, pid_t helper) : m_control(std::move(control)), m_helper(helper) {}
    bool ask(int operation, Host host, int number, const std::string& name, const std::string& value,
             std::string& error, std::string* message, FileDescriptor* fd);

    std::mutex m_mutex;
    FileDescriptor m_control;
    pid_t m_helper = -1;
    unsigned m_rtoMinMs = 0;
};

} // namespace tsl::net
