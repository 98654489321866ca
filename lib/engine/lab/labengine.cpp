#include "labengine.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <sys/socket.h>
#include <thread>

namespace tsl {

namespace {

FourTuple listenerTuple(const Endpoint& local) { return {local, Endpoint::unspecified(local.family)}; }

LabFacts addresses(std::string address, std::string otherAddress = {})
{
    LabFacts facts;
    facts.address = std::move(address);
    facts.otherAddress = std::move(otherAddress);
    return facts;
}

} // namespace

LabEngine::LabEngine(KernelProbe& probe) : m_probe(probe), m_follower(probe)
{
    // The lab polls up to 1 kHz; its own connections are followed by exact lookups, and only
    // strangers' requests need the listener's port dumped: every 50 ms, or on the next poll
    // when the listener's accept queue moved.
    m_follower.setDiscoveryInterval(std::chrono::milliseconds(50));
}

LabEngine::~LabEngine() { releaseAll(); }

int LabEngine::add(std::string role, const FourTuple& tuple, TcpState initial, std::optional<LoopbackSocket> socket)
{
    const int id = m_follower.follow(std::move(role), tuple, initial);
    m_slots.resize(m_follower.size()); // the follower may have discovered endpoints meanwhile
    m_slots[std::size_t(id)].socket = std::move(socket);
    return id;
}

void LabEngine::record(LabEvent event)
{
    event.timeUs = m_follower.elapsedUs();
    event.role = event.endpoint >= 0 ? m_follower.role(event.endpoint) : std::string("lab");
    if (!event.ok)
        m_error = event.detail;
    m_events.push_back(event);
    if (m_onEvent)
        m_onEvent(event);
}

void LabEngine::log(int endpoint, LabOperation kind, const std::string& operation, const std::string& detail,
                    LabFacts facts)
{
    record({0, endpoint, {}, operation, true, detail, kind, std::move(facts)});
}

bool LabEngine::fail(int endpoint, LabOperation kind, const std::string& operation, const std::string& error,
                     LabFacts facts)
{
    record({0, endpoint, {}, operation, false, error, kind, std::move(facts)});
    return false;
}

LoopbackSocket* LabEngine::socketOf(int endpoint, LabOperation kind, const std::string& operation)
{
    if (endpoint < 0 || std::size_t(endpoint) >= m_slots.size()) {
        fail(-1, kind, operation, "no endpoint " + std::to_string(endpoint));
        return nullptr;
    }
    auto& socket = m_slots[std::size_t(endpoint)].socket;
    if (!socket || !socket->isOpen()) {
        fail(endpoint, kind, operation, "the " + m_follower.role(endpoint) + " has no open socket");
        return nullptr;
    }
    return &*socket;
}

int LabEngine::listen(AddressFamily family, std::uint16_t port, int backlog, bool deferAccept, int receiveBuffer,
                      bool reuseAddress)
{
    const std::string operation = "listen backlog=" + std::to_string(backlog) + (deferAccept ? " defer-accept" : "")
                                  + (reuseAddress ? " SO_REUSEADDR" : "");
    LabFacts facts;
    facts.backlog = backlog;
    facts.deferAccept = deferAccept;
    facts.reuseAddress = reuseAddress;
    std::string error;
    auto socket = LoopbackSocket::bound(LoopbackSocket::loopback(family, port), error, reuseAddress);
    if (!socket || (receiveBuffer && !socket->setBufferSizes(receiveBuffer, 0, error))
        || (deferAccept && !socket->setDeferAccept(30, error)) || !socket->listen(backlog, error)) {
        fail(-1, LabOperation::Listen, operation, error, facts);
        return -1;
    }
    const Endpoint local = socket->localEndpoint();
    const int id = add("listener", listenerTuple(local), TcpState::Closed, std::move(socket));
    m_slots[std::size_t(id)].isListener = true;
    m_follower.evidence(id).knowsCalls = true;
    m_follower.proveEdges(id, {"closed-passive-open"});
    m_follower.markReported(id); // listen() succeeded: the kernel holds it
    m_follower.watchListener(id);
    facts.address = local.text();
    log(id, LabOperation::Listen, operation, "on " + local.text(), facts);
    return id;
}

int LabEngine::connect(AddressFamily family, Endpoint server, int receiveBuffer, int sendBuffer, std::string role)
{
    std::string error;
    auto socket = LoopbackSocket::bound(LoopbackSocket::loopback(family), error);
    if (!socket || ((receiveBuffer || sendBuffer) && !socket->setBufferSizes(receiveBuffer, sendBuffer, error))) {
        fail(-1, LabOperation::Connect, "connect", error, addresses(server.text()));
        return -1;
    }
    const FourTuple tuple{socket->localEndpoint(), server};
    const int id = add(std::move(role), tuple, TcpState::Closed, std::nullopt);
    m_follower.evidence(id).knowsCalls = true;
    m_follower.proveEdges(id, {"closed-active-open"});
    // The server end of a connection to one of our listeners is a socket of its own, followed
    // from LISTEN on once the kernel shows it.
    int listener = -1;
    for (std::size_t i = 0; i < m_slots.size(); ++i) {
        if (m_slots[i].isListener && m_slots[i].socket && m_follower.tuple(int(i)).local == server)
            listener = int(i);
    }
    if (!socket->connect(server, error)) {
        fail(id, LabOperation::Connect, "connect to " + server.text(), error, addresses(server.text(), tuple.local.text()));
        return -1;
    }
    m_slots[std::size_t(id)].socket = std::move(socket);
    m_follower.markReported(id); // connect() succeeded (or is in progress): the kernel holds it
    if (listener >= 0) {
        const int serverEnd = m_follower.followConnection("server", {server, tuple.local}, listener);
        m_slots.resize(m_follower.size());
        m_slots[std::size_t(listener)].pendingServerEnds.push_back(serverEnd);
        m_follower.evidence(serverEnd).knowsCalls = true;
        pair(id, serverEnd);
        m_follower.evidence(id).peerListening = true;
    }
    log(id, LabOperation::Connect, "connect to " + server.text(), "from " + tuple.local.text(),
        addresses(server.text(), tuple.local.text()));
    return id;
}

void LabEngine::pair(int endpoint, int peer)
{
    m_slots[std::size_t(endpoint)].peer = peer;
    m_slots[std::size_t(peer)].peer = endpoint;
    m_follower.evidence(endpoint).knowsPeer = true;
    m_follower.evidence(peer).knowsPeer = true;
}

int LabEngine::connectToSelf(AddressFamily family)
{
    std::string error;
    auto socket = LoopbackSocket::bound(LoopbackSocket::loopback(family), error);
    if (!socket) {
        fail(-1, LabOperation::ConnectToSelf, "connect to itself", error);
        return -1;
    }
    const Endpoint local = socket->localEndpoint();
    const int id = add("socket", {local, local}, TcpState::Closed, std::nullopt);
    // Its SYN meets itself: the simultaneous open, and it is its own peer.
    m_follower.evidence(id).knowsCalls = true;
    m_follower.proveEdges(id, {"closed-active-open", "synsent-rcv-syn"});
    pair(id, id);
    if (!socket->connect(local, error)) {
        fail(id, LabOperation::ConnectToSelf, "connect to itself", error, addresses(local.text()));
        return -1;
    }
    m_slots[std::size_t(id)].socket = std::move(socket);
    m_follower.markReported(id);
    log(id, LabOperation::ConnectToSelf, "connect to itself", local.text() + " -> " + local.text(), addresses(local.text()));
    return id;
}

int LabEngine::accept(int listener, int timeoutMs)
{
    LoopbackSocket* socket = socketOf(listener, LabOperation::Accept, "accept");
    if (!socket)
        return -1;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    std::string error;
    for (;;) {
        auto accepted = socket->accept(error);
        if (accepted) {
            const auto peer = accepted->peerEndpoint();
            const FourTuple tuple{accepted->localEndpoint(), peer.value_or(Endpoint{})};
            const int id = serverEndFor(listener, tuple);
            m_slots[std::size_t(id)].socket = std::move(accepted);
            // accept() is the kernel reporting the connection, established.
            m_follower.markReported(id);
            m_follower.evidence(id).established = true;
            if (const int client = m_slots[std::size_t(id)].peer; client >= 0) {
                m_follower.markReported(client);
                m_follower.evidence(client).established = true;
            }
            log(id, LabOperation::Accept, "accept", "from " + tuple.remote.text(), addresses(tuple.remote.text()));
            return id;
        }
        if (!error.empty() || std::chrono::steady_clock::now() >= deadline) {
            fail(listener, LabOperation::Accept, "accept", error.empty() ? "no connection to accept" : error);
            return -1;
        }
        poll();
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
}

int LabEngine::serverEndFor(int listener, const FourTuple& tuple)
{
    auto& pending = m_slots[std::size_t(listener)].pendingServerEnds;
    for (auto it = pending.begin(); it != pending.end(); ++it) {
        if (m_follower.tuple(*it).remote == tuple.remote) {
            const int id = *it;
            pending.erase(it);
            return id;
        }
    }
    // A stranger's connection: the one the follower discovered half-open, or a new one.
    for (std::size_t i = 0; i < m_follower.size(); ++i) {
        if (m_follower.listenerOf(int(i)) == listener && m_follower.tuple(int(i)).local == tuple.local
            && m_follower.tuple(int(i)).remote == tuple.remote && !hasSocket(int(i))) {
            m_follower.setRole(int(i), "server");
            return int(i);
        }
    }
    const int id = m_follower.followConnection("server", tuple, listener);
    m_follower.evidence(id).knowsCalls = true;
    m_slots.resize(m_follower.size());
    return id;
}

bool LabEngine::send(int endpoint, std::size_t bytes)
{
    LoopbackSocket* socket = socketOf(endpoint, LabOperation::Send, "send");
    if (!socket)
        return false;
    const std::size_t sent = socket->send(bytes);
    LabFacts facts;
    facts.bytesAsked = std::int64_t(bytes);
    facts.bytes = std::int64_t(sent);
    log(endpoint, LabOperation::Send, "send " + std::to_string(bytes), "sent " + std::to_string(sent) + " bytes", facts);
    return true;
}

bool LabEngine::sendUntilFull(int endpoint)
{
    LoopbackSocket* socket = socketOf(endpoint, LabOperation::SendUntilFull, "send until full");
    if (!socket)
        return false;
    const std::size_t sent = socket->sendUntilFull();
    LabFacts facts;
    facts.bytes = std::int64_t(sent);
    log(endpoint, LabOperation::SendUntilFull, "send until full",
        "sent " + std::to_string(sent) + " bytes; the send buffer is full", facts);
    return true;
}

bool LabEngine::drain(int endpoint)
{
    LoopbackSocket* socket = socketOf(endpoint, LabOperation::Read, "read");
    if (!socket)
        return false;
    const std::size_t read = socket->drain();
    LabFacts facts;
    facts.bytes = std::int64_t(read);
    if (read > 0) // reading nothing is not worth a line in the log
        log(endpoint, LabOperation::Read, "read", "read " + std::to_string(read) + " bytes", facts);
    return true;
}

bool LabEngine::stopReading(int endpoint)
{
    LoopbackSocket* socket = socketOf(endpoint, LabOperation::StopReading, "stop reading");
    std::string error;
    if (!socket)
        return false;
    if (!socket->setBufferSizes(4096, 0, error))
        return fail(endpoint, LabOperation::StopReading, "stop reading", error);
    log(endpoint, LabOperation::StopReading, "stop reading", "the receive buffer is small and nobody reads it: the window will close");
    return true;
}

bool LabEngine::shutdownWrite(int endpoint)
{
    LoopbackSocket* socket = socketOf(endpoint, LabOperation::ShutdownWrite, "shutdown(SHUT_WR)");
    std::string error;
    if (!socket)
        return false;
    poll(); // what happened before the call, before its evidence
    if (!socket->shutdownWrite(error))
        return fail(endpoint, LabOperation::ShutdownWrite, "shutdown(SHUT_WR)", error);
    noteCall(endpoint, Call::Close);
    log(endpoint, LabOperation::ShutdownWrite, "shutdown(SHUT_WR)", "FIN queued");
    return true;
}

bool LabEngine::close(int endpoint)
{
    LoopbackSocket* socket = socketOf(endpoint, LabOperation::Close, "close");
    if (!socket)
        return false;
    // Linux answers a close() with unread data by a RST instead of a FIN: an abort in all but name.
    poll(); // what happened before the call, before its evidence
    LabFacts facts;
    facts.resetByClose = socket->unreadBytes() > 0;
    socket->close();
    noteCall(endpoint, facts.resetByClose ? Call::Abort : Call::Close);
    log(endpoint, LabOperation::Close, "close", facts.resetByClose ? "unread data: RST" : "", facts);
    return true;
}

bool LabEngine::abort(int endpoint)
{
    LoopbackSocket* socket = socketOf(endpoint, LabOperation::Abort, "abort");
    std::string error;
    if (!socket)
        return false;
    if (!socket->setLingerZero(error))
        return fail(endpoint, LabOperation::Abort, "abort", error);
    poll(); // what happened before the call, before its evidence
    socket->close();
    noteCall(endpoint, Call::Abort);
    log(endpoint, LabOperation::Abort, "abort", "SO_LINGER 0, close: RST");
    return true;
}

void LabEngine::noteCall(int endpoint, Call call)
{
    // The caller polled just before the call: the evidence meets the state the call met, and
    // the next poll explains what the call did with it.
    if (!callReachesState(m_follower.state(endpoint)))
        return;
    PathEvidence& own = m_follower.evidence(endpoint);
    (call == Call::Abort ? own.aborted : own.closed) = true;
    if (const int peer = m_slots[std::size_t(endpoint)].peer; peer >= 0) {
        PathEvidence& other = m_follower.evidence(peer);
        (call == Call::Abort ? other.peerAborted : other.peerClosed) = true;
    }
}

bool LabEngine::setBuffers(int endpoint, int receive, int send)
{
    LoopbackSocket* socket = socketOf(endpoint, LabOperation::SetBuffers, "set buffers");
    std::string error;
    if (!socket)
        return false;
    if (!socket->setBufferSizes(receive, send, error))
        return fail(endpoint, LabOperation::SetBuffers, "set buffers", error);
    LabFacts facts;
    facts.receiveBuffer = receive;
    facts.sendBuffer = send;
    log(endpoint, LabOperation::SetBuffers, "set buffers",
        "SO_RCVBUF=" + std::to_string(receive) + " SO_SNDBUF=" + std::to_string(send), facts);
    return true;
}

std::vector<ObservedTransition> LabEngine::poll()
{
    auto transitions = m_follower.poll();
    const std::string& probeError = m_follower.probeError();
    if (!probeError.empty() && probeError != m_probeError) {
        LabFacts facts;
        facts.reason = probeError;
        fail(-1, LabOperation::ReadKernel, "read the kernel's TCP table",
             "the kernel could not be read: " + probeError, facts);
    }
    m_probeError = probeError;
    // Endpoints the follower discovered itself (half-open connections from strangers) have no
    // socket of ours.
    if (m_slots.size() < m_follower.size())
        m_slots.resize(m_follower.size());
    for (const ObservedTransition& transition : transitions) {
        m_history.push_back(transition);
        if (m_onTransition)
            m_onTransition(transition);
    }
    return transitions;
}

int LabEngine::socketError(int endpoint)
{
    LoopbackSocket* socket = socketOf(endpoint, LabOperation::Other, "SO_ERROR");
    if (!socket)
        return -1;
    int value = 0;
    socklen_t length = sizeof value;
    ::getsockopt(socket->fd(), SOL_SOCKET, SO_ERROR, &value, &length);
    return value;
}

void LabEngine::report(int endpoint, TcpState state, bool seen, const std::string& how)
{
    for (ObservedTransition transition : m_follower.reportFromSocket(endpoint, state)) {
        transition.seen = transition.seen && seen;
        m_history.push_back(transition);
        if (m_onTransition)
            m_onTransition(transition);
    }
    LabFacts facts;
    facts.reportedState = state; // what the socket said, for the translated text
    log(endpoint, LabOperation::SocketSays, "socket says", how, facts);
}

void LabEngine::pollFor(int durationMs)
{
    const int intervalMs = m_intervalMs;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(durationMs);
    do {
        poll();
        std::this_thread::sleep_for(std::chrono::milliseconds(intervalMs));
    } while (std::chrono::steady_clock::now() < deadline);
}

bool LabEngine::waitFor(int endpoint, TcpState state, int timeoutMs)
{
    const int intervalMs = m_intervalMs;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    for (;;) {
        poll();
        if (m_follower.state(endpoint) == state)
            return true;
        if (!m_probeError.empty())
            return false; // error() says why; waiting longer would only hide it
        if (std::chrono::steady_clock::now() >= deadline)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(intervalMs));
    }
}

bool LabEngine::hasSocket(int endpoint) const
{
    return endpoint >= 0 && std::size_t(endpoint) < m_slots.size() && m_slots[std::size_t(endpoint)].socket
           && m_slots[std::size_t(endpoint)].socket->isOpen();
}

bool LabEngine::isListener(int endpoint) const
{
    return endpoint >= 0 && std::size_t(endpoint) < m_slots.size() && m_slots[std::size_t(endpoint)].isListener;
}

void LabEngine::releaseAll()
{
    for (Slot& slot : m_slots) {
        if (slot.socket && slot.socket->isOpen()) {
            std::string ignored;
            slot.socket->setLingerZero(ignored);
            slot.socket->close();
        }
    }
}

std::optional<Endpoint> LabEngine::localEndpoint(int endpoint) const
{
    if (endpoint < 0 || std::size_t(endpoint) >= m_slots.size())
        return std::nullopt;
    return m_follower.tuple(endpoint).local;
}

int LabEngine::peerOf(int endpoint) const
{
    if (endpoint < 0 || std::size_t(endpoint) >= m_slots.size())
        return -1;
    return m_slots[std::size_t(endpoint)].peer;
}

void LabEngine::logStatus(LabOperation kind, const std::string& operation, const std::string& detail, LabFacts facts)
{
    log(-1, kind, operation, detail, std::move(facts));
}

std::vector<TcpState> LabEngine::path(int endpoint) const
{
    std::vector<TcpState> out{m_follower.initialState(endpoint)};
    for (const ObservedTransition& transition : m_history) {
        if (transition.endpoint == endpoint)
            out.push_back(transition.to);
    }
    return out;
}

} // namespace tsl
