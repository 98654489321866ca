#include "scenarios.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <thread>
#include <utility>

namespace tsl {

namespace {

constexpr int kSmall = 4096;

struct Connection {
    int listener = -1;
    int client = -1;
    int server = -1;
};

// Checks a step and turns a failure into the outcome's error.
struct Script {
    LabEngine& lab;
    ScenarioOutcome& outcome;
    std::uint16_t serverPort = 0; // for the first listener

    int listen(AddressFamily family, int backlog, bool deferAccept = false, int receiveBuffer = 0)
    {
        return lab.listen(family, std::exchange(serverPort, 0), backlog, deferAccept, receiveBuffer);
    }

    bool require(bool condition, const std::string& what)
    {
        if (!condition && outcome.ok) {
            outcome.ok = false;
            outcome.error = what + (lab.error().empty() ? std::string() : ": " + lab.error());
        }
        return condition;
    }
    bool waitFor(int endpoint, TcpState state)
    {
        return require(lab.waitFor(endpoint, state), "the " + lab.follower().role(endpoint) + " did not reach "
                                                         + std::string(stateToken(state)));
    }
    // A listener, a client, the accepted server end, all ESTABLISHED.
    std::optional<Connection> connect(AddressFamily family, int listenerReceive = 0, int clientReceive = 0,
                                      int clientSend = 0)
    {
        Connection c;
        c.listener = listen(family, 16, false, listenerReceive);
        if (!require(c.listener >= 0, "listen") || !waitFor(c.listener, TcpState::Listen))
            return std::nullopt;
        c.client = lab.connect(family, lab.follower().tuple(c.listener).local, clientReceive, clientSend);
        if (!require(c.client >= 0, "connect"))
            return std::nullopt;
        c.server = lab.accept(c.listener);
        if (!require(c.server >= 0, "accept") || !waitFor(c.client, TcpState::Established)
            || !waitFor(c.server, TcpState::Established))
            return std::nullopt;
        lab.pollFor(20);
        return c;
    }
    // Reads until the endpoint reaches `state`: data keeps arriving while the peer's window opens.
    bool drainUntil(int endpoint, TcpState state)
    {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(3);
        while (std::chrono::steady_clock::now() < deadline) {
            lab.drain(endpoint);
            lab.poll();
            if (lab.follower().state(endpoint) == state)
                return true;
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        return require(false, "the " + lab.follower().role(endpoint) + " did not reach " + std::string(stateToken(state)));
    }
    void record(const Connection& c)
    {
        outcome.paths.emplace_back("client", lab.path(c.client));
        outcome.paths.emplace_back("server", lab.path(c.server));
    }
};

std::optional<int> readSyncookies()
{
    std::ifstream file("/proc/sys/net/ipv4/tcp_syncookies");
    int value = -1;
    if (file >> value)
        return value;
    return std::nullopt;
}

void synFlood(Script& s, AddressFamily family)
{
    // A tiny backlog with deferred accept, so half-open connections stay half-open, and nobody
    // accepting: new clients pile up until the server drops their SYNs.
    s.outcome.syncookies = readSyncookies();
    const int listener = s.listen(family, 4, true);
    if (!s.require(listener >= 0, "listen") || !s.waitFor(listener, TcpState::Listen))
        return;
    const std::uint16_t port = s.lab.follower().tuple(listener).local.port;
    for (int clients = 1; clients <= 16; ++clients) {
        if (!s.require(s.lab.connect(family, s.lab.follower().tuple(listener).local) >= 0, "connect"))
            return;
        s.lab.pollFor(15);
        const ProbeResult table = s.lab.probe().query(ProbeQuery::forPorts({port}));
        FloodStep step{clients, 0, 0, 0};
        for (const SocketRow& row : table.rows) {
            if (row.local.port == port && row.state == TcpState::SynReceived)
                ++step.synReceived;
            if (row.remote.port == port && row.state == TcpState::SynSent)
                ++step.synSent;
            if (row.remote.port == port && row.state == TcpState::Established)
                ++step.established;
        }
        s.outcome.flood.push_back(step);
    }
}

int countTimeWait(LabEngine& lab, std::uint16_t port, std::int64_t* shortest = nullptr, std::int64_t* longest = nullptr)
{
    const ProbeResult table = lab.probe().query(ProbeQuery::forPorts({port}));
    int count = 0;
    for (const SocketRow& row : table.rows) {
        if (row.state != TcpState::TimeWait)
            continue;
        ++count;
        if (shortest && (*shortest == 0 || row.timerMs < *shortest))
            *shortest = row.timerMs;
        if (longest && row.timerMs > *longest)
            *longest = row.timerMs;
    }
    return count;
}

void timeWaitAccumulation(Script& s, AddressFamily family)
{
    TimeWaitFigures figures;
    const int listener = s.listen(family, 64);
    if (!s.require(listener >= 0, "listen") || !s.waitFor(listener, TcpState::Listen))
        return;
    const Endpoint server = s.lab.follower().tuple(listener).local;

    // Short connections, client closing first: each leaves a TIME_WAIT on the client's side.
    figures.connections = 20;
    for (int i = 0; i < figures.connections; ++i) {
        const int client = s.lab.connect(family, server);
        const int accepted = s.lab.accept(listener);
        if (!s.require(client >= 0 && accepted >= 0, "connect"))
            return;
        s.lab.close(client);
        s.lab.close(accepted);
        s.lab.poll();
    }
    s.lab.pollFor(50);
    figures.timeWait = countTimeWait(s.lab, server.port, &figures.shortestMs, &figures.longestMs);

    // With SO_LINGER 0 the client aborts instead: RST, and no TIME_WAIT at all.
    figures.lingerZeroConnections = 10;
    for (int i = 0; i < figures.lingerZeroConnections; ++i) {
        const int client = s.lab.connect(family, server);
        const int accepted = s.lab.accept(listener);
        if (!s.require(client >= 0 && accepted >= 0, "connect"))
            return;
        s.lab.abort(client);
        s.lab.close(accepted);
        s.lab.poll();
    }
    s.lab.pollFor(50);
    figures.timeWaitAfterLingerZero = countTimeWait(s.lab, server.port) - figures.timeWait;

    // The server closing first leaves TIME_WAIT on the server's own port. A restarted server
    // binds past it only if both it and the old server (whose sockets the TIME_WAIT inherits
    // the flag from) set SO_REUSEADDR.
    s.lab.close(listener);
    const int reusing = s.lab.listen(family, 0, 16, false, 0, true);
    if (!s.require(reusing >= 0, "listen"))
        return;
    const Endpoint restartable = s.lab.follower().tuple(reusing).local;
    for (int i = 0; i < 3; ++i) {
        const int client = s.lab.connect(family, restartable);
        const int accepted = s.lab.accept(reusing);
        if (!s.require(client >= 0 && accepted >= 0, "connect"))
            return;
        s.lab.close(accepted);
        s.lab.waitFor(client, TcpState::CloseWait);
        s.lab.close(client);
        s.lab.waitFor(accepted, TcpState::TimeWait);
    }
    s.lab.close(reusing);
    s.lab.pollFor(20);
    std::string error;
    auto plain = LoopbackSocket::bound(restartable, error, false);
    figures.rebindWithoutReuseAddr = plain.has_value();
    figures.rebindError = error;
    plain.reset();
    auto rebound = LoopbackSocket::bound(restartable, error, true);
    figures.rebindWithReuseAddr = rebound.has_value();
    s.outcome.timeWait = figures;
}

} // namespace

std::vector<std::string> labScenarioNames()
{
    return {"three-way-handshake", "active-close", "simultaneous-close", "simultaneous-open", "half-close",
            "abort", "connect-refused", "syn-flood", "time-wait-accumulation"};
}

ScenarioOutcome runLabScenario(const std::string& name, AddressFamily family, LabEngine& lab,
                               std::uint16_t serverPort)
{
    ScenarioOutcome outcome;
    Script s{lab, outcome, serverPort};

    if (name == "three-way-handshake") {
        if (auto c = s.connect(family))
            s.record(*c);
    } else if (name == "active-close") {
        if (auto c = s.connect(family)) {
            lab.close(c->client);
            s.waitFor(c->client, TcpState::FinWait2) && s.waitFor(c->server, TcpState::CloseWait);
            lab.pollFor(30);
            lab.close(c->server);
            s.waitFor(c->client, TcpState::TimeWait) && s.waitFor(c->server, TcpState::Closed);
            s.record(*c);
        }
    } else if (name == "simultaneous-close") {
        // Both sides stop reading and fill each other's window, then both shut down: each FIN
        // waits behind data, so both are in FIN_WAIT_1 at once. Then the client reads: the
        // server's data and FIN arrive while the client is still in FIN_WAIT_1 (CLOSING); then
        // the server reads and the client's FIN arrives too.
        if (auto c = s.connect(family, kSmall, kSmall, kSmall)) {
            lab.setBuffers(c->server, 0, kSmall);
            lab.sendUntilFull(c->client);
            lab.sendUntilFull(c->server);
            lab.shutdownWrite(c->client);
            lab.shutdownWrite(c->server);
            if (s.waitFor(c->client, TcpState::FinWait1) && s.waitFor(c->server, TcpState::FinWait1)) {
                lab.pollFor(30);
                if (s.drainUntil(c->client, TcpState::Closing)) {
                    lab.pollFor(30);
                    s.drainUntil(c->server, TcpState::TimeWait) && s.waitFor(c->client, TcpState::TimeWait);
                }
            }
            s.record(*c);
        }
    } else if (name == "simultaneous-open") {
        const int socket = lab.connectToSelf(family);
        if (s.require(socket >= 0, "connect to itself") && s.waitFor(socket, TcpState::Established))
            outcome.paths.emplace_back("socket", lab.path(socket));
    } else if (name == "half-close") {
        if (auto c = s.connect(family)) {
            lab.shutdownWrite(c->client);
            if (s.waitFor(c->client, TcpState::FinWait2) && s.waitFor(c->server, TcpState::CloseWait)) {
                for (int i = 0; i < 3; ++i) { // data still flows the other way
                    lab.send(c->server, 1000);
                    lab.pollFor(10);
                    lab.drain(c->client);
                }
                lab.close(c->server);
                s.waitFor(c->client, TcpState::TimeWait) && s.waitFor(c->server, TcpState::Closed);
            }
            s.record(*c);
        }
    } else if (name == "abort") {
        if (auto c = s.connect(family)) {
            lab.abort(c->client);
            s.waitFor(c->client, TcpState::Closed) && s.waitFor(c->server, TcpState::Closed);
            s.record(*c);
        }
    } else if (name == "connect-refused") {
        // A bound socket that does not listen: the kernel answers the SYN with a RST.
        std::string error;
        auto closedPort = LoopbackSocket::bound(LoopbackSocket::loopback(family), error);
        if (!s.require(closedPort.has_value(), "bind: " + error))
            return outcome;
        const int client = lab.connect(family, closedPort->localEndpoint());
        if (s.require(client >= 0, "connect")) {
            int socketError = 0;
            for (int i = 0; i < 1000 && socketError == 0; ++i) {
                lab.poll();
                socketError = lab.socketError(client);
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
            if (s.require(socketError == ECONNREFUSED, "expected ECONNREFUSED, got " + std::string(std::strerror(socketError)))) {
                lab.follower().preferEdges(client, {"closed-active-open", "synsent-rcv-rst"});
                lab.report(client, TcpState::SynSent, false, "the SYN went out");
                lab.report(client, TcpState::Closed, true, "ECONNREFUSED: a RST answered the SYN");
                outcome.paths.emplace_back("client", lab.path(client));
            }
        }
    } else if (name == "syn-flood") {
        synFlood(s, family);
    } else if (name == "time-wait-accumulation") {
        timeWaitAccumulation(s, family);
    } else {
        std::string names;
        for (const std::string& n : labScenarioNames())
            names += (names.empty() ? "" : ", ") + n;
        outcome.ok = false;
        outcome.error = "unknown scenario \"" + name + "\"; valid scenarios: " + names;
    }
    return outcome;
}

} // namespace tsl
