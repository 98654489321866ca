// pkt run's figures: the set-up of a script's run (a fresh private network in packetdrill's
// layout), a 20-line script without waits, and how far the captured packets' kernel
// timestamps are from the times the script gives them (packetdrill's default tolerance is
// 4000 µs). Run: build/dev/tests/bench/bench_pkt [rounds=20]
#include "net/privatenetwork.h"
#include "pkt/pktparser.h"
#include "pkt/pktplayer.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace tsl;

namespace {

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(p / 100.0 * double(values.size())))];
}

double nowMs()
{
    return double(std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now().time_since_epoch()).count())
           / 1000.0;
}

// A passive open and `exchanges` data segments the remote sends, each acknowledged by A at once.
std::string script(int exchanges, const char* gap)
{
    std::string text = "0 socket(..., SOCK_STREAM, IPPROTO_TCP) = 3\n+0 bind(3, ..., ...) = 0\n+0 listen(3, 1) = 0\n"
                       "+0 < S 0:0(0) win 32792 <mss 1000>\n+0 > S. 0:0(0) ack 1 <mss 1460>\n"
                       "+0 < . 1:1(0) ack 1 win 32792\n+0 accept(3, ..., ...) = 4\n";
    for (int i = 0; i < exchanges; ++i) {
        const std::string from = std::to_string(1 + 100 * i);
        const std::string to = std::to_string(1 + 100 * (i + 1));
        text += std::string(gap) + " < P. " + from + ":" + to + "(100) ack 1 win 32792\n+0 > . 1:1(0) ack " + to + "\n";
    }
    return text;
}

} // namespace

int main(int argc, char** argv)
{
    const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 20;
    pkt::ParseError parseError;
    const auto fast = pkt::parseScript(script(6, "+0") + "+0 close(4) = 0\n", pkt::ScriptOptions{}, parseError);
    const auto timed = pkt::parseScript(script(10, "+.01"), pkt::ScriptOptions{}, parseError);
    if (!fast || !timed) {
        std::fprintf(stderr, "bench_pkt: %s\n", parseError.message.c_str());
        return 2;
    }
    std::printf("bench_pkt: %d rounds; the 20-line script has %zu lines, the timed one %zu\n", rounds, fast->events.size(),
                timed->events.size());
    std::vector<double> setup, network, run, errors;
    int failures = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const pkt::Script* each : {&*fast, &*timed}) {
            std::string error;
            const double began = nowMs();
            const auto net = net::PrivateNetwork::create(error);
            if (!net) {
                std::fprintf(stderr, "bench_pkt: %s\n", error.c_str());
                return 2;
            }
            const double built = nowMs();
            const auto player = pkt::PktPlayer::create(*each, *net, pkt::PlayerSettings{}, error);
            if (!player) {
                std::fprintf(stderr, "bench_pkt: %s\n", error.c_str());
                return 2;
            }
            const double ready = nowMs();
            const bool ok = player->run({});
            const double done = nowMs();
            failures += ok ? 0 : 1;
            if (each == &*fast) {
                network.push_back(built - began);
                setup.push_back(ready - began);
                run.push_back(done - ready);
            } else {
                for (std::int64_t us : player->outboundTimingErrorsUs())
                    errors.push_back(double(us));
            }
        }
    }
    std::printf("set-up per script (network + packetdrill layout + sockets): p50 %.2f ms, p99 %.2f ms (network alone p50 %.2f ms)\n",
                percentile(setup, 50), percentile(setup, 99), percentile(network, 50));
    std::printf("20-line script without waits: p50 %.2f ms, p99 %.2f ms (%.3f ms a line)\n", percentile(run, 50),
                percentile(run, 99), percentile(run, 50) / double(fast->events.size()));
    std::printf("timing error of %zu captured packets (kernel timestamp vs script time): p50 %.0f us, p99 %.0f us, "
                "max %.0f us; packetdrill's default tolerance 4000 us: p99 is %.1f%% of it\n",
                errors.size(), percentile(errors, 50), percentile(errors, 99), percentile(errors, 100),
                100.0 * percentile(errors, 99) / 4000.0);
    std::printf("runs that did not pass: %d of %d\n", failures, 2 * rounds);
    return 0;
}
