#include "netsession.h"

#include "kernel/netlinkprobe_linux.h"
#include "lab/kernelfollower.h"
#include "lab/loopbacksocket.h"
#include "model/translatenoop.h"
#include "net/privatenetwork.h"
#include "net/relativeseq.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <random>
#include <sys/socket.h>

namespace tsl {

using net::CapturedSegment;
using net::Host;
using net::WireAction;
using net::WireEnd;
namespace tcpflag = net::tcpflag;

namespace {

constexpr int kQuietMs = 15; // no new segment for this long: the step is over

// A sentence of the session, marked in the context "NetSession".
EngineText said(const char* source, std::vector<std::string> args = {})
{
    return engineText("NetSession", source, std::move(args));
}

net::IpFamily ipFamily(AddressFamily family) { return family == AddressFamily::IPv4 ? net::IpFamily::V4 : net::IpFamily::V6; }

std::int64_t steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

} // namespace

// An operation (and everything it calls) is one step; a poll is a step of its own.
class StepScope {
public:
    explicit StepScope(NetSession& session) : m_session(session)
    {
        if (m_session.m_depth++ == 0)
            ++m_session.m_step;
    }
    ~StepScope() { --m_session.m_depth; }
    StepScope(const StepScope&) = delete;
    StepScope& operator=(const StepScope&) = delete;

private:
    NetSession& m_session;
};

struct NetSession::Side {
    std::optional<LoopbackSocket> listener;
    std::optional<LoopbackSocket> connection;
    int listenerEndpoint = -1;
    int connectionEndpoint = -1;
    std::optional<Endpoint> expectedPeer; // the client whose connection this side's listener will get
    std::unique_ptr<netlink::NetlinkProbe> probe;
    std::unique_ptr<KernelFollower> follower;
};

NetSession::NetSession(net::PrivateNetwork& network, AddressFamily family, EventCallback onEvent)
    : m_network(network), m_family(family), m_onEvent(std::move(onEvent)), m_startNs(steadyNs())
{
    m_sides[0] = std::make_unique<Side>();
    m_sides[1] = std::make_unique<Side>();
}

NetSession::~NetSession()
{
    // Sockets first, then the followers that refer to the probes, then the wire.
    for (auto& s : m_sides) {
        s->connection.reset();
        s->listener.reset();
        s->follower.reset();
        s->probe.reset();
    }
    m_wire.reset();
}

NetSession::Side& NetSession::side(Host host) { return *m_sides[host == Host::A ? 0 : 1]; }
const NetSession::Side& NetSession::side(Host host) const { return *m_sides[host == Host::A ? 0 : 1]; }

Endpoint NetSession::address(Host host, std::uint16_t port) const
{
    return *Endpoint::parse(net::hostAddressText(host, ipFamily(m_family)), port);
}

std::int64_t NetSession::nowUs() const { return (steadyNs() - m_startNs) / 1000; }

void NetSession::publish(NetRunEvent event)
{
    event.step = m_step;
    event.spontaneous = m_depth == 0;
    if (m_onEvent)
        m_onEvent(event);
    m_events.push_back(std::move(event));
}

void NetSession::call(Host host, const std::string& name, const std::string& detail)
{
    NetRunEvent event;
    event.kind = NetRunEvent::Kind::Call;
    event.timeUs = nowUs();
    event.side = net::hostName(host);
    event.call = name;
    event.detail = detail;
    publish(std::move(event));
}

void NetSession::call(Host host, const std::string& name, EngineText detail)
{
    NetRunEvent event;
    event.kind = NetRunEvent::Kind::Call;
    event.timeUs = nowUs();
    event.side = net::hostName(host);
    event.call = name;
    event.detail = detail.english();
    event.detailText = std::move(detail);
    publish(std::move(event));
}

void NetSession::note(EngineText text)
{
    NetRunEvent event;
    event.kind = NetRunEvent::Kind::Note;
    event.timeUs = nowUs();
    event.detail = text.english();
    event.detailText = std::move(text);
    publish(std::move(event));
}

bool NetSession::attempt(const std::function<void(NetSession&)>& operation, EngineText& error)
{
    try {
        operation(*this);
        return true;
    } catch (const NetSessionFailure& failure) {
        error = failure.text;
        return false;
    }
}

bool NetSession::attempt(const std::function<void(NetSession&)>& operation, std::string& error)
{
    EngineText text;
    const bool ok = attempt(operation, text);
    if (!ok)
        error = text.english();
    return ok;
}

void NetSession::applySetting(const std::string& name, long value)
{
    StepScope step(*this);
    std::string error;
    bool ok;
    if (name == "rto_min_ms")
        ok = m_network.setRtoMin(unsigned(value), error);
    else
        ok = m_network.writeSysctl(Host::A, "net/ipv4/" + name, std::to_string(value), error)
             && m_network.writeSysctl(Host::B, "net/ipv4/" + name, std::to_string(value), error);
    if (!ok)
        fail(said(TSL_TRANSLATE_NOOP("NetSession", "cannot set %1: %2"), {name, error}));
    NetRunEvent event;
    event.kind = NetRunEvent::Kind::Setting;
    event.timeUs = nowUs();
    event.call = name + "=" + std::to_string(value);
    publish(std::move(event));
}

void NetSession::open(const std::vector<std::pair<std::string, long>>& settings)
{
    StepScope step(*this);
    for (const auto& [name, value] : settings)
        applySetting(name, value);
    std::string error;
    const bool rtoGiven = std::any_of(settings.begin(), settings.end(),
                                      [](const auto& setting) { return setting.first == "rto_min_ms"; });
    if (!rtoGiven && !m_network.setRtoMin(kDefaultNetRtoMinMs, error))
        fail(said(TSL_TRANSLATE_NOOP("NetSession", "cannot set %1: %2"), {"rto_min", error}));

    m_wire = net::Wire::open(m_network, error);
    if (!m_wire)
        fail(verbatimText(error));
    // The wire's clock starts now; events are timed from the session's start.
    const std::int64_t offsetUs = nowUs() - m_wire->elapsedUs();
    const std::int64_t wireStartNs = m_wire->startRealtimeNs();
    m_wire->onEvent([this, offsetUs, wireStartNs](const net::WireEvent& wireEvent, const CapturedSegment& captured) {
        NetRunEvent event;
        event.kind = NetRunEvent::Kind::Segment;
        // Captures carry the kernel's timestamp; later actions the moment they happened.
        event.timeUs = wireEvent.action == WireAction::Held || wireEvent.action == WireAction::Injected
                           ? (captured.kernelTimeNs - wireStartNs) / 1000 + offsetUs
                           : wireEvent.timeUs + offsetUs;
        event.action = wireEvent.action;
        event.segment = captured;
        event.reason = wireEvent.reason.english();
        event.reasonText = wireEvent.reason;
        event.side = net::wireEndName(captured.from);
        publish(std::move(event));
    });
    for (Host host : net::kHosts) {
        Side& s = side(host);
        FileDescriptor diag = m_network.sockDiagSocket(host, error);
        if (!diag.valid())
            fail(verbatimText(error));
        s.probe = std::make_unique<netlink::NetlinkProbe>(std::move(diag));
        if (!s.probe->isOpen())
            fail(verbatimText(s.probe->error()));
        s.follower = std::make_unique<KernelFollower>(*s.probe);
    }
}

void NetSession::pollStates()
{
    for (Host host : net::kHosts) {
        Side& s = side(host);
        if (!s.follower)
            continue;
        for (const ObservedTransition& t : s.follower->poll()) {
            NetRunEvent event;
            event.kind = NetRunEvent::Kind::State;
            event.timeUs = nowUs();
            event.side = net::hostName(host);
            event.socket = t.role;
            if (t.role != "listener" && t.role != "connection") {
                // A request the listener discovered: the connection if it comes from the
                // expected client, else a stranger (a spoofed SYN of a flood).
                if (s.expectedPeer && s.follower->tuple(t.endpoint).remote == *s.expectedPeer) {
                    s.connectionEndpoint = t.endpoint;
                    event.socket = "connection";
                } else {
                    event.socket = t.endpoint == s.connectionEndpoint ? "connection" : "half-open";
                }
            }
            event.local = s.follower->tuple(t.endpoint).local;
            event.remote = s.follower->tuple(t.endpoint).remote;
            event.from = t.from;
            event.to = t.to;
            event.seen = t.seen;
            publish(std::move(event));
        }
    }
}

void NetSession::pumpOnce(int timeoutMs)
{
    if (m_stop && m_stop->load())
        fail(said(TSL_TRANSLATE_NOOP("NetSession", "stopped")));
    m_wire->pump(timeoutMs);
    pollStates();
}

void NetSession::poll(int timeoutMs)
{
    if (!m_wire)
        return;
    ++m_step; // whatever this poll finds is a step of its own
    pumpOnce(timeoutMs);
}

void NetSession::quiet()
{
    // The kernel answers a delivered segment within microseconds; wait until nothing more
    // arrives for a moment, then read the states once more.
    const std::int64_t deadline = nowUs() + 500000;
    while (nowUs() < deadline && !(m_stop && m_stop->load())) {
        if (m_wire->pump(kQuietMs) == 0)
            break;
        pollStates();
    }
    pollStates();
}

LoopbackSocket& NetSession::connection(Host host, const char* noConnection)
{
    Side& s = side(host);
    if (!s.connection)
        fail(said(noConnection, {net::hostName(host)}));
    return *s.connection;
}

void NetSession::listen(Host host, int backlog)
{
    StepScope step(*this);
    Side& s = side(host);
    std::string error;
    if (s.listener)
        fail(said(TSL_TRANSLATE_NOOP("NetSession", "%1 is already listening"), {net::hostName(host)}));
    s.listener = LoopbackSocket::adoptPrivate(m_network.tcpSocket(host, ipFamily(m_family), error),
                                              address(host, kServerPort), error);
    if (!s.listener || !s.listener->listen(backlog, error)) {
        s.listener.reset();
        fail(said(TSL_TRANSLATE_NOOP("NetSession", "listen on %1: %2"), {net::hostName(host), error}));
    }
    call(host, "listen",
         said(TSL_TRANSLATE_NOOP("NetSession", "%1 backlog %2"), {s.listener->localEndpoint().text(), std::to_string(backlog)}));
    s.listenerEndpoint = s.follower->follow("listener", {s.listener->localEndpoint(), Endpoint::unspecified(m_family)},
                                            TcpState::Closed);
    s.follower->watchListener(s.listenerEndpoint);
    quiet();
}

void NetSession::connect(Host from, std::uint16_t localPort)
{
    StepScope step(*this);
    Side& s = side(from);
    const Host to = net::otherHost(from);
    std::string error;
    s.connection = LoopbackSocket::adoptPrivate(m_network.tcpSocket(from, ipFamily(m_family), error),
                                                address(from, localPort), error);
    // Simultaneous open connects the two fixed client ports to each other.
    const std::uint16_t peerPort = localPort == 0 ? kServerPort : (localPort == kPortA ? kPortB : kPortA);
    const Endpoint peer = address(to, peerPort);
    if (!s.connection || !s.connection->connect(peer, error)) {
        s.connection.reset();
        fail(said(TSL_TRANSLATE_NOOP("NetSession", "connect from %1: %2"), {net::hostName(from), error}));
    }
    const Endpoint local = s.connection->localEndpoint();
    call(from, "connect", local.text() + " → " + peer.text());
    s.connectionEndpoint = s.follower->follow("connection", {local, peer}, TcpState::Closed);
    // The peer's end, if it listens, is found by the follower once the SYN arrives there.
    side(to).expectedPeer = local;
    quiet();
}

void NetSession::accept(Host host)
{
    StepScope step(*this);
    Side& s = side(host);
    std::string error;
    if (!s.listener)
        fail(said(TSL_TRANSLATE_NOOP("NetSession", "%1 has no listener"), {net::hostName(host)}));
    std::optional<LoopbackSocket> accepted = s.listener->accept(error);
    if (!accepted && error.empty())
        fail(said(TSL_TRANSLATE_NOOP("NetSession", "accept on %1: no connection is ready"), {net::hostName(host)}));
    if (!accepted)
        fail(said(TSL_TRANSLATE_NOOP("NetSession", "accept on %1: %2"), {net::hostName(host), error}));
    s.connection = std::move(accepted);
    if (s.connection->peerEndpoint())
        call(host, "accept", said(TSL_TRANSLATE_NOOP("NetSession", "from %1"), {s.connection->peerEndpoint()->text()}));
    else
        call(host, "accept");
    quiet();
}

void NetSession::close(Host host)
{
    StepScope step(*this);
    LoopbackSocket& socket = connection(host, TSL_TRANSLATE_NOOP("NetSession", "%1 has no connection to close"));
    socket.close();
    side(host).connection.reset();
    call(host, "close");
    quiet();
}

void NetSession::shutdownWrite(Host host)
{
    StepScope step(*this);
    std::string error;
    if (!connection(host, TSL_TRANSLATE_NOOP("NetSession", "%1 has no connection to shut down")).shutdownWrite(error))
        fail(said(TSL_TRANSLATE_NOOP("NetSession", "shutdown on %1: %2"), {net::hostName(host), error}));
    call(host, "shutdown", "SHUT_WR");
    quiet();
}

void NetSession::abort(Host host)
{
    StepScope step(*this);
    std::string error;
    LoopbackSocket& socket = connection(host, TSL_TRANSLATE_NOOP("NetSession", "%1 has no connection to abort"));
    if (!socket.setLingerZero(error))
        fail(said(TSL_TRANSLATE_NOOP("NetSession", "abort on %1: %2"), {net::hostName(host), error}));
    socket.close();
    side(host).connection.reset();
    call(host, "abort", "SO_LINGER 0, close");
    quiet();
}

void NetSession::send(Host host, std::size_t bytes)
{
    StepScope step(*this);
    const std::size_t sent = connection(host, TSL_TRANSLATE_NOOP("NetSession", "%1 has no connection to send on")).send(bytes);
    call(host, "send", said(TSL_TRANSLATE_NOOP("NetSession", "%1 bytes"), {std::to_string(sent)}));
    quiet();
}

void NetSession::read(Host host)
{
    StepScope step(*this);
    const std::size_t got = connection(host, TSL_TRANSLATE_NOOP("NetSession", "%1 has no connection to read from")).drain();
    call(host, "read", said(TSL_TRANSLATE_NOOP("NetSession", "%1 bytes"), {std::to_string(got)}));
    quiet();
}

void NetSession::stopReading(Host host)
{
    StepScope step(*this);
    std::string error;
    if (!connection(host, TSL_TRANSLATE_NOOP("NetSession", "%1 has no connection to stop reading on")).setBufferSizes(4096, 0, error))
        fail(said(TSL_TRANSLATE_NOOP("NetSession", "stop reading on %1: %2"), {net::hostName(host), error}));
    call(host, "stop reading", "SO_RCVBUF 4096");
    quiet();
}

void NetSession::socketError(Host host)
{
    StepScope step(*this);
    Side& s = side(host);
    int value = 0;
    socklen_t length = sizeof value;
    if (s.connection)
        ::getsockopt(s.connection->fd(), SOL_SOCKET, SO_ERROR, &value, &length);
    if (value)
        call(host, "getsockopt SO_ERROR", verbatimText(std::strerror(value)));
    else
        call(host, "getsockopt SO_ERROR", said(TSL_TRANSLATE_NOOP("NetSession", "no error")));
    if (value && s.connectionEndpoint >= 0) {
        // A refused connect leaves the table at once; the socket itself says how it ended.
        for (const ObservedTransition& t : s.follower->reportFromSocket(s.connectionEndpoint, TcpState::Closed)) {
            NetRunEvent event;
            event.kind = NetRunEvent::Kind::State;
            event.timeUs = nowUs();
            event.side = net::hostName(host);
            event.socket = t.role;
            event.local = s.follower->tuple(t.endpoint).local;
            event.remote = s.follower->tuple(t.endpoint).remote;
            event.from = t.from;
            event.to = t.to;
            event.seen = t.seen;
            publish(std::move(event));
        }
    }
}

void NetSession::wireAction(bool (net::Wire::*action)(std::uint64_t, EngineText&), std::uint64_t id)
{
    StepScope step(*this);
    EngineText error;
    if (!((*m_wire).*action)(id, error))
        fail(error);
    quiet();
}

void NetSession::deliver(std::uint64_t id) { wireAction(&net::Wire::deliver, id); }
void NetSession::drop(std::uint64_t id) { wireAction(&net::Wire::drop, id); }
void NetSession::duplicate(std::uint64_t id) { wireAction(&net::Wire::duplicate, id); }

void NetSession::deliverOutOfOrder(std::uint64_t id)
{
    StepScope step(*this);
    const std::vector<const CapturedSegment*> waiting = m_wire->held();
    const auto at = std::find_if(waiting.begin(), waiting.end(), [id](const CapturedSegment* c) { return c->id == id; });
    if (at == waiting.end())
        fail(engineText("Wire", TSL_TRANSLATE_NOOP("Wire", "segment %1 is not held on the wire"), {std::to_string(id)}));
    // The next one in the same direction, else any later one.
    auto later = std::find_if(at + 1, waiting.end(), [&](const CapturedSegment* c) { return c->from == (*at)->from; });
    if (later == waiting.end())
        later = at + 1;
    if (later == waiting.end())
        fail(said(TSL_TRANSLATE_NOOP("NetSession", "nothing is held after segment %1: there is nothing to overtake it"),
                  {std::to_string(id)}));
    const std::uint64_t first = (*later)->id;
    EngineText error;
    if (!m_wire->deliver(first, error) || !m_wire->deliver(id, error))
        fail(error);
    quiet();
}

void NetSession::releaseAll()
{
    StepScope step(*this);
    EngineText error;
    if (!m_wire->releaseAll(error))
        fail(error);
    quiet();
}

void NetSession::setMode(net::WireMode mode)
{
    StepScope step(*this);
    m_wire->setMode(mode);
    if (mode == net::WireMode::Flow)
        m_wire->pump(0); // what was held passes now (or after the delay)
}

void NetSession::setFlowDelayMs(int milliseconds) { m_wire->setFlowDelayMs(milliseconds); }

net::WireMode NetSession::mode() const { return m_wire ? m_wire->mode() : net::WireMode::Hold; }

bool NetSession::heldFrom(Host from, std::uint8_t flags, int timeoutMs)
{
    StepScope step(*this);
    const WireEnd end = net::endOf(from);
    const std::int64_t deadline = nowUs() + std::int64_t(timeoutMs) * 1000;
    for (;;) {
        for (const CapturedSegment* held : m_wire->held()) {
            if (held->from == end && (held->segment.flags & flags) == flags)
                return true;
        }
        if (nowUs() >= deadline)
            return false;
        pumpOnce(5);
    }
}

const CapturedSegment& NetSession::expect(Host from, std::uint8_t flags, int timeoutMs, bool exact)
{
    StepScope step(*this);
    const WireEnd end = net::endOf(from);
    const std::int64_t deadline = nowUs() + std::int64_t(timeoutMs) * 1000;
    for (;;) {
        for (const CapturedSegment* held : m_wire->held()) {
            if (held->from == end && (exact ? held->segment.flags == flags : (held->segment.flags & flags) == flags))
                return *held;
        }
        if (nowUs() >= deadline)
            fail(said(TSL_TRANSLATE_NOOP("NetSession", "no %1 from %2 came onto the wire within %3 ms"),
                      {net::flagsText(flags), net::hostName(from), std::to_string(timeoutMs)}));
        pumpOnce(5);
    }
}

void NetSession::deliver(Host from, std::uint8_t flags, bool exact)
{
    StepScope step(*this);
    deliver(expect(from, flags, kSegmentTimeoutMs, exact).id);
}

void NetSession::drop(Host from, std::uint8_t flags, bool exact)
{
    StepScope step(*this);
    drop(expect(from, flags, kSegmentTimeoutMs, exact).id);
}

void NetSession::settle()
{
    StepScope step(*this);
    for (int round = 0; round < 32; ++round) {
        quiet();
        if (m_wire->held().empty())
            return;
        EngineText error;
        if (!m_wire->releaseAll(error))
            fail(error);
    }
}

TcpState NetSession::connectionState(Host host) const
{
    const Side& s = side(host);
    return s.connectionEndpoint >= 0 && s.follower ? s.follower->state(s.connectionEndpoint) : TcpState::Closed;
}

bool NetSession::hasConnection(Host host) const { return side(host).connectionEndpoint >= 0; }
bool NetSession::hasListener(Host host) const { return side(host).listener.has_value(); }

std::vector<const CapturedSegment*> NetSession::held() const
{
    return m_wire ? m_wire->held() : std::vector<const CapturedSegment*>{};
}

const std::deque<CapturedSegment>& NetSession::captures() const
{
    static const std::deque<CapturedSegment> none;
    return m_wire ? m_wire->captures() : none;
}

void NetSession::waitState(Host host, TcpState state, int timeoutMs)
{
    StepScope step(*this);
    const std::int64_t deadline = nowUs() + std::int64_t(timeoutMs) * 1000;
    while (connectionState(host) != state) {
        if (nowUs() >= deadline)
            fail(said(TSL_TRANSLATE_NOOP("NetSession", "%1 did not reach %2 within %3 ms (it is in %4)"),
                      {net::hostName(host), std::string(stateToken(state)), std::to_string(timeoutMs),
                       std::string(stateToken(connectionState(host)))}));
        pumpOnce(20);
    }
}

void NetSession::craft(Host to, std::uint8_t flags, const std::string& seq, const std::string& ack, std::size_t length,
                       bool spoofed, int count)
{
    StepScope step(*this);
    if (!m_wire)
        fail(said(TSL_TRANSLATE_NOOP("NetSession", "the wire is not open")));
    const Host peer = net::otherHost(to);
    const Side& receiver = side(to);
    net::TcpSegment crafted;
    crafted.family = ipFamily(m_family);
    // The receiver's connection as the wire knows it; without one, its listening port.
    Endpoint local = address(to, kServerPort);
    Endpoint remote = address(peer, kPortA);
    if (receiver.connectionEndpoint >= 0) {
        const FourTuple& tuple = receiver.follower->tuple(receiver.connectionEndpoint);
        local = tuple.local;
        remote = tuple.remote;
    }
    std::memcpy(crafted.source.data(), remote.address.data(), 16);
    std::memcpy(crafted.destination.data(), local.address.data(), 16);
    crafted.sourcePort = remote.port;
    crafted.destinationPort = local.port;
    const auto receiverView = m_wire->view(crafted, false);
    const auto peerView = m_wire->view(crafted, true);
    const net::ReceiverNumbers numbers = net::ReceiverNumbers::from(receiverView.value_or(net::DirectionView{}),
                                                                    peerView.value_or(net::DirectionView{}));
    EngineText error;
    const auto seqValue = net::resolveRelative(seq, numbers, error);
    if (!seqValue)
        fail(error);
    const auto ackValue = net::resolveRelative(ack, numbers, error);
    if (!ackValue)
        fail(error);
    EngineText wireError;
    crafted.seq = *seqValue;
    crafted.ack = (flags & tcpflag::kAck) ? *ackValue : 0;
    crafted.flags = flags;
    crafted.window = 64240;
    crafted.payloadLength = length;
    if (flags & tcpflag::kSyn)
        crafted.options.mss = 1460;
    if (!spoofed) {
        if (!m_wire->inject(to, crafted, wireError))
            fail(wireError);
        quiet();
        return;
    }
    std::mt19937 random(std::random_device{}());
    for (int i = 0; i < std::max(1, count); ++i) {
        m_spoofedHost = m_spoofedHost % 250 + 1;
        if (m_family == AddressFamily::IPv4) {
            const auto source = net::spoofedIpv4(std::uint8_t(m_spoofedHost));
            crafted.source.fill(0);
            std::memcpy(crafted.source.data(), source.data(), 4);
        } else {
            const auto source = net::spoofedIpv6(std::uint16_t(m_spoofedHost));
            std::memcpy(crafted.source.data(), source.data(), 16);
        }
        crafted.sourcePort = std::uint16_t(1024 + m_spoofedHost);
        if (flags & tcpflag::kSyn)
            crafted.seq = random();
        if (!m_wire->inject(to, crafted, wireError))
            fail(wireError);
    }
    quiet();
}

void NetSession::floodSyns(Host to, int count)
{
    StepScope step(*this);
    std::mt19937 random(std::random_device{}());
    for (int i = 1; i <= count; ++i) {
        net::TcpSegment syn;
        syn.family = ipFamily(m_family);
        if (m_family == AddressFamily::IPv4) {
            const auto source = net::spoofedIpv4(std::uint8_t(i));
            const auto destination = net::hostIpv4(to);
            std::memcpy(syn.source.data(), source.data(), 4);
            std::memcpy(syn.destination.data(), destination.data(), 4);
        } else {
            const auto source = net::spoofedIpv6(std::uint16_t(i));
            const auto destination = net::hostIpv6(to);
            std::memcpy(syn.source.data(), source.data(), 16);
            std::memcpy(syn.destination.data(), destination.data(), 16);
        }
        syn.sourcePort = std::uint16_t(1024 + i);
        syn.destinationPort = kServerPort;
        syn.seq = random();
        syn.flags = tcpflag::kSyn;
        syn.window = 64240;
        syn.options.mss = 1460;
        EngineText error;
        if (!m_wire->inject(to, syn, error))
            fail(error);
    }
    m_spoofedHost = std::max(m_spoofedHost, count);
    quiet();
}

} // namespace tsl
