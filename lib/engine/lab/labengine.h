#pragma once
// The live socket lab: real loopback sockets the user drives one operation at a time, each
// operation logged as a timestamped event, and every endpoint's state followed in the kernel.
// Plain C++ (POSIX); the command line drives it directly, the GUI through LiveLab.

#include "lab/kernelfollower.h"
#include "lab/labevent.h"
#include "lab/loopbacksocket.h"

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tsl {

class LabEngine {
public:
    explicit LabEngine(KernelProbe& probe);
    ~LabEngine();
    LabEngine(const LabEngine&) = delete;
    LabEngine& operator=(const LabEngine&) = delete;

    void onTransition(std::function<void(const ObservedTransition&)> callback) { m_onTransition = std::move(callback); }
    void onEvent(std::function<void(const LabEvent&)> callback) { m_onEvent = std::move(callback); }

    // Each returns the endpoint id, or -1 with error() set. Addresses are loopback only.
    // `reuseAddress` sets SO_REUSEADDR, which the accepted sockets and their TIME_WAIT inherit.
    int listen(AddressFamily family, std::uint16_t port, int backlog, bool deferAccept = false,
               int receiveBuffer = 0, bool reuseAddress = false);
    // Non-blocking connect to a listener of this lab (its server end, a socket of its own, is
    // followed from LISTEN once the kernel reports it: a dropped SYN makes none) or to any
    // loopback endpoint. `server` is taken by value: callers often pass a reference into
    // the follower's endpoints, which following the new client may move.
    int connect(AddressFamily family, Endpoint server, int receiveBuffer = 0, int sendBuffer = 0,
                std::string role = "client");
    // A socket bound to a port and connected to that same port: TCP's simultaneous open.
    int connectToSelf(AddressFamily family);
    // Accepts the next connection of a listener: returns the id of its server end.
    int accept(int listener, int timeoutMs = 2000);

    bool send(int endpoint, std::size_t bytes);
    bool sendUntilFull(int endpoint);
    bool drain(int endpoint);
    bool stopReading(int endpoint); // shrinks the receive buffer and stops reading: the window closes
    bool shutdownWrite(int endpoint);
    bool close(int endpoint);       // with unread data the kernel sends a RST: logged as such
    bool abort(int endpoint);       // SO_LINGER 0, then close: RST
    bool setBuffers(int endpoint, int receive, int send);

    // The socket's pending error (SO_ERROR): ECONNREFUSED after a RST answered the SYN.
    int socketError(int endpoint);
    // Reports a state the socket itself revealed (a refused connect never shows in the table).
    void report(int endpoint, TcpState state, bool seen, const std::string& how);

    // Polls the kernel once; every transition also goes to the callback. A poll that cannot read
    // the kernel's table logs a failed ReadKernel event (once, until a poll reads it again) and
    // sets error().
    std::vector<ObservedTransition> poll();
    // The interval pollFor() and waitFor() poll at: 1 ms (the default) to 1000 ms.
    void setPollInterval(int milliseconds) { m_intervalMs = std::clamp(milliseconds, 1, 1000); }
    int pollInterval() const { return m_intervalMs; }
    // Polls every interval for `durationMs`.
    void pollFor(int durationMs);
    // Polls until `endpoint` is in `state` (true) or the time is up (false); false at once when
    // the kernel's table cannot be read (error() says why).
    bool waitFor(int endpoint, TcpState state, int timeoutMs = 3000);

    // Aborts every socket: nothing of the lab stays in the kernel but TIME_WAIT.
    void releaseAll();

    const std::string& error() const { return m_error; }
    const std::vector<LabEvent>& events() const { return m_events; }
    const std::vector<ObservedTransition>& history() const { return m_history; }
    KernelFollower& follower() { return m_follower; }
    const KernelFollower& follower() const { return m_follower; }
    KernelProbe& probe() { return m_probe; }
    std::optional<Endpoint> localEndpoint(int endpoint) const;
    // Whether the lab still holds an open fd for the endpoint (a closed or aborted one, and a
    // half-open request, have none), and whether it is one of the lab's listeners.
    bool hasSocket(int endpoint) const;
    bool isListener(int endpoint) const;
    // The states one endpoint passed through, in order, the first one included.
    std::vector<TcpState> path(int endpoint) const;
    // The other end of a connection between two of the lab's sockets (a client and the server
    // end its listener accepts), or -1.
    int peerOf(int endpoint) const;
    // Logs what a scenario measured (FloodStatus, ...), so that every front end can show it.
    void logStatus(LabOperation kind, const std::string& operation, const std::string& detail, LabFacts facts);

private:
    struct Slot {
        std::optional<LoopbackSocket> socket;
        int peer = -1; // the other end, when both are the lab's
        std::vector<int> pendingServerEnds; // for a listener: followed server ends not yet accepted
        bool isListener = false;
    };
    enum class Call {
        Close, // close() or shutdown(SHUT_WR): a FIN
        Abort, // SO_LINGER 0 and close(), or close() with unread data: a RST
    };
    // Records a call in the evidence the follower explains jumps with (own end and peer's). The
    // caller polls right before making the call, so that no jump before it is explained by it.
    void noteCall(int endpoint, Call call);
    void pair(int endpoint, int peer);
    // The followed server end an accepted connection belongs to (a new one if none).
    int serverEndFor(int listener, const FourTuple& tuple);
    int add(std::string role, const FourTuple& tuple, TcpState initial, std::optional<LoopbackSocket> socket);
    bool fail(int endpoint, LabOperation kind, const std::string& operation, const std::string& error,
              LabFacts facts = {});
    void log(int endpoint, LabOperation kind, const std::string& operation, const std::string& detail = {},
             LabFacts facts = {});
    void record(LabEvent event);
    LoopbackSocket* socketOf(int endpoint, LabOperation kind, const std::string& operation);

    KernelProbe& m_probe;
    KernelFollower m_follower;
    std::vector<Slot> m_slots;
    std::vector<LabEvent> m_events;
    std::vector<ObservedTransition> m_history;
    std::string m_error;
    std::string m_probeError; // the failure already logged, so a failing poll loop logs it once
    int m_intervalMs = 1;
    std::function<void(const ObservedTransition&)> m_onTransition;
    std::function<void(const LabEvent&)> m_onEvent;
};

} // namespace tsl
