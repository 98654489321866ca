// Benchmark of filling the State × Segment Explorer's grid for one condition set (prints figures
// and ratios to the target; judges nothing — the machine is shared and noisy).
//  1. The simulator's 88 cells (rfc9293 and linux profiles).
//  2. The kernel's 88 cells as the explorer asks them: a fresh private network per cell; split
//     into the network's set-up and the cell itself (reach the state, craft, wait for answers).
//     Target for the whole grid, warm: ≤ 5 s.
//  3. The cells asked by 8 threads at once, each cell still in a fresh network of its own (a
//     cell mostly waits: for the wire and for answers), and whether they answer alike.
//  4. The same cells in one private network reused across cells (a profile of what reuse would
//     save), and how many of its answers differ from the fresh-network answers (sockets of
//     earlier cells linger in the reused namespaces).
// Run: build/dev/tests/bench/bench_explorer [position=in-window]
#include "explorer/explorergrid.h"
#include "net/privatenetwork.h"

#include <QCoreApplication>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>
#include <cstdio>

using namespace tsl;
using Clock = std::chrono::steady_clock;

namespace {
double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const auto position = parsePosition(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("in-window"));
    if (!position) {
        std::fprintf(stderr, "unknown position\n");
        return 2;
    }
    ExplorerGrid grid(*position);

    auto start = Clock::now();
    for (std::size_t row = 0; row < kExplorerRows; ++row)
        for (std::size_t column = 0; column < kExplorerColumns; ++column) {
            ExplorerCell& cell = grid.cell(row, column);
            cell.rfc = whatIfSimulator(cell.query, sim::Profile::Rfc9293);
            (void)whatIfSimulator(cell.query, sim::Profile::Linux);
        }
    const double simMs = ms(Clock::now() - start);
    std::printf("simulator, 88 cells x 2 profiles: %.1f ms (%.3f ms a cell)\n", simMs, simMs / (2.0 * kExplorerCells));

    std::string error;
    { // warm: the helper binary and the kernel's namespace code paths
        auto warm = net::PrivateNetwork::create(error);
        if (!warm) {
            std::printf("no private network here: %s\n", error.c_str());
            return 0;
        }
    }
    double setupMs = 0;
    double askMs = 0;
    start = Clock::now();
    for (std::size_t row = 0; row < kExplorerRows; ++row)
        for (std::size_t column = 0; column < kExplorerColumns; ++column) {
            ExplorerCell& cell = grid.cell(row, column);
            const auto t0 = Clock::now();
            auto network = net::PrivateNetwork::create(error);
            const auto t1 = Clock::now();
            if (!network) {
                std::printf("private network failed: %s\n", error.c_str());
                return 1;
            }
            cell.kernel = whatIfLinux(cell.query, *network);
            const auto t2 = Clock::now();
            setupMs += ms(t1 - t0);
            askMs += ms(t2 - t1);
        }
    const double kernelMs = ms(Clock::now() - start);
    std::printf("kernel, 88 cells, fresh network each: %.0f ms (target 5000 ms, ratio %.2f); per cell %.1f ms = set-up %.1f + "
                "cell %.1f (+ teardown)\n",
                kernelMs, kernelMs / 5000.0, kernelMs / kExplorerCells, setupMs / kExplorerCells, askMs / kExplorerCells);

    constexpr int kThreads = 8;
    std::vector<WhatIfAnswer> parallel(kExplorerCells);
    std::atomic<std::size_t> next{0};
    std::atomic<int> parallelFailed{0};
    start = Clock::now();
    {
        std::vector<std::thread> workers;
        for (int i = 0; i < kThreads; ++i)
            workers.emplace_back([&]() {
                for (std::size_t at = next++; at < kExplorerCells; at = next++) {
                    std::string why;
                    auto network = net::PrivateNetwork::create(why);
                    if (!network) {
                        ++parallelFailed;
                        continue;
                    }
                    parallel[at] = whatIfLinux(grid.cell(at / kExplorerColumns, at % kExplorerColumns).query, *network);
                }
            });
        for (std::thread& worker : workers)
            worker.join();
    }
    const double parallelMs = ms(Clock::now() - start);
    int parallelDiffer = 0;
    for (std::size_t at = 0; at < kExplorerCells; ++at) {
        const ExplorerCell& cell = grid.cell(at / kExplorerColumns, at % kExplorerColumns);
        if (!parallel[at].ok)
            ++parallelFailed;
        else if (!whatIfAgree(cell.query, parallel[at], *cell.kernel))
            ++parallelDiffer;
    }
    std::printf("kernel, 88 cells, %d threads, fresh network each: %.0f ms (target 5000 ms, ratio %.2f); %d answers differ from "
                "sequential, %d cells failed\n",
                kThreads, parallelMs, parallelMs / 5000.0, parallelDiffer, parallelFailed.load());

    auto shared = net::PrivateNetwork::create(error);
    int differ = 0;
    int failed = 0;
    start = Clock::now();
    for (std::size_t row = 0; row < kExplorerRows; ++row)
        for (std::size_t column = 0; column < kExplorerColumns; ++column) {
            const ExplorerCell& cell = grid.cell(row, column);
            const WhatIfAnswer reused = whatIfLinux(cell.query, *shared);
            if (!reused.ok)
                ++failed;
            else if (!whatIfAgree(cell.query, reused, *cell.kernel))
                ++differ;
        }
    const double reusedMs = ms(Clock::now() - start);
    std::printf("kernel, 88 cells, one network reused: %.0f ms (ratio to target %.2f); %d answers differ from fresh, %d cells "
                "failed\n",
                reusedMs, reusedMs / 5000.0, differ, failed);
    std::printf("grid, both engines, fresh networks: %.0f ms (target 5000 ms, ratio %.2f)\n", simMs + kernelMs, (simMs + kernelMs) / 5000.0);
    return 0;
}
