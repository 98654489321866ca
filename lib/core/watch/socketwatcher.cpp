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
        switch (change.kind) {
        case TableChange::Kind::Appeared:
            if (change.to != TcpState::Listen && acceptedByListener(listening, change.row.local))
                event.start = TcpState::Listen;
            event.path = observedPath(event.start, change.to);
            break;
        case TableChange::Kind::Changed:
            event.path = observedPath(change.from, change.to);
            break;
        case TableChange::Kind::Left:
            event.path = observedPath(change.from, TcpState::Closed);
            break;
        }
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
