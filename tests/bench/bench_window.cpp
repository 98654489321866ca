// Benchmark of the real window (offscreen) with real loopback sockets: not a test, it prints
// figures and the targets next to them.
//   1. the idle window
//   2. the Watch panel over 20,000 idle sockets at 10 Hz: CPU beyond the kernel's own dump
//   3. the same at the 1 ms interval: how long a posted event waits (event-loop latency)
//   4. the Watch panel over ~1,300 churning sockets (a loop of short connections) at 10 Hz
//   5. the Live Lab holding ESTABLISHED at 1 kHz
// "The bare dump" is the least any program pays for the same answer: one netlink request with
// the same port filter, received until NLMSG_DONE, nothing parsed (bench_probe measures it too).
// Run: build/…/tests/bench/bench_window [connections=10000] [seconds=8]
#include "window/livelabpanel.h"
#include "window/mainwindow.h"
#include "window/watchpanel.h"

#include "kernel/filedescriptor.h"
#include "kernel/netlinkprobe_linux.h"
#include "settings/settings.h"
#include "watch/socketwatcher.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QEventLoop>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <linux/netlink.h>
#include <mutex>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace tsl;
using Clock = std::chrono::steady_clock;

namespace {

double cpuSeconds()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double threadCpuSeconds()
{
    timespec t{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

void raiseFdLimit()
{
    rlimit limit{};
    ::getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = limit.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &limit);
}

int listenOn(std::uint16_t port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 || ::listen(fd, 4096) != 0)
        return -1;
    return fd;
}

int connectTo(std::uint16_t port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

std::uint16_t freePort()
{
    const int fd = listenOn(0);
    sockaddr_in address{};
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    ::close(fd);
    return ntohs(address.sin_port);
}

// Children hold the sockets (one process may hold only as many fds as its limit): one accepts
// and keeps the server ends, one connects and keeps the clients. Forked before any thread.
pid_t holdIdle(std::uint16_t port, int connections)
{
    const int listener = listenOn(port);
    const pid_t server = ::fork();
    if (server == 0) {
        raiseFdLimit();
        std::vector<int> kept;
        for (int i = 0; i < connections; ++i)
            kept.push_back(::accept(listener, nullptr, nullptr));
        ::pause();
        ::_exit(0);
    }
    ::close(listener);
    return server;
}

pid_t holdClients(std::uint16_t port, int connections)
{
    const pid_t client = ::fork();
    if (client == 0) {
        raiseFdLimit();
        std::vector<int> kept;
        for (int i = 0; i < connections; ++i)
            kept.push_back(connectTo(port));
        ::pause();
        ::_exit(0);
    }
    return client;
}

// Short connections, client closes first (its end waits in TIME_WAIT): a burst to reach
// `standing` sockets, then `perSecond` more every second.
pid_t churn(std::uint16_t port, int standing, int perSecond)
{
    const pid_t child = ::fork();
    if (child == 0) {
        const int listener = listenOn(port);
        const auto once = [&] {
            const int c = connectTo(port);
            const int s = ::accept(listener, nullptr, nullptr);
            ::close(c);
            ::usleep(200);
            ::close(s);
        };
        for (int i = 0; i < standing; ++i)
            once();
        for (;;) {
            once();
            ::usleep(useconds_t(1000000 / perSecond));
        }
    }
    return child;
}

std::size_t countOn(std::uint16_t port)
{
    netlink::NetlinkProbe probe;
    return probe.query(ProbeQuery::forPorts({port})).rows.size();
}

// CPU seconds one bare dump (IPv4 and IPv6, the port filter) costs, received and dropped.
double bareDumpSeconds(std::uint16_t port, int rounds)
{
    FileDescriptor fd(::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG));
    std::vector<std::uint8_t> buffer(64 * 1024);
    const auto v4 = netlink::buildDumpRequest(AddressFamily::IPv4, {port}, 1);
    const auto v6 = netlink::buildDumpRequest(AddressFamily::IPv6, {port}, 2);
    const auto dump = [&](const std::vector<std::uint8_t>& request) {
        ::send(fd.get(), request.data(), request.size(), 0);
        for (;;) {
            const ssize_t received = ::recv(fd.get(), buffer.data(), buffer.size(), 0);
            if (received <= 0)
                return;
            int left = int(received);
            for (auto* h = reinterpret_cast<nlmsghdr*>(buffer.data()); NLMSG_OK(h, left); h = NLMSG_NEXT(h, left)) {
                if (h->nlmsg_type == NLMSG_DONE || h->nlmsg_type == NLMSG_ERROR)
                    return;
            }
        }
    };
    const double start = threadCpuSeconds();
    for (int i = 0; i < rounds; ++i) {
        dump(v4);
        dump(v6);
    }
    return (threadCpuSeconds() - start) / rounds;
}

// Posts an event every 2 ms from another thread and records how long each waited.
class LatencyProbe {
public:
    void start()
    {
        m_running = true;
        m_thread = std::thread([this] {
            while (m_running) {
                const auto posted = Clock::now();
                QMetaObject::invokeMethod(
                    qApp,
                    [this, posted] {
                        const double waited = std::chrono::duration<double, std::milli>(Clock::now() - posted).count();
                        std::lock_guard lock(m_mutex);
                        m_samples.push_back(waited);
                    },
                    Qt::QueuedConnection);
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        });
    }
    std::vector<double> stop()
    {
        m_running = false;
        m_thread.join();
        QCoreApplication::processEvents();
        std::lock_guard lock(m_mutex);
        return std::move(m_samples);
    }

private:
    std::atomic<bool> m_running{false};
    std::thread m_thread;
    std::mutex m_mutex;
    std::vector<double> m_samples;
};

// Runs the event loop for `milliseconds` without waking it (QTest::qWait polls every 10 ms,
// which would be counted as the window's CPU).
void runFor(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    return samples[std::min(samples.size() - 1, std::size_t(p * double(samples.size())))];
}

struct Measured {
    double cpuPercent = 0;       // the whole app, % of one core
    double beyondDumpPercent = 0; // minus the bare dumps its polls would cost
    double reads = 0;             // kernel reads per second
    double guiPercent = 0;        // of which on the GUI thread (the rest: the watch's worker)
};

// Watches `port` from the panel; after a warm-up (the first poll of everything), measures for
// `seconds`, with `latency` (if any) sampling the event loop over the same stretch.
Measured measureWatch(WatchPanel* panel, std::uint16_t port, int intervalMs, double seconds, double dumpSeconds,
                      LatencyProbe* latency = nullptr)
{
    panel->findChild<QLineEdit*>()->setText(QString::number(port));
    for (QSpinBox* box : panel->findChildren<QSpinBox*>())
        box->setValue(intervalMs);
    panel->start();
    QTest::qWait(1500); // the first poll of everything, then steady state
    if (latency)
        latency->start();
    const std::uint64_t reads0 = panel->watcher()->kernelReads();
    const double cpu0 = cpuSeconds();
    const double gui0 = threadCpuSeconds();
    runFor(int(seconds * 1000));
    const double cpu = cpuSeconds() - cpu0;
    const double gui = threadCpuSeconds() - gui0;
    const double reads = double(panel->watcher()->kernelReads() - reads0);
    panel->stop();
    Measured m;
    m.cpuPercent = 100 * cpu / seconds;
    m.beyondDumpPercent = 100 * (cpu - reads * dumpSeconds) / seconds;
    m.reads = reads / seconds;
    m.guiPercent = 100 * gui / seconds;
    return m;
}

} // namespace

int main(int argc, char** argv)
{
    const int connections = argc > 1 ? std::atoi(argv[1]) : 10000;
    const double seconds = argc > 2 ? std::atof(argv[2]) : 8;
    raiseFdLimit();

    // Sockets first, while this process has no threads to fork.
    const std::uint16_t idlePort = freePort();
    const pid_t server = holdIdle(idlePort, connections);
    const pid_t clients = holdClients(idlePort, connections);
    const std::uint16_t churnPort = freePort();
    const pid_t churner = churn(churnPort, 1300, 20);

    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    window.resize(1600, 1000);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::fprintf(stderr, "the window was not exposed\n");
    auto* watch = window.findChild<WatchPanel*>();
    auto* lab = window.findChild<LiveLabPanel*>();

    for (int i = 0; i < 600 && countOn(idlePort) < std::size_t(2 * connections); ++i)
        QTest::qWait(100);
    const std::size_t idleSockets = countOn(idlePort);
    const std::size_t churnSockets = countOn(churnPort);
    const double idleDump = bareDumpSeconds(idlePort, 100);
    const double churnDump = bareDumpSeconds(churnPort, 200);

    std::printf("TCP State Lab window benchmark (offscreen, 1600x1000), %.0f s per figure\n", seconds);
    std::printf("bare dump: %.2f ms CPU for %zu idle sockets, %.3f ms for %zu churning\n", idleDump * 1000,
                idleSockets, churnDump * 1000, churnSockets);

    // 1. Idle window.
    QTest::qWait(500);
    double cpu0 = cpuSeconds();
    runFor(int(seconds * 1000));
    const double idlePercent = 100 * (cpuSeconds() - cpu0) / seconds;
    std::printf("%-58s %6.2f %% of a core  (target <= 0.5)\n", "idle window", idlePercent);

    // 2. 20,000 idle sockets at 10 Hz.
    const Measured idle = measureWatch(watch, idlePort, 100, seconds, idleDump);
    std::printf("%-58s %6.2f %% of a core beyond the dump (target <= 10); whole app %.1f %%, %.1f reads/s, "
                "app/dump ratio %.2f, GUI thread %.1f %%\n",
                "watch, idle sockets, 100 ms", idle.beyondDumpPercent, idle.cpuPercent, idle.reads,
                idle.cpuPercent / std::max(1e-9, idle.cpuPercent - idle.beyondDumpPercent), idle.guiPercent);

    // 3. The same at 1 ms: how long does a posted event wait?
    LatencyProbe latency;
    const Measured fast = measureWatch(watch, idlePort, 1, seconds, idleDump, &latency);
    const std::vector<double> waits = latency.stop();
    std::printf("%-58s p50 %.2f ms, p99 %.2f ms, max %.2f ms over %zu events (target p99 <= 30)\n",
                "event-loop latency, watching idle sockets at 1 ms", percentile(waits, 0.5), percentile(waits, 0.99),
                percentile(waits, 1.0), waits.size());
    std::printf("%-58s %.1f reads/s, whole app %.1f %%, beyond the dump %.1f %%\n", "  (the watch at 1 ms)", fast.reads,
                fast.cpuPercent, fast.beyondDumpPercent);

    // 4. ~1,300 churning sockets at 10 Hz.
    const Measured churning = measureWatch(watch, churnPort, 100, seconds, churnDump);
    std::printf("%-58s %6.2f %% of a core beyond the dump (target <= 5); whole app %.1f %%, %.1f reads/s, "
                "GUI thread %.1f %%\n",
                "watch, churning sockets, 100 ms", churning.beyondDumpPercent, churning.cpuPercent, churning.reads,
                churning.guiPercent);

    // 5. The Live Lab holding ESTABLISHED, polling at 1 kHz.
    if (lab) {
        for (QSpinBox* box : lab->findChildren<QSpinBox*>()) {
            if (box->suffix() == QStringLiteral(" ms"))
                box->setValue(1);
        }
        for (QComboBox* box : lab->findChildren<QComboBox*>()) {
            const int index = box->findData(int(TcpState::Established));
            if (index >= 0 && box->count() > 5)
                box->setCurrentIndex(index);
        }
        lab->reach();
        QTest::qWait(1000);
        cpu0 = cpuSeconds();
        runFor(int(seconds * 1000));
        const double labPercent = 100 * (cpuSeconds() - cpu0) / seconds;
        std::printf("%-58s %6.2f %% of a core  (target <= 3)\n", "live lab at 1 kHz (ESTABLISHED held)", labPercent);
        lab->release();
    }

    for (pid_t child : {server, clients, churner}) {
        ::kill(child, SIGTERM);
        ::waitpid(child, nullptr, 0);
    }
    return 0;
}
