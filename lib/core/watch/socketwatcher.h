#pragma once
// The kernel's TCP table followed on a timer: every poll is compared with the one before, and
// each connection that appeared, changed state or left comes out as one event, with the edges
// the model says it took (states passed between two polls are marked unseen, never claimed).
// The Qt face of `tcpstatelab watch`, for the window's Watch panel.

#include "kernel/kernelprobe.h"
#include "kernel/tablediff.h"

#include <QElapsedTimer>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
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
    void setPorts(std::vector<std::uint16_t> ports);
    const std::vector<std::uint16_t>& ports() const { return m_query.ports; }
    void setInterval(int milliseconds); // 1 .. 60000
    int interval() const { return m_timer.interval(); }

    void start(); // polls at once, then every interval
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    // One poll now; false (and failed() emitted) when the table could not be read.
    bool poll();

    const std::vector<SocketRow>& rows() const { return m_rows; }
    std::uint64_t polls() const { return m_polls; }

signals:
    void changed(const QList<tsl::WatchEvent>& events);
    void polled(); // rows() is fresh
    void failed(const QString& error);

private:
    std::unique_ptr<KernelProbe> m_probe;
    ProbeQuery m_query;
    TableTracker m_tracker;
    std::vector<SocketRow> m_rows;
    QTimer m_timer;
    QElapsedTimer m_clock;
    std::uint64_t m_polls = 0;
};

} // namespace tsl

Q_DECLARE_METATYPE(tsl::WatchEvent)
