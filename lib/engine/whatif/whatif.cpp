#include "whatif.h"

#include "kernel/netlinkprobe_linux.h"
#include "lab/loopbacksocket.h"
#include "model/translatenoop.h"
#include "net/privatenetwork.h"
#include "net/wire.h"

#include <cctype>
#include <chrono>
#include <cstring>
#include <memory>
#include <set>

namespace tsl {

using net::CapturedSegment;
using net::Host;
using net::WireEnd;
namespace tcpflag = net::tcpflag;

namespace {

constexpr std::uint16_t kServerPort = 5000;
constexpr std::uint16_t kActivePort = 40000;  // the receiver's port in a simultaneous open
constexpr std::uint16_t kPeerPort = 40001;    // the peer's
constexpr std::uint16_t kStrangerPort = 40100; // a peer port with no socket (CLOSED, LISTEN)
constexpr std::uint32_t kUnknownPeerIss = 7000; // where no segment of the peer was seen yet
constexpr int kAnswerWindowMs = 100;          // answers come at once; a delayed ACK within 40 ms

bool needsTcb(TcpState state) { return state != TcpState::Closed && state != TcpState::Listen; }

struct Failure {
    EngineText text;
};

// A sentence of what-if's own, marked in the context "WhatIf".
EngineText said(const char* source, std::vector<std::string> args = {})
{
    return engineText("WhatIf", source, std::move(args));
}

// The receiver R brought into a state against the peer P, every segment held on the wire.
class KernelStage {
public:
    KernelStage(net::PrivateNetwork& network, const WhatIfQuery& query) : m_network(network), m_query(query) {}

    void reach();
    WhatIfAnswer ask();

private:
    net::IpFamily ipFamily() const { return m_query.family == AddressFamily::IPv4 ? net::IpFamily::V4 : net::IpFamily::V6; }
    Endpoint address(Host host, std::uint16_t port) const
    {
        return *Endpoint::parse(net::hostAddressText(host, ipFamily()), port);
    }
    LoopbackSocket socket(Host host, std::uint16_t port);
    void deliver(Host from, std::uint8_t flags);
    const CapturedSegment& held(Host from, std::uint8_t flags);
    void pumpFor(int milliseconds);
    void applySettings();
    void reachClosing(TcpState state);
    void closeReceiver(); // close() or shutdown(SHUT_WR), as the query says
    [[noreturn]] void fail(EngineText text) { throw Failure{std::move(text)}; }
    [[noreturn]] void fail(const std::string& systemMessage) { throw Failure{verbatimText(systemMessage)}; }

    net::PrivateNetwork& m_network;
    const WhatIfQuery& m_query;
    std::unique_ptr<net::Wire> m_wire;
    Host m_receiver = Host::B;
    Host m_peer = Host::A;
    std::optional<LoopbackSocket> m_listener; // whoever listens
    std::optional<LoopbackSocket> m_receiverSocket;
    std::optional<LoopbackSocket> m_peerSocket;
    FourTuple m_tuple; // the receiver's end: local = R, remote = P
};

LoopbackSocket KernelStage::socket(Host host, std::uint16_t port)
{
    std::string error;
    auto made = LoopbackSocket::adoptPrivate(m_network.tcpSocket(host, ipFamily(), error), address(host, port), error);
    if (!made)
        fail(error);
    return std::move(*made);
}

void KernelStage::pumpFor(int milliseconds)
{
    const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(milliseconds);
    while (std::chrono::steady_clock::now() < end)
        m_wire->pump(2);
}

const CapturedSegment& KernelStage::held(Host from, std::uint8_t flags)
{
    const WireEnd end = net::endOf(from);
    const auto match = [end, flags](const CapturedSegment& c) { return c.from == end && (c.segment.flags & flags) == flags; };
    if (!m_wire->waitForHeld(match, 3000))
        fail(said(TSL_TRANSLATE_NOOP("WhatIf", "no %1 from %2 reached the wire"), {net::flagsText(flags), net::hostName(from)}));
    for (const CapturedSegment* segment : m_wire->held()) {
        if (match(*segment))
            return *segment;
    }
    fail(said(TSL_TRANSLATE_NOOP("WhatIf", "lost a held segment")));
}

void KernelStage::deliver(Host from, std::uint8_t flags)
{
    EngineText error;
    if (!m_wire->deliver(held(from, flags).id, error))
        fail(error);
    pumpFor(5);
}

void KernelStage::reach()
{
    std::string error;
    if (!m_network.setRtoMin(1000, error))
        fail(error);
    applySettings();
    m_wire = net::Wire::open(m_network, error);
    if (!m_wire)
        fail(error);
    const TcpState state = m_query.state;
    const bool active = state == TcpState::SynSent || (m_query.viaActive && state != TcpState::Listen && state != TcpState::Closed);
    m_receiver = Host::B;
    m_peer = Host::A;
    std::string ignored;

    if (state == TcpState::Closed || state == TcpState::Listen) {
        if (state == TcpState::Listen) {
            m_listener = socket(m_receiver, kServerPort);
            if (!m_listener->listen(16, error))
                fail(error);
        }
        m_tuple = {address(m_receiver, kServerPort), address(m_peer, kStrangerPort)};
        return;
    }
    if (state == TcpState::SynSent) {
        // Nobody listens at the peer; its kernel never sees the SYN (held).
        m_receiverSocket = socket(m_receiver, 0);
        if (!m_receiverSocket->connect(address(m_peer, kServerPort), error))
            fail(error);
        held(m_receiver, tcpflag::kSyn);
        m_tuple = {m_receiverSocket->localEndpoint(), address(m_peer, kServerPort)};
        return;
    }
    if (state == TcpState::SynReceived && active) {
        // A simultaneous open: both SYNs on the wire, only the peer's delivered.
        m_receiverSocket = socket(m_receiver, kActivePort);
        m_peerSocket = socket(m_peer, kPeerPort);
        if (!m_receiverSocket->connect(address(m_peer, kPeerPort), error) || !m_peerSocket->connect(address(m_receiver, kActivePort), error))
            fail(error);
        held(m_receiver, tcpflag::kSyn);
        deliver(m_peer, tcpflag::kSyn);
        held(m_receiver, tcpflag::kSyn | tcpflag::kAck);
        m_tuple = {address(m_receiver, kActivePort), address(m_peer, kPeerPort)};
        return;
    }
    // A handshake: the server listens, the client connects.
    const Host server = active ? m_peer : m_receiver;
    const Host client = active ? m_receiver : m_peer;
    m_listener = socket(server, kServerPort);
    if (!m_listener->listen(16, error))
        fail(error);
    std::optional<LoopbackSocket>& clientSocket = active ? m_receiverSocket : m_peerSocket;
    clientSocket = socket(client, 0);
    if (!clientSocket->connect(address(server, kServerPort), error))
        fail(error);
    const Endpoint clientEnd = clientSocket->localEndpoint();
    m_tuple = active ? FourTuple{clientEnd, address(server, kServerPort)} : FourTuple{address(server, kServerPort), clientEnd};
    deliver(client, tcpflag::kSyn);
    if (state == TcpState::SynReceived) {
        held(server, tcpflag::kSyn | tcpflag::kAck);
        return;
    }
    deliver(server, tcpflag::kSyn | tcpflag::kAck);
    deliver(client, tcpflag::kAck);
    std::optional<LoopbackSocket> accepted;
    for (int i = 0; i < 100 && !accepted; ++i) {
        accepted = m_listener->accept(ignored);
        if (!accepted)
            pumpFor(2);
    }
    if (!accepted)
        fail(said(TSL_TRANSLATE_NOOP("WhatIf", "the server did not accept the connection")));
    (active ? m_peerSocket : m_receiverSocket) = std::move(accepted);
    reachClosing(state);
    // The listener stays beside a passive receiver only when asked to.
    if (!active && !m_query.listener)
        m_listener.reset();
}

void KernelStage::closeReceiver()
{
    std::string error;
    if (m_query.closedBy == ClosedBy::Close)
        m_receiverSocket->close();
    else if (!m_receiverSocket->shutdownWrite(error))
        fail(error);
}

// The settings asked for, on both hosts (as `net run --set`); the network is the cell's own, or
// a reused one whose settings are put back to the defaults after the cell (restoreSettings).
void KernelStage::applySettings()
{
    std::string error;
    for (const WhatIfSetting& setting : m_query.settings) {
        const bool ok = setting.name == "rto_min_ms"
                            ? m_network.setRtoMin(unsigned(setting.value), error)
                            : m_network.writeSysctl(Host::A, "net/ipv4/" + setting.name, std::to_string(setting.value), error)
                                  && m_network.writeSysctl(Host::B, "net/ipv4/" + setting.name, std::to_string(setting.value), error);
        if (!ok)
            fail(said(TSL_TRANSLATE_NOOP("WhatIf", "cannot set %1: %2"), {setting.name, error}));
    }
}

void KernelStage::reachClosing(TcpState state)
{
    switch (state) {
    case TcpState::Established: return;
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::TimeWait:
        closeReceiver();
        held(m_receiver, tcpflag::kFin);
        if (state == TcpState::FinWait1)
            return;
        deliver(m_receiver, tcpflag::kFin);
        deliver(m_peer, tcpflag::kAck);
        if (state == TcpState::FinWait2)
            return;
        m_peerSocket->close();
        deliver(m_peer, tcpflag::kFin);
        deliver(m_receiver, tcpflag::kAck);
        return;
    case TcpState::Closing:
        closeReceiver();
        m_peerSocket->close();
        held(m_receiver, tcpflag::kFin);
        deliver(m_peer, tcpflag::kFin);
        return;
    case TcpState::CloseWait:
    case TcpState::LastAck:
        m_peerSocket->close();
        deliver(m_peer, tcpflag::kFin);
        deliver(m_receiver, tcpflag::kAck);
        if (state == TcpState::CloseWait)
            return;
        closeReceiver();
        held(m_receiver, tcpflag::kFin);
        return;
    default: fail(said(TSL_TRANSLATE_NOOP("WhatIf", "cannot reach %1"), {std::string(stateToken(state))}));
    }
}

WhatIfAnswer KernelStage::ask()
{
    WhatIfAnswer answer;
    std::string error;
    netlink::NetlinkProbe probe(m_network.sockDiagSocket(m_receiver, error));
    if (!probe.isOpen())
        fail(error.empty() ? probe.error() : error);
    const bool passiveRequest = m_query.state == TcpState::SynReceived && !m_query.viaActive;
    const auto stateNow = [&probe, this, passiveRequest]() {
        const ProbeResult now = probe.query(ProbeQuery::exact(m_tuple));
        if (!now.rows.empty())
            return now.rows.front().state;
        // Linux keeps a passive open's SYN_RECEIVED as a request beside the listener: when the
        // request goes, what remains is the listener — RFC 9293's "return to LISTEN".
        return m_query.state == TcpState::Listen || (passiveRequest && m_listener) ? TcpState::Listen : TcpState::Closed;
    };
    const ProbeResult reachedRow = probe.query(ProbeQuery::exact(m_tuple));
    const TcpState reached = reachedRow.rows.empty() ? (m_query.state == TcpState::Listen ? TcpState::Listen : TcpState::Closed)
                                                  : reachedRow.rows.front().state;
    if (reached != m_query.state)
        fail(said(TSL_TRANSLATE_NOOP("WhatIf", "the kernel's socket is in %1, not %2"),
                  {std::string(stateToken(reached)), std::string(stateToken(m_query.state))}));

    // The receiver's numbers from what the wire saw of this connection.
    net::TcpSegment crafted;
    crafted.family = ipFamily();
    std::memcpy(crafted.source.data(), m_tuple.remote.address.data(), 16);
    std::memcpy(crafted.destination.data(), m_tuple.local.address.data(), 16);
    crafted.sourcePort = m_tuple.remote.port;
    crafted.destinationPort = m_tuple.local.port;
    const auto receiverView = m_wire->view(crafted, false);
    const auto peerView = m_wire->view(crafted, true);
    net::DirectionView receiverSide = receiverView.value_or(net::DirectionView{});
    net::DirectionView peerSide = peerView.value_or(net::DirectionView{});
    if (!peerView) {
        peerSide.iss = kUnknownPeerIss;
        peerSide.sndNxt = kUnknownPeerIss;
    }
    answer.numbers = net::ReceiverNumbers::from(receiverSide, peerSide);

    EngineText badExpression;
    const auto seq = net::resolveRelative(m_query.seq, answer.numbers, badExpression);
    const auto ack = net::resolveRelative(m_query.ack, answer.numbers, badExpression);
    if (!seq || !ack)
        fail(badExpression);
    crafted.seq = *seq;
    crafted.ack = (m_query.flags & tcpflag::kAck) ? *ack : 0;
    crafted.flags = m_query.flags;
    crafted.window = 64240;
    crafted.payloadLength = m_query.len;
    answer.sent = {crafted.flags, crafted.seq, crafted.ack, m_query.len};

    std::set<std::uint64_t> before;
    for (const CapturedSegment* segment : m_wire->held())
        before.insert(segment->id);
    EngineText wireError;
    if (!m_wire->inject(m_receiver, crafted, wireError))
        fail(wireError);
    pumpFor(kAnswerWindowMs);
    for (const CapturedSegment* segment : m_wire->held()) {
        if (before.count(segment->id) || segment->from != net::endOf(m_receiver))
            continue;
        answer.responses.push_back({segment->segment.flags, segment->segment.seq, segment->segment.ack,
                                    std::uint32_t(segment->segment.payloadLength)});
    }
    answer.next = stateNow();
    return answer;
}

// The simulator driven through the same calls and wire actions.
class SimStage {
public:
    SimStage(const WhatIfQuery& query, sim::Profile profile) : m_query(query), m_sim(profile) {}
    void reach();
    WhatIfAnswer ask();

private:
    void call(sim::CommandKind kind, sim::Side side)
    {
        sim::Command command;
        command.kind = kind;
        command.side = side;
        m_sim.apply(command);
    }
    void deliver(sim::Side from, std::uint8_t flags);
    [[noreturn]] void fail(EngineText text) { throw Failure{std::move(text)}; }
    [[noreturn]] void fail(const std::string& systemMessage) { throw Failure{verbatimText(systemMessage)}; }

    const WhatIfQuery& m_query;
    sim::Simulator m_sim;
    sim::Side m_receiver = sim::Side::B;
    sim::Side m_peer = sim::Side::A;
};

void SimStage::deliver(sim::Side from, std::uint8_t flags)
{
    const auto& network = m_sim.state().network;
    for (std::size_t i = 0; i < network.size(); ++i) {
        const sim::Segment& s = network[i];
        const std::uint8_t f = std::uint8_t((s.syn ? tcpflag::kSyn : 0) | (s.ack ? tcpflag::kAck : 0) | (s.fin ? tcpflag::kFin : 0)
                                            | (s.rst ? tcpflag::kRst : 0));
        if (s.from == from && (f & flags) == flags) {
            sim::Command command;
            command.kind = sim::CommandKind::Deliver;
            command.index = i;
            m_sim.apply(command);
            return;
        }
    }
    fail(said(TSL_TRANSLATE_NOOP("WhatIf", "the simulator has no %1 from %2 in flight"),
              {net::flagsText(flags), std::string(sim::sideName(from))}));
}

void SimStage::reach()
{
    using sim::CommandKind;
    const TcpState state = m_query.state;
    const bool active = state == TcpState::SynSent || (m_query.viaActive && state != TcpState::Listen && state != TcpState::Closed);
    // The simulator's A opens actively: an active receiver is A, a passive one B.
    m_receiver = active ? sim::Side::A : sim::Side::B;
    m_peer = sim::peer(m_receiver);
    if (state == TcpState::Closed)
        return;
    if (state == TcpState::Listen) {
        call(CommandKind::PassiveOpen, m_receiver);
        return;
    }
    if (state == TcpState::SynSent) {
        call(CommandKind::ActiveOpen, m_receiver);
        return;
    }
    if (state == TcpState::SynReceived && active) {
        call(CommandKind::ActiveOpen, m_receiver);
        call(CommandKind::ActiveOpen, m_peer);
        deliver(m_peer, tcpflag::kSyn);
        return;
    }
    const sim::Side server = sim::Side::B;
    const sim::Side client = sim::Side::A;
    const sim::CommandKind closeReceiver = m_query.closedBy == ClosedBy::Close ? CommandKind::Close : CommandKind::Shutdown;
    call(CommandKind::PassiveOpen, server);
    call(CommandKind::ActiveOpen, client);
    deliver(client, tcpflag::kSyn);
    if (state == TcpState::SynReceived)
        return;
    deliver(server, tcpflag::kSyn | tcpflag::kAck);
    deliver(client, tcpflag::kAck);
    if (state == TcpState::Established)
        return;
    switch (state) {
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::TimeWait:
        call(closeReceiver, m_receiver);
        if (state == TcpState::FinWait1)
            return;
        deliver(m_receiver, tcpflag::kFin);
        deliver(m_peer, tcpflag::kAck);
        if (state == TcpState::FinWait2)
            return;
        call(CommandKind::Close, m_peer);
        deliver(m_peer, tcpflag::kFin);
        deliver(m_receiver, tcpflag::kAck);
        return;
    case TcpState::Closing:
        call(closeReceiver, m_receiver);
        call(CommandKind::Close, m_peer);
        deliver(m_peer, tcpflag::kFin);
        return;
    case TcpState::CloseWait:
    case TcpState::LastAck:
        call(CommandKind::Close, m_peer);
        deliver(m_peer, tcpflag::kFin);
        deliver(m_receiver, tcpflag::kAck);
        if (state == TcpState::CloseWait)
            return;
        call(closeReceiver, m_receiver);
        return;
    default: fail(said(TSL_TRANSLATE_NOOP("WhatIf", "cannot reach %1"), {std::string(stateToken(state))}));
    }
}

WhatIfAnswer SimStage::ask()
{
    WhatIfAnswer answer;
    // The conditions the simulator models: a listener on the receiver's port, the settings.
    sim::SimSettings settings;
    if (listenerApplies(m_query.state, m_query.viaActive))
        (m_receiver == sim::Side::A ? settings.listenerBesideA : settings.listenerBesideB) = m_query.listener;
    for (const WhatIfSetting& setting : m_query.settings) {
        if (setting.name == "tcp_rfc1337")
            settings.rfc1337 = setting.value != 0;
    }
    m_sim.setSettings(settings);
    const sim::Tcb& tcb = m_sim.state().tcb(m_receiver);
    if (tcb.state != m_query.state)
        fail(said(TSL_TRANSLATE_NOOP("WhatIf", "the simulator is in %1, not %2"),
                  {std::string(stateToken(tcb.state)), std::string(stateToken(m_query.state))}));
    net::ReceiverNumbers& n = answer.numbers;
    n.rcvNxt = needsTcb(tcb.state) && tcb.state != TcpState::SynSent ? tcb.rcvNxt : kUnknownPeerIss;
    n.irs = needsTcb(tcb.state) && tcb.state != TcpState::SynSent ? tcb.irs : kUnknownPeerIss;
    n.sndUna = tcb.sndUna;
    n.sndNxt = tcb.sndNxt;
    n.iss = tcb.iss;
    n.window = tcb.rcvWnd;
    EngineText error;
    const auto seq = net::resolveRelative(m_query.seq, n, error);
    const auto ack = net::resolveRelative(m_query.ack, n, error);
    if (!seq || !ack)
        fail(error);
    sim::Command command;
    command.kind = sim::CommandKind::Inject;
    command.side = m_receiver;
    command.segment.syn = m_query.flags & tcpflag::kSyn;
    command.segment.ack = m_query.flags & tcpflag::kAck;
    command.segment.fin = m_query.flags & tcpflag::kFin;
    command.segment.rst = m_query.flags & tcpflag::kRst;
    command.segment.seq = *seq;
    command.segment.ackNo = command.segment.ack ? *ack : 0;
    command.segment.len = m_query.len;
    command.segment.window = 64240;
    // The step's text names where seq and ack fell, where the query used one of those names.
    const auto seqPosition = sim::parseSeqPosition(m_query.seq);
    const auto ackPosition = sim::parseAckPosition(m_query.ack);
    command.seqPositioned = seqPosition.has_value();
    command.ackPositioned = ackPosition.has_value();
    command.seqPosition = seqPosition.value_or(sim::SeqPosition::RcvNxt);
    command.ackPosition = ackPosition.value_or(sim::AckPosition::SndNxt);
    answer.sent = {m_query.flags, *seq, command.segment.ackNo, m_query.len};
    const sim::StepRecord& step = m_sim.apply(command);
    for (const sim::Segment& s : step.sent) {
        if (s.from != m_receiver)
            continue;
        const std::uint8_t f = std::uint8_t((s.syn ? tcpflag::kSyn : 0) | (s.ack ? tcpflag::kAck : 0) | (s.fin ? tcpflag::kFin : 0)
                                            | (s.rst ? tcpflag::kRst : 0));
        answer.responses.push_back({f, s.seq, s.ackNo, s.len});
    }
    answer.next = m_sim.state().tcb(m_receiver).state;
    answer.step = step;
    answer.simulation = m_sim;
    return answer;
}

bool isName(const std::string& text) { return !text.empty() && !std::isdigit(static_cast<unsigned char>(text[0])); }

} // namespace

std::optional<std::string> whatIfRefusal(const WhatIfQuery& query)
{
    // English, marked for translation in the context "WhatIf" (the command line translates them).
    if (query.state == TcpState::Unknown)
        return std::string(TSL_TRANSLATE_NOOP("WhatIf", "unknown state"));
    if (query.state == TcpState::SynSent && !query.viaActive)
        return std::string(TSL_TRANSLATE_NOOP("WhatIf", "SYN_SENT is reached only by an active open (--via active)"));
    if (query.state == TcpState::Listen && query.viaActive)
        return std::string(TSL_TRANSLATE_NOOP("WhatIf", "LISTEN is reached only by a passive open (--via passive)"));
    return std::nullopt;
}

std::string WhatIfAnswer::describe(std::uint32_t value, const WhatIfQuery& query) const
{
    std::string named = net::describeRelative(value, numbers, 0);
    if (isName(named))
        return named;
    if (value == sent.seq)
        return query.seq;
    if ((sent.flags & tcpflag::kAck) && value == sent.ack)
        return query.ack;
    return named;
}

namespace {

// Either engine's stage: put the socket in the state, then ask; a failure on the way is the answer.
template <typename Stage>
WhatIfAnswer askOn(Stage& stage)
{
    try {
        stage.reach();
        return stage.ask();
    } catch (const Failure& failure) {
        WhatIfAnswer answer;
        answer.ok = false;
        answer.error = failure.text.english();
        answer.errorText = failure.text;
        return answer;
    }
}

} // namespace

WhatIfAnswer whatIfLinux(const WhatIfQuery& query, net::PrivateNetwork& network)
{
    KernelStage stage(network, query);
    return askOn(stage);
}

WhatIfAnswer whatIfSimulator(const WhatIfQuery& query) { return whatIfSimulator(query, sim::Profile::Rfc9293); }

WhatIfAnswer whatIfSimulator(const WhatIfQuery& query, sim::Profile profile)
{
    SimStage stage(query, profile);
    return askOn(stage);
}

bool whatIfAgree(const WhatIfQuery& query, const WhatIfAnswer& first, const WhatIfAnswer& second)
{
    if (!first.ok || !second.ok || first.next != second.next || first.responses.size() != second.responses.size())
        return false;
    for (std::size_t i = 0; i < first.responses.size(); ++i) {
        const WhatIfSegment& a = first.responses[i];
        const WhatIfSegment& b = second.responses[i];
        if (a.flags != b.flags)
            return false;
        const std::string seqA = first.describe(a.seq, query);
        const std::string seqB = second.describe(b.seq, query);
        if (isName(seqA) && isName(seqB) && seqA != seqB)
            return false;
        if (a.flags & tcpflag::kAck) {
            const std::string ackA = first.describe(a.ack, query);
            const std::string ackB = second.describe(b.ack, query);
            if (isName(ackA) && isName(ackB) && ackA != ackB)
                return false;
        }
    }
    return true;
}

} // namespace tsl
