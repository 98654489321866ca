#include "pktsymbols.h"

#include <cerrno>
#include <fcntl.h>
#include <linux/sockios.h>
#include <map>
#include <netinet/in.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

namespace tsl::pkt {

namespace {

// Values from <linux/tcp.h> spelled out: <netinet/tcp.h> and <linux/tcp.h> clash in one file.
const std::map<std::string, std::int64_t>& constants()
{
    static const std::map<std::string, std::int64_t> table{
        {"AF_INET", AF_INET}, {"AF_INET6", AF_INET6}, {"AF_UNSPEC", AF_UNSPEC}, {"PF_INET", PF_INET},
        {"PF_INET6", PF_INET6}, {"SOCK_STREAM", SOCK_STREAM}, {"SOCK_NONBLOCK", SOCK_NONBLOCK},
        {"SOCK_CLOEXEC", SOCK_CLOEXEC}, {"IPPROTO_TCP", IPPROTO_TCP}, {"IPPROTO_IP", IPPROTO_IP},
        {"IPPROTO_IPV6", IPPROTO_IPV6}, {"SOL_SOCKET", SOL_SOCKET}, {"SOL_TCP", IPPROTO_TCP}, {"SOL_IP", IPPROTO_IP},
        {"SO_REUSEADDR", SO_REUSEADDR}, {"SO_REUSEPORT", SO_REUSEPORT}, {"SO_LINGER", SO_LINGER},
        {"SO_RCVBUF", SO_RCVBUF}, {"SO_SNDBUF", SO_SNDBUF}, {"SO_ERROR", SO_ERROR}, {"SO_KEEPALIVE", SO_KEEPALIVE},
        {"SO_RCVLOWAT", SO_RCVLOWAT}, {"SO_OOBINLINE", SO_OOBINLINE}, {"SO_TYPE", SO_TYPE},
        {"SO_ACCEPTCONN", SO_ACCEPTCONN}, {"SO_RCVBUFFORCE", SO_RCVBUFFORCE}, {"SO_SNDBUFFORCE", SO_SNDBUFFORCE},
        {"TCP_NODELAY", 1}, {"TCP_MAXSEG", 2}, {"TCP_CORK", 3}, {"TCP_KEEPIDLE", 4}, {"TCP_KEEPINTVL", 5},
        {"TCP_KEEPCNT", 6}, {"TCP_SYNCNT", 7}, {"TCP_LINGER2", 8}, {"TCP_DEFER_ACCEPT", 9},
        {"TCP_WINDOW_CLAMP", 10}, {"TCP_INFO", 11}, {"TCP_QUICKACK", 12}, {"TCP_USER_TIMEOUT", 18},
        {"TCP_THIN_LINEAR_TIMEOUTS", 16}, {"TCP_THIN_DUPACK", 17}, {"TCP_NOTSENT_LOWAT", 25},
        {"F_GETFL", F_GETFL}, {"F_SETFL", F_SETFL}, {"F_GETFD", F_GETFD}, {"F_SETFD", F_SETFD},
        {"FD_CLOEXEC", FD_CLOEXEC}, {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR},
        {"O_NONBLOCK", O_NONBLOCK}, {"SHUT_RD", SHUT_RD}, {"SHUT_WR", SHUT_WR}, {"SHUT_RDWR", SHUT_RDWR},
        {"POLLIN", POLLIN}, {"POLLPRI", POLLPRI}, {"POLLOUT", POLLOUT}, {"POLLERR", POLLERR}, {"POLLHUP", POLLHUP},
        {"POLLNVAL", POLLNVAL}, {"POLLRDNORM", POLLRDNORM}, {"POLLRDBAND", POLLRDBAND}, {"POLLWRNORM", POLLWRNORM},
        {"POLLWRBAND", POLLWRBAND}, {"POLLRDHUP", POLLRDHUP}, {"MSG_OOB", MSG_OOB}, {"MSG_PEEK", MSG_PEEK},
        {"MSG_DONTWAIT", MSG_DONTWAIT}, {"MSG_WAITALL", MSG_WAITALL}, {"MSG_NOSIGNAL", MSG_NOSIGNAL},
        {"MSG_MORE", MSG_MORE}, {"MSG_EOR", MSG_EOR}, {"MSG_TRUNC", MSG_TRUNC},
        {"SIOCINQ", SIOCINQ}, {"SIOCOUTQ", SIOCOUTQ}, {"FIONREAD", FIONREAD}, {"SIOCOUTQNSD", SIOCOUTQNSD},
    };
    return table;
}

const std::map<std::string, int>& errnos()
{
    static const std::map<std::string, int> table{
        {"EPERM", EPERM}, {"ENOENT", ENOENT}, {"EINTR", EINTR}, {"EIO", EIO}, {"EBADF", EBADF},
        {"EAGAIN", EAGAIN}, {"EWOULDBLOCK", EWOULDBLOCK}, {"ENOMEM", ENOMEM}, {"EACCES", EACCES},
        {"EFAULT", EFAULT}, {"EBUSY", EBUSY}, {"EEXIST", EEXIST}, {"EINVAL", EINVAL}, {"ENFILE", ENFILE},
        {"EMFILE", EMFILE}, {"ENOSPC", ENOSPC}, {"EPIPE", EPIPE}, {"ENOTSOCK", ENOTSOCK},
        {"EDESTADDRREQ", EDESTADDRREQ}, {"EMSGSIZE", EMSGSIZE}, {"EPROTOTYPE", EPROTOTYPE},
        {"ENOPROTOOPT", ENOPROTOOPT}, {"EPROTONOSUPPORT", EPROTONOSUPPORT}, {"EOPNOTSUPP", EOPNOTSUPP},
        {"EAFNOSUPPORT", EAFNOSUPPORT}, {"EADDRINUSE", EADDRINUSE}, {"EADDRNOTAVAIL", EADDRNOTAVAIL},
        {"ENETDOWN", ENETDOWN}, {"ENETUNREACH", ENETUNREACH}, {"ENETRESET", ENETRESET},
        {"ECONNABORTED", ECONNABORTED}, {"ECONNRESET", ECONNRESET}, {"ENOBUFS", ENOBUFS}, {"EISCONN", EISCONN},
        {"ENOTCONN", ENOTCONN}, {"ESHUTDOWN", ESHUTDOWN}, {"ETIMEDOUT", ETIMEDOUT}, {"ECONNREFUSED", ECONNREFUSED},
        {"EHOSTDOWN", EHOSTDOWN}, {"EHOSTUNREACH", EHOSTUNREACH}, {"EALREADY", EALREADY},
        {"EINPROGRESS", EINPROGRESS}, {"ENOTSUP", ENOTSUP}, {"ERANGE", ERANGE},
    };
    return table;
}

const SyscallSignature kSyscalls[] = {
    {"socket", 3, 3},     {"bind", 3, 3},       {"listen", 2, 2},     {"accept", 3, 3},   {"accept4", 4, 4},
    {"connect", 3, 3},    {"read", 3, 3},       {"write", 3, 3},      {"send", 4, 4},     {"recv", 4, 4},
    {"sendto", 6, 6},     {"recvfrom", 6, 6},   {"close", 1, 1},      {"shutdown", 2, 2}, {"setsockopt", 5, 5},
    {"getsockopt", 5, 5}, {"fcntl", 2, 3},      {"poll", 3, 3},       {"ioctl", 3, 3},    {"getsockname", 3, 3},
    {"getpeername", 3, 3},
};

} // namespace

std::optional<std::int64_t> syscallConstant(const std::string& name)
{
    const auto found = constants().find(name);
    if (found == constants().end())
        return std::nullopt;
    return found->second;
}

std::optional<int> errnoByName(const std::string& name)
{
    const auto found = errnos().find(name);
    if (found == errnos().end())
        return std::nullopt;
    return found->second;
}

std::string errnoName(int value)
{
    for (const auto& [name, number] : errnos()) {
        if (number == value && name != "EWOULDBLOCK" && name != "ENOTSUP")
            return name;
    }
    return std::to_string(value);
}

const SyscallSignature* findSyscall(const std::string& name)
{
    for (const SyscallSignature& signature : kSyscalls) {
        if (name == signature.name)
            return &signature;
    }
    return nullptr;
}

std::vector<std::string> supportedSyscalls()
{
    std::vector<std::string> names;
    for (const SyscallSignature& signature : kSyscalls)
        names.emplace_back(signature.name);
    return names;
}

} // namespace tsl::pkt
