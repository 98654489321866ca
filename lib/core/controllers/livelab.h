#pragma once
// The Qt face of the lab engine. The engine lives on a worker thread of its own (KDAB hotspot's
// job pattern): the follower polls there (down to 1 ms), and every operation — a scenario,
// reaching a state, a click in the hand-driven list — runs there as a job whose result is
// posted back to its owner with QMetaObject::invokeMethod(…, Qt::QueuedConnection). Nothing on
// the GUI thread waits for the kernel. What each poll or job revealed is handed out in one
// batch (log entries, token events, the sockets as they stand), so the window repaints once per
// poll, not once per socket; a poll that changed nothing wakes nobody.
// The worker is a plain thread that sleeps on one condition variable until the next poll or a
// job: at 1 kHz the profile of a Qt event loop there (glib's prepare/poll/check on an eventfd,
// Qt's timer list) was a third of the lab's CPU, more than the kernel lookups themselves.

#include "controllers/lablog.h"
#include "diagram/tokenboard.h"
#include "lab/labengine.h"

#include <QList>
#include <QObject>
#include <QString>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace tsl {

// One of the lab's sockets as it stands (a copy: the engine itself stays on its thread).
struct LabSocket {
    int endpoint = -1;
    std::string role;
    FourTuple tuple;
    TcpState state = TcpState::Closed;
    bool held = false;     // the lab has an fd for it (it can be driven)
    bool listener = false;
};

struct LabBatch {
    QList<LabLogEntry> entries;
    std::vector<TokenEvent> tokens;
    std::vector<LabSocket> sockets; // every followed socket, after this batch
    std::optional<LabFacts> flood;  // syn-flood: the newest figures (half-open, dropped SYNs, cookies)
    QString kernelError;            // a poll could not read the kernel: why (translated), once per failure
};

class LiveLab : public QObject {
    Q_OBJECT

public:
    // What a job hands back to run on the owner's thread (may be empty).
    using Continuation = std::function<void()>;
    using Job = std::function<Continuation(LabEngine&)>;

    // Takes ownership of the probe.
    LiveLab(std::unique_ptr<KernelProbe> probe, QObject* parent = nullptr);
    // Waits for a job under way (at exit); retire() a lab that may be busy instead.
    ~LiveLab() override;
    // Lets a lab go without waiting: it stops polling, finishes its job (if any) on its own
    // thread, drops the job's result and deletes itself.
    static void retire(std::unique_ptr<LiveLab> lab);

    void setPollInterval(int milliseconds); // 1 .. 60000
    int pollInterval() const { return m_interval; }
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    // Runs `job` on the lab's thread after the current poll; its continuation runs on
    // `context`'s thread (not at all if `context` is gone or the job was cancelled). A job that
    // is not `cancellable` (letting sockets go) runs even on a retired lab.
    void run(QObject* context, Job job, bool cancellable = true);
    // The results of the jobs queued or running now are dropped (their sockets stay the
    // lab's: a new run or Release lets them go).
    void cancelJobs();
    bool isBusy() const { return m_jobsQueued > 0; }

    // The sockets as the last batch left them.
    const std::vector<LabSocket>& sockets() const { return m_sockets; }
    // Hands out what is pending now (the worker does it after every poll and job anyway).
    void flush();
    std::uint64_t polls() const { return m_polls; }

    // The board's role for a lab socket's role: listeners and servers on the server path.
    static PathRole pathRole(const std::string& role);
    // The token a lab socket shows: "client :52910".
    static QString tokenLabel(const std::string& role, std::uint16_t localPort);

signals:
    void batchReady(const tsl::LabBatch& batch);
    void busyChanged(bool busy);

private:
    using Task = std::function<void()>;
    void post(Task task); // runs `task` on the worker, after what is queued
    void work();          // the worker's loop: tasks, and a poll whenever one is due
    void pollOnce();      // on the worker
    void setTimerSlack(); // on the worker
    void publish(); // on the worker: pending entries and tokens, plus the sockets, to the owner
    void drain();   // on the owner's thread
    void quitThread();

    std::unique_ptr<KernelProbe> m_probe;
    std::unique_ptr<LabEngine> m_engine; // touched on m_thread only (after construction)
    std::thread m_thread;
    std::mutex m_queueMutex; // guards m_tasks
    std::condition_variable m_wake;
    std::vector<Task> m_tasks;
    // The worker's own (touched on m_thread only).
    std::vector<Task> m_runningTasks;
    bool m_polling = false;
    bool m_quit = false;
    std::chrono::microseconds m_period{10000};
    std::chrono::steady_clock::time_point m_nextPoll;
    int m_interval = 10;
    bool m_running = false;
    std::atomic<std::uint64_t> m_polls{0};
    std::atomic<int> m_jobsQueued{0};
    std::atomic<std::uint64_t> m_jobGeneration{0};
    std::atomic<bool> m_retired{false};

    std::mutex m_mutex; // guards the hand-over below
    LabBatch m_pending;
    bool m_drainPosted = false;
    std::vector<LabSocket> m_sockets; // owner's copy
};

} // namespace tsl

Q_DECLARE_METATYPE(tsl::LabEvent)
Q_DECLARE_METATYPE(tsl::LabBatch)
