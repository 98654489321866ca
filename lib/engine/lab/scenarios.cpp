#include "scenarios.h"

#include "model/translatenoop.h"

#include <algorithm>
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

} // namespace

// The steps' toolbox: checks each step and turns a failure into the outcome's error.
class ScenarioScript {
public:
    LabEngine& lab;
    ScenarioOutcome& outcome;
    AddressFamily family;
    std::uint16_t serverPort = 0; // for the first listener

    int listen(int backlog, bool deferAccept = false, int receiveBuffer = 0)
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
    std::optional<Connection> connect(int listenerReceive = 0, int clientReceive = 0, int clientSend = 0)
    {
        Connection connection;
        connection.listener = listen(16, false, listenerReceive);
        if (!require(connection.listener >= 0, "listen") || !waitFor(connection.listener, TcpState::Listen))
            return std::nullopt;
        connection.client = lab.connect(family, lab.follower().tuple(connection.listener).local, clientReceive, clientSend);
        if (!require(connection.client >= 0, "connect"))
            return std::nullopt;
        connection.server = lab.accept(connection.listener);
        if (!require(connection.server >= 0, "accept") || !waitFor(connection.client, TcpState::Established)
            || !waitFor(connection.server, TcpState::Established))
            return std::nullopt;
        lab.pollFor(20);
        return connection;
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
    void record(const Connection& connection)
    {
        outcome.paths.emplace_back("client", lab.path(connection.client));
        outcome.paths.emplace_back("server", lab.path(connection.server));
    }
};

namespace {

std::optional<int> readSyncookies()
{
    std::ifstream file("/proc/sys/net/ipv4/tcp_syncookies");
    int value = -1;
    if (file >> value)
        return value;
    return std::nullopt;
}

void synFlood(ScenarioScript& script)
{
    // A tiny backlog with deferred accept, so half-open connections stay half-open, and nobody
    // accepting: new clients pile up until the server drops their SYNs.
    LabEngine& lab = script.lab;
    script.outcome.syncookies = readSyncookies();
    const int listener = script.listen(4, true);
    if (!script.require(listener >= 0, "listen") || !script.waitFor(listener, TcpState::Listen))
        return;
    const Endpoint server = lab.follower().tuple(listener).local;
    for (int clients = 1; clients <= 16; ++clients) {
        if (!script.require(lab.connect(script.family, server) >= 0, "connect"))
            return;
        lab.pollFor(15);
        const ProbeResult table = lab.probe().query(ProbeQuery::forPorts({server.port}));
        FloodStep step{clients, 0, 0, 0};
        for (const SocketRow& row : table.rows) {
            if (row.local.port == server.port && row.state == TcpState::SynReceived)
                ++step.synReceived;
            if (row.remote.port == server.port && row.state == TcpState::SynSent)
                ++step.synSent;
            if (row.remote.port == server.port && row.state == TcpState::Established)
                ++step.established;
        }
        script.outcome.flood.push_back(step);
        // Said as it happens, so that a window can show the figures rising.
        LabFacts facts;
        facts.address = server.text();
        facts.clients = step.clients;
        facts.halfOpen = step.synReceived;
        facts.droppedSyns = step.synSent;
        facts.established = step.established;
        if (script.outcome.syncookies)
            facts.synCookies = *script.outcome.syncookies != 0;
        lab.logStatus(LabOperation::FloodStatus, "syn-flood",
                      std::to_string(step.clients) + " clients: " + std::to_string(step.synReceived) + " half-open, "
                          + std::to_string(step.synSent) + " SYNs dropped, " + std::to_string(step.established)
                          + " established; SYN cookies "
                          + (facts.synCookies ? (*facts.synCookies ? "on" : "off") : "unknown"),
                      facts);
    }
}

int countTimeWait(LabEngine& lab, std::uint16_t port, std::int64_t* shortest = nullptr, std::int64_t* longest = nullptr)
{
    const ProbeResult table = lab.probe().query(ProbeQuery::forPorts({port}));
    // Only the lab's own connections: on a busy machine a stranger's TIME_WAIT may sit on the
    // same port number (an ephemeral port of someone else's finished connection).
    const KernelFollower& follower = lab.follower();
    const auto ours = [&follower](const SocketRow& row) {
        for (std::size_t i = 0; i < follower.size(); ++i) {
            const FourTuple& tuple = follower.tuple(int(i));
            if (tuple.local == row.local && tuple.remote == row.remote)
                return true;
        }
        return false;
    };
    int count = 0;
    for (const SocketRow& row : table.rows) {
        if (row.state != TcpState::TimeWait || !ours(row))
            continue;
        ++count;
        if (shortest && (*shortest == 0 || row.timerMs < *shortest))
            *shortest = row.timerMs;
        if (longest && row.timerMs > *longest)
            *longest = row.timerMs;
    }
    return count;
}

void timeWaitAccumulation(ScenarioScript& script)
{
    LabEngine& lab = script.lab;
    const AddressFamily family = script.family;
    TimeWaitFigures figures;
    const int listener = script.listen(64);
    if (!script.require(listener >= 0, "listen") || !script.waitFor(listener, TcpState::Listen))
        return;
    const Endpoint server = lab.follower().tuple(listener).local;

    // Short connections, client closing first: each leaves a TIME_WAIT on the client's side.
    figures.connections = 20;
    for (int i = 0; i < figures.connections; ++i) {
        const int client = lab.connect(family, server);
        const int accepted = lab.accept(listener);
        if (!script.require(client >= 0 && accepted >= 0, "connect"))
            return;
        lab.close(client);
        lab.close(accepted);
        lab.poll();
    }
    lab.pollFor(50);
    figures.timeWait = countTimeWait(lab, server.port, &figures.shortestMs, &figures.longestMs);

    // With SO_LINGER 0 the client aborts instead: RST, and no TIME_WAIT at all.
    figures.lingerZeroConnections = 10;
    for (int i = 0; i < figures.lingerZeroConnections; ++i) {
        const int client = lab.connect(family, server);
        const int accepted = lab.accept(listener);
        if (!script.require(client >= 0 && accepted >= 0, "connect"))
            return;
        lab.abort(client);
        lab.close(accepted);
        lab.poll();
    }
    lab.pollFor(50);
    figures.timeWaitAfterLingerZero = countTimeWait(lab, server.port) - figures.timeWait;

    // The server closing first leaves TIME_WAIT on the server's own port. A restarted server
    // binds past it only if both it and the old server (whose sockets the TIME_WAIT inherits
    // the flag from) set SO_REUSEADDR.
    lab.close(listener);
    const int reusing = lab.listen(family, 0, 16, false, 0, true);
    if (!script.require(reusing >= 0, "listen"))
        return;
    const Endpoint restartable = lab.follower().tuple(reusing).local;
    for (int i = 0; i < 3; ++i) {
        const int client = lab.connect(family, restartable);
        const int accepted = lab.accept(reusing);
        if (!script.require(client >= 0 && accepted >= 0, "connect"))
            return;
        lab.close(accepted);
        lab.waitFor(client, TcpState::CloseWait);
        lab.close(client);
        lab.waitFor(accepted, TcpState::TimeWait);
    }
    lab.close(reusing);
    lab.pollFor(20);
    std::string error;
    auto plain = LoopbackSocket::bound(restartable, error, false);
    figures.rebindWithoutReuseAddr = plain.has_value();
    figures.rebindError = error;
    plain.reset();
    auto rebound = LoopbackSocket::bound(restartable, error, true);
    figures.rebindWithReuseAddr = rebound.has_value();
    script.outcome.timeWait = figures;
}

void threeWayHandshake(ScenarioScript& script)
{
    if (auto connection = script.connect())
        script.record(*connection);
}

void activeClose(ScenarioScript& script)
{
    LabEngine& lab = script.lab;
    if (auto connection = script.connect()) {
        lab.close(connection->client);
        script.waitFor(connection->client, TcpState::FinWait2) && script.waitFor(connection->server, TcpState::CloseWait);
        lab.pollFor(30);
        lab.close(connection->server);
        script.waitFor(connection->client, TcpState::TimeWait) && script.waitFor(connection->server, TcpState::Closed);
        script.record(*connection);
    }
}

void simultaneousClose(ScenarioScript& script)
{
    // Both sides stop reading and fill each other's window, then both shut down: each FIN waits
    // behind data, so both are in FIN_WAIT_1 at once. Then the client reads: the server's data
    // and FIN arrive while the client is still in FIN_WAIT_1 (CLOSING); then the server reads:
    // its FIN is acknowledged (FIN_WAIT_2) before the client's FIN can leave.
    LabEngine& lab = script.lab;
    if (auto connection = script.connect(kSmall, kSmall, kSmall)) {
        lab.setBuffers(connection->server, 0, kSmall);
        lab.sendUntilFull(connection->client);
        lab.sendUntilFull(connection->server);
        lab.shutdownWrite(connection->client);
        lab.shutdownWrite(connection->server);
        if (script.waitFor(connection->client, TcpState::FinWait1) && script.waitFor(connection->server, TcpState::FinWait1)) {
            lab.pollFor(30);
            if (script.drainUntil(connection->client, TcpState::Closing)) {
                lab.pollFor(30);
                script.drainUntil(connection->server, TcpState::TimeWait) && script.waitFor(connection->client, TcpState::TimeWait);
            }
        }
        script.record(*connection);
    }
}

void simultaneousOpen(ScenarioScript& script)
{
    const int socket = script.lab.connectToSelf(script.family);
    if (script.require(socket >= 0, "connect to itself") && script.waitFor(socket, TcpState::Established))
        script.outcome.paths.emplace_back("socket", script.lab.path(socket));
}

void halfClose(ScenarioScript& script)
{
    LabEngine& lab = script.lab;
    if (auto connection = script.connect()) {
        lab.shutdownWrite(connection->client);
        if (script.waitFor(connection->client, TcpState::FinWait2) && script.waitFor(connection->server, TcpState::CloseWait)) {
            for (int i = 0; i < 3; ++i) { // data still flows the other way
                lab.send(connection->server, 1000);
                lab.pollFor(10);
                lab.drain(connection->client);
            }
            lab.close(connection->server);
            script.waitFor(connection->client, TcpState::TimeWait) && script.waitFor(connection->server, TcpState::Closed);
        }
        script.record(*connection);
    }
}

void abortConnection(ScenarioScript& script)
{
    if (auto connection = script.connect()) {
        script.lab.abort(connection->client);
        script.waitFor(connection->client, TcpState::Closed) && script.waitFor(connection->server, TcpState::Closed);
        script.record(*connection);
    }
}

void connectRefused(ScenarioScript& script)
{
    // A bound socket that does not listen: the kernel answers the SYN with a RST.
    LabEngine& lab = script.lab;
    std::string error;
    auto closedPort = LoopbackSocket::bound(LoopbackSocket::loopback(script.family), error);
    if (!script.require(closedPort.has_value(), "bind: " + error))
        return;
    const int client = lab.connect(script.family, closedPort->localEndpoint());
    if (!script.require(client >= 0, "connect"))
        return;
    int socketError = 0;
    for (int i = 0; i < 1000 && socketError == 0; ++i) {
        lab.poll();
        socketError = lab.socketError(client);
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    if (script.require(socketError == ECONNREFUSED, "expected ECONNREFUSED, got " + std::string(std::strerror(socketError)))) {
        // The socket's own word, where no poll saw it go (the follower tells its way there).
        lab.report(client, TcpState::Closed, true, "ECONNREFUSED: a RST answered the SYN");
        script.outcome.paths.emplace_back("client", lab.path(client));
    }
}

constexpr LabScenario kScenarios[] = {
    {"three-way-handshake", TSL_TRANSLATE_NOOP("LabText", "Listen, connect, accept: SYN, SYN,ACK, ACK."), threeWayHandshake},
    {"active-close",
     TSL_TRANSLATE_NOOP("LabText", "The client closes first (FIN_WAIT_1, FIN_WAIT_2, TIME_WAIT), then the server (CLOSE_WAIT, LAST_ACK)."),
     activeClose},
    {"simultaneous-close",
     TSL_TRANSLATE_NOOP("LabText", "Both sides close while each FIN waits behind data: the client passes CLOSING, the server "
                                  "FIN_WAIT_2 instead, because its FIN is acknowledged before the client's can leave."),
     simultaneousClose},
    {"simultaneous-open",
     TSL_TRANSLATE_NOOP("LabText", "A socket connects to its own port: its SYN meets itself (SYN_SENT, SYN_RECEIVED, ESTABLISHED)."),
     simultaneousOpen},
    {"half-close", TSL_TRANSLATE_NOOP("LabText", "The client shuts down writing and keeps reading the data the server still sends."),
     halfClose},
    {"abort", TSL_TRANSLATE_NOOP("LabText", "The client aborts with SO_LINGER 0: a RST, and both ends are gone at once."),
     abortConnection},
    {"connect-refused",
     TSL_TRANSLATE_NOOP("LabText", "Connecting to a port nobody listens on: a RST answers the SYN (ECONNREFUSED)."), connectRefused},
    {"syn-flood",
     TSL_TRANSLATE_NOOP("LabText", "Many clients against a backlog of 4 that nobody accepts: half-open connections, then dropped "
                                  "SYNs; the log counts both and says whether SYN cookies are on."),
     synFlood},
    {"time-wait-accumulation",
     TSL_TRANSLATE_NOOP("LabText", "Short connections pile up in TIME_WAIT; SO_LINGER 0 avoids it; SO_REUSEADDR rebinds past it."),
     timeWaitAccumulation},
};

} // namespace

std::span<const LabScenario> labScenarios() { return kScenarios; }

const LabScenario* findLabScenario(std::string_view name)
{
    const auto found = std::find_if(std::begin(kScenarios), std::end(kScenarios),
                                    [&](const LabScenario& scenario) { return scenario.name == name; });
    return found == std::end(kScenarios) ? nullptr : &*found;
}

ScenarioOutcome runLabScenario(const std::string& name, AddressFamily family, LabEngine& lab, std::uint16_t serverPort)
{
    ScenarioOutcome outcome;
    const LabScenario* scenario = findLabScenario(name);
    if (!scenario) {
        std::string names;
        for (const LabScenario& known : kScenarios)
            names += (names.empty() ? "" : ", ") + std::string(known.name);
        outcome.ok = false;
        outcome.error = "unknown scenario \"" + name + "\"; valid scenarios: " + names;
        return outcome;
    }
    ScenarioScript script{lab, outcome, family, serverPort};
    scenario->run(script);
    return outcome;
}

} // namespace tsl
