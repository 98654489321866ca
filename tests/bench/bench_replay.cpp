// replay against tshark on a capture the benchmark writes itself: N packets (default 10 million)
// in connections of 100 segments (handshake, data both ways, close). Indexing and summarising
// it (`replay`'s connection table) and `tshark -r FILE -q -z conv,tcp` each run in a child; time
// and peak memory (ru_maxrss) side by side, ratios printed; then stepping: the time per inferred
// step of one connection (`--connection N`).
// Run: build/dev/tests/bench/bench_replay [packets=10000000] [file=/tmp/tsl-bench-replay.pcap]
// Measure an optimised build (the dev preset is Debug, about 12x slower here); README has figures.

#include "capture/capturereplay.h"
#include "net/netlayout.h"
#include "net/tcpsegment.h"

#include <pcap/pcap.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace tsl;

namespace {

net::TcpSegment segment(std::uint32_t client, bool fromA, std::uint8_t flags, std::uint32_t seq, std::uint32_t ack,
                        std::size_t payload)
{
    net::TcpSegment s;
    const std::uint8_t a[4] = {10, std::uint8_t(client >> 16), std::uint8_t(client >> 8), std::uint8_t(client)};
    const std::uint8_t b[4] = {10, 255, 0, 1};
    std::copy(a, a + 4, (fromA ? s.source : s.destination).begin());
    std::copy(b, b + 4, (fromA ? s.destination : s.source).begin());
    s.sourcePort = fromA ? 40000 : 80;
    s.destinationPort = fromA ? 80 : 40000;
    s.seq = seq;
    s.ack = ack;
    s.flags = flags;
    s.window = 5000;
    s.payloadLength = payload;
    return s;
}

void writeCapture(const std::string& path, std::uint64_t packets)
{
    using namespace net::tcpflag;
    pcap_t* dead = pcap_open_dead(DLT_EN10MB, 96);
    pcap_dumper_t* dumper = pcap_dump_open(dead, path.c_str());
    std::uint64_t written = 0;
    std::int64_t us = 0;
    const auto put = [&](const net::TcpSegment& s) {
        const std::vector<std::uint8_t> frame = net::buildFrame(s, net::hostMac(net::Host::A), net::hostMac(net::Host::B));
        pcap_pkthdr header{};
        header.ts.tv_sec = time_t(us / 1000000);
        header.ts.tv_usec = suseconds_t(us % 1000000);
        header.len = bpf_u_int32(frame.size());
        header.caplen = std::min<bpf_u_int32>(header.len, 96); // headers only, as tcpdump -s 96
        pcap_dump(reinterpret_cast<u_char*>(dumper), &header, frame.data());
        us += 10;
        ++written;
    };
    for (std::uint32_t client = 1; written < packets; ++client) {
        const std::uint32_t a = 1000, b = 5000;
        put(segment(client, true, kSyn, a, 0, 0));
        put(segment(client, false, kSyn | kAck, b, a + 1, 0));
        put(segment(client, true, kAck, a + 1, b + 1, 0));
        std::uint32_t sa = a + 1, sb = b + 1;
        for (int i = 0; i < 45; ++i) {
            put(segment(client, true, kAck | kPsh, sa, sb, 1000));
            sa += 1000;
            put(segment(client, false, kAck, sb, sa, 0));
        }
        put(segment(client, true, kFin | kAck, sa, sb, 0));
        put(segment(client, false, kAck, sb, sa + 1, 0));
        put(segment(client, false, kFin | kAck, sb, sa + 1, 0));
        put(segment(client, true, kAck, sa + 1, sb + 1, 0));
        for (int i = 0; i < 3; ++i)
            put(segment(client, false, kAck, sb + 1, sa + 1, 0));
    }
    pcap_dump_close(dumper);
    pcap_close(dead);
}

struct Run {
    double seconds = 0;
    long peakKb = 0;
};

template <typename Child>
Run measure(Child child)
{
    std::fflush(stdout);
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0)
        _exit(child());
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    return {std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), usage.ru_maxrss};
}

} // namespace

int main(int argc, char** argv)
{
    const std::uint64_t packets = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 10000000ull;
    const std::string path = argc > 2 ? argv[2] : "/tmp/tsl-bench-replay.pcap";
    std::printf("writing %llu packets to %s ...\n", static_cast<unsigned long long>(packets), path.c_str());
    writeCapture(path, packets);
    const Run ours = measure([&] {
        capture::ReplayOptions options;
        options.steps = false;
        const capture::ReplayResult result = capture::replayCapture(path, options);
        std::printf("replay: %zu connections, %llu TCP segments\n", result.connections.size(),
                    static_cast<unsigned long long>(result.counts.tcp));
        std::fflush(stdout);
        return result.opened ? 0 : 1;
    });
    const Run tshark = measure([&] {
        std::freopen("/dev/null", "w", stdout); // its table: we compare the time, not the text
        std::freopen("/dev/null", "w", stderr);
        execlp("tshark", "tshark", "-r", path.c_str(), "-q", "-z", "conv,tcp", static_cast<char*>(nullptr));
        return 127;
    });
    std::printf("%-28s %10s %12s\n", "", "seconds", "peak MiB");
    std::printf("%-28s %10.2f %12.1f\n", "tcpstatelab replay (index)", ours.seconds, double(ours.peakKb) / 1024);
    std::printf("%-28s %10.2f %12.1f\n", "tshark -q -z conv,tcp", tshark.seconds, double(tshark.peakKb) / 1024);
    std::printf("ratio time %.3f (goal <= 0.5), memory %.3f (goal <= 0.25)\n", ours.seconds / tshark.seconds,
                double(ours.peakKb) / double(tshark.peakKb));
    // Stepping: one connection inferred segment by segment.
    std::size_t steps = 0;
    const auto start = std::chrono::steady_clock::now();
    capture::ReplayOptions one;
    one.onlyConnection = 2;
    capture::replayCapture(path, one, [&steps](const capture::ReplayStep&) { ++steps; });
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("stepping connection 2: %zu steps inferred, the file read again for them in %.2f s\n", steps, seconds);
    std::remove(path.c_str());
    return 0;
}
