#pragma once
// The kernel's TCP table followed on a timer: every poll is compared with the one before, and
// each connection that appeared, changed state or left comes out as one event, with the edges
// the model says it took (states passed between two polls are marked unseen, never claimed).
// The Qt face of `tcpstatelab watch`, for the window's Watch panel. The kernel is read on a
// worker thread (KDAB hotspot's job pattern: the result is posted back to this object with
// QMetaObject::invokeMethod(…, Qt::QueuedConnection)); polls that finish while the GUI is busy
// are handed over together, so the window never waits for the kernel and repaints once.

#include "kernel/kernelprobe.h"
#include "kernel/tablediff.h"

#include <QElapsedTimer>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace tsl {

struct WatchEvent {
    TableChange change;
    // The model's edges from the old state to the new one; only the last one was seen. A
    // connection that appeared starts from `start`: LISTEN when a listener on its local port
    // accepted it (the server path), CLOSED otherwise. One that left ends in CLOSED.
    std::vector<std::size_t> path;
    TcpState start = TcpState::Closed;
    bool pathKnown = true; // false: several paths fit and nothing tells which; `path` is empty
    bool initial = false; // in the table at the first poll: where it stood, not how it got there
    qint64 elapsedMs = 0; // since the watch started
    QString key;          // identifies the connection: family, local and remote endpoint
};

class SocketWatcher : public QObject {
    Q_OBJECT

public:
    // Takes ownership of the probe.
    explicit SocketWatcher(std::unique_ptr<KernelProbe> probe, QObject* parent = nullptr);
    ~SocketWatcher() override;

    ProbeSource source() const { return m_probe->source(); }
    // Only sockets with one of these local or remote ports (the kernel filters); empty: all.
    // Set before start().
    void setPorts(std::vector<std::uint16_t> ports);
    const std::vector<std::uint16_t>& ports() const { return m_query.ports; }
    void setInterval(int milliseconds); // 1 .. 60000
    int interval() const { return m_interval; }

    // Polls at once, then every interval, on the worker thread; results arrive as signals.
    void start();
    void stop(); // returns at once; a poll under way is dropped
    bool isRunning() const { return m_running; }
    // One poll now, on the calling thread, when not running (tests, one-off reads); false (and
    // failed() emitted) when the table could not be read.
    bool poll();

    // The last poll's rows, sorted as SocketTableModel keeps them.
    const std::vector<SocketRow>& rows() const { return m_rows; }
    std::uint64_t polls() const { return m_polls; } // handed out (several kernel reads may be one)
    std::uint64_t kernelReads() const { return m_kernelReads; } // since construction

signals:
    void changed(const QList<tsl::WatchEvent>& events);
    void polled(); // rows() is fresh
    void failed(const QString& error);
    // The kernel's table kept changing while it was dumped (NLM_F_DUMP_INTR after retries): this
    // poll's rows may miss or repeat a connection.
    void inconsistentDump();

private:
    struct Outcome {
        bool ok = true;
        bool inconsistent = false; // some poll in this hand-over was an interrupted dump
        bool unchanged = false;    // the table is exactly as the poll before left it
        QString error;
        QList<WatchEvent> events;
        std::vector<SocketRow> rows;
        std::uint64_t generation = 0;
    };
    Outcome pollOnce();          // on whichever thread polls; touches the tracker and probe only
    void pollOnWorker();         // the worker's timer
    void deliver(Outcome outcome); // worker → GUI, coalesced
    void drain();                // on this object's thread
    void handOut(Outcome outcome);

    std::unique_ptr<KernelProbe> m_probe;
    ProbeQuery m_query;
    TableTracker m_tracker;
    std::vector<SocketRow> m_lastTable; // the last poll's rows as the kernel listed them (poller's side)
    QElapsedTimer m_clock;
    std::uint64_t m_pollsDone = 0; // worker side
    std::atomic<std::uint64_t> m_kernelReads{0};
    std::vector<SocketRow> m_rows;
    std::uint64_t m_polls = 0;
    int m_interval = 100;
    bool m_running = false;

    QThread m_thread;
    std::unique_ptr<QTimer> m_timer; // lives on m_thread
    std::atomic<bool> m_cancelled{false};
    std::atomic<std::uint64_t> m_generation{0}; // a start or stop makes older polls stale
    std::uint64_t m_workerGeneration = 0;       // the run the worker is polling for
    std::atomic<int> m_intervalForWorker{100};
    std::mutex m_mutex;              // guards the hand-over below
    std::optional<Outcome> m_pending;
    bool m_drainPosted = false;
};

} // namespace tsl

Q_DECLARE_METATYPE(tsl::WatchEvent)
