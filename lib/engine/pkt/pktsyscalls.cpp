#include "pktsyscalls.h"

#include "net/netlayout.h"
#include "net/privatenetwork.h"
#include "pktsymbols.h"

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <functional>
#include <linux/sockios.h>
#include <linux/tcp.h>
#include <netinet/in.h>
#include <poll.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

namespace tsl::pkt {

namespace {

std::int64_t realtimeNs()
{
    timespec now{};
    ::clock_gettime(CLOCK_REALTIME, &now);
    return std::int64_t(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

std::string secondsText(std::int64_t us)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.6f", double(us) / 1e6);
    return text;
}

// Whether the thread `tid` of this process sleeps in the kernel (a call that blocks).
bool threadSleeps(pid_t tid)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/self/task/%d/stat", int(tid));
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    char text[512];
    const ssize_t got = ::read(fd, text, sizeof text - 1);
    ::close(fd);
    if (got <= 0)
        return false;
    text[got] = '\0';
    const char* close = std::strrchr(text, ')');
    return close && close[1] == ' ' && (close[2] == 'S' || close[2] == 'D');
}

bool isBlockingCall(const std::string& name)
{
    static const char* const kNames[] = {"accept", "accept4", "connect", "read", "write", "send", "recv",
                                         "sendto", "recvfrom", "poll"};
    for (const char* each : kNames) {
        if (name == each)
            return true;
    }
    return false;
}

std::string describe(const Value& value)
{
    switch (value.kind) {
    case Value::Ellipsis: return "...";
    case Value::Integer: return std::to_string(value.integer);
    case Value::String: return "\"" + value.text + "\"";
    case Value::Null: return "NULL";
    case Value::List: {
        std::string out = "[";
        for (std::size_t i = 0; i < value.items.size(); ++i)
            out += (i ? ", " : "") + describe(value.items[i]);
        return out + "]";
    }
    case Value::Struct: {
        std::string out = "{";
        for (std::size_t i = 0; i < value.fields.size(); ++i)
            out += (i ? ", " : "") + value.fields[i].name + "=" + describe(value.fields[i]);
        return out + "}";
    }
    }
    return "?";
}

const Value* field(const Value& value, const std::string& name)
{
    for (const Value& inner : value.fields) {
        if (inner.name == name)
            return &inner;
    }
    return nullptr;
}

TcpInfoSnapshot snapshotOf(const tcp_info& i)
{
#define TSL_FIELD(name) {#name, std::int64_t(i.name)}
    return {
        TSL_FIELD(tcpi_state), TSL_FIELD(tcpi_ca_state), TSL_FIELD(tcpi_retransmits), TSL_FIELD(tcpi_probes),
        TSL_FIELD(tcpi_backoff), TSL_FIELD(tcpi_options), TSL_FIELD(tcpi_snd_wscale), TSL_FIELD(tcpi_rcv_wscale),
        TSL_FIELD(tcpi_rto), TSL_FIELD(tcpi_ato), TSL_FIELD(tcpi_snd_mss), TSL_FIELD(tcpi_rcv_mss),
        TSL_FIELD(tcpi_unacked), TSL_FIELD(tcpi_sacked), TSL_FIELD(tcpi_lost), TSL_FIELD(tcpi_retrans),
        TSL_FIELD(tcpi_fackets), TSL_FIELD(tcpi_last_data_sent), TSL_FIELD(tcpi_last_ack_sent),
        TSL_FIELD(tcpi_last_data_recv), TSL_FIELD(tcpi_last_ack_recv), TSL_FIELD(tcpi_pmtu),
        TSL_FIELD(tcpi_rcv_ssthresh), TSL_FIELD(tcpi_rtt), TSL_FIELD(tcpi_rttvar), TSL_FIELD(tcpi_snd_ssthresh),
        TSL_FIELD(tcpi_snd_cwnd), TSL_FIELD(tcpi_advmss), TSL_FIELD(tcpi_reordering), TSL_FIELD(tcpi_rcv_rtt),
        TSL_FIELD(tcpi_rcv_space), TSL_FIELD(tcpi_total_retrans), TSL_FIELD(tcpi_pacing_rate),
        TSL_FIELD(tcpi_max_pacing_rate), TSL_FIELD(tcpi_bytes_acked), TSL_FIELD(tcpi_bytes_received),
        TSL_FIELD(tcpi_segs_out), TSL_FIELD(tcpi_segs_in), TSL_FIELD(tcpi_notsent_bytes), TSL_FIELD(tcpi_min_rtt),
        TSL_FIELD(tcpi_data_segs_in), TSL_FIELD(tcpi_data_segs_out), TSL_FIELD(tcpi_delivery_rate),
        TSL_FIELD(tcpi_busy_time), TSL_FIELD(tcpi_rwnd_limited), TSL_FIELD(tcpi_sndbuf_limited),
        TSL_FIELD(tcpi_delivered), TSL_FIELD(tcpi_delivered_ce), TSL_FIELD(tcpi_bytes_sent),
        TSL_FIELD(tcpi_bytes_retrans), TSL_FIELD(tcpi_dsack_dups), TSL_FIELD(tcpi_reord_seen),
        TSL_FIELD(tcpi_rcv_ooopack), TSL_FIELD(tcpi_snd_wnd),
    };
#undef TSL_FIELD
}

} // namespace

TcpInfoSnapshot snapshotOfInfo(const tcp_info& info) { return snapshotOf(info); }

std::optional<std::int64_t> tcpInfoField(const TcpInfoSnapshot& info, const std::string& name)
{
    const auto found = info.find(name);
    if (found == info.end())
        return std::nullopt;
    return found->second;
}

ShellResult runShell(const std::string& command, const std::string& directory, int userNamespaceFd, int networkNamespaceFd)
{
    ShellResult result;
    int output[2];
    if (::pipe2(output, O_CLOEXEC) != 0) {
        result.error = std::string("cannot make a pipe: ") + std::strerror(errno);
        return result;
    }
    // Everything the child needs is made before fork(): after it only async-signal-safe calls.
    const char* argv[] = {"sh", "-c", command.c_str(), nullptr};
    const char* envp[] = {"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "LC_ALL=C", nullptr};
    const bool root = ::geteuid() == 0;
    const pid_t child = ::fork();
    if (child < 0) {
        ::close(output[0]);
        ::close(output[1]);
        result.error = std::string("cannot fork: ") + std::strerror(errno);
        return result;
    }
    if (child == 0) {
        ::dup2(output[1], 1);
        ::dup2(output[1], 2);
        const int devNull = ::open("/dev/null", O_RDONLY);
        if (devNull >= 0)
            ::dup2(devNull, 0);
        // Root may stay in its own user namespace; an ordinary user becomes root of A's.
        if ((!root && ::setns(userNamespaceFd, CLONE_NEWUSER) != 0) || ::setns(networkNamespaceFd, CLONE_NEWNET) != 0) {
            static const char message[] = "cannot enter host A's namespaces\n";
            (void)!::write(2, message, sizeof message - 1);
            ::_exit(126);
        }
        if (::chdir(directory.c_str()) != 0)
            (void)!::chdir("/");
        ::execve("/bin/sh", const_cast<char* const*>(argv), const_cast<char* const*>(envp));
        ::_exit(127);
    }
    ::close(output[1]);
    const std::int64_t deadline = realtimeNs() + 60'000'000'000LL;
    char buffer[4096];
    for (;;) {
        pollfd p{output[0], POLLIN, 0};
        const std::int64_t left = (deadline - realtimeNs()) / 1'000'000;
        if (left <= 0) {
            ::kill(child, SIGKILL);
            result.error = "it did not finish within a minute";
            break;
        }
        if (::poll(&p, 1, int(left)) <= 0)
            continue;
        const ssize_t got = ::read(output[0], buffer, sizeof buffer);
        if (got <= 0)
            break;
        if (result.output.size() < 65536)
            result.output.append(buffer, std::size_t(got));
    }
    ::close(output[0]);
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    return result;
}

SyscallRunner::Worker::Worker()
    : m_thread([this] {
          m_tid = pid_t(::syscall(SYS_gettid));
          std::unique_lock lock(m_mutex);
          for (;;) {
              m_wake.wait(lock, [this] { return m_stop || m_job; });
              if (m_job) {
                  auto job = std::move(m_job);
                  m_job = nullptr;
                  lock.unlock();
                  job();
                  lock.lock();
                  continue;
              }
              if (m_stop)
                  return;
          }
      })
{
    while (m_tid.load() == 0)
        std::this_thread::yield();
}

SyscallRunner::Worker::~Worker()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void SyscallRunner::Worker::post(std::function<void()> job)
{
    {
        std::lock_guard lock(m_mutex);
        m_job = std::move(job);
    }
    m_wake.notify_all();
}

struct SyscallRunner::Pending {
    std::mutex mutex;
    std::condition_variable returned;
    bool done = false;
    std::atomic<bool> started{false}; // on the worker: a sleeping worker before it is only idle
    Result result;
    std::int64_t returnedNs = 0;
    Event event;
    SyscallEvent call;
    Timing timing;
    std::function<void(Result&)> after;
    int liveFd = -1;
    bool blocked = false;
};

SyscallRunner::SyscallRunner() = default;

SyscallRunner::~SyscallRunner()
{
    if (m_pending) {
        if (m_pending->liveFd >= 0)
            ::shutdown(m_pending->liveFd, SHUT_RDWR);
        waitDone(*m_pending);
    }
    m_worker.reset(); // before the descriptors close
}

int SyscallRunner::liveFd(const Value& value, std::string& error) const
{
    if (value.kind != Value::Integer) {
        error = "a file descriptor is expected, not " + describe(value);
        return -1;
    }
    const auto found = m_fds.find(int(value.integer));
    if (found == m_fds.end()) {
        error = "file descriptor " + std::to_string(value.integer) + " is not open in the script";
        return -1;
    }
    return found->second.get();
}

std::optional<std::int64_t> SyscallRunner::pendingEndUs() const
{
    if (!m_pending)
        return std::nullopt;
    return m_pending->timing.blockEndUs;
}

std::string SyscallRunner::verify(const SyscallEvent& call, const Result& result) const
{
    if (call.result.kind == Value::Integer) {
        const long expected = long(call.result.integer);
        if (result.value != expected) {
            std::string text = "Expected result " + std::to_string(expected) + " but got " + std::to_string(result.value);
            if (result.value == -1)
                text += " with errno " + std::to_string(result.errnoValue) + " (" + std::strerror(result.errnoValue) + ")";
            return text;
        }
        if (expected == -1 && call.errnoValue && *call.errnoValue != result.errnoValue) {
            return "Expected errno " + std::to_string(*call.errnoValue) + " (" + std::strerror(*call.errnoValue)
                   + ") but got " + std::to_string(result.errnoValue) + " (" + std::strerror(result.errnoValue) + ")";
        }
    }
    return result.mismatch;
}

void SyscallRunner::setContext(const Context& context)
{
    m_context = context;
    if (!m_worker)
        m_worker = std::make_unique<Worker>();
}

void SyscallRunner::waitDone(Pending& pending)
{
    std::unique_lock lock(pending.mutex);
    pending.returned.wait(lock, [&] { return pending.done; });
}

LineOutcome SyscallRunner::finish(Pending& pending)
{
    waitDone(pending);
    if (pending.after)
        pending.after(pending.result);
    LineOutcome outcome;
    outcome.kind = "syscall";
    outcome.line = pending.event.position.line;
    outcome.text = pending.event.text;
    outcome.scriptTimeUs = pending.timing.scriptStartUs;
    outcome.liveTimeUs = (pending.returnedNs - pending.timing.startNs) / 1000;
    outcome.expected = pending.call.result.kind == Value::Integer ? std::to_string(pending.call.result.integer) : "...";
    if (pending.call.errnoValue)
        outcome.expected += " " + pending.call.errnoName;
    outcome.actual = std::to_string(pending.result.value);
    if (pending.result.value == -1)
        outcome.actual += " " + errnoName(pending.result.errnoValue);
    std::string error = verify(pending.call, pending.result);
    if (error.empty() && pending.timing.realTime && pending.timing.blockEndUs) {
        const std::int64_t at = *outcome.liveTimeUs;
        const std::int64_t due = *pending.timing.blockEndUs;
        if (at < due - pending.timing.toleranceUs || at > due + pending.timing.toleranceUs) {
            error = "timing error: expected system call return at " + secondsText(due) + " sec but happened at "
                    + secondsText(at) + " sec; tolerance " + secondsText(pending.timing.toleranceUs) + " sec";
        }
    }
    if (!error.empty()) {
        outcome.ok = false;
        outcome.error = "runtime error in " + pending.call.name + " call: " + error;
    }
    return outcome;
}

std::optional<LineOutcome> SyscallRunner::collect(bool wait, std::int64_t untilRealtimeNs)
{
    if (!m_pending)
        return std::nullopt;
    {
        std::unique_lock lock(m_pending->mutex);
        if (wait) {
            while (!m_pending->done) {
                const std::int64_t left = untilRealtimeNs - realtimeNs();
                if (left <= 0)
                    break;
                m_pending->returned.wait_for(lock, std::chrono::nanoseconds(std::min<std::int64_t>(left, 50'000'000)));
            }
        }
        if (!m_pending->done && !wait)
            return std::nullopt;
    }
    std::unique_ptr<Pending> pending = std::move(m_pending);
    bool done = false;
    {
        std::lock_guard lock(pending->mutex);
        done = pending->done;
    }
    if (!done) {
        // It never returned: unblock it so its thread ends, and say so at its line.
        if (pending->liveFd >= 0)
            ::shutdown(pending->liveFd, SHUT_RDWR);
        waitDone(*pending);
        LineOutcome outcome;
        outcome.kind = "syscall";
        outcome.line = pending->event.position.line;
        outcome.text = pending->event.text;
        outcome.scriptTimeUs = pending->timing.scriptStartUs;
        outcome.ok = false;
        outcome.error = "runtime error in " + pending->call.name + " call: the blocking call did not return"
                        + (pending->timing.blockEndUs ? " by " + secondsText(*pending->timing.blockEndUs) + " sec" : std::string());
        return outcome;
    }
    return finish(*pending);
}

std::vector<std::pair<int, int>> SyscallRunner::openDescriptors() const
{
    std::vector<std::pair<int, int>> out;
    for (const auto& [number, fd] : m_fds)
        out.emplace_back(number, fd.get());
    return out;
}

std::optional<TcpInfoSnapshot> SyscallRunner::tcpInfo(std::string& error) const
{
    int fd = -1;
    const auto last = m_fds.find(m_lastFd);
    if (last != m_fds.end())
        fd = last->second.get();
    else if (m_lastFd < 0 && !m_fds.empty())
        fd = m_fds.rbegin()->second.get();
    if (fd < 0) {
        error = "no socket is open for tcpi_* fields";
        return std::nullopt;
    }
    tcp_info info{};
    socklen_t length = sizeof info;
    if (::getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &length) != 0) {
        error = std::string("getsockopt(TCP_INFO): ") + std::strerror(errno);
        return std::nullopt;
    }
    return snapshotOf(info);
}

LineOutcome SyscallRunner::start(const Event& event, const SyscallEvent& call, const Timing& timing)
{
    LineOutcome outcome;
    outcome.kind = "syscall";
    outcome.line = event.position.line;
    outcome.text = event.text;
    outcome.scriptTimeUs = timing.scriptStartUs;
    const auto& args = call.arguments;
    std::string error;
    auto refuse = [&](const std::string& why) {
        outcome.ok = false;
        outcome.error = "runtime error in " + call.name + " call: " + why;
        return outcome;
    };
    const std::string& name = call.name;
    const bool ipv6Family = m_context.ipv6;
    auto address = [&](int socketFd, bool remote, sockaddr_storage& storage) {
        int domain = AF_INET;
        socklen_t size = sizeof domain;
        ::getsockopt(socketFd, SOL_SOCKET, SO_DOMAIN, &domain, &size);
        std::memset(&storage, 0, sizeof storage);
        const auto& bytes = remote ? m_context.remote : m_context.local;
        const std::uint16_t port = remote ? m_context.connectPort : m_context.bindPort;
        if (domain == AF_INET6) {
            auto* in6 = reinterpret_cast<sockaddr_in6*>(&storage);
            in6->sin6_family = AF_INET6;
            in6->sin6_port = htons(port);
            if (ipv6Family) {
                std::memcpy(&in6->sin6_addr, bytes.data(), 16);
            } else {
                // An IPv6 socket in an IPv4 run: the v4-mapped address.
                in6->sin6_addr.s6_addr[10] = 0xff;
                in6->sin6_addr.s6_addr[11] = 0xff;
                std::memcpy(&in6->sin6_addr.s6_addr[12], bytes.data(), 4);
            }
            return socklen_t(sizeof(sockaddr_in6));
        }
        auto* in = reinterpret_cast<sockaddr_in*>(&storage);
        in->sin_family = AF_INET;
        in->sin_port = htons(port);
        if (!ipv6Family)
            std::memcpy(&in->sin_addr, bytes.data(), 4);
        else
            std::memcpy(&in->sin_addr, remote ? net::packetdrillRemoteIpv4().data() : net::packetdrillLocalIpv4().data(), 4);
        return socklen_t(sizeof(sockaddr_in));
    };
    auto intArgument = [&](std::size_t index, long fallback) -> long {
        if (index >= args.size())
            return fallback;
        const Value& value = args[index];
        if (value.kind == Value::Integer)
            return long(value.integer);
        if (value.kind == Value::List && value.items.size() == 1 && value.items[0].kind == Value::Integer)
            return long(value.items[0].integer);
        return fallback;
    };
    auto nextFreeFd = [&](long wanted) {
        if (wanted >= 0 && !m_fds.count(int(wanted)))
            return int(wanted);
        int number = 3;
        while (m_fds.count(number))
            ++number;
        return number;
    };

    std::function<Result()> work;
    std::function<void(Result&)> after;
    int blockFd = -1;

    if (name == "socket") {
        int family = ipv6Family ? AF_INET6 : AF_INET;
        if (args[0].kind == Value::Integer)
            family = int(args[0].integer);
        if (family != AF_INET && family != AF_INET6)
            return refuse("only AF_INET and AF_INET6 sockets are supported");
        const long type = args[1].kind == Value::Integer ? long(args[1].integer) : long(SOCK_STREAM);
        if ((type & 0xf) != SOCK_STREAM)
            return refuse("only TCP sockets (SOCK_STREAM) are supported");
        if (args[2].kind == Value::Integer && args[2].integer != IPPROTO_TCP && args[2].integer != 0)
            return refuse("only IPPROTO_TCP is supported");
        const long wanted = call.result.kind == Value::Integer ? long(call.result.integer) : -1;
        work = [this, family, type, wanted, nextFreeFd]() {
            Result result;
            std::string why;
            FileDescriptor fd = m_context.network->tcpSocket(net::Host::A, family == AF_INET6 ? net::IpFamily::V6 : net::IpFamily::V4, why);
            if (!fd.valid()) {
                result.value = -1;
                result.errnoValue = EMFILE;
                result.mismatch = why;
                return result;
            }
            if (type & SOCK_NONBLOCK)
                ::fcntl(fd.get(), F_SETFL, ::fcntl(fd.get(), F_GETFL) | O_NONBLOCK);
            const int number = nextFreeFd(wanted);
            m_fds[number] = std::move(fd);
            m_lastFd = number;
            result.value = number;
            return result;
        };
    } else if (name == "listen" || name == "bind" || name == "shutdown" || name == "close" || name == "fcntl"
               || name == "setsockopt" || name == "getsockopt" || name == "connect" || name == "accept"
               || name == "accept4" || name == "read" || name == "write" || name == "send" || name == "recv"
               || name == "sendto" || name == "recvfrom" || name == "ioctl" || name == "getsockname"
               || name == "getpeername") {
        const int fd = liveFd(args[0], error);
        if (fd < 0)
            return refuse(error);
        const int scriptFd = int(args[0].integer);
        m_lastFd = scriptFd;
        blockFd = fd;
        if (name == "listen") {
            const int backlog = int(intArgument(1, 1));
            work = [fd, backlog] { return Result{::listen(fd, backlog), errno, {}}; };
        } else if (name == "bind") {
            work = [fd, address] {
                sockaddr_storage storage{};
                const socklen_t size = address(fd, false, storage);
                return Result{::bind(fd, reinterpret_cast<sockaddr*>(&storage), size), errno, {}};
            };
        } else if (name == "connect") {
            work = [fd, address] {
                sockaddr_storage storage{};
                const socklen_t size = address(fd, true, storage);
                return Result{::connect(fd, reinterpret_cast<sockaddr*>(&storage), size), errno, {}};
            };
        } else if (name == "shutdown") {
            const int how = int(intArgument(1, SHUT_RDWR));
            work = [fd, how] { return Result{::shutdown(fd, how), errno, {}}; };
        } else if (name == "close") {
            // The script's number is free again at once.
            work = [this, scriptFd] {
                auto found = m_fds.find(scriptFd);
                const int live = found->second.release();
                m_fds.erase(found);
                return Result{::close(live), errno, {}};
            };
            blockFd = -1;
        } else if (name == "fcntl") {
            const int command = int(intArgument(1, F_GETFL));
            const long argument = intArgument(2, 0);
            if (command != F_GETFL && command != F_SETFL && command != F_GETFD && command != F_SETFD)
                return refuse("only F_GETFL, F_SETFL, F_GETFD and F_SETFD are supported");
            work = [fd, command, argument] { return Result{::fcntl(fd, command, argument), errno, {}}; };
        } else if (name == "setsockopt" || name == "getsockopt") {
            const int level = int(intArgument(1, -1));
            const int option = int(intArgument(2, -1));
            const Value& value = args[3];
            const bool set = name == "setsockopt";
            if (option == 11 /* TCP_INFO */ && level == IPPROTO_TCP) {
                if (set)
                    return refuse("TCP_INFO cannot be set");
                work = [fd, value] {
                    tcp_info info{};
                    socklen_t length = sizeof info;
                    Result result{::getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &length), errno, {}};
                    if (result.value == 0 && value.kind == Value::Struct) {
                        const TcpInfoSnapshot snapshot = snapshotOf(info);
                        for (const Value& expected : value.fields) {
                            const std::string& fieldName = expected.name;
                            const auto actual = tcpInfoField(snapshot, fieldName);
                            if (!actual) {
                                result.mismatch = "unknown tcp_info field " + fieldName;
                                break;
                            }
                            if (expected.kind == Value::Integer && *actual != expected.integer) {
                                result.mismatch = "Bad getsockopt optval: " + fieldName + " expected: "
                                                  + std::to_string(expected.integer) + " actual: " + std::to_string(*actual);
                                break;
                            }
                        }
                    }
                    return result;
                };
            } else if (option == SO_LINGER && level == SOL_SOCKET) {
                const Value* onoff = value.kind == Value::Struct ? field(value, "l_onoff") : nullptr;
                const Value* seconds = value.kind == Value::Struct ? field(value, "l_linger") : nullptr;
                if (value.kind != Value::Struct && value.kind != Value::Ellipsis)
                    return refuse("SO_LINGER takes {l_onoff=N, l_linger=N}");
                const linger wanted{onoff && onoff->kind == Value::Integer ? int(onoff->integer) : 0,
                                    seconds && seconds->kind == Value::Integer ? int(seconds->integer) : 0};
                work = [fd, set, wanted, onoff, seconds] {
                    if (set)
                        return Result{::setsockopt(fd, SOL_SOCKET, SO_LINGER, &wanted, sizeof wanted), errno, {}};
                    linger got{};
                    socklen_t length = sizeof got;
                    Result result{::getsockopt(fd, SOL_SOCKET, SO_LINGER, &got, &length), errno, {}};
                    if (result.value == 0 && ((onoff && onoff->kind == Value::Integer && got.l_onoff != wanted.l_onoff)
                                              || (seconds && seconds->kind == Value::Integer && got.l_linger != wanted.l_linger)))
                        result.mismatch = "Bad getsockopt optval: expected: {l_onoff=" + std::to_string(wanted.l_onoff)
                                          + ", l_linger=" + std::to_string(wanted.l_linger) + "} actual: {l_onoff="
                                          + std::to_string(got.l_onoff) + ", l_linger=" + std::to_string(got.l_linger) + "}";
                    return result;
                };
            } else {
                if (level != SOL_SOCKET && level != IPPROTO_TCP && level != IPPROTO_IP && level != IPPROTO_IPV6)
                    return refuse("only SOL_SOCKET, IPPROTO_TCP (SOL_TCP), IPPROTO_IP and IPPROTO_IPV6 options are supported");
                std::optional<int> number;
                std::string text;
                if (value.kind == Value::List && value.items.size() == 1 && value.items[0].kind == Value::Integer)
                    number = int(value.items[0].integer);
                else if (value.kind == Value::Integer)
                    number = int(value.integer);
                else if (value.kind == Value::String)
                    text = value.text;
                else if (value.kind != Value::Ellipsis)
                    return refuse("the option's value is written [N], N or \"text\", not " + describe(value));
                const bool isText = value.kind == Value::String;
                work = [fd, set, level, option, number, text, isText] {
                    if (set) {
                        if (isText)
                            return Result{::setsockopt(fd, level, option, text.data(), socklen_t(text.size())), errno, {}};
                        const int v = number.value_or(0);
                        return Result{::setsockopt(fd, level, option, &v, sizeof v), errno, {}};
                    }
                    if (isText) {
                        char got[64] = {};
                        socklen_t length = sizeof got - 1;
                        Result result{::getsockopt(fd, level, option, got, &length), errno, {}};
                        if (result.value == 0 && text != got)
                            result.mismatch = "Bad getsockopt optval: expected: \"" + text + "\" actual: \"" + got + "\"";
                        return result;
                    }
                    int got = 0;
                    socklen_t length = sizeof got;
                    Result result{::getsockopt(fd, level, option, &got, &length), errno, {}};
                    if (result.value == 0 && number && got != *number)
                        result.mismatch = "Bad getsockopt optval: expected: " + std::to_string(*number)
                                          + " actual: " + std::to_string(got);
                    return result;
                };
            }
        } else if (name == "ioctl") {
            const int request = int(intArgument(1, -1));
            if (request != SIOCINQ && request != SIOCOUTQ && request != SIOCOUTQNSD)
                return refuse("only SIOCINQ (FIONREAD), SIOCOUTQ and SIOCOUTQNSD are supported");
            const std::optional<long> expected = args[2].kind == Value::List && args[2].items.size() == 1
                                                             && args[2].items[0].kind == Value::Integer
                                                         ? std::optional<long>(long(args[2].items[0].integer))
                                                         : std::nullopt;
            work = [fd, request, expected] {
                int got = 0;
                Result result{::ioctl(fd, static_cast<unsigned long>(request), &got), errno, {}};
                if (result.value == 0 && expected && got != *expected)
                    result.mismatch = "Bad ioctl value: expected: " + std::to_string(*expected) + " actual: " + std::to_string(got);
                return result;
            };
        } else if (name == "getsockname" || name == "getpeername") {
            const bool peer = name == "getpeername";
            work = [fd, peer] {
                sockaddr_storage storage{};
                socklen_t size = sizeof storage;
                const int value = peer ? ::getpeername(fd, reinterpret_cast<sockaddr*>(&storage), &size)
                                       : ::getsockname(fd, reinterpret_cast<sockaddr*>(&storage), &size);
                return Result{value, errno, {}};
            };
        } else if (name == "accept" || name == "accept4") {
            const int flags = name == "accept4" ? int(intArgument(3, 0)) : 0;
            const long wanted = call.result.kind == Value::Integer ? long(call.result.integer) : -1;
            work = [fd, flags] { return Result{::accept4(fd, nullptr, nullptr, flags), errno, {}}; };
            after = [this, wanted, nextFreeFd](Result& result) {
                if (result.value < 0)
                    return;
                const int number = nextFreeFd(wanted);
                m_fds[number] = FileDescriptor(int(result.value));
                m_lastFd = number;
                result.value = number;
            };
        } else {
            // read, write, send, recv, sendto, recvfrom: a buffer of the given size.
            const bool sending = name == "write" || name == "send" || name == "sendto";
            const long size = intArgument(2, -1);
            if (size < 0 || size > 64 * 1024 * 1024)
                return refuse("the length (third argument) must be a number from 0 to 67108864");
            const int flags = name == "read" || name == "write" ? 0 : int(intArgument(3, 0));
            work = [fd, sending, size, flags] {
                std::vector<char> buffer(std::size_t(size), 0);
                const long value = sending ? long(::send(fd, buffer.data(), buffer.size(), flags | MSG_NOSIGNAL))
                                           : long(::recv(fd, buffer.data(), buffer.size(), flags));
                return Result{value, errno, {}};
            };
        }
    } else if (name == "poll") {
        const Value& list = args[0];
        if (list.kind != Value::List)
            return refuse("poll takes [{fd=N, events=..., revents=...}, ...]");
        std::vector<pollfd> fds;
        std::vector<std::optional<long>> wanted;
        for (const Value& item : list.items) {
            const Value* fdValue = item.kind == Value::Struct ? field(item, "fd") : nullptr;
            if (!fdValue)
                return refuse("each entry of poll's list is {fd=N, events=..., revents=...}");
            const int fd = liveFd(*fdValue, error);
            if (fd < 0)
                return refuse(error);
            m_lastFd = int(fdValue->integer);
            const Value* events = field(item, "events");
            const Value* revents = field(item, "revents");
            fds.push_back({fd, short(events && events->kind == Value::Integer ? events->integer : 0), 0});
            wanted.push_back(revents && revents->kind == Value::Integer ? std::optional<long>(long(revents->integer)) : std::nullopt);
            blockFd = fd;
        }
        const int timeout = int(intArgument(2, 0));
        work = [fds, wanted, timeout]() mutable {
            Result result{::poll(fds.data(), fds.size(), timeout), errno, {}};
            for (std::size_t i = 0; result.value >= 0 && i < fds.size(); ++i) {
                if (wanted[i] && fds[i].revents != *wanted[i]) {
                    result.mismatch = "Bad poll revents: expected: " + std::to_string(*wanted[i])
                                      + " actual: " + std::to_string(fds[i].revents);
                    break;
                }
            }
            return result;
        };
    } else {
        return refuse("this system call is not supported");
    }

    auto pending = std::make_unique<Pending>();
    pending->event = event;
    pending->call = call;
    pending->timing = timing;
    pending->after = after;
    pending->liveFd = blockFd;
    const bool mayBlock = isBlockingCall(name);
    if (!mayBlock) {
        pending->result = work();
        pending->returnedNs = realtimeNs();
        pending->done = true;
        return finish(*pending);
    }
    Pending* raw = pending.get();
    if (!m_worker)
        m_worker = std::make_unique<Worker>();
    const pid_t workerTid = m_worker->tid();
    m_worker->post([raw, work] {
        raw->started = true;
        Result result = work();
        const std::int64_t at = realtimeNs();
        std::lock_guard lock(raw->mutex);
        raw->result = std::move(result);
        raw->returnedNs = at;
        raw->done = true;
        raw->returned.notify_all();
    });
    // Wait until it returns or sleeps in the kernel (blocked): then the script goes on.
    int sleeping = 0;
    for (;;) {
        {
            std::unique_lock lock(raw->mutex);
            if (raw->done)
                break;
            raw->returned.wait_for(lock, std::chrono::microseconds(50));
            if (raw->done)
                break;
        }
        if (raw->started.load() && threadSleeps(workerTid)) {
            if (++sleeping >= 3)
                break;
        } else {
            sleeping = 0;
        }
    }
    bool done = false;
    {
        std::lock_guard lock(raw->mutex);
        done = raw->done;
    }
    if (name == "connect") {
        sockaddr_storage storage{};
        socklen_t size = sizeof storage;
        if (::getsockname(blockFd, reinterpret_cast<sockaddr*>(&storage), &size) == 0) {
            m_connectedPort = storage.ss_family == AF_INET6 ? ntohs(reinterpret_cast<sockaddr_in6*>(&storage)->sin6_port)
                                                           : ntohs(reinterpret_cast<sockaddr_in*>(&storage)->sin_port);
        }
    }
    if (done)
        return finish(*pending);
    pending->blocked = true;
    m_pending = std::move(pending);
    outcome.actual = "blocked";
    outcome.expected = call.result.kind == Value::Integer ? std::to_string(call.result.integer) : "...";
    return outcome;
}

} // namespace tsl::pkt
