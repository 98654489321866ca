#pragma once
// The Qt face of a NetSession: the private network, its two hosts and the wire, on a worker
// thread of its own (the live lab's pattern). Every operation — a socket call on A or B, a wire
// action on a held segment, a crafted segment, a setting, a scenario's next step — runs there
// as a job; the session's events are posted back in batches and turned, on the owner's thread,
// into the live ladder (WireLadder), the A/B tokens on the token board (TokenSource::Network),
// the held segments and a log. Nothing on the owner's thread waits for the kernel. QtCore.

#include "controllers/wireladder.h"
#include "diagram/tokenboard.h"
#include "lab/netscenarios.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

class QTimer;

namespace tsl {

namespace net {
class PrivateNetwork;
}

class WireLab : public QObject {
    Q_OBJECT

public:
    // A session operation run on the worker (throws NetSessionFailure to fail).
    using Operation = std::function<void(NetSession&)>;

    // `board` (may be null) receives the A/B tokens; it must outlive the lab.
    explicit WireLab(TokenBoard* board, QObject* parent = nullptr);
    // Waits for the job under way, then lets the network go.
    ~WireLab() override;

    // Builds the private network and opens a session (on the worker): ready() or unavailable().
    void start(AddressFamily family = AddressFamily::IPv4);
    bool isReady() const { return m_ready; }
    bool isBusy() const { return m_jobs > 0; }
    AddressFamily family() const { return m_family; }

    // ---- by hand (each a job; failures come back as failed())
    void listen(net::Host host);
    void connectTo(net::Host from);
    void accept(net::Host host);
    void send(net::Host host, int bytes);
    void read(net::Host host);
    void stopReading(net::Host host);
    void shutdownWrite(net::Host host);
    void close(net::Host host);
    void abort(net::Host host);
    void deliver(std::uint64_t id);
    void drop(std::uint64_t id);
    void duplicate(std::uint64_t id);
    void deliverOutOfOrder(std::uint64_t id);
    void releaseAll();
    void setMode(net::WireMode mode);
    net::WireMode mode() const { return m_mode; }
    void setFlowDelayMs(int milliseconds);
    int flowDelayMs() const { return m_flowDelayMs; }
    void craft(net::Host to, std::uint8_t flags, const QString& seq, const QString& ack, int length, bool spoofed,
               int count);
    // Applies a setting (netSettings()) now and on every reset; the next connection uses it.
    void applySetting(const QString& name, long value);
    // The value each setting was given here (rto_min_ms has the panel's default).
    const std::map<QString, long>& settings() const { return m_settings; }
    // Any operation (tests, the twin).
    void run(const QString& what, Operation operation);

    // ---- scenarios (the `net run` names): a fresh network, then one step per next()
    void loadScenario(const QString& name);
    QString scenario() const { return m_scenario; }
    void next();
    void runToEnd();
    int stepCount() const { return int(m_steps.size()); }
    int stepsDone() const { return m_stepIndex; }
    QString nextStepText() const; // translated; empty when the scenario is over (or all queued)
    // A fresh network and session: the same settings, the scenario (if any) from its start.
    void reset();

    // ---- what the owner shows
    const WireLadder& ladder() const { return m_ladder; }
    // Marks `row` of the live ladder (a twin's disagreement) and repaints: changed().
    void markRow(int row, const QString& text, const QString& explanation = {});
    std::vector<net::CapturedSegment> held() const; // oldest first
    TcpState state(net::Host host) const { return m_state[host == net::Host::A ? 0 : 1]; }
    const QStringList& log() const { return m_log; }
    // Adds a line of the owner's own to the log (the twin's disagreements): changed().
    void note(const QString& line);
    const std::vector<NetRunEvent>& events() const { return m_events; }
    const std::deque<net::CapturedSegment>& captures() const { return m_captures; }
    // Writes every captured segment as pcap; an error message or "".
    QString exportPcap(const QString& path) const;

    // The default rto_min of the panel: long enough to step a held segment by hand.
    static constexpr long kPanelRtoMinMs = 3000;

    // The A/B token move a session event makes on the board (TokenSource::Network), if any: the
    // Wire panel's tokens, and an animated export of the session, walk the same edges.
    static std::optional<TokenEvent> tokenEvent(const NetRunEvent& event);
    // One line of the log for an event (translated).
    static QString eventText(const NetRunEvent& event);
    // The one-line explanation of a setting (translated).
    static QString settingExplanation(const QString& name);
    // A scenario step's label, translated.
    static QString stepText(const char* label);

signals:
    void ready();
    void unavailable(const QString& reason, const QString& fix);
    // New events were applied: the ladder, the held segments, the states or the log changed.
    void changed();
    void failed(const QString& error);
    void busyChanged(bool busy);
    // The events of one batch, as the session published them (the twin follows these).
    void eventsArrived(const std::vector<tsl::NetRunEvent>& events);
    // Reset or a scenario load: the ladder, the log, the events and the Network tokens were cleared.
    void cleared();

private:
    void job(std::function<void()> work, std::function<void()> done = {});
    // On the worker: a fresh network and a session on it, with these settings.
    void openSession(const std::map<QString, long>& settings, AddressFamily family, net::WireMode mode, int flowDelayMs);
    void collect(const NetRunEvent& event); // on the worker
    void drain(); // on the owner
    void clearShown();

    TokenBoard* m_board = nullptr;
    QThread m_thread;
    std::unique_ptr<QObject> m_worker;
    QTimer* m_poll = nullptr; // child of m_worker
    // Worker side.
    std::unique_ptr<net::PrivateNetwork> m_network;
    std::unique_ptr<NetSession> m_session;
    // Shared hand-over.
    std::mutex m_mutex;
    std::vector<NetRunEvent> m_pending;
    bool m_drainPosted = false;
    std::atomic<std::uint64_t> m_generation{0}; // events of an older session are dropped
    std::atomic<bool> m_stopping{false};        // cuts the worker's long waits short (reset, exit)
    std::uint64_t m_pendingGeneration = 0;
    // Owner side.
    AddressFamily m_family = AddressFamily::IPv4;
    bool m_ready = false;
    int m_jobs = 0;
    net::WireMode m_mode = net::WireMode::Hold;
    int m_flowDelayMs = 0;
    std::map<QString, long> m_settings;
    QString m_scenario;
    std::vector<NetScenarioStep> m_steps;
    int m_stepIndex = 0;   // steps done
    int m_stepsQueued = 0; // steps handed to the worker (Run to end queues them all)
    std::shared_ptr<std::atomic<bool>> m_scenarioOver = std::make_shared<std::atomic<bool>>(false);
    WireLadder m_ladder;
    std::map<std::uint64_t, net::CapturedSegment> m_held;
    std::deque<net::CapturedSegment> m_captures;
    std::vector<NetRunEvent> m_events;
    QStringList m_log;
    TcpState m_state[2] = {TcpState::Closed, TcpState::Closed};
};

} // namespace tsl

Q_DECLARE_METATYPE(std::vector<tsl::NetRunEvent>)
