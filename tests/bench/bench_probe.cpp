// Benchmark of the kernel probe (not a test: it prints figures, it does not judge them).
// Opens 10,000 idle loopback sockets (5,000 connections), then times, per poll, the median of:
//   - the probe's port-filtered poll (netlink, the kernel filters with bytecode)
//   - the probe's exact 4-tuple lookup (netlink, no dump)
//   - the probe's procfs fallback (reads and parses /proc/net/tcp{,6} in full)
//   - a bare netlink dump with the same filter (send + receive loop, nothing parsed)
//   - `ss -Htan sport = :P or dport = :P` run as a process
// and the ratios the issue sets targets for.
#include "kernel/netlinkprobe_linux.h"
#include "kernel/procfsprobe_linux.h"
#include "lab/loopbacksocket.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <linux/netlink.h>
#include <spawn.h>
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

double medianMicros(int rounds, const std::function<void()>& body)
{
    std::vector<double> samples;
    samples.reserve(std::size_t(rounds));
    for (int i = 0; i < rounds; ++i) {
        const auto start = Clock::now();
        body();
        samples.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count());
    }
    std::nth_element(samples.begin(), samples.begin() + rounds / 2, samples.end());
    return samples[std::size_t(rounds / 2)];
}

// The least a program must do for the same answer: one request, receive until NLMSG_DONE.
std::size_t bareDump(int fd, const std::vector<std::uint8_t>& request, std::vector<std::uint8_t>& buffer)
{
    ::send(fd, request.data(), request.size(), 0);
    std::size_t messages = 0;
    for (;;) {
        ssize_t received = ::recv(fd, buffer.data(), buffer.size(), 0);
        if (received <= 0)
            return messages;
        int left = int(received);
        for (auto* h = reinterpret_cast<nlmsghdr*>(buffer.data()); NLMSG_OK(h, left); h = NLMSG_NEXT(h, left)) {
            if (h->nlmsg_type == NLMSG_DONE || h->nlmsg_type == NLMSG_ERROR)
                return messages;
            ++messages;
        }
    }
}

void runSs(std::uint16_t port)
{
    const std::string filter = "( sport = :" + std::to_string(port) + " or dport = :" + std::to_string(port) + " )";
    const char* argv[] = {"ss", "-Htan", filter.c_str(), nullptr};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    if (posix_spawnp(&pid, "ss", &actions, nullptr, const_cast<char**>(argv), environ) == 0)
        ::waitpid(pid, nullptr, 0);
    posix_spawn_file_actions_destroy(&actions);
}

} // namespace

int main(int argc, char** argv)
{
    const int connections = argc > 1 ? std::atoi(argv[1]) : 5000;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 400;

    rlimit limit{};
    ::getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = std::min<rlim_t>(limit.rlim_max, rlim_t(connections) * 2 + 256);
    ::setrlimit(RLIMIT_NOFILE, &limit);

    // Background load: many idle ESTABLISHED pairs on one listener.
    std::string error;
    auto listener = LoopbackSocket::bound(LoopbackSocket::loopback(AddressFamily::IPv4), error);
    if (!listener || !listener->listen(4096, error)) {
        std::fprintf(stderr, "listener: %s\n", error.c_str());
        return 1;
    }
    std::vector<LoopbackSocket> sockets;
    sockets.reserve(std::size_t(connections) * 2);
    for (int i = 0; i < connections; ++i) {
        auto client = LoopbackSocket::bound(LoopbackSocket::loopback(AddressFamily::IPv4), error);
        if (!client || !client->connect(listener->localEndpoint(), error)) {
            std::fprintf(stderr, "client %d: %s\n", i, error.c_str());
            return 1;
        }
        sockets.push_back(std::move(*client));
        for (int spin = 0; spin < 2000; ++spin) {
            if (auto server = listener->accept(error)) {
                sockets.push_back(std::move(*server));
                break;
            }
            std::this_thread::sleep_for(std::chrono::microseconds(50));
        }
    }

    // The connection the poller follows, on a port of its own.
    auto watched = LoopbackSocket::bound(LoopbackSocket::loopback(AddressFamily::IPv4), error);
    watched->listen(4, error);
    auto client = LoopbackSocket::bound(LoopbackSocket::loopback(AddressFamily::IPv4), error);
    client->connect(watched->localEndpoint(), error);
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    auto server = watched->accept(error);
    const std::uint16_t port = watched->localEndpoint().port;
    const FourTuple tuple{client->localEndpoint(), watched->localEndpoint()};

    netlink::NetlinkProbe probe;
    procfs::ProcfsProbe procfsProbe;
    const ProbeQuery byPort = ProbeQuery::forPorts({port});
    const std::size_t seen = probe.query(byPort).rows.size();
    const std::size_t total = probe.query(ProbeQuery::all()).rows.size();

    const double portPoll = medianMicros(rounds, [&] { probe.query(byPort); });
    const double exact = medianMicros(rounds * 5, [&] { probe.query(ProbeQuery::exact(tuple)); });
    const double procfsPoll = medianMicros(std::max(20, rounds / 10), [&] { procfsProbe.query(byPort); });

    FileDescriptor bare(::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG));
    std::vector<std::uint8_t> buffer(64 * 1024);
    const auto v4 = netlink::buildDumpRequest(AddressFamily::IPv4, {port}, 1);
    const auto v6 = netlink::buildDumpRequest(AddressFamily::IPv6, {port}, 2);
    const double bareDumpUs = medianMicros(rounds, [&] {
        bareDump(bare.get(), v4, buffer);
        bareDump(bare.get(), v6, buffer);
    });
    const double ssUs = medianMicros(std::max(20, rounds / 10), [&] { runSs(port); });

    std::printf("TCP State Lab probe benchmark: %zu sockets in the table, %zu on the watched port\n", total, seen);
    std::printf("%-44s %10s\n", "median per poll", "us");
    std::printf("%-44s %10.1f\n", "probe: port-filtered poll (netlink)", portPoll);
    std::printf("%-44s %10.1f\n", "probe: exact 4-tuple lookup (netlink)", exact);
    std::printf("%-44s %10.1f\n", "probe: port poll via procfs fallback", procfsPoll);
    std::printf("%-44s %10.1f\n", "bare netlink dump, same filter", bareDumpUs);
    std::printf("%-44s %10.1f\n", "ss -Htan sport = :P or dport = :P", ssUs);
    std::printf("ratio port poll / bare dump:    %.2f  (target <= 1.2)\n", portPoll / bareDumpUs);
    std::printf("exact lookup:                   %.1f us (target <= 10)\n", exact);
    std::printf("ratio ss / port poll:           %.1f  (target >= 2.5)\n", ssUs / portPoll);
    std::printf("ratio procfs / port poll:       %.1f\n", procfsPoll / portPoll);
    return 0;
}
