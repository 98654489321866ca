#include "socketwatcher.h"

#include "model/observedpath.h"

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
    : QObject(parent), m_probe(std::move(probe))
{
    m_timer.setInterval(100);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SocketWatcher::poll);
}

SocketWatcher::~SocketWatcher() = default;

void SocketWatcher::setPorts(std::vector<std::uint16_t> ports)
{
    std::sort(ports.begin(), ports.end());
    ports.erase(std::unique(ports.begin(), ports.end()), ports.end());
    m_query = ports.empty() ? ProbeQuery::all() : ProbeQuery::forPorts(std::move(ports));
}

void SocketWatcher::setInterval(int milliseconds) { m_timer.setInterval(std::clamp(milliseconds, 1, 60000)); }

void SocketWatcher::start()
{
    // A fresh start: every connection in the table is reported where it stands.
    m_tracker = TableTracker();
    m_rows.clear();
    m_polls = 0;
    m_clock.start();
    if (poll())
        m_timer.start();
}

void SocketWatcher::stop() { m_timer.stop(); }

bool SocketWatcher::poll()
{
    if (!m_clock.isValid())
        m_clock.start();
    ProbeResult result = m_probe->query(m_query);
    if (!result.ok) {
        m_timer.stop();
        emit failed(QString::fromStdString(result.error));
        return false;
    }
    const bool first = m_polls++ == 0;
    const qint64 elapsed = m_clock.elapsed();
    QList<WatchEvent> events;
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
        events.append(std::move(event));
    }
    m_rows = std::move(result.rows);
    if (!events.isEmpty())
        emit changed(events);
    emit polled();
    return true;
}

} // namespace tsl
