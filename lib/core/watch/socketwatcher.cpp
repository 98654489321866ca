#include "socketwatcher.h"

#include "model/observedpath.h"
#include "watch/sockettablemodel.h"

#include <algorithm>

namespace tsl {

namespace {
// The listeners' own endpoints: a handful, even when the table holds thousands of sockets.
std::vector<Endpoint> listeners(const std::vector<SocketRow>& rows)
{
    std::vector<Endpoint> out;
    for (const SocketRow& row : rows) {
        if (row.state == TcpState::Listen)
            out.push_back(row.local);
    }
    return out;
}

// Precise for short intervals (1 ms polls); from 20 ms on the kernel may move a wake-up by 5 %
// to share it with other timers (Qt's coarse timers), which nobody watching a table notices.
Qt::TimerType timerTypeFor(int intervalMs) { return intervalMs < 20 ? Qt::PreciseTimer : Qt::CoarseTimer; }

bool sameRow(const SocketRow& a, const SocketRow& b)
{
    return a.local == b.local && a.remote == b.remote && a.state == b.state && a.rawState == b.rawState
           && a.timer == b.timer && a.timerMs == b.timerMs && a.sendQueue == b.sendQueue && a.recvQueue == b.recvQueue
           && a.inode == b.inode && a.uid == b.uid;
}

// Whether one of `listeners` has `local`'s port (and address, or the wildcard): then a
// connection there was accepted by it, and took the server path.
bool acceptedByListener(const std::vector<Endpoint>& listeners, const Endpoint& local)
{
    return std::any_of(listeners.begin(), listeners.end(), [&](const Endpoint& listener) {
        return listener.port == local.port && listener.family == local.family
               && (listener.address == local.address || listener.isUnspecified());
    });
}
} // namespace

SocketWatcher::SocketWatcher(std::unique_ptr<KernelProbe> probe, QObject* parent)
    : QObject(parent), m_probe(std::move(probe)), m_timer(std::make_unique<QTimer>())
{
    m_timer->setInterval(m_interval);
    m_timer->setTimerType(timerTypeFor(m_interval));
    m_timer->moveToThread(&m_thread);
    connect(m_timer.get(), &QTimer::timeout, m_timer.get(), [this] { pollOnWorker(); });
    m_thread.setObjectName(QStringLiteral("socket watcher"));
}

SocketWatcher::~SocketWatcher()
{
    m_cancelled = true;
    if (m_thread.isRunning()) {
        QTimer* timer = m_timer.get();
        QMetaObject::invokeMethod(
            timer,
            [timer] {
                timer->stop();
                QThread::currentThread()->quit();
            },
            Qt::QueuedConnection);
        m_thread.wait(); // at most one poll: the worker never blocks longer than the probe does
    }
}

void SocketWatcher::setPorts(std::vector<std::uint16_t> ports)
{
    std::sort(ports.begin(), ports.end());
    ports.erase(std::unique(ports.begin(), ports.end()), ports.end());
    m_query = ports.empty() ? ProbeQuery::all() : ProbeQuery::forPorts(std::move(ports));
}

void SocketWatcher::setInterval(int milliseconds)
{
    m_interval = std::clamp(milliseconds, 1, 60000);
    m_intervalForWorker = m_interval;
    if (m_thread.isRunning()) {
        QTimer* timer = m_timer.get();
        QMetaObject::invokeMethod(
            timer,
            [this, timer] {
                timer->setTimerType(timerTypeFor(m_intervalForWorker));
                timer->setInterval(m_intervalForWorker); // restarts an active timer, with its new type
            },
            Qt::QueuedConnection);
    } else {
        m_timer->setTimerType(timerTypeFor(m_interval));
        m_timer->setInterval(m_interval);
    }
}

void SocketWatcher::start()
{
    if (m_running)
        return;
    // A fresh start: every connection in the table is reported where it stands. The worker
    // does not poll yet, so the tracker is this thread's to reset.
    m_running = true;
    m_cancelled = false;
    const std::uint64_t generation = ++m_generation;
    QTimer* timer = m_timer.get();
    const auto begin = [this, timer, generation] {
        m_workerGeneration = generation;
        m_tracker = TableTracker();
        m_lastTable.clear();
        m_pollsDone = 0;
        m_clock.start();
        timer->setTimerType(timerTypeFor(m_intervalForWorker));
        timer->setInterval(m_intervalForWorker);
        timer->start();
        pollOnWorker(); // at once, then every interval
    };
    m_rows.clear();
    m_polls = 0;
    {
        std::lock_guard lock(m_mutex);
        m_pending.reset();
    }
    if (!m_thread.isRunning())
        m_thread.start();
    QMetaObject::invokeMethod(timer, begin, Qt::QueuedConnection);
}

void SocketWatcher::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_cancelled = true; // whatever is under way is not handed out
    ++m_generation;
    QTimer* timer = m_timer.get();
    QMetaObject::invokeMethod(timer, [timer] { timer->stop(); }, Qt::QueuedConnection);
}

bool SocketWatcher::poll()
{
    if (m_running)
        return true; // the worker polls; its results arrive as signals
    if (!m_clock.isValid())
        m_clock.start();
    Outcome outcome = pollOnce();
    const bool ok = outcome.ok;
    handOut(std::move(outcome));
    return ok;
}

SocketWatcher::Outcome SocketWatcher::pollOnce()
{
    Outcome outcome;
    ProbeResult result = m_probe->query(m_query);
    ++m_kernelReads;
    if (!result.ok) {
        outcome.ok = false;
        outcome.error = QString::fromStdString(result.error);
        return outcome;
    }
    outcome.inconsistent = result.inconsistent;
    const bool first = m_pollsDone++ == 0;
    // A table that stands still (20,000 idle connections) comes back row for row in the order
    // of the poll before (the kernel walks its hash table in the same order): nothing to diff,
    // sort or hand out, and the window is not woken.
    if (!first && !result.inconsistent
        && std::equal(result.rows.begin(), result.rows.end(), m_lastTable.begin(), m_lastTable.end(), sameRow)) {
        outcome.unchanged = true;
        return outcome;
    }
    m_lastTable = result.rows; // keeps its capacity: no allocation once warm
    const qint64 elapsed = m_clock.elapsed();
    const std::vector<Endpoint> listening = listeners(result.rows);
    for (TableChange& change : m_tracker.update(result.rows)) {
        WatchEvent event;
        event.initial = first;
        event.elapsedMs = elapsed;
        event.key = QString::fromStdString(TableTracker::key(change.row));
        // The one rule of model/observedpath.h: a connection on a listener's port is the
        // listener's child, whose story starts LISTEN -> SYN_RECEIVED; the watch knows no calls.
        PathEvidence evidence;
        evidence.listenerChild = change.row.state != TcpState::Listen && !change.row.remote.isUnspecified()
                                 && acceptedByListener(listening, change.row.local);
        TcpState from = change.from;
        if (change.kind == TableChange::Kind::Appeared) {
            event.start = evidence.listenerChild ? TcpState::Listen : TcpState::Closed;
            from = event.start;
        }
        const ExplainedJump jump = explainJump(from, change.kind == TableChange::Kind::Left ? TcpState::Closed : change.to, evidence);
        event.path = jump.edges;
        event.pathKnown = jump.known;
        event.change = std::move(change);
        outcome.events.append(std::move(event));
    }
    // Sorted here, off the GUI thread, in the order the table shows them.
    std::sort(result.rows.begin(), result.rows.end(), SocketTableModel::before);
    outcome.rows = std::move(result.rows);
    return outcome;
}

void SocketWatcher::pollOnWorker()
{
    if (m_cancelled || m_workerGeneration != m_generation)
        return;
    Outcome outcome = pollOnce();
    outcome.generation = m_workerGeneration;
    if (outcome.unchanged)
        return; // the rows handed out last are still the table
    if (!outcome.ok)
        m_timer->stop(); // the GUI side hears of it and stops too
    if (!m_cancelled)
        deliver(std::move(outcome));
}

void SocketWatcher::deliver(Outcome outcome)
{
    std::lock_guard lock(m_mutex);
    if (m_pending && m_pending->generation != outcome.generation)
        m_pending.reset(); // left over from an earlier run
    if (m_pending) {
        // The GUI has not taken the last poll yet: one hand-over for both, no change lost.
        m_pending->events.append(std::move(outcome.events));
        m_pending->inconsistent = m_pending->inconsistent || outcome.inconsistent;
        m_pending->rows = std::move(outcome.rows);
        if (!outcome.ok) {
            m_pending->ok = false;
            m_pending->error = outcome.error;
        }
    } else {
        m_pending = std::move(outcome);
    }
    if (!m_drainPosted) {
        m_drainPosted = true;
        QMetaObject::invokeMethod(this, [this] { drain(); }, Qt::QueuedConnection);
    }
}

void SocketWatcher::drain()
{
    std::optional<Outcome> outcome;
    {
        std::lock_guard lock(m_mutex);
        m_drainPosted = false;
        outcome.swap(m_pending);
    }
    if (!outcome || !m_running || outcome->generation != m_generation)
        return;
    handOut(std::move(*outcome));
}

void SocketWatcher::handOut(Outcome outcome)
{
    if (!outcome.ok) {
        stop();
        // Rows and events of a poll that worked before the failure still count.
        if (!outcome.events.isEmpty())
            emit changed(outcome.events);
        emit failed(outcome.error);
        return;
    }
    ++m_polls;
    if (!outcome.unchanged)
        m_rows = std::move(outcome.rows);
    if (outcome.inconsistent)
        emit inconsistentDump();
    if (!outcome.events.isEmpty())
        emit changed(outcome.events);
    emit polled();
}

} // namespace tsl
