// Benchmark of the simulator (prints figures; judges nothing): a syn-flood with 10,000 half-open
// connections, one spoofed SYN per step, then the legitimate client; µs per step and the history's
// memory per step. Also the time to step back across the whole history.
#include "sim/simulator.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>

using namespace tsl::sim;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv)
{
    const int halfOpen = argc > 1 ? std::atoi(argv[1]) : 10000;
    Simulator sim;
    Command c;
    c.kind = CommandKind::PassiveOpen;
    c.side = Side::B;
    sim.apply(c);
    c.kind = CommandKind::Listen;
    c.bytes = std::uint32_t(halfOpen);
    sim.apply(c);

    c = Command{};
    c.kind = CommandKind::SpoofedSyn;
    const auto start = Clock::now();
    for (int i = 0; i < halfOpen + 100; ++i) // the last 100 find the queue full
        sim.apply(c);
    const double floodUs = std::chrono::duration<double, std::micro>(Clock::now() - start).count();

    Command connect;
    connect.kind = CommandKind::ActiveOpen;
    connect.side = Side::A;
    sim.apply(connect);
    Command deliver;
    deliver.kind = CommandKind::Deliver;
    sim.apply(deliver);

    const int steps = sim.recordedSteps();
    const Listener flooded = sim.state().listener;
    const std::size_t historyBytes = sim.historyBytes();
    const auto backStart = Clock::now();
    sim.jumpTo(steps / 2);
    sim.jumpTo(1);
    const double jumpUs = std::chrono::duration<double, std::micro>(Clock::now() - backStart).count() / 2;
    int backSteps = 0;
    sim.jumpTo(steps);
    const auto stepBackStart = Clock::now();
    while (backSteps < 1000 && sim.stepBack())
        ++backSteps;
    const double backUs = std::chrono::duration<double, std::micro>(Clock::now() - stepBackStart).count() / backSteps;

    std::printf("syn-flood: %u half-open, %u SYNs dropped, %d steps\n", flooded.halfOpen, flooded.dropped, steps);
    std::printf("per flood step:        %.3f us (target <= 10)\n", floodUs / (halfOpen + 100));
    std::printf("step back (mean of 1000): %.1f us; jump across half the history: %.0f us\n", backUs, jumpUs);
    std::printf("history: %zu bytes in all, %.0f bytes per step\n", historyBytes, double(historyBytes) / steps);
    return 0;
}
