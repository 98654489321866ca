#include "staterecipes.h"

#include <chrono>
#include <utility>
#include <thread>

namespace tsl {

namespace {

constexpr int kSmallBuffer = 4096; // a window that fills in one burst

using Clock = std::chrono::steady_clock;

// The socket's row, or nullopt when it is not in the table; `error` set when the table could not
// be read at all.
std::optional<SocketRow> lookup(KernelProbe& probe, const FourTuple& tuple, std::string& error)
{
    const ProbeResult result = probe.query(ProbeQuery::exact(tuple));
    if (!result.ok)
        error = "the kernel could not be read: " + (result.error.empty() ? std::string("no reason given") : result.error);
    if (!result.ok || result.rows.empty())
        return std::nullopt;
    return result.rows.front();
}

// "the listener 127.0.0.1:5000 did not reach LISTEN (it is gone)", or why the table could not
// be read: what failed, at once.
std::string notReached(KernelProbe& probe, const std::string& who, const FourTuple& tuple, TcpState state,
                       const std::string& probeError)
{
    if (!probeError.empty())
        return probeError;
    std::string error;
    const auto row = lookup(probe, tuple, error);
    if (!error.empty())
        return error;
    return who + " " + tuple.local.text() + " did not reach " + std::string(stateToken(state)) + " (it is "
           + (row ? std::string(stateToken(row->state)) : std::string("gone")) + ")";
}

FourTuple tupleOf(const LoopbackSocket& socket)
{
    const Endpoint local = socket.localEndpoint();
    return {local, socket.peerEndpoint().value_or(Endpoint::unspecified(local.family))};
}

FourTuple reversed(const FourTuple& t) { return {t.remote, t.local}; }

struct Builder {
    AddressFamily family;
    HeldState held;
    std::string& error;
    std::uint16_t serverPort = 0; // used by the first listener only

    std::optional<LoopbackSocket> listener(int backlog, int receiveBuffer = 0, int deferSeconds = 0)
    {
        auto socket = LoopbackSocket::bound(LoopbackSocket::loopback(family, std::exchange(serverPort, 0)), error);
        if (!socket)
            return std::nullopt;
        if (receiveBuffer && !socket->setBufferSizes(receiveBuffer, 0, error))
            return std::nullopt;
        if (deferSeconds && !socket->setDeferAccept(deferSeconds, error))
            return std::nullopt;
        if (!socket->listen(backlog, error))
            return std::nullopt;
        return socket;
    }

    std::optional<LoopbackSocket> client(const Endpoint& server, int receiveBuffer = 0, int sendBuffer = 0)
    {
        auto socket = LoopbackSocket::bound(LoopbackSocket::loopback(family), error);
        if (!socket)
            return std::nullopt;
        if ((receiveBuffer || sendBuffer) && !socket->setBufferSizes(receiveBuffer, sendBuffer, error))
            return std::nullopt;
        if (!socket->connect(server, error))
            return std::nullopt;
        return socket;
    }

    // Waits for the listener to have a connection to accept.
    std::optional<LoopbackSocket> acceptOne(LoopbackSocket& listener, int timeoutMs = 2000)
    {
        const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
        while (Clock::now() < deadline) {
            if (auto accepted = listener.accept(error))
                return accepted;
            if (!error.empty())
                return std::nullopt;
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        error = "the handshake did not complete";
        return std::nullopt;
    }

    void add(std::string role, FourTuple tuple, TcpState expected, std::optional<LoopbackSocket> socket)
    {
        held.endpoints.push_back({std::move(role), tuple, expected, std::move(socket)});
    }
    void addSocket(std::string role, LoopbackSocket socket, TcpState expected)
    {
        const FourTuple tuple = tupleOf(socket);
        add(std::move(role), tuple, expected, std::move(socket));
    }
    void markTarget() { held.targetIndex = held.endpoints.size() - 1; }
};

// A connected pair: the client, the accepted server end; the listener is closed afterwards
// unless kept.
struct Pair {
    LoopbackSocket client;
    LoopbackSocket server;
};

std::optional<Pair> connectedPair(Builder& b, int serverReceive = 0, int clientReceive = 0,
                                  int clientSend = 0)
{
    auto listener = b.listener(4, serverReceive);
    if (!listener)
        return std::nullopt;
    auto client = b.client(listener->localEndpoint(), clientReceive, clientSend);
    if (!client)
        return std::nullopt;
    auto server = b.acceptOne(*listener);
    if (!server)
        return std::nullopt;
    return Pair{std::move(*client), std::move(*server)};
}

// The server never reads: the client's data fills both small buffers, the window closes, and
// the client's FIN, queued behind that data after shutdown(SHUT_WR), cannot be sent.
std::optional<Pair> pairWithFinBehindZeroWindow(Builder& b)
{
    auto pair = connectedPair(b, kSmallBuffer, 0, kSmallBuffer);
    if (!pair)
        return std::nullopt;
    pair->client.sendUntilFull();
    if (!pair->client.shutdownWrite(b.error))
        return std::nullopt;
    return pair;
}

bool settle(KernelProbe& probe, const FourTuple& tuple, TcpState state, std::string& error)
{
    std::string probeError;
    if (waitForState(probe, tuple, state, 3000, &probeError))
        return true;
    error = notReached(probe, "the socket", tuple, state, probeError);
    return false;
}

} // namespace

void HeldState::release()
{
    for (RecipeEndpoint& endpoint : endpoints) {
        if (endpoint.socket && endpoint.socket->isOpen()) {
            std::string ignored;
            endpoint.socket->setLingerZero(ignored); // abort: no FIN_WAIT/LAST_ACK left behind
            endpoint.socket->close();
        }
    }
    endpoints.clear();
}

std::vector<TcpState> reachableStates()
{
    return {TcpState::Listen,   TcpState::SynSent,   TcpState::SynReceived, TcpState::Established,
            TcpState::FinWait1, TcpState::FinWait2,  TcpState::CloseWait,   TcpState::Closing,
            TcpState::LastAck,  TcpState::TimeWait};
}

bool waitForState(KernelProbe& probe, const FourTuple& tuple, TcpState state, int timeoutMs,
                  std::string* probeError)
{
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    for (;;) {
        std::string error;
        const auto row = lookup(probe, tuple, error);
        if (!error.empty()) {
            if (probeError)
                *probeError = error;
            return false;
        }
        if (state == TcpState::Closed ? !row : (row && row->state == state))
            return true;
        if (Clock::now() >= deadline)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
}

std::optional<HeldState> reachState(TcpState target, AddressFamily family, KernelProbe& probe,
                                    std::string& error, int timeoutMs, std::uint16_t serverPort)
{
    Builder b{family, HeldState{target, family, {}, 0}, error, serverPort};
    switch (target) {
    case TcpState::Listen: {
        auto listener = b.listener(16);
        if (!listener)
            return std::nullopt;
        b.addSocket("listener", std::move(*listener), TcpState::Listen);
        b.markTarget();
        break;
    }
    case TcpState::SynSent: {
        // Backlog 0: the first connection fills the accept queue, nobody accepts, and the
        // listener drops every further SYN: that client keeps retransmitting in SYN_SENT.
        auto listener = b.listener(0);
        if (!listener)
            return std::nullopt;
        const Endpoint server = listener->localEndpoint();
        auto first = b.client(server);
        if (!first || !settle(probe, tupleOf(*first), TcpState::Established, error))
            return std::nullopt;
        auto blocked = b.client(server);
        if (!blocked)
            return std::nullopt;
        const FourTuple blockedTuple{blocked->localEndpoint(), server};
        b.addSocket("listener", std::move(*listener), TcpState::Listen);
        b.addSocket("queued client", std::move(*first), TcpState::Established);
        b.add("client", blockedTuple, TcpState::SynSent, std::move(blocked));
        b.markTarget();
        break;
    }
    case TcpState::SynReceived: {
        // TCP_DEFER_ACCEPT: the listener ignores the handshake's bare ACK and waits for data,
        // so its half-open request socket stays in SYN_RECV while the client is ESTABLISHED.
        auto listener = b.listener(16, 0, 30);
        if (!listener)
            return std::nullopt;
        const Endpoint server = listener->localEndpoint();
        auto client = b.client(server);
        if (!client)
            return std::nullopt;
        const FourTuple clientTuple{client->localEndpoint(), server};
        b.addSocket("listener", std::move(*listener), TcpState::Listen);
        b.add("client", clientTuple, TcpState::Established, std::move(client));
        b.add("server (half-open)", reversed(clientTuple), TcpState::SynReceived, std::nullopt);
        b.markTarget();
        break;
    }
    case TcpState::Established: {
        auto pair = connectedPair(b);
        if (!pair)
            return std::nullopt;
        b.addSocket("client", std::move(pair->client), TcpState::Established);
        b.markTarget();
        b.addSocket("server", std::move(pair->server), TcpState::Established);
        break;
    }
    case TcpState::FinWait1: {
        auto pair = pairWithFinBehindZeroWindow(b);
        if (!pair)
            return std::nullopt;
        b.addSocket("client", std::move(pair->client), TcpState::FinWait1);
        b.markTarget();
        b.addSocket("server (not reading)", std::move(pair->server), TcpState::Established);
        break;
    }
    case TcpState::FinWait2:
    case TcpState::CloseWait: {
        auto pair = connectedPair(b);
        if (!pair || !pair->client.shutdownWrite(error))
            return std::nullopt;
        b.addSocket("client", std::move(pair->client), TcpState::FinWait2);
        if (target == TcpState::FinWait2)
            b.markTarget();
        b.addSocket("server", std::move(pair->server), TcpState::CloseWait);
        if (target == TcpState::CloseWait)
            b.markTarget();
        break;
    }
    case TcpState::Closing: {
        // The client's FIN waits behind data the server won't read. The server then shuts down
        // too: its FIN reaches the client, still in FIN_WAIT_1, which moves to CLOSING and stays
        // there, because its own FIN can never be sent and so never acknowledged.
        auto pair = pairWithFinBehindZeroWindow(b);
        if (!pair)
            return std::nullopt;
        const FourTuple clientTuple = tupleOf(pair->client);
        if (!settle(probe, clientTuple, TcpState::FinWait1, error))
            return std::nullopt;
        if (!pair->server.shutdownWrite(error))
            return std::nullopt;
        b.addSocket("client", std::move(pair->client), TcpState::Closing);
        b.markTarget();
        b.addSocket("server (not reading)", std::move(pair->server), TcpState::FinWait2);
        break;
    }
    case TcpState::LastAck: {
        // The client half-closes and stops reading; the server fills the client's window and
        // then closes: its FIN waits behind the unsent data.
        auto pair = connectedPair(b, 0, kSmallBuffer, 0);
        if (!pair)
            return std::nullopt;
        if (!pair->server.setBufferSizes(0, kSmallBuffer, error) || !pair->client.shutdownWrite(error))
            return std::nullopt;
        const FourTuple serverTuple = tupleOf(pair->server);
        if (!settle(probe, serverTuple, TcpState::CloseWait, error))
            return std::nullopt;
        pair->server.sendUntilFull();
        if (!pair->server.shutdownWrite(error))
            return std::nullopt;
        b.addSocket("client (not reading)", std::move(pair->client), TcpState::FinWait2);
        b.addSocket("server", std::move(pair->server), TcpState::LastAck);
        b.markTarget();
        break;
    }
    case TcpState::TimeWait: {
        // The client closes first; after the server closes too, the client's end waits 2MSL.
        // The client's fd then reports CLOSE: TIME_WAIT lives only in the kernel's table.
        auto pair = connectedPair(b);
        if (!pair || !pair->client.shutdownWrite(error))
            return std::nullopt;
        const FourTuple clientTuple = tupleOf(pair->client);
        const FourTuple serverTuple = tupleOf(pair->server);
        if (!settle(probe, serverTuple, TcpState::CloseWait, error))
            return std::nullopt;
        pair->server.close();
        b.add("client", clientTuple, TcpState::TimeWait, std::move(pair->client));
        b.markTarget();
        b.add("server", serverTuple, TcpState::Closed, std::nullopt);
        break;
    }
    case TcpState::Closed:
    case TcpState::Unknown:
        error = "CLOSED is the absence of a socket: there is nothing to hold";
        return std::nullopt;
    }

    for (const RecipeEndpoint& endpoint : b.held.endpoints) {
        std::string probeError;
        if (!waitForState(probe, endpoint.tuple, endpoint.expected, timeoutMs, &probeError)) {
            error = notReached(probe, "the " + endpoint.role, endpoint.tuple, endpoint.expected, probeError);
            b.held.release();
            return std::nullopt;
        }
    }
    return std::move(b.held);
}

} // namespace tsl
