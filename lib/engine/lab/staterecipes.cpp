#include "staterecipes.h"

#include "model/translatenoop.h"

#include <algorithm>
#include <chrono>
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

// A client and the server end its listener accepted.
struct Connection {
    int client = -1;
    int server = -1;
};

} // namespace

// The steps' toolbox: lab operations that turn a failure into the recipe's error.
class RecipeBuilder {
public:
    LabEngine& lab;
    HeldState& held;
    std::string& error;
    std::uint16_t serverPort = 0; // used by the first listener only

    bool check(bool ok)
    {
        if (!ok && error.empty())
            error = lab.error();
        return ok;
    }
    int made(int endpoint)
    {
        if (endpoint >= 0)
            held.addMade(endpoint);
        return endpoint;
    }

    int listener(int backlog, int receiveBuffer = 0, bool deferAccept = false)
    {
        return made(lab.listen(held.family, std::exchange(serverPort, 0), backlog, deferAccept, receiveBuffer));
    }
    int client(int listenerEndpoint, int receiveBuffer = 0, int sendBuffer = 0, std::string role = "client")
    {
        const int id = made(lab.connect(held.family, lab.follower().tuple(listenerEndpoint).local, receiveBuffer, sendBuffer,
                                        std::move(role)));
        if (id >= 0)
            made(lab.peerOf(id)); // its server end, followed by the lab
        return id;
    }
    // A connected pair; the listener is closed once it has accepted.
    std::optional<Connection> connection(int serverReceive = 0, int clientReceive = 0, int clientSend = 0)
    {
        const int listening = listener(4, serverReceive);
        if (!check(listening >= 0))
            return std::nullopt;
        Connection pair;
        pair.client = client(listening, clientReceive, clientSend);
        if (!check(pair.client >= 0))
            return std::nullopt;
        pair.server = lab.accept(listening);
        if (!check(pair.server >= 0))
            return std::nullopt;
        lab.close(listening);
        return pair;
    }
    // The server never reads: the client's data fills both small buffers, the window closes, and
    // the client's FIN, queued behind that data after shutdown(SHUT_WR), cannot be sent.
    std::optional<Connection> finBehindZeroWindow()
    {
        auto pair = connection(kSmallBuffer, 0, kSmallBuffer);
        if (!pair || !check(lab.sendUntilFull(pair->client)) || !check(lab.shutdownWrite(pair->client)))
            return std::nullopt;
        return pair;
    }
    bool settle(int endpoint, TcpState state)
    {
        if (lab.waitFor(endpoint, state, 3000))
            return true;
        error = "the " + lab.follower().role(endpoint) + " " + lab.follower().tuple(endpoint).local.text() + " did not reach "
                + std::string(stateToken(state)) + " (it is " + std::string(stateToken(lab.follower().state(endpoint))) + ")";
        return false;
    }

    void hold(int endpoint, TcpState expected, bool isTarget = false, const std::string& role = {})
    {
        if (!role.empty())
            lab.follower().setRole(endpoint, role);
        held.endpoints.push_back({lab.follower().role(endpoint), lab.follower().tuple(endpoint), expected, endpoint});
        if (isTarget)
            held.targetIndex = held.endpoints.size() - 1;
    }
};

namespace {

bool listenState(RecipeBuilder& builder)
{
    const int listening = builder.listener(16);
    if (!builder.check(listening >= 0))
        return false;
    builder.hold(listening, TcpState::Listen, true);
    return true;
}

bool synSent(RecipeBuilder& builder)
{
    // Backlog 0: the first connection fills the accept queue, nobody accepts, and the listener
    // drops every further SYN: that client keeps retransmitting in SYN_SENT.
    const int listening = builder.listener(0);
    if (!builder.check(listening >= 0))
        return false;
    const int first = builder.client(listening, 0, 0, "queued client");
    if (!builder.check(first >= 0) || !builder.settle(first, TcpState::Established))
        return false;
    const int blocked = builder.client(listening);
    if (!builder.check(blocked >= 0))
        return false;
    builder.hold(listening, TcpState::Listen);
    builder.hold(first, TcpState::Established);
    builder.hold(blocked, TcpState::SynSent, true);
    return true;
}

bool synReceived(RecipeBuilder& builder)
{
    // TCP_DEFER_ACCEPT: the listener ignores the handshake's bare ACK and waits for data, so its
    // half-open request socket stays in SYN_RECV while the client is ESTABLISHED.
    const int listening = builder.listener(16, 0, true);
    if (!builder.check(listening >= 0))
        return false;
    const int client = builder.client(listening);
    if (!builder.check(client >= 0))
        return false;
    builder.hold(listening, TcpState::Listen);
    builder.hold(client, TcpState::Established);
    builder.hold(builder.lab.peerOf(client), TcpState::SynReceived, true, "server (half-open)");
    return true;
}

bool established(RecipeBuilder& builder)
{
    const auto pair = builder.connection();
    if (!pair)
        return false;
    builder.hold(pair->client, TcpState::Established, true);
    builder.hold(pair->server, TcpState::Established);
    return true;
}

bool finWait1(RecipeBuilder& builder)
{
    const auto pair = builder.finBehindZeroWindow();
    if (!pair)
        return false;
    builder.hold(pair->client, TcpState::FinWait1, true);
    builder.hold(pair->server, TcpState::Established, false, "server (not reading)");
    return true;
}

bool halfClosed(RecipeBuilder& builder, TcpState target)
{
    const auto pair = builder.connection();
    if (!pair || !builder.check(builder.lab.shutdownWrite(pair->client)))
        return false;
    builder.hold(pair->client, TcpState::FinWait2, target == TcpState::FinWait2);
    builder.hold(pair->server, TcpState::CloseWait, target == TcpState::CloseWait);
    return true;
}

bool finWait2(RecipeBuilder& builder) { return halfClosed(builder, TcpState::FinWait2); }
bool closeWait(RecipeBuilder& builder) { return halfClosed(builder, TcpState::CloseWait); }

bool closing(RecipeBuilder& builder)
{
    // The client's FIN waits behind data the server won't read. The server then shuts down too:
    // its FIN reaches the client, still in FIN_WAIT_1, which moves to CLOSING and stays there,
    // because its own FIN can never be sent and so never acknowledged. The server's FIN is
    // acknowledged: the server waits in FIN_WAIT_2.
    const auto pair = builder.finBehindZeroWindow();
    if (!pair || !builder.settle(pair->client, TcpState::FinWait1) || !builder.check(builder.lab.shutdownWrite(pair->server)))
        return false;
    builder.hold(pair->client, TcpState::Closing, true);
    builder.hold(pair->server, TcpState::FinWait2, false, "server (not reading)");
    return true;
}

bool lastAck(RecipeBuilder& builder)
{
    // The client half-closes and stops reading; the server fills the client's window and then
    // closes: its FIN waits behind the unsent data.
    LabEngine& lab = builder.lab;
    const auto pair = builder.connection(0, kSmallBuffer, 0);
    if (!pair || !builder.check(lab.setBuffers(pair->server, 0, kSmallBuffer)) || !builder.check(lab.shutdownWrite(pair->client))
        || !builder.settle(pair->server, TcpState::CloseWait) || !builder.check(lab.sendUntilFull(pair->server))
        || !builder.check(lab.shutdownWrite(pair->server)))
        return false;
    builder.hold(pair->client, TcpState::FinWait2, false, "client (not reading)");
    builder.hold(pair->server, TcpState::LastAck, true);
    return true;
}

bool timeWait(RecipeBuilder& builder)
{
    // The client shuts down first; after the server closes too, the client's end waits 2MSL.
    // The client's fd then reports CLOSE: TIME_WAIT lives only in the kernel's table.
    LabEngine& lab = builder.lab;
    const auto pair = builder.connection();
    if (!pair || !builder.check(lab.shutdownWrite(pair->client)) || !builder.settle(pair->server, TcpState::CloseWait)
        || !builder.check(lab.close(pair->server)))
        return false;
    builder.hold(pair->client, TcpState::TimeWait, true);
    builder.hold(pair->server, TcpState::Closed);
    return true;
}

constexpr StateRecipe kRecipes[] = {
    {TcpState::Listen, TSL_TRANSLATE_NOOP("LabText", "A listening socket."), listenState},
    {TcpState::SynSent,
     TSL_TRANSLATE_NOOP("LabText", "Backlog 0 and nobody accepts: the accept queue is full, the listener drops the next SYN and "
                                  "that client keeps retrying."),
     synSent},
    {TcpState::SynReceived,
     TSL_TRANSLATE_NOOP("LabText", "TCP_DEFER_ACCEPT on the listener: the handshake's bare ACK is ignored, so the server's "
                                  "half-open request stays."),
     synReceived},
    {TcpState::Established, TSL_TRANSLATE_NOOP("LabText", "A client connects and the server accepts."), established},
    {TcpState::FinWait1,
     TSL_TRANSLATE_NOOP("LabText", "The server stops reading: the client's FIN waits behind unsent data in a zero window."),
     finWait1},
    {TcpState::FinWait2, TSL_TRANSLATE_NOOP("LabText", "The client shuts down writing; the server does not close."), finWait2},
    {TcpState::CloseWait,
     TSL_TRANSLATE_NOOP("LabText", "The server's side of FIN_WAIT_2: the client's FIN arrived, the server has not closed."),
     closeWait},
    {TcpState::Closing,
     TSL_TRANSLATE_NOOP("LabText", "Both shut down while the client's FIN waits behind a zero window: the client is in CLOSING, "
                                  "the server in FIN_WAIT_2 (its FIN is acknowledged, the client's cannot leave)."),
     closing},
    {TcpState::LastAck,
     TSL_TRANSLATE_NOOP("LabText", "The client half-closes and stops reading; the server's FIN waits behind data the client won't read."),
     lastAck},
    {TcpState::TimeWait,
     TSL_TRANSLATE_NOOP("LabText", "The client closes first, then the server: the client's end waits 60 s (2MSL on Linux)."),
     timeWait},
};

} // namespace

void HeldState::release()
{
    for (int endpoint : m_made) {
        if (m_lab->hasSocket(endpoint))
            m_lab->abort(endpoint); // abort: no FIN_WAIT/LAST_ACK left behind
    }
    m_made.clear();
    endpoints.clear();
}

std::span<const StateRecipe> stateRecipes() { return kRecipes; }

const StateRecipe* findStateRecipe(TcpState state)
{
    const auto found = std::find_if(std::begin(kRecipes), std::end(kRecipes), [&](const StateRecipe& recipe) { return recipe.state == state; });
    return found == std::end(kRecipes) ? nullptr : &*found;
}

std::vector<TcpState> reachableStates()
{
    std::vector<TcpState> states;
    for (const StateRecipe& recipe : kRecipes)
        states.push_back(recipe.state);
    return states;
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

std::optional<HeldState> reachState(TcpState target, AddressFamily family, LabEngine& lab, std::string& error, int timeoutMs,
                                    std::uint16_t serverPort)
{
    const StateRecipe* recipe = findStateRecipe(target);
    if (!recipe) {
        error = "CLOSED is the absence of a socket: there is nothing to hold";
        return std::nullopt;
    }
    HeldState held(lab, target, family);
    RecipeBuilder builder{lab, held, error, serverPort};
    if (!recipe->build(builder)) {
        held.release();
        return std::nullopt;
    }
    for (const RecipeEndpoint& endpoint : held.endpoints) {
        if (!lab.waitFor(endpoint.endpoint, endpoint.expected, timeoutMs)) {
            // What failed, at once: the kernel's table could not be read, or the socket went elsewhere.
            if (!lab.follower().probeError().empty())
                error = "the kernel could not be read: " + lab.follower().probeError();
            else
                error = "the " + endpoint.role + " " + endpoint.tuple.local.text() + " did not reach "
                        + std::string(stateToken(endpoint.expected)) + " (it is "
                        + std::string(stateToken(lab.follower().state(endpoint.endpoint))) + ")";
            held.release();
            return std::nullopt;
        }
    }
    return held;
}

std::optional<HeldState> reachState(TcpState target, AddressFamily family, KernelProbe& probe, std::string& error,
                                    int timeoutMs, std::uint16_t serverPort)
{
    auto lab = std::make_unique<LabEngine>(probe);
    auto held = reachState(target, family, *lab, error, timeoutMs, serverPort);
    if (held)
        held->keepLab(std::move(lab));
    return held;
}

} // namespace tsl
