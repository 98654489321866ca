// Benchmark of the private network (prints figures and their ratio to the targets; judges
// nothing — the machines are shared and noisy).
//  1. Set-up: PrivateNetwork::create + Wire::open (helper exec, user namespace, three network
//     namespaces, two veth pairs, addresses, neighbours, routes), and teardown. Target ≤ 100 ms.
//  2. Deliver-to-state-change: with the SYN,ACK held, the time from Wire::deliver to the moment
//     an exact sock_diag lookup inside A shows ESTABLISHED. Target ≤ 5 ms.
//  3. Flow-mode forwarding: a bulk transfer A → B through the wire in flow mode, segments
//     (data and ACKs) captured and forwarded per second. Target ≥ 50,000 segments/s.
//  4. Exact lookups inside the network: NetlinkProbe on B's sock_diag socket. Target ≤ 10 µs.
// Run: build/dev/tests/bench/bench_net [setups=20] [latencies=50] [flow_seconds=2] [lookups=20000]
#include "kernel/netlinkprobe_linux.h"
#include "lab/loopbacksocket.h"
#include "net/privatenetwork.h"
#include "net/wire.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <vector>

using namespace tsl;
using namespace tsl::net;
using Clock = std::chrono::steady_clock;

namespace {

double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

void report(const char* what, double value, const char* unit, double target, bool lowerIsBetter)
{
    const double ratio = lowerIsBetter ? value / target : target / value;
    std::printf("  %-44s %10.3f %-5s target %s %g %s  ratio %.3f (%s)\n", what, value, unit, lowerIsBetter ? "≤" : "≥",
                target, unit, ratio, ratio <= 1.0 ? "met" : "missed");
}

Endpoint address(Host host, std::uint16_t port) { return *Endpoint::parse(hostAddressText(host, IpFamily::V4), port); }

} // namespace

int main(int argc, char** argv)
{
    const int setups = argc > 1 ? std::atoi(argv[1]) : 20;
    const int latencies = argc > 2 ? std::atoi(argv[2]) : 50;
    const double flowSeconds = argc > 3 ? std::atof(argv[3]) : 2.0;
    const int lookups = argc > 4 ? std::atoi(argv[4]) : 20000;
    std::string error;
    EngineText wireError; // the wire's own refusals

    // 1. Set-up and teardown.
    std::vector<double> setupMs;
    std::vector<double> teardownMs;
    for (int i = 0; i < setups; ++i) {
        const auto start = Clock::now();
        auto network = PrivateNetwork::create(error);
        if (!network) {
            std::fprintf(stderr, "no private network: %s\n", error.c_str());
            return 1;
        }
        auto wire = Wire::open(*network, error);
        setupMs.push_back(ms(Clock::now() - start));
        const auto down = Clock::now();
        wire.reset();
        network.reset();
        teardownMs.push_back(ms(Clock::now() - down));
    }
    std::printf("Private network (%d set-ups):\n", setups);
    report("set-up, median", median(setupMs), "ms", 100, true);
    std::printf("  %-44s %10.3f ms\n", "set-up, fastest", *std::min_element(setupMs.begin(), setupMs.end()));
    std::printf("  %-44s %10.3f ms\n", "teardown (helper exits, namespaces vanish)", median(teardownMs));

    auto network = PrivateNetwork::create(error);
    auto wire = Wire::open(*network, error);
    network->setRtoMin(1000, error);
    netlink::NetlinkProbe probeA(network->sockDiagSocket(Host::A, error));
    netlink::NetlinkProbe probeB(network->sockDiagSocket(Host::B, error));
    auto listener = LoopbackSocket::adoptPrivate(network->tcpSocket(Host::B, IpFamily::V4, error), address(Host::B, 5000), error);
    listener->listen(1024, error);

    // 2. Deliver-to-state-change latency.
    std::vector<double> latencyMs;
    std::vector<LoopbackSocket> keep;
    for (int i = 0; i < latencies; ++i) {
        auto client = LoopbackSocket::adoptPrivate(network->tcpSocket(Host::A, IpFamily::V4, error), address(Host::A, 0), error);
        client->connect(address(Host::B, 5000), error);
        const FourTuple tuple{client->localEndpoint(), address(Host::B, 5000)};
        wire->waitForHeld([](const CapturedSegment& c) { return c.segment.flags == tcpflag::kSyn; }, 2000);
        wire->deliver(wire->firstHeldFrom(WireEnd::A)->id, wireError);
        wire->waitForHeld([](const CapturedSegment& c) { return c.from == WireEnd::B; }, 2000);
        const std::uint64_t synAck = wire->firstHeldFrom(WireEnd::B)->id;
        const auto start = Clock::now();
        wire->deliver(synAck, wireError);
        for (;;) {
            const ProbeResult now = probeA.query(ProbeQuery::exact(tuple));
            if (!now.rows.empty() && now.rows.front().state == TcpState::Established)
                break;
            if (ms(Clock::now() - start) > 1000)
                break;
        }
        latencyMs.push_back(ms(Clock::now() - start));
        wire->waitForHeld([](const CapturedSegment& c) { return c.from == WireEnd::A; }, 2000);
        wire->releaseAll(wireError);
        keep.push_back(std::move(*client));
        while (auto accepted = listener->accept(error))
            keep.push_back(std::move(*accepted));
    }
    std::printf("Deliver to state change (%d handshakes, SYN,ACK delivered → A ESTABLISHED by sock_diag):\n", latencies);
    report("latency, median", median(latencyMs), "ms", 5, true);
    std::printf("  %-44s %10.3f ms\n", "latency, worst", *std::max_element(latencyMs.begin(), latencyMs.end()));

    // 4. Exact lookups (before the flow, on a quiet network with `latencies` connections).
    const FourTuple tuple{keep.back().localEndpoint(), *keep.back().peerEndpoint()};
    const auto lookupStart = Clock::now();
    int found = 0;
    for (int i = 0; i < lookups; ++i)
        found += !probeB.query(ProbeQuery::exact(tuple)).rows.empty();
    const double lookupUs = ms(Clock::now() - lookupStart) * 1000.0 / lookups;
    std::printf("Exact lookups inside B (%d, %d found):\n", lookups, found);
    report("per lookup", lookupUs, "µs", 10, true);

    // 3. Flow-mode forwarding rate, twice: everything in one thread (the wire pumps between
    // the sender's writes and the receiver's reads), and the hosts' programs in a thread of
    // their own as in the app, the wire's thread only pumping.
    wire->releaseAll(wireError);
    wire->setMode(WireMode::Flow);
    wire->setKeepCaptures(false);
    for (bool ownThread : {false, true}) {
        auto sender = LoopbackSocket::adoptPrivate(network->tcpSocket(Host::A, IpFamily::V4, error), address(Host::A, 0), error);
        sender->connect(address(Host::B, 5000), error);
        std::optional<LoopbackSocket> receiver;
        while (!receiver) {
            wire->pump(5);
            while (auto accepted = listener->accept(error)) {
                if (accepted->peerEndpoint() == sender->localEndpoint())
                    receiver = std::move(*accepted);
                else
                    keep.push_back(std::move(*accepted));
            }
        }
        const std::uint64_t before = wire->forwardedCount();
        const auto flowStart = Clock::now();
        std::atomic<bool> running{true};
        std::atomic<std::size_t> bytes{0};
        std::thread hosts;
        if (ownThread) {
            hosts = std::thread([&] {
                while (running) {
                    sender->send(262144);
                    bytes += receiver->drain();
                    std::this_thread::yield();
                }
            });
        }
        while (ms(Clock::now() - flowStart) < flowSeconds * 1000) {
            if (!ownThread)
                sender->send(262144);
            wire->pump(ownThread ? 1 : 0);
            if (!ownThread)
                bytes += receiver->drain();
        }
        running = false;
        if (hosts.joinable())
            hosts.join();
        const double seconds = ms(Clock::now() - flowStart) / 1000;
        const double rate = double(wire->forwardedCount() - before) / seconds;
        std::printf("Flow mode, %s (bulk A → B for %.1f s, %.1f MB through the wire):\n",
                    ownThread ? "hosts in their own thread" : "one thread", seconds, double(bytes.load()) / 1e6);
        report("segments forwarded per second", rate, "seg/s", 50000, false);
        std::string ignored;
        sender->setLingerZero(ignored);
    }
    return 0;
}
