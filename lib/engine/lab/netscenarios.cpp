#include "netscenarios.h"

#include "kernel/netlinkprobe_linux.h"
#include "lab/kernelfollower.h"
#include "lab/loopbacksocket.h"
#include "net/privatenetwork.h"

#include <chrono>
#include <cstring>
#include <map>
#include <memory>
#include <random>
#include <sys/socket.h>
#include <thread>

namespace tsl {

using net::CapturedSegment;
using net::Host;
using net::WireAction;
using net::WireEnd;
namespace tcpflag = net::tcpflag;

namespace {

constexpr std::uint16_t kServerPort = 5000;
constexpr std::uint16_t kPortA = 40000; // a fixed client port where the scenario needs one
constexpr std::uint16_t kPortB = 40001;
constexpr int kSegmentTimeoutMs = 3000;  // an answer the kernel sends at once (or after 40 ms delayed ACK)
constexpr int kQuietMs = 15;             // no new segment for this long: the step is over

net::IpFamily ipFamily(AddressFamily family) { return family == AddressFamily::IPv4 ? net::IpFamily::V4 : net::IpFamily::V6; }

// Thrown by a step of the script when the kernel did not do what the scenario needs; the run
// reports it as its error.
struct ScriptFailure {
    std::string message;
};

class Run {
public:
    Run(net::PrivateNetwork& network, const NetRunOptions& options, const std::function<void(const NetRunEvent&)>& onEvent,
        NetRunResult& result)
        : m_network(network), m_family(options.family), m_onEvent(onEvent), m_result(result)
    {
    }

    void open(const NetRunOptions& options);
    void finish();

    // Socket calls.
    void listen(Host host, int backlog = 16);
    void connect(Host from, std::uint16_t localPort = 0);
    void accept(Host host);
    void close(Host host);
    void shutdownWrite(Host host);
    void abort(Host host);
    void send(Host host, std::size_t bytes);
    void read(Host host);
    void socketError(Host host);

    // Wire actions on the oldest held segment from `from` whose flags include `flags`
    // (and, when `exact`, are exactly `flags`).
    const CapturedSegment& expect(Host from, std::uint8_t flags, int timeoutMs = kSegmentTimeoutMs, bool exact = false);
    void deliver(Host from, std::uint8_t flags, bool exact = false);
    void drop(Host from, std::uint8_t flags, bool exact = false);
    // Delivers everything held until the wire stays quiet.
    void settle();
    bool heldFrom(Host from, std::uint8_t flags, int timeoutMs);

    void waitState(Host host, TcpState state, int timeoutMs);
    void note(const std::string& text);
    void floodSyns(Host to, int count);
    TcpState connectionState(Host host) const;
    bool hasConnection(Host host) const { return side(host).connectionEndpoint >= 0; }

private:
    struct Side {
        std::optional<LoopbackSocket> listener;
        std::optional<LoopbackSocket> connection;
        int listenerEndpoint = -1;
        int connectionEndpoint = -1;
        std::optional<Endpoint> expectedPeer; // the client whose connection this side's listener will get
        std::unique_ptr<netlink::NetlinkProbe> probe;
        std::unique_ptr<KernelFollower> follower;
    };
    Side& side(Host host) { return m_sides[host == Host::A ? 0 : 1]; }
    const Side& side(Host host) const { return m_sides[host == Host::A ? 0 : 1]; }
    Endpoint address(Host host, std::uint16_t port) const;
    std::int64_t nowUs() const;
    void publish(NetRunEvent event);
    void call(Host host, const std::string& name, const std::string& detail = {});
    void pollStates();
    void pumpOnce(int timeoutMs);
    void quiet();
    [[noreturn]] void fail(const std::string& message) { throw ScriptFailure{message}; }

    net::PrivateNetwork& m_network;
    AddressFamily m_family;
    const std::function<void(const NetRunEvent&)>& m_onEvent;
    NetRunResult& m_result;
    std::unique_ptr<net::Wire> m_wire;
    Side m_sides[2];
    std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
};

Endpoint Run::address(Host host, std::uint16_t port) const
{
    return *Endpoint::parse(net::hostAddressText(host, ipFamily(m_family)), port);
}

std::int64_t Run::nowUs() const
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - m_start).count();
}

void Run::publish(NetRunEvent event)
{
    if (m_onEvent)
        m_onEvent(event);
    m_result.events.push_back(std::move(event));
}

void Run::call(Host host, const std::string& name, const std::string& detail)
{
    NetRunEvent event;
    event.kind = NetRunEvent::Kind::Call;
    event.timeUs = nowUs();
    event.side = net::hostName(host);
    event.call = name;
    event.detail = detail;
    publish(std::move(event));
}

void Run::note(const std::string& text)
{
    NetRunEvent event;
    event.kind = NetRunEvent::Kind::Note;
    event.timeUs = nowUs();
    event.detail = text;
    publish(std::move(event));
}

void Run::open(const NetRunOptions& options)
{
    std::string error;
    for (const auto& [name, value] : options.settings) {
        bool ok;
        if (name == "rto_min_ms")
            ok = m_network.setRtoMin(unsigned(value), error);
        else
            ok = m_network.writeSysctl(Host::A, "net/ipv4/" + name, std::to_string(value), error)
                 && m_network.writeSysctl(Host::B, "net/ipv4/" + name, std::to_string(value), error);
        if (!ok)
            fail("cannot set " + name + ": " + error);
        NetRunEvent event;
        event.kind = NetRunEvent::Kind::Setting;
        event.call = name + "=" + std::to_string(value);
        publish(std::move(event));
    }
    const bool rtoGiven = std::any_of(options.settings.begin(), options.settings.end(),
                                      [](const auto& setting) { return setting.first == "rto_min_ms"; });
    if (!rtoGiven && !m_network.setRtoMin(kDefaultNetRtoMinMs, error))
        fail("cannot set rto_min: " + error);

    m_wire = net::Wire::open(m_network, error);
    if (!m_wire)
        fail(error);
    // The wire's clock starts now; events are timed from the run's start.
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
        event.reason = wireEvent.reason;
        event.side = net::wireEndName(captured.from);
        publish(std::move(event));
    });
    for (Host host : net::kHosts) {
        Side& s = side(host);
        FileDescriptor diag = m_network.sockDiagSocket(host, error);
        if (!diag.valid())
            fail(error);
        s.probe = std::make_unique<netlink::NetlinkProbe>(std::move(diag));
        if (!s.probe->isOpen())
            fail(s.probe->error());
        s.follower = std::make_unique<KernelFollower>(*s.probe);
    }
}

void Run::pollStates()
{
    for (Host host : net::kHosts) {
        Side& s = side(host);
        for (const ObservedTransition& t : s.follower->poll()) {
            NetRunEvent event;
            event.kind = NetRunEvent::Kind::State;
            event.timeUs = nowUs();
            event.side = net::hostName(host);
            event.socket = t.role;
            if (t.role != "listener" && t.role != "connection") {
                // A request the listener discovered: the scenario's connection if it comes from
                // the expected client, else a stranger (a spoofed SYN of a flood).
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

void Run::pumpOnce(int timeoutMs)
{
    m_wire->pump(timeoutMs);
    pollStates();
}

void Run::quiet()
{
    // The kernel answers a delivered segment within microseconds; wait until nothing more
    // arrives for a moment, then read the states once more.
    const std::int64_t deadline = nowUs() + 500000;
    while (nowUs() < deadline) {
        if (m_wire->pump(kQuietMs) == 0)
            break;
        pollStates();
    }
    pollStates();
}

void Run::listen(Host host, int backlog)
{
    Side& s = side(host);
    std::string error;
    s.listener = LoopbackSocket::adoptPrivate(m_network.tcpSocket(host, ipFamily(m_family), error),
                                              address(host, kServerPort), error);
    if (!s.listener || !s.listener->listen(backlog, error))
        fail(std::string("listen on ") + net::hostName(host) + ": " + error);
    call(host, "listen", s.listener->localEndpoint().text() + " backlog " + std::to_string(backlog));
    s.listenerEndpoint = s.follower->follow("listener", {s.listener->localEndpoint(), Endpoint::unspecified(m_family)},
                                            TcpState::Closed);
    s.follower->watchListener(s.listenerEndpoint);
    quiet();
}

void Run::connect(Host from, std::uint16_t localPort)
{
    Side& s = side(from);
    const Host to = net::otherHost(from);
    std::string error;
    s.connection = LoopbackSocket::adoptPrivate(m_network.tcpSocket(from, ipFamily(m_family), error),
                                                address(from, localPort), error);
    // Simultaneous open connects the two fixed client ports to each other.
    const std::uint16_t peerPort = localPort == 0 ? kServerPort : (localPort == kPortA ? kPortB : kPortA);
    const Endpoint peer = address(to, peerPort);
    if (!s.connection || !s.connection->connect(peer, error))
        fail(std::string("connect from ") + net::hostName(from) + ": " + error);
    const Endpoint local = s.connection->localEndpoint();
    call(from, "connect", local.text() + " → " + peer.text());
    s.connectionEndpoint = s.follower->follow("connection", {local, peer}, TcpState::Closed);
    // The peer's end, if it listens, is found by the follower once the SYN arrives there.
    side(to).expectedPeer = local;
    quiet();
}

void Run::accept(Host host)
{
    Side& s = side(host);
    std::string error;
    if (!s.listener)
        fail(std::string(net::hostName(host)) + " has no listener");
    s.connection = s.listener->accept(error);
    if (!s.connection)
        fail(std::string("accept on ") + net::hostName(host) + ": " + (error.empty() ? "no connection is ready" : error));
    call(host, "accept", s.connection->peerEndpoint() ? "from " + s.connection->peerEndpoint()->text() : std::string());
    quiet();
}

void Run::close(Host host)
{
    Side& s = side(host);
    if (!s.connection)
        fail(std::string(net::hostName(host)) + " has no connection to close");
    s.connection->close();
    call(host, "close");
    quiet();
}

void Run::shutdownWrite(Host host)
{
    Side& s = side(host);
    std::string error;
    if (!s.connection || !s.connection->shutdownWrite(error))
        fail(std::string("shutdown on ") + net::hostName(host) + ": " + error);
    call(host, "shutdown", "SHUT_WR");
    quiet();
}

void Run::abort(Host host)
{
    Side& s = side(host);
    std::string error;
    if (!s.connection || !s.connection->setLingerZero(error))
        fail(std::string("abort on ") + net::hostName(host) + ": " + error);
    s.connection->close();
    call(host, "abort", "SO_LINGER 0, close");
    quiet();
}

void Run::send(Host host, std::size_t bytes)
{
    Side& s = side(host);
    if (!s.connection)
        fail(std::string(net::hostName(host)) + " has no connection to send on");
    const std::size_t sent = s.connection->send(bytes);
    call(host, "send", std::to_string(sent) + " bytes");
    quiet();
}

void Run::read(Host host)
{
    Side& s = side(host);
    if (!s.connection)
        fail(std::string(net::hostName(host)) + " has no connection to read from");
    const std::size_t got = s.connection->drain();
    call(host, "read", std::to_string(got) + " bytes");
    quiet();
}

void Run::socketError(Host host)
{
    Side& s = side(host);
    int value = 0;
    socklen_t length = sizeof value;
    if (s.connection)
        ::getsockopt(s.connection->fd(), SOL_SOCKET, SO_ERROR, &value, &length);
    call(host, "getsockopt SO_ERROR", value ? std::strerror(value) : "no error");
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

bool Run::heldFrom(Host from, std::uint8_t flags, int timeoutMs)
{
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

const CapturedSegment& Run::expect(Host from, std::uint8_t flags, int timeoutMs, bool exact)
{
    const WireEnd end = net::endOf(from);
    const std::int64_t deadline = nowUs() + std::int64_t(timeoutMs) * 1000;
    for (;;) {
        for (const CapturedSegment* held : m_wire->held()) {
            if (held->from == end && (exact ? held->segment.flags == flags : (held->segment.flags & flags) == flags))
                return *held;
        }
        if (nowUs() >= deadline)
            fail(std::string("no ") + net::flagsText(flags) + " from " + net::hostName(from) + " came onto the wire within "
                 + std::to_string(timeoutMs) + " ms");
        pumpOnce(5);
    }
}

void Run::deliver(Host from, std::uint8_t flags, bool exact)
{
    const std::uint64_t id = expect(from, flags, kSegmentTimeoutMs, exact).id;
    std::string error;
    if (!m_wire->deliver(id, error))
        fail(error);
    quiet();
}

void Run::drop(Host from, std::uint8_t flags, bool exact)
{
    const std::uint64_t id = expect(from, flags, kSegmentTimeoutMs, exact).id;
    std::string error;
    if (!m_wire->drop(id, error))
        fail(error);
    quiet();
}

void Run::settle()
{
    for (int round = 0; round < 32; ++round) {
        quiet();
        if (m_wire->held().empty())
            return;
        std::string error;
        if (!m_wire->releaseAll(error))
            fail(error);
    }
}

TcpState Run::connectionState(Host host) const
{
    const Side& s = side(host);
    return s.connectionEndpoint >= 0 ? s.follower->state(s.connectionEndpoint) : TcpState::Closed;
}

void Run::waitState(Host host, TcpState state, int timeoutMs)
{
    const std::int64_t deadline = nowUs() + std::int64_t(timeoutMs) * 1000;
    while (connectionState(host) != state) {
        if (nowUs() >= deadline)
            fail(std::string(net::hostName(host)) + " did not reach " + std::string(stateToken(state)) + " within "
                 + std::to_string(timeoutMs) + " ms (it is in " + std::string(stateToken(connectionState(host))) + ")");
        pumpOnce(20);
    }
}

void Run::floodSyns(Host to, int count)
{
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
        std::string error;
        if (!m_wire->inject(to, syn, error))
            fail(error);
    }
    quiet();
}

void Run::finish()
{
    if (m_wire)
        m_result.captures = m_wire->captures();
}

// The active opener's half of a handshake through the wire, segment by segment.
void handshake(Run& run)
{
    run.listen(Host::B);
    run.connect(Host::A);
    run.deliver(Host::A, tcpflag::kSyn, true);
    run.deliver(Host::B, tcpflag::kSyn | tcpflag::kAck, true);
    run.deliver(Host::A, tcpflag::kAck, true);
    run.accept(Host::B);
}

// A closes first; B acknowledges, then closes too.
void closeFromA(Run& run, bool loseFinalAck)
{
    run.close(Host::A);
    run.deliver(Host::A, tcpflag::kFin);
    run.deliver(Host::B, tcpflag::kAck, true);
    run.close(Host::B);
    run.deliver(Host::B, tcpflag::kFin);
    if (!loseFinalAck) {
        run.deliver(Host::A, tcpflag::kAck, true);
        return;
    }
    run.drop(Host::A, tcpflag::kAck, true);
    run.note("the final ACK is lost: B stays in LAST_ACK until its retransmission timer fires");
    // LAST_ACK retransmits its FIN after the RTO; TIME_WAIT acknowledges it again.
    run.expect(Host::B, tcpflag::kFin, 10000);
    run.deliver(Host::B, tcpflag::kFin);
    run.deliver(Host::A, tcpflag::kAck, true);
}

using Script = void (*)(Run&);

const std::vector<std::pair<std::string, Script>>& scripts()
{
    static const std::vector<std::pair<std::string, Script>> table = {
        {"three-way-handshake", [](Run& run) { handshake(run); }},
        {"active-close",
         [](Run& run) {
             handshake(run);
             closeFromA(run, false);
         }},
        {"simultaneous-open",
         [](Run& run) {
             // Both SYNs are on the wire before either arrives: they cross.
             run.connect(Host::A, kPortA);
             run.connect(Host::B, kPortB);
             run.expect(Host::A, tcpflag::kSyn, kSegmentTimeoutMs, true);
             run.expect(Host::B, tcpflag::kSyn, kSegmentTimeoutMs, true);
             run.deliver(Host::A, tcpflag::kSyn, true);
             run.deliver(Host::B, tcpflag::kSyn, true);
             run.deliver(Host::A, tcpflag::kSyn | tcpflag::kAck, true);
             run.deliver(Host::B, tcpflag::kSyn | tcpflag::kAck, true);
             run.settle();
         }},
        {"simultaneous-close",
         [](Run& run) {
             handshake(run);
             // Both FINs are on the wire before either arrives: each side is in FIN_WAIT_1
             // when the other's FIN comes, and goes through CLOSING.
             run.close(Host::A);
             run.close(Host::B);
             run.expect(Host::A, tcpflag::kFin);
             run.expect(Host::B, tcpflag::kFin);
             run.deliver(Host::A, tcpflag::kFin);
             run.deliver(Host::B, tcpflag::kFin);
             run.deliver(Host::A, tcpflag::kAck, true);
             run.deliver(Host::B, tcpflag::kAck, true);
         }},
        {"half-close",
         [](Run& run) {
             handshake(run);
             run.shutdownWrite(Host::A);
             run.deliver(Host::A, tcpflag::kFin);
             run.deliver(Host::B, tcpflag::kAck, true);
             // B still sends after A's FIN: the half-closed direction carries data.
             run.send(Host::B, 1000);
             run.deliver(Host::B, tcpflag::kAck);
             run.deliver(Host::A, tcpflag::kAck, true);
             run.read(Host::A);
             run.close(Host::B);
             run.deliver(Host::B, tcpflag::kFin);
             run.deliver(Host::A, tcpflag::kAck, true);
         }},
        {"abort",
         [](Run& run) {
             handshake(run);
             run.abort(Host::A);
             run.deliver(Host::A, tcpflag::kRst);
         }},
        {"connect-refused",
         [](Run& run) {
             run.connect(Host::A);
             run.deliver(Host::A, tcpflag::kSyn, true);
             run.deliver(Host::B, tcpflag::kRst);
             run.socketError(Host::A);
         }},
        {"lost-syn",
         [](Run& run) {
             run.listen(Host::B);
             run.connect(Host::A);
             run.drop(Host::A, tcpflag::kSyn, true);
             run.note("the SYN is lost: A retransmits it when its first RTO (1 s) fires");
             run.expect(Host::A, tcpflag::kSyn, 5000, true);
             run.deliver(Host::A, tcpflag::kSyn, true);
             run.deliver(Host::B, tcpflag::kSyn | tcpflag::kAck, true);
             run.deliver(Host::A, tcpflag::kAck, true);
             run.accept(Host::B);
         }},
        {"lost-fin",
         [](Run& run) {
             handshake(run);
             run.close(Host::A);
             run.drop(Host::A, tcpflag::kFin);
             run.note("the FIN is lost: A stays in FIN_WAIT_1 and retransmits it when the RTO fires");
             run.expect(Host::A, tcpflag::kFin, 10000);
             run.deliver(Host::A, tcpflag::kFin);
             run.deliver(Host::B, tcpflag::kAck, true);
             run.close(Host::B);
             run.deliver(Host::B, tcpflag::kFin);
             run.deliver(Host::A, tcpflag::kAck, true);
         }},
        {"lost-final-ack",
         [](Run& run) {
             handshake(run);
             closeFromA(run, true);
         }},
        {"time-wait-expiry",
         [](Run& run) {
             handshake(run);
             closeFromA(run, false);
             run.note("A waits in TIME_WAIT for 2MSL: 60 s on Linux (TCP_TIMEWAIT_LEN, not a setting)");
             run.waitState(Host::A, TcpState::Closed, 70000);
         }},
        {"syn-flood",
         [](Run& run) {
             run.listen(Host::B, 4);
             run.floodSyns(Host::B, 8);
             run.connect(Host::A);
             run.deliver(Host::A, tcpflag::kSyn, true);
             if (!run.heldFrom(Host::B, tcpflag::kSyn | tcpflag::kAck, 300)) {
                 run.note("B's SYN queue is full of spoofed half-open connections and it has no SYN "
                          "cookies: A's SYN is dropped without an answer");
                 return;
             }
             if (!run.hasConnection(Host::B))
                 run.note("B answered with a SYN cookie: it keeps no half-open socket for A; the "
                          "connection is made only when A's ACK returns the cookie");
             run.deliver(Host::B, tcpflag::kSyn | tcpflag::kAck, true);
             run.deliver(Host::A, tcpflag::kAck, true);
             run.accept(Host::B);
         }},
    };
    return table;
}

} // namespace

std::vector<std::string> netScenarioNames()
{
    std::vector<std::string> names;
    for (const auto& [name, script] : scripts())
        names.push_back(name);
    return names;
}

const std::vector<NetSetting>& netSettings()
{
    static const std::vector<NetSetting> settings = {
        {"tcp_syncookies", 0, 2},      {"tcp_max_syn_backlog", 1, 65535}, {"tcp_synack_retries", 0, 255},
        {"tcp_syn_retries", 1, 127},   {"tcp_fin_timeout", 1, 3600},      {"tcp_retries2", 0, 255},
        {"tcp_timestamps", 0, 2},      {"tcp_sack", 0, 1},                {"tcp_window_scaling", 0, 1},
        {"tcp_rfc1337", 0, 1},         {"tcp_abort_on_overflow", 0, 1},   {"rto_min_ms", 1, 120000},
    };
    return settings;
}

const NetSetting* findNetSetting(const std::string& name)
{
    for (const NetSetting& setting : netSettings()) {
        if (setting.name == name)
            return &setting;
    }
    return nullptr;
}

std::vector<TcpState> NetRunResult::pathOf(const std::string& side) const
{
    std::vector<TcpState> path;
    for (const NetRunEvent& event : events) {
        if (event.kind != NetRunEvent::Kind::State || event.side != side || event.socket != "connection")
            continue;
        if (path.empty())
            path.push_back(event.from);
        path.push_back(event.to);
    }
    return path;
}

NetRunResult runNetScenario(const std::string& name, const NetRunOptions& options, net::PrivateNetwork& network,
                            const std::function<void(const NetRunEvent&)>& onEvent)
{
    NetRunResult result;
    Script script = nullptr;
    for (const auto& [known, each] : scripts()) {
        if (known == name)
            script = each;
    }
    if (!script) {
        result.ok = false;
        result.error = "unknown scenario \"" + name + "\"";
        return result;
    }
    Run run(network, options, onEvent, result);
    try {
        run.open(options);
        script(run);
    } catch (const ScriptFailure& failure) {
        result.ok = false;
        result.error = failure.message;
    }
    run.finish();
    return result;
}

} // namespace tsl
