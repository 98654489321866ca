#include "socketwatcher.h"

#include "model/observedpath.h"

#include <algorithm>

namespace tsl {

namespace {
// Whether a listener on `local`'s port (and address, or the wildcard) is in the table: then a
// connection there was accepted by it, and took the server path.
bool hasListener(const std::vector<SocketRow>& rows, const Endpoint& local)
{
    return std::any_of(rows.begin(), rows.end(), [&](const SocketRow& row) {
        return row.state == TcpState::Listen && row.local.port == local.port && row.local.family == local.family
               && (row.local.address == local.address || row.local.isUnspecified());
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
    for (TableChange& change : m_tracker.update(result.rows)) {
        WatchEvent event;
        event.initial = first;
        event.elapsedMs = elapsed;
        event.key = QString::fromStdString(TableTracker::key(change.row));
        switch (change.kind) {
        case TableChange::Kind::Appeared:
            if (change.to != TcpState::Listen && hasListener(result.rows, change.row.local))
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
