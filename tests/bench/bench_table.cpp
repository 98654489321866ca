// Benchmark of the probe as the table grows (not a test: it prints figures, ratios and the
// issue's targets; the machine is shared and noisy, so every ratio is measured within one run,
// the commands alternating round by round).
//
// A child holds the sockets (loopback only): 1,000, 10,000 and 100,000 sockets on the watched
// port (a listener and its connections: both ends have the port), then 100,000 on another port
// with one connection left on the watched one. For each size it prints:
//   - the time of `tcpstatelab snapshot --port P` and `snapshot --port P --json` as whole
//     processes, beside `ss -tan` and `ss -tan -O` with the same filter, their ratios, and µs
//     per socket in the table (how the cost grows);
//   - our peak RSS (the child's ru_maxrss);
//   - `tcpstatelab watch --port P --interval-ms 100`: % of a core and CPU per poll, beside a bare
//     netlink dump (same filter, received and dropped) made at the same rate in the same
//     seconds;
//   - with the window benchmark built: a line for the window's Watch panel over the same port
//     (bench_window, phase 'W': CPU of the GUI process and its p99 event-loop latency).
// --minutes M: afterwards `watch` runs M minutes over 100,000 sockets; RSS each minute.
//
// It runs in a network namespace of its own when it may (root): the table is its own sockets
// and the others' tests do not see 200,000 of them; otherwise in the machine's, and says so.
//
// Run: build/release/tests/bench/bench_table [--sizes 1000,10000,100000] [--other 100000]
//        [--rounds N] [--watch-seconds S] [--window-seconds S] [--no-window] [--minutes M]
#include "kernel/filedescriptor.h"
#include "kernel/netlinkmessages_linux.h"

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <functional>
#include <linux/netlink.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sched.h>
#include <spawn.h>
#include <sstream>
#include <string>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char** environ;

using namespace tsl;
using Clock = std::chrono::steady_clock;

namespace {

// ---------------------------------------------------------------------------------------------
// The sockets

// Raises the fd limit to `wanted` (root may go past the hard limit, up to fs.nr_open).
void raiseFdLimit(rlim_t wanted)
{
    rlimit limit{};
    ::getrlimit(RLIMIT_NOFILE, &limit);
    rlimit raised{wanted, std::max(wanted, limit.rlim_max)};
    if (::setrlimit(RLIMIT_NOFILE, &raised) != 0) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

rlim_t fdLimit()
{
    rlimit limit{};
    ::getrlimit(RLIMIT_NOFILE, &limit);
    return limit.rlim_cur;
}

// A network namespace of this process's own, its loopback up. False: not allowed (not root).
bool enterOwnNetworkNamespace()
{
    if (::unshare(CLONE_NEWNET) != 0)
        return false;
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    ifreq request{};
    std::strncpy(request.ifr_name, "lo", IFNAMSIZ - 1);
    bool up = ::ioctl(fd, SIOCGIFFLAGS, &request) == 0;
    request.ifr_flags = short(request.ifr_flags | IFF_UP);
    up = up && ::ioctl(fd, SIOCSIFFLAGS, &request) == 0;
    ::close(fd);
    return up;
}

sockaddr_in loopbackAddress(std::uint32_t hostOrder, std::uint16_t port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(hostOrder);
    return address;
}

// Closed with a reset: no TIME_WAIT left behind for a minute.
void closeAbortively(int fd)
{
    const linger abort{1, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &abort, sizeof abort);
    ::close(fd);
}

// Children hold the sockets: the hard fd limit may stay below 200,000 even for root (a
// container's), so each child holds at most kPerChild connections (both ends). The listener is
// this process's, inherited; children are told one at a time ("hold N", answered "ok"), so the
// connection a child accepts is the one it just made.
class SocketHolder {
public:
    static constexpr int kPerChild = 9000;

    // Keeps `connections` connections on 127.0.0.1:`port`, opening or closing the newest.
    bool hold(std::uint16_t port, int connections)
    {
        Port& held = portFor(port);
        if (held.listener < 0)
            return false;
        const int children = (connections + kPerChild - 1) / kPerChild;
        while (int(held.children.size()) < children) {
            Child child;
            if (!child.start(held.listener, port, INADDR_LOOPBACK + 1 + m_children++))
                return false;
            held.children.push_back(child);
        }
        for (std::size_t i = 0; i < held.children.size(); ++i) {
            const int share = std::clamp(connections - int(i) * kPerChild, 0, kPerChild);
            if (!held.children[i].hold(share))
                return false;
        }
        return true;
    }

    void stop()
    {
        for (auto& [port, held] : m_ports) {
            for (Child& child : held.children)
                child.stop(); // it resets every connection on its way out
            ::close(held.listener);
        }
        m_ports.clear();
    }

private:
    struct Child {
        pid_t pid = 0;
        FILE* commands = nullptr;
        FILE* answers = nullptr;

        bool start(int listener, std::uint16_t port, std::uint32_t source)
        {
            int toChild[2];
            int fromChild[2];
            if (::pipe2(toChild, O_CLOEXEC) != 0 || ::pipe2(fromChild, O_CLOEXEC) != 0)
                return false;
            pid = ::fork();
            if (pid == 0) {
                // Only its own pipes and the listener: a child holding another child's command
                // pipe open would keep that one from ever seeing the end of its commands.
                for (int fd = 3; fd < 1024; ++fd) {
                    if (fd != listener && fd != toChild[0] && fd != fromChild[1])
                        ::close(fd);
                }
                serve(listener, port, source, toChild[0], fromChild[1]);
                ::_exit(0);
            }
            ::close(toChild[0]);
            ::close(fromChild[1]);
            commands = ::fdopen(toChild[1], "w");
            answers = ::fdopen(fromChild[0], "r");
            return pid > 0;
        }
        bool hold(int connections)
        {
            std::fprintf(commands, "hold %d\n", connections);
            std::fflush(commands);
            char line[160] = {};
            if (!std::fgets(line, sizeof line, answers))
                return false;
            if (std::strncmp(line, "ok", 2) != 0) {
                std::fprintf(stderr, "socket holder: %s", line);
                return false;
            }
            return true;
        }
        void stop()
        {
            std::fclose(commands);
            ::waitpid(pid, nullptr, 0);
            std::fclose(answers);
        }
    };
    struct Port {
        int listener = -1;
        std::vector<Child> children;
    };

    Port& portFor(std::uint16_t port)
    {
        auto it = std::find_if(m_ports.begin(), m_ports.end(), [port](const auto& p) { return p.first == port; });
        if (it != m_ports.end())
            return it->second;
        Port held;
        held.listener = ::socket(AF_INET, SOCK_STREAM, 0); // inherited by the children
        const int one = 1;
        ::setsockopt(held.listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        const sockaddr_in address = loopbackAddress(INADDR_LOOPBACK, port);
        if (::bind(held.listener, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0
            || ::listen(held.listener, 4096) != 0) {
            std::fprintf(stderr, "cannot listen on %u: %s\n", unsigned(port), std::strerror(errno));
            ::close(held.listener);
            held.listener = -1;
        }
        m_ports.emplace_back(port, std::move(held));
        return m_ports.back().second;
    }

    static void serve(int listener, std::uint16_t port, std::uint32_t source, int commands, int answers)
    {
        raiseFdLimit(rlim_t(2 * kPerChild + 64));
        FILE* in = ::fdopen(commands, "r");
        FILE* out = ::fdopen(answers, "w");
        std::vector<std::pair<int, int>> connections; // client, server
        char line[128];
        while (std::fgets(line, sizeof line, in)) {
            int wanted = 0;
            if (std::sscanf(line, "hold %d", &wanted) != 1)
                continue;
            const std::string error = holdOn(listener, port, source, connections, wanted);
            std::fprintf(out, "%s\n", error.empty() ? "ok" : error.c_str());
            std::fflush(out);
        }
        for (auto [client, server] : connections) {
            closeAbortively(client);
            closeAbortively(server);
        }
    }

    // The clients of child k come from 127.0.0.(2 + k): the ephemeral range is ~28,000 ports
    // per source address, a child holds fewer.
    static std::string holdOn(int listener, std::uint16_t port, std::uint32_t source,
                              std::vector<std::pair<int, int>>& connections, int wanted)
    {
        while (int(connections.size()) > wanted) {
            closeAbortively(connections.back().first);
            closeAbortively(connections.back().second);
            connections.pop_back();
        }
        while (int(connections.size()) < wanted) {
            const int client = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
            if (client < 0)
                return std::string("socket: ") + std::strerror(errno);
            const int one = 1;
            ::setsockopt(client, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &one, sizeof one);
            const sockaddr_in from = loopbackAddress(source, 0);
            const sockaddr_in to = loopbackAddress(INADDR_LOOPBACK, port);
            if (::bind(client, reinterpret_cast<const sockaddr*>(&from), sizeof from) != 0
                || ::connect(client, reinterpret_cast<const sockaddr*>(&to), sizeof to) != 0)
                return std::string("connect: ") + std::strerror(errno);
            const int server = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
            if (server < 0)
                return std::string("accept: ") + std::strerror(errno);
            connections.emplace_back(client, server);
        }
        return {};
    }

    std::vector<std::pair<std::uint16_t, Port>> m_ports;
    std::uint32_t m_children = 0;
};

std::uint16_t freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const sockaddr_in address = loopbackAddress(INADDR_LOOPBACK, 0);
    ::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address);
    sockaddr_in bound{};
    socklen_t length = sizeof bound;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&bound), &length);
    ::close(fd);
    return ntohs(bound.sin_port);
}

// ---------------------------------------------------------------------------------------------
// Measuring

double seconds(clockid_t clock)
{
    timespec t{};
    ::clock_gettime(clock, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

double loadAverage()
{
    double load[1] = {0};
    ::getloadavg(load, 1);
    return load[0];
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

struct Run {
    double wallMs = 0;
    double cpuMs = 0;
    long peakRssKb = 0;
    int status = 0;
};

// One whole process, stdout to /dev/null (as hyperfine does), stderr kept.
Run runProcess(const std::vector<std::string>& words)
{
    std::vector<char*> argv;
    for (const std::string& word : words)
        argv.push_back(const_cast<char*>(word.c_str()));
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    Run run;
    const auto start = Clock::now();
    pid_t pid = 0;
    if (posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
        run.status = -1;
        posix_spawn_file_actions_destroy(&actions);
        return run;
    }
    rusage usage{};
    ::wait4(pid, &run.status, 0, &usage);
    run.wallMs = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    run.cpuMs = 1000.0 * (double(usage.ru_utime.tv_sec) + double(usage.ru_stime.tv_sec))
                + (double(usage.ru_utime.tv_usec) + double(usage.ru_stime.tv_usec)) / 1000.0;
    run.peakRssKb = usage.ru_maxrss;
    posix_spawn_file_actions_destroy(&actions);
    return run;
}

// A command's output (stdout), for checking what was timed.
std::string outputOf(const std::vector<std::string>& words)
{
    std::string line;
    for (const std::string& word : words)
        line += "'" + word + "' ";
    FILE* pipe = ::popen((line + "2>/dev/null").c_str(), "r");
    std::string out;
    char buffer[65536];
    for (std::size_t n; pipe && (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;)
        out.append(buffer, n);
    if (pipe)
        ::pclose(pipe);
    return out;
}

struct Timed {
    std::vector<double> wall;
    std::vector<double> cpu;
    long peakRssKb = 0;
    bool failed = false;
};

// The least a program pays for the same answer: one request per family, received until DONE,
// nothing parsed. On a thread of its own at `intervalMs`, while the watch runs.
class BareDumper {
public:
    void start(std::uint16_t port, int intervalMs)
    {
        m_running = true;
        m_thread = std::thread([this, port, intervalMs] {
            FileDescriptor fd(::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG));
            std::vector<std::uint8_t> buffer(64 * 1024);
            const auto v4 = netlink::buildDumpRequest(AddressFamily::IPv4, {port}, 1);
            const auto v6 = netlink::buildDumpRequest(AddressFamily::IPv6, {port}, 2);
            const double cpu0 = seconds(CLOCK_THREAD_CPUTIME_ID);
            auto next = Clock::now();
            while (m_running) {
                dump(fd.get(), v4, buffer);
                dump(fd.get(), v6, buffer);
                ++m_dumps;
                next += std::chrono::milliseconds(intervalMs);
                std::this_thread::sleep_until(next);
            }
            m_cpu = seconds(CLOCK_THREAD_CPUTIME_ID) - cpu0;
        });
    }
    // Stops; the CPU of one dump (both families), in ms.
    double stop()
    {
        m_running = false;
        if (m_thread.joinable())
            m_thread.join();
        return m_dumps > 0 ? 1000.0 * m_cpu / double(m_dumps) : 0;
    }
    static void dump(int fd, const std::vector<std::uint8_t>& request, std::vector<std::uint8_t>& buffer)
    {
        ::send(fd, request.data(), request.size(), 0);
        for (;;) {
            const ssize_t received = ::recv(fd, buffer.data(), buffer.size(), 0);
            if (received <= 0)
                return;
            int left = int(received);
            for (auto* h = reinterpret_cast<nlmsghdr*>(buffer.data()); NLMSG_OK(h, left); h = NLMSG_NEXT(h, left)) {
                if (h->nlmsg_type == NLMSG_DONE || h->nlmsg_type == NLMSG_ERROR)
                    return;
            }
        }
    }

private:
    std::atomic<bool> m_running{false};
    std::atomic<int> m_dumps{0};
    double m_cpu = 0;
    std::thread m_thread;
};

// CPU time of every thread of a process so far, in seconds (schedstat: nanoseconds on a CPU).
double processCpu(pid_t pid)
{
    double total = 0;
    std::error_code error;
    for (const auto& task : std::filesystem::directory_iterator("/proc/" + std::to_string(pid) + "/task", error)) {
        std::ifstream stat(task.path() / "schedstat");
        double ns = 0;
        stat >> ns;
        total += ns / 1e9;
    }
    return total;
}

long rssKb(pid_t pid)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            return std::atol(line.c_str() + 6);
    }
    return 0;
}

pid_t spawnQuiet(const std::vector<std::string>& words)
{
    std::vector<char*> argv;
    for (const std::string& word : words)
        argv.push_back(const_cast<char*>(word.c_str()));
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    if (posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0)
        pid = -1;
    posix_spawn_file_actions_destroy(&actions);
    return pid;
}

void stopProcess(pid_t pid)
{
    if (pid <= 0)
        return;
    ::kill(pid, SIGINT);
    ::waitpid(pid, nullptr, 0);
}

struct WatchFigures {
    double percent = 0;    // of one core, over the measured stretch
    double perPollMs = 0;  // CPU per poll (the stretch's polls at the interval)
    double bareMs = 0;     // a bare dump's CPU in the same stretch
    long rssKb = 0;
    double polls = 0;
    double pollsPerSecond = 0;
    bool pollsCounted = false; // by perf; else assumed at the interval
};

// `watch --interval-ms 100` over the port: after a warm-up (start-up and the first poll of
// every socket), `stretch` seconds measured, a bare dumper at the same rate beside it.
WatchFigures measureWatch(const std::string& program, std::uint16_t port, double stretch)
{
    constexpr int kIntervalMs = 100;
    WatchFigures f;
    const pid_t pid = spawnQuiet({program, "watch", "--port", std::to_string(port), "--interval-ms",
                                  std::to_string(kIntervalMs)});
    if (pid <= 0)
        return f;
    std::this_thread::sleep_for(std::chrono::milliseconds(2500));
    BareDumper bare;
    bare.start(port, kIntervalMs);
    const double cpu0 = processCpu(pid);
    const auto t0 = Clock::now();
    // Its polls are its dump requests (one sendto each): counted by the kernel's tracepoint
    // (perf stat), since a poll of a large table on a loaded machine can outlast the interval.
    char countFile[] = "/tmp/bench_table_polls_XXXXXX";
    const int countFd = ::mkstemp(countFile);
    ::close(countFd);
    char duration[32];
    std::snprintf(duration, sizeof duration, "%.3f", stretch);
    const Run counted = runProcess({"perf", "stat", "-x,", "-e", "syscalls:sys_enter_sendto", "-p", std::to_string(pid),
                                    "-o", countFile, "--", "sleep", duration});
    if (counted.status != 0)
        std::this_thread::sleep_until(t0 + std::chrono::duration<double>(stretch));
    const double cpu = processCpu(pid) - cpu0;
    const double wall = std::chrono::duration<double>(Clock::now() - t0).count();
    f.bareMs = bare.stop();
    f.rssKb = rssKb(pid);
    stopProcess(pid);
    std::ifstream counts(countFile);
    for (std::string line; std::getline(counts, line);) {
        if (line.find("sys_enter_sendto") != std::string::npos)
            f.polls = std::atof(line.c_str());
    }
    ::unlink(countFile);
    f.pollsCounted = f.polls > 0;
    if (!f.pollsCounted)
        f.polls = wall * 1000.0 / kIntervalMs; // no perf here: as many as the interval allows
    f.percent = 100.0 * cpu / wall;
    f.perPollMs = 1000.0 * cpu / f.polls;
    f.pollsPerSecond = f.polls / wall;
    return f;
}

std::string folderOf(const std::string& path)
{
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
}

std::vector<int> parseList(const std::string& text)
{
    std::vector<int> out;
    std::stringstream in(text);
    for (std::string item; std::getline(in, item, ',');)
        out.push_back(std::atoi(item.c_str()));
    return out;
}

// The number of sockets on `port` in `ss`'s answer (what both sides printed).
std::size_t countLines(const std::string& text)
{
    return std::size_t(std::count(text.begin(), text.end(), '\n'));
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<int> sizes = {1000, 10000, 100000};
    int other = 100000;
    int rounds = 0; // 0: by size
    double watchSeconds = 5;
    double windowSeconds = 3;
    bool window = true;
    double minutes = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string word = argv[i];
        const auto next = [&] { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
        if (word == "--sizes")
            sizes = parseList(next());
        else if (word == "--other")
            other = std::atoi(next().c_str());
        else if (word == "--rounds")
            rounds = std::atoi(next().c_str());
        else if (word == "--watch-seconds")
            watchSeconds = std::atof(next().c_str());
        else if (word == "--window-seconds")
            windowSeconds = std::atof(next().c_str());
        else if (word == "--no-window")
            window = false;
        else if (word == "--minutes")
            minutes = std::atof(next().c_str());
        else {
            std::fprintf(stderr, "usage: %s [--sizes 1000,10000,100000] [--other 100000] [--rounds N] "
                                 "[--watch-seconds S] [--window-seconds S] [--no-window] [--minutes M]\n", argv[0]);
            return 2;
        }
    }

    const int largest = std::max(other, *std::max_element(sizes.begin(), sizes.end()));
    raiseFdLimit(rlim_t(2 * SocketHolder::kPerChild + 64));
    if (fdLimit() < rlim_t(2 * SocketHolder::kPerChild + 64)) {
        std::fprintf(stderr, "bench_table: the fd limit is %llu; each child holding sockets needs %d\n",
                     static_cast<unsigned long long>(fdLimit()), 2 * SocketHolder::kPerChild + 64);
        return 2;
    }
    const bool ownNamespace = enterOwnNetworkNamespace();

    char self[4096] = {};
    const ssize_t length = ::readlink("/proc/self/exe", self, sizeof self - 1);
    const std::string benchFolder = folderOf(std::string(self, std::size_t(std::max<ssize_t>(length, 0))));
    const std::string program = benchFolder + "/../../app/tcpstatelab";
    const std::string windowBench = benchFolder + "/bench_window";
    window = window && ::access(windowBench.c_str(), X_OK) == 0;

    SocketHolder holder;
    const std::uint16_t port = freePort();
    std::uint16_t otherPort = freePort();
    while (otherPort == port)
        otherPort = freePort();
    const std::string filter = "( sport = :" + std::to_string(port) + " or dport = :" + std::to_string(port) + " )";
    const std::string portText = std::to_string(port);

    struct Command {
        const char* name;
        std::vector<std::string> words;
    };
    const std::vector<Command> commands = {
        {"snapshot", {program, "snapshot", "--port", portText}},
        {"snapshot --json", {program, "snapshot", "--port", portText, "--json"}},
        {"ss -tan", {"ss", "-tan", filter}},
        {"ss -tan -O", {"ss", "-tan", "-O", filter}},
    };

    std::printf("TCP State Lab: the table grows (%s; %s network namespace; load %.2f at the start)\n",
                program.c_str(), ownNamespace ? "its own" : "the machine's", loadAverage());
    std::printf("times: median wall ms of whole processes (CPU ms), rounds alternate the order; ratio = ours / ss's "
                "(text vs ss -tan, JSON vs ss -tan -O); us/sock = wall per socket in the table\n\n");

    struct Stage {
        std::string title;
        int watched;     // connections on the watched port
        int elsewhere;   // connections on the other port
    };
    std::vector<Stage> stages;
    for (int size : sizes)
        stages.push_back({std::to_string(size) + " on the port", std::max(1, size / 2), 0});
    if (other > 0)
        stages.push_back({std::to_string(other) + " on other ports", 1, other / 2});

    std::string summary;
    for (const Stage& stage : stages) {
        if (!holder.hold(port, stage.watched) || !holder.hold(otherPort, stage.elsewhere)) {
            std::fprintf(stderr, "bench_table: could not open the sockets\n");
            holder.stop();
            return 1;
        }
        const std::size_t tableSockets = std::size_t(2 * (stage.watched + stage.elsewhere) + (stage.elsewhere ? 2 : 1));
        // What both sides print for this table: the same sockets.
        const std::size_t ssRows = countLines(outputOf(commands[2].words)) - 1;
        const std::size_t ourRows = countLines(outputOf(commands[0].words)) - 3;
        const int n = rounds > 0 ? rounds : (tableSockets > 50000 ? 10 : tableSockets > 5000 ? 20 : 30);

        std::vector<Timed> timed(commands.size());
        for (int round = 0; round < n; ++round) {
            for (std::size_t k = 0; k < commands.size(); ++k) {
                const std::size_t c = (std::size_t(round) + k) % commands.size(); // alternate the order
                const Run run = runProcess(commands[c].words);
                timed[c].wall.push_back(run.wallMs);
                timed[c].cpu.push_back(run.cpuMs);
                timed[c].peakRssKb = std::max(timed[c].peakRssKb, run.peakRssKb);
                timed[c].failed = timed[c].failed || run.status != 0;
            }
        }
        const WatchFigures watch = measureWatch(program, port, watchSeconds);

        std::printf("== %s: %zu sockets in the table, %zu on the port (ss: %zu rows, ours: %zu); %d rounds, load %.2f\n",
                    stage.title.c_str(), tableSockets, std::size_t(2 * stage.watched + 1), ssRows, ourRows, n,
                    loadAverage());
        for (std::size_t c = 0; c < commands.size(); ++c) {
            const double wall = median(timed[c].wall);
            std::printf("   %-16s %9.2f ms (%8.2f CPU)  %7.3f us/sock  peak RSS %7.1f MB%s", commands[c].name, wall,
                        median(timed[c].cpu), 1000.0 * wall / double(tableSockets), double(timed[c].peakRssKb) / 1024.0,
                        timed[c].failed ? "  FAILED" : "");
            if (c < 2) {
                const std::size_t against = c + 2;
                std::printf("  ratio %.2fx (CPU %.2fx)", wall / median(timed[against].wall),
                            median(timed[c].cpu) / median(timed[against].cpu));
            }
            std::printf("\n");
        }
        std::printf("   watch 100 ms     %6.2f %% of a core, %.1f polls/s%s, %7.3f ms CPU per poll (%.3f us/sock); bare dump "
                    "%7.3f ms: %.2fx; RSS %.1f MB\n",
                    watch.percent, watch.pollsPerSecond, watch.pollsCounted ? "" : " (assumed)", watch.perPollMs,
                    1000.0 * watch.perPollMs / double(tableSockets), watch.bareMs,
                    watch.bareMs > 0 ? watch.perPollMs / watch.bareMs : 0, double(watch.rssKb) / 1024.0);

        char line[256];
        std::snprintf(line, sizeof line, "%-22s text %.2fx  json %.2fx  watch %.2f %% (%.2fx the bare dump)\n",
                      stage.title.c_str(), median(timed[0].wall) / median(timed[2].wall),
                      median(timed[1].wall) / median(timed[3].wall), watch.percent,
                      watch.bareMs > 0 ? watch.perPollMs / watch.bareMs : 0);
        summary += line;

        if (window) {
            // The window's Watch panel over the same port: bench_window's phase W prints one line.
            const std::string out = outputOf({windowBench, "0", std::to_string(windowSeconds), "3", "W", portText});
            const std::size_t at = out.find("window watch");
            std::printf("   %s", at == std::string::npos ? "window watch: (bench_window printed no figure)\n"
                                                         : out.substr(at).c_str());
        }
        std::fflush(stdout);
    }
    std::printf("\nratios (targets at 10k and 100k: <= 1.00x; watch <= 10 %% at 10k, <= 2x the bare dump at 100k)\n%s",
                summary.c_str());
    std::printf("load average at the end: %.2f\n", loadAverage());
    std::fflush(stdout);

    if (minutes > 0) {
        const int connections = largest / 2;
        holder.hold(otherPort, 0);
        holder.hold(port, connections);
        const pid_t pid = spawnQuiet({program, "watch", "--port", portText, "--interval-ms", "100"});
        std::this_thread::sleep_for(std::chrono::seconds(5));
        const double cpu0 = processCpu(pid);
        const long start = rssKb(pid);
        std::printf("\nwatch over %d sockets for %.0f minutes: RSS %.1f MB after 5 s\n", 2 * connections + 1, minutes,
                    double(start) / 1024.0);
        long highest = start;
        for (int minute = 1; minute <= int(minutes); ++minute) {
            std::this_thread::sleep_for(std::chrono::minutes(1));
            const long now = rssKb(pid);
            highest = std::max(highest, now);
            std::printf("   minute %2d: RSS %.1f MB\n", minute, double(now) / 1024.0);
            std::fflush(stdout);
        }
        const double cpu = processCpu(pid) - cpu0;
        const long end = rssKb(pid);
        stopProcess(pid);
        std::printf("   start %.1f MB, end %.1f MB, highest %.1f MB (%+.1f %%); CPU %.2f %% of a core\n",
                    double(start) / 1024.0, double(end) / 1024.0, double(highest) / 1024.0,
                    100.0 * double(end - start) / double(std::max(1L, start)), 100.0 * cpu / (minutes * 60));
    }
    holder.stop();
    return 0;
}
