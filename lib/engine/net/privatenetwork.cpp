#include "privatenetwork.h"

#include "helperprotocol.h"
#include "namespacehelper.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

extern char** environ;

namespace tsl::net {

namespace {

// Any program that links the private network becomes its helper when started with the helper
// variable set: this runs before main(), so before Qt (or anything) has started a thread.
[[gnu::constructor]] void becomeHelperWhenAsked()
{
    const char* fd = std::getenv(protocol::kHelperVariable);
    if (fd && std::atoi(fd) == protocol::kHelperFd)
        ::_exit(runNamespaceHelper(protocol::kHelperFd));
}

constexpr int kReadyTimeoutMs = 10000;

bool receive(int control, protocol::Reply& reply, FileDescriptor* fd, int timeoutMs, std::string& error)
{
    pollfd waiting{control, POLLIN, 0};
    int ready;
    do {
        ready = ::poll(&waiting, 1, timeoutMs);
    } while (ready < 0 && errno == EINTR);
    if (ready == 0) {
        error = "the private network's helper did not answer";
        return false;
    }
    iovec data{&reply, sizeof reply};
    msghdr message{};
    message.msg_iov = &data;
    message.msg_iovlen = 1;
    alignas(cmsghdr) char control_[CMSG_SPACE(sizeof(int))] = {};
    message.msg_control = control_;
    message.msg_controllen = sizeof control_;
    ssize_t got;
    do {
        got = ::recvmsg(control, &message, MSG_CMSG_CLOEXEC);
    } while (got < 0 && errno == EINTR);
    if (got != ssize_t(sizeof reply)) {
        error = got == 0 ? "the private network's helper ended" : "a broken answer from the private network's helper";
        return false;
    }
    for (cmsghdr* header = CMSG_FIRSTHDR(&message); header; header = CMSG_NXTHDR(&message, header)) {
        if (header->cmsg_level == SOL_SOCKET && header->cmsg_type == SCM_RIGHTS) {
            int received = -1;
            std::memcpy(&received, CMSG_DATA(header), sizeof received);
            if (fd)
                fd->reset(received);
            else
                ::close(received);
        }
    }
    reply.message[sizeof reply.message - 1] = '\0';
    return true;
}

} // namespace

std::unique_ptr<PrivateNetwork> PrivateNetwork::create(std::string& error)
{
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, pair) != 0) {
        error = std::string("socketpair: ") + std::strerror(errno);
        return nullptr;
    }
    FileDescriptor ours(pair[0]);
    FileDescriptor theirs(pair[1]);
    if (theirs.get() == protocol::kHelperFd) // dup2 onto itself would keep close-on-exec
        theirs.reset(::fcntl(pair[1], F_DUPFD_CLOEXEC, protocol::kHelperFd + 1));

    // Everything the child needs is prepared before posix_spawn: between its fork and exec a
    // multithreaded parent may run nothing else.
    std::vector<std::string> environment;
    for (char** entry = environ; entry && *entry; ++entry) {
        if (std::strncmp(*entry, protocol::kHelperVariable, std::strlen(protocol::kHelperVariable)) != 0)
            environment.emplace_back(*entry);
    }
    environment.push_back(std::string(protocol::kHelperVariable) + "=" + std::to_string(protocol::kHelperFd));
    std::vector<char*> envp;
    envp.reserve(environment.size() + 1);
    for (std::string& entry : environment)
        envp.push_back(entry.data());
    envp.push_back(nullptr);
    char name[] = "tcpstatelab-net-helper";
    char* argv[] = {name, nullptr};

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, theirs.get(), protocol::kHelperFd);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t helper = -1;
    const int spawned = ::posix_spawn(&helper, "/proc/self/exe", &actions, nullptr, argv, envp.data());
    posix_spawn_file_actions_destroy(&actions);
    theirs.reset();
    if (spawned != 0) {
        error = std::string("cannot start the private network's helper: ") + std::strerror(spawned);
        return nullptr;
    }

    std::unique_ptr<PrivateNetwork> network(new PrivateNetwork(std::move(ours), helper));
    protocol::Reply ready;
    if (!receive(network->m_control.get(), ready, nullptr, kReadyTimeoutMs, error))
        return nullptr;
    if (ready.errnoValue != 0) {
        error = ready.message;
        return nullptr;
    }
    return network;
}

PrivateNetwork::~PrivateNetwork()
{
    m_control.reset(); // the helper sees the end of its socketpair and exits
    if (m_helper > 0) {
        int status = 0;
        while (::waitpid(m_helper, &status, 0) < 0 && errno == EINTR) {
        }
    }
}

bool PrivateNetwork::ask(int operation, Host host, int number, const std::string& name, const std::string& value,
                         std::string& error, std::string* message, FileDescriptor* fd)
{
    std::lock_guard lock(m_mutex);
    protocol::Request request;
    request.operation = protocol::Operation(operation);
    request.host = host == Host::A ? 0 : 1;
    request.number = number;
    if (name.size() >= sizeof request.name || value.size() >= sizeof request.value) {
        error = "setting name or value too long";
        return false;
    }
    std::memcpy(request.name, name.data(), name.size());
    std::memcpy(request.value, value.data(), value.size());
    if (::send(m_control.get(), &request, sizeof request, MSG_NOSIGNAL) != ssize_t(sizeof request)) {
        error = std::string("the private network's helper is gone: ") + std::strerror(errno);
        return false;
    }
    protocol::Reply reply;
    if (!receive(m_control.get(), reply, fd, kReadyTimeoutMs, error))
        return false;
    if (reply.errnoValue != 0) {
        error = reply.message;
        return false;
    }
    if (message)
        *message = reply.message;
    return true;
}

FileDescriptor PrivateNetwork::tcpSocket(Host host, IpFamily family, std::string& error)
{
    FileDescriptor fd;
    ask(int(protocol::Operation::TcpSocket), host, family == IpFamily::V4 ? AF_INET : AF_INET6, {}, {}, error,
        nullptr, &fd);
    return fd;
}

FileDescriptor PrivateNetwork::sockDiagSocket(Host host, std::string& error)
{
    FileDescriptor fd;
    ask(int(protocol::Operation::SockDiag), host, 0, {}, {}, error, nullptr, &fd);
    return fd;
}

FileDescriptor PrivateNetwork::packetSocket(Host host, std::string& error)
{
    FileDescriptor fd;
    ask(int(protocol::Operation::PacketSocket), host, 0, {}, {}, error, nullptr, &fd);
    return fd;
}

bool PrivateNetwork::writeSysctl(Host host, const std::string& name, const std::string& value, std::string& error)
{
    return ask(int(protocol::Operation::WriteSysctl), host, 0, name, value, error, nullptr, nullptr);
}

std::optional<std::string> PrivateNetwork::readSysctl(Host host, const std::string& name, std::string& error)
{
    std::string value;
    if (!ask(int(protocol::Operation::ReadSysctl), host, 0, name, {}, error, &value, nullptr))
        return std::nullopt;
    return value;
}

bool PrivateNetwork::setRtoMin(unsigned milliseconds, std::string& error)
{
    if (!ask(int(protocol::Operation::SetRtoMin), Host::A, int(milliseconds), {}, {}, error, nullptr, nullptr))
        return false;
    m_rtoMinMs = milliseconds;
    return true;
}

bool PrivateNetwork::usePacketdrillLayout(std::string& error)
{
    return ask(int(protocol::Operation::PacketdrillLayout), Host::A, 0, {}, {}, error, nullptr, nullptr);
}

FileDescriptor PrivateNetwork::hostPacketSocket(Host host, std::string& error)
{
    FileDescriptor fd;
    ask(int(protocol::Operation::HostPacketSocket), host, 0, {}, {}, error, nullptr, &fd);
    return fd;
}

FileDescriptor PrivateNetwork::namespaceFd(Host host, bool network, std::string& error)
{
    FileDescriptor fd;
    ask(int(protocol::Operation::NamespaceFd), host, network ? 1 : 0, {}, {}, error, nullptr, &fd);
    return fd;
}

} // namespace tsl::net
