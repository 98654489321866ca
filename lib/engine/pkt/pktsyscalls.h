#pragma once
// The system calls of a script, run on host A's sockets: the script's fd numbers mapped to
// live descriptors, each call checked against its `= RESULT` (and errno), a call that blocks
// left running on its own thread until it returns (checked then, against its a...b end time).
// Also TCP_INFO for %{ assert }% lines and shell lines run inside A's namespaces. Plain C++, Linux.

#include "kernel/filedescriptor.h"
#include "pktplayer.h"
#include "pktscript.h"

#include <array>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <sys/types.h>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace tsl::net {
class PrivateNetwork;
}

namespace tsl::pkt {

using TcpInfoSnapshot = std::map<std::string, std::int64_t>;
std::optional<std::int64_t> tcpInfoField(const TcpInfoSnapshot& info, const std::string& name);

struct ShellResult {
    int status = 0;
    std::string output;
    std::string error; // could not run at all
};
// Runs `command` with /bin/sh inside the namespaces `userNamespaceFd` and `networkNamespaceFd`,
// in `directory`; waits for it (at most a minute).
ShellResult runShell(const std::string& command, const std::string& directory, int userNamespaceFd, int networkNamespaceFd);

class SyscallRunner {
public:
    struct Context {
        net::PrivateNetwork* network = nullptr;
        bool ipv6 = false;
        std::array<std::uint8_t, 16> local{};
        std::array<std::uint8_t, 16> remote{};
        std::uint16_t bindPort = 8080;
        std::uint16_t connectPort = 8080;
    };
    struct Timing {
        std::int64_t startNs = 0; // the script's start, CLOCK_REALTIME
        std::int64_t scriptStartUs = 0;
        std::optional<std::int64_t> blockEndUs;
        std::int64_t toleranceUs = 0;
        bool realTime = true;
    };

    SyscallRunner();
    ~SyscallRunner();
    SyscallRunner(const SyscallRunner&) = delete;
    SyscallRunner& operator=(const SyscallRunner&) = delete;

    // Also starts the worker thread, before the script's clock runs.
    void setContext(const Context& context);

    // Runs the call; returns when it returned (the outcome says whether it held) or blocked
    // (ok for now; collect() gives its verdict later).
    LineOutcome start(const Event& event, const SyscallEvent& call, const Timing& timing);
    bool hasPending() const { return m_pending != nullptr; }
    std::optional<std::int64_t> pendingEndUs() const;
    // The blocked call's outcome once it returned; with `wait`, waits until `untilRealtimeNs`
    // and then unblocks it and reports that it did not return.
    std::optional<LineOutcome> collect(bool wait, std::int64_t untilRealtimeNs);
    // The local port a connect() just got (once).
    std::optional<std::uint16_t> takeConnectedPort() { return std::exchange(m_connectedPort, std::nullopt); }

    // The script's open descriptors: (script number, live descriptor).
    std::vector<std::pair<int, int>> openDescriptors() const;
    // Whether the socket the script used last is one it closed (its TCP_INFO then comes from
    // sock_diag, pktdiag.h).
    bool lastClosed() const { return m_fds.find(m_lastFd) == m_fds.end() && m_lastFd >= 0; }
    // TCP_INFO of the socket the script used last.
    std::optional<TcpInfoSnapshot> tcpInfo(std::string& error) const;

    struct Pending;
    struct Result {
        long value = 0;
        int errnoValue = 0;
        std::string mismatch; // a value the call wrote back that differs from the script's
    };

private:
    int liveFd(const Value& value, std::string& error) const;
    std::string verify(const SyscallEvent& call, const Result& result) const;
    LineOutcome finish(Pending& pending);
    static void waitDone(Pending& pending);

    // One thread for the calls that may block, made once: a thread per call would put its
    // start-up between the script's time and the call.
    class Worker {
    public:
        Worker();
        ~Worker();
        Worker(const Worker&) = delete;
        Worker& operator=(const Worker&) = delete;
        void post(std::function<void()> job);
        pid_t tid() const { return m_tid.load(); }

    private:
        std::mutex m_mutex;
        std::condition_variable m_wake;
        std::function<void()> m_job;
        bool m_stop = false;
        std::atomic<pid_t> m_tid{0};
        std::thread m_thread;
    };

    Context m_context;
    std::map<int, FileDescriptor> m_fds; // the script's numbers
    int m_lastFd = -1;
    std::unique_ptr<Pending> m_pending;
    std::unique_ptr<Worker> m_worker; // made at the first call that may block
    std::optional<std::uint16_t> m_connectedPort;
};

} // namespace tsl::pkt
