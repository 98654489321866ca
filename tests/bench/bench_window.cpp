// Benchmark of the real window (offscreen) with real loopback sockets: not a test, it prints
// figures and the targets next to them.
//   1. the idle window
//   2. the Watch panel over 20,000 idle sockets at 10 Hz: CPU beyond the kernel's own dump
//   3. the same at the 1 ms interval: how long a posted event waits (event-loop latency)
//   4. the Watch panel over ~1,300 churning sockets (a loop of short connections) at 10 Hz
//   5. the Live Lab holding ESTABLISHED at 1 kHz
// "The bare dump" is the least any program pays for the same answer: one netlink request with
// the same port filter, received until NLMSG_DONE, nothing parsed (bench_probe measures it too).
// It runs on a thread of its own at the watch's rate *while* the watch runs, so both pay the
// same machine load, caches and table; the app's CPU is the process's CPU time minus that
// thread's (CPU time, not wall time: a busy machine slows both, it does not bill either). Every
// figure is the median of several repetitions, with the spread beside it.
// Run: build/…/tests/bench/bench_window [connections=10000] [seconds=5] [repetitions=5] [phases=iwlcb] [port]
//      phases: i idle, w watch idle sockets, l latency at 1 ms, c churn, b live lab at 1 kHz,
//      W the Watch panel at 100 ms over `port`, whose sockets someone else holds (bench_table):
//        one line, the whole GUI process's CPU and the event loop's p99 latency meanwhile
#include "window/livelabpanel.h"
#include "window/mainwindow.h"
#include "window/watchpanel.h"

#include "kernel/filedescriptor.h"
#include "kernel/netlinkprobe_linux.h"
#include "settings/settings.h"
#include "watch/socketwatcher.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QEventLoop>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
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

double seconds(clockid_t clock)
{
    timespec t{};
    ::clock_gettime(clock, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// CPU time of every thread of this process (children not included: they hold the sockets).
double processCpuSeconds() { return seconds(CLOCK_PROCESS_CPUTIME_ID); }
double threadCpuSeconds() { return seconds(CLOCK_THREAD_CPUTIME_ID); }

// The CPU clock of one thread of this process, by its kernel thread id (the kernel's encoding
// of MAKE_THREAD_CPUCLOCK(tid, CPUCLOCK_SCHED), which is what pthread_getcpuclockid returns).
clockid_t threadClock(pid_t tid) { return clockid_t((~unsigned(tid) << 3) | 6U); }

// The kernel thread ids of this process's threads, by the names Qt gave them.
std::map<std::string, std::vector<pid_t>> threadsByName()
{
    std::map<std::string, std::vector<pid_t>> out;
    for (const auto& entry : std::filesystem::directory_iterator("/proc/self/task")) {
        std::ifstream comm(entry.path() / "comm");
        std::string name;
        std::getline(comm, name);
        out[name].push_back(pid_t(std::stol(entry.path().filename().string())));
    }
    return out;
}

double threadsCpuSeconds(const std::vector<pid_t>& tids)
{
    double total = 0;
    for (pid_t tid : tids)
        total += seconds(threadClock(tid));
    return total;
}

double loadAverage()
{
    double load[1] = {0};
    ::getloadavg(load, 1);
    return load[0];
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

// The churn: ~1,300 sockets standing (mostly TIME_WAIT), 20 new connections a second.
constexpr int kChurnStanding = 1300;
constexpr int kChurnPerSecond = 20;

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

// Bare dumps (IPv4 and IPv6, the port filter; received and dropped) on a thread of its own, at
// a given interval, while the watch polls the same table.
class BareDumper {
public:
    void start(std::uint16_t port, int intervalMs)
    {
        m_running = true;
        m_dumps = 0;
        m_ready = false;
        m_thread = std::thread([this, port, intervalMs] {
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
            m_tid = pid_t(::gettid());
            m_ready = true;
            const double cpu0 = threadCpuSeconds();
            auto next = Clock::now();
            while (m_running) {
                dump(v4);
                dump(v6);
                ++m_dumps;
                next += std::chrono::milliseconds(intervalMs);
                std::this_thread::sleep_until(next);
            }
            m_cpu = threadCpuSeconds() - cpu0;
        });
        while (!m_ready)
            std::this_thread::yield();
    }
    // Its CPU so far, read from another thread.
    double cpuNow() const { return m_tid != 0 ? seconds(threadClock(m_tid)) : 0; }
    // Stops; returns the CPU one dump cost on average.
    double stop()
    {
        if (!m_thread.joinable())
            return 0;
        m_running = false;
        m_thread.join();
        return m_dumps > 0 ? m_cpu / double(m_dumps) : 0;
    }

private:
    std::atomic<bool> m_running{false};
    std::atomic<bool> m_ready{false};
    std::atomic<int> m_dumps{0};
    std::atomic<pid_t> m_tid{0};
    double m_cpu = 0;
    std::thread m_thread;
};

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

// Counts paint events per kind of widget (a table's viewport counts as the table): which parts
// of the window repaint how often.
class PaintCounter : public QObject {
public:
    PaintCounter() { qApp->installEventFilter(this); }
    ~PaintCounter() override { qApp->removeEventFilter(this); }
    PaintCounter(const PaintCounter&) = delete;
    PaintCounter& operator=(const PaintCounter&) = delete;
    void reset() { m_counts.clear(); }
    // "DiagramWidget 30.0, QTableView 10.0, …" per second over `seconds`, most first.
    std::string perSecond(double seconds) const
    {
        std::vector<std::pair<int, std::string>> sorted;
        for (const auto& [name, n] : m_counts)
            sorted.emplace_back(n, name);
        std::sort(sorted.rbegin(), sorted.rend());
        std::string out;
        for (std::size_t i = 0; i < sorted.size() && i < 6; ++i) {
            char item[96];
            std::snprintf(item, sizeof item, "%s%s %.1f", i ? ", " : "", sorted[i].second.c_str(), sorted[i].first / seconds);
            out += item;
        }
        return out.empty() ? std::string("none") : out;
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()) {
            const QObject* owner = watched;
            if (watched->objectName() == QLatin1String("qt_scrollarea_viewport") && watched->parent())
                owner = watched->parent();
            const char* name = owner->metaObject()->className();
            if (std::strncmp(name, "tsl::", 5) == 0)
                name += 5;
            ++m_counts[name];
        }
        return false;
    }

private:
    std::map<std::string, int> m_counts;
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

// "median (min – max)" of repetitions.
std::string spread(const std::vector<double>& values, const char* format = "%.2f")
{
    char median[32];
    char low[32];
    char high[32];
    std::snprintf(median, sizeof median, format, percentile(values, 0.5));
    std::snprintf(low, sizeof low, format, percentile(values, 0));
    std::snprintf(high, sizeof high, format, percentile(values, 1));
    return std::string(median) + " (" + low + " .. " + high + ")";
}

struct Measured {
    std::vector<double> appPercent;    // the whole app (every thread but the bare dumper's), % of one core
    std::vector<double> beyondPercent; // minus what its kernel reads cost as bare dumps
    std::vector<double> dumpMs;        // CPU of one bare dump in the same stretch
    std::vector<double> ratio;         // app / (its reads x bare dump)
    std::vector<double> guiPercent;    // the GUI thread
    std::vector<double> watcherPercent; // the watch's worker thread
    std::vector<double> reads;         // kernel reads per second
    std::string paints;                // repaints per second, by kind of widget, over all stretches
};

// Watches `port` from the panel; after a warm-up (the first poll of everything), measures
// `repetitions` stretches of `seconds`, a bare dumper polling the same port at the same interval
// during each, with `latency` (if any) sampling the event loop.
Measured measureWatch(WatchPanel* panel, std::uint16_t port, int intervalMs, double seconds, int repetitions,
                      LatencyProbe* latency = nullptr)
{
    panel->findChild<QLineEdit*>()->setText(QString::number(port));
    for (QSpinBox* box : panel->findChildren<QSpinBox*>())
        box->setValue(intervalMs);
    panel->start();
    // The first poll of everything (seconds with 100,000 sockets), then steady state.
    for (int i = 0; i < 600 && panel->watcher()->polls() == 0; ++i)
        QTest::qWait(50);
    QTest::qWait(1500);
    const std::vector<pid_t> watcher = threadsByName()["socket watcher"];
    if (latency)
        latency->start();
    Measured m;
    PaintCounter paints;
    for (int round = 0; round < repetitions; ++round) {
        // Not while the event loop's latency is sampled: a third thread dumping the table would
        // take the CPU the GUI thread waits for.
        BareDumper dumper;
        if (!latency)
            dumper.start(port, std::max(intervalMs, 100));
        const std::uint64_t reads0 = panel->watcher()->kernelReads();
        const double process0 = processCpuSeconds();
        const double dumper0 = dumper.cpuNow();
        const double gui0 = threadCpuSeconds();
        const double watcher0 = threadsCpuSeconds(watcher);
        runFor(int(seconds * 1000));
        const double app = (processCpuSeconds() - process0) - (dumper.cpuNow() - dumper0);
        const double gui = threadCpuSeconds() - gui0;
        const double worker = threadsCpuSeconds(watcher) - watcher0;
        const double reads = double(panel->watcher()->kernelReads() - reads0);
        const double perDump = dumper.stop();
        m.appPercent.push_back(100 * app / seconds);
        m.beyondPercent.push_back(100 * (app - reads * perDump) / seconds);
        m.dumpMs.push_back(1000 * perDump);
        m.ratio.push_back(app / std::max(1e-9, reads * perDump));
        m.guiPercent.push_back(100 * gui / seconds);
        m.watcherPercent.push_back(100 * worker / seconds);
        m.reads.push_back(reads / seconds);
    }
    m.paints = paints.perSecond(seconds * repetitions);
    panel->stop();
    return m;
}

void printWatch(const char* title, const Measured& m, const char* target)
{
    std::printf("%s\n", title);
    std::printf("    beyond the bare dump  %s %% of a core   (target %s)\n", spread(m.beyondPercent).c_str(), target);
    std::printf("    whole app             %s %%; app / its dumps %s\n", spread(m.appPercent).c_str(),
                spread(m.ratio).c_str());
    std::printf("    GUI thread            %s %%; watch worker %s %%\n", spread(m.guiPercent).c_str(),
                spread(m.watcherPercent).c_str());
    std::printf("    bare dump             %s ms CPU each; %s reads/s\n", spread(m.dumpMs, "%.3f").c_str(),
                spread(m.reads, "%.1f").c_str());
    std::printf("    repaints per second   %s\n", m.paints.c_str());
}

// The process's CPU over `repetitions` stretches of `seconds`, % of one core, and of the
// threads named `thread` (if any).
std::pair<std::vector<double>, std::vector<double>> measureProcess(double seconds, int repetitions, const std::string& thread = {})
{
    const std::vector<pid_t> tids = thread.empty() ? std::vector<pid_t>{} : threadsByName()[thread];
    std::vector<double> whole;
    std::vector<double> named;
    for (int round = 0; round < repetitions; ++round) {
        const double process0 = processCpuSeconds();
        const double thread0 = threadsCpuSeconds(tids);
        runFor(int(seconds * 1000));
        whole.push_back(100 * (processCpuSeconds() - process0) / seconds);
        named.push_back(100 * (threadsCpuSeconds(tids) - thread0) / seconds);
    }
    return {whole, named};
}

} // namespace

int main(int argc, char** argv)
{
    const int connections = argc > 1 ? std::atoi(argv[1]) : 10000;
    const double seconds = argc > 2 ? std::atof(argv[2]) : 5;
    const int repetitions = argc > 3 ? std::max(1, std::atoi(argv[3])) : 5;
    const std::string phases = argc > 4 ? argv[4] : "iwlcb";
    const auto givenPort = std::uint16_t(argc > 5 ? std::atoi(argv[5]) : 0);
    const auto wants = [&](char phase) { return phases.find(phase) != std::string::npos; };
    raiseFdLimit();

    // Sockets first, while this process has no threads to fork.
    const std::uint16_t idlePort = freePort();
    const bool idleSocketsWanted = wants('w') || wants('l') || wants('b');
    const pid_t server = idleSocketsWanted ? holdIdle(idlePort, connections) : 0;
    const pid_t clients = idleSocketsWanted ? holdClients(idlePort, connections) : 0;
    const std::uint16_t churnPort = freePort();
    const pid_t churner = wants('c') ? churn(churnPort, kChurnStanding, kChurnPerSecond) : 0;

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
    // The panel a user works with is in front: its tokens are the ones the diagram shows.
    const auto bringToFront = [&window](QWidget* panel) {
        for (QDockWidget* dock : window.panels()) {
            if (dock->isAncestorOf(panel) && window.currentPanel() != dock)
                window.togglePanel(dock);
        }
        QTest::qWait(100);
    };

    for (int i = 0; idleSocketsWanted && i < 600 && countOn(idlePort) < std::size_t(2 * connections); ++i)
        QTest::qWait(100);
    const std::size_t idleSockets = countOn(idlePort);
    const double loadBefore = loadAverage();

    std::printf("TCP State Lab window benchmark (offscreen, 1600x1000): %d x %.0f s per figure, medians (min .. max)\n",
                repetitions, seconds);
    std::printf("load average at the start: %.2f; %zu sockets on the idle port\n", loadBefore, idleSockets);

    if (wants('i')) {
        QTest::qWait(500);
        const auto idle = measureProcess(seconds, repetitions).first;
        std::printf("idle window\n    whole app             %s %% of a core   (target <= 0.5)\n", spread(idle).c_str());
    }
    if (wants('w') || wants('l') || wants('c'))
        bringToFront(watch);
    if (wants('w'))
        printWatch("watch, 20,000 idle sockets, 100 ms", measureWatch(watch, idlePort, 100, seconds, repetitions), "<= 10");
    if (wants('l')) {
        LatencyProbe latency;
        const Measured fast = measureWatch(watch, idlePort, 1, seconds, repetitions, &latency);
        const std::vector<double> waits = latency.stop();
        std::printf("event-loop latency, watching the idle sockets at 1 ms\n    p50 %.2f ms, p99 %.2f ms, max %.2f ms over %zu "
                    "events (target p99 <= 30)\n    the watch at 1 ms: %s reads/s, whole app %s %%\n",
                    percentile(waits, 0.5), percentile(waits, 0.99), percentile(waits, 1.0), waits.size(),
                    spread(fast.reads, "%.1f").c_str(), spread(fast.appPercent).c_str());
    }
    if (wants('W') && givenPort != 0) {
        // The table as bench_table grew it: the whole process, and how long a posted event
        // waits meanwhile (sampled every 2 ms from another thread).
        LatencyProbe latency;
        const Measured m = measureWatch(watch, givenPort, 100, seconds, repetitions, &latency);
        const std::vector<double> waits = latency.stop();
        std::printf("window watch 100 ms  %s %% of a core (GUI thread %s %%), event-loop p99 %.2f ms (max %.2f; "
                    "%s reads/s; %zu sockets)\n",
                    spread(m.appPercent).c_str(), spread(m.guiPercent).c_str(), percentile(waits, 0.99),
                    percentile(waits, 1.0), spread(m.reads, "%.1f").c_str(), countOn(givenPort));
    }
    if (wants('c')) {
        // The churn's first burst (its standing TIME_WAIT sockets) is over before measuring.
        for (int i = 0; i < 300 && countOn(churnPort) < std::size_t(kChurnStanding) * 9 / 10; ++i)
            QTest::qWait(100);
        std::printf("(%zu sockets on the churning port)\n", countOn(churnPort));
        printWatch("watch, churning sockets, 100 ms", measureWatch(watch, churnPort, 100, seconds, repetitions), "<= 5");
    }
    if (wants('b') && lab) {
        bringToFront(lab);
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
        const auto [whole, labThread] = measureProcess(seconds, repetitions, "live lab");
        std::printf("live lab at 1 kHz (ESTABLISHED held)\n    whole app             %s %% of a core   (target <= 3)\n"
                    "    the lab's thread      %s %%\n",
                    spread(whole).c_str(), spread(labThread).c_str());
        lab->release();
    }
    std::printf("load average at the end: %.2f\n", loadAverage());

    for (pid_t child : {server, clients, churner}) {
        if (child > 0) {
            ::kill(child, SIGTERM);
            ::waitpid(child, nullptr, 0);
        }
    }
    return 0;
}
