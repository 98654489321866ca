#include "wire.h"

#include "privatenetwork.h"

#include "model/translatenoop.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <linux/if_packet.h>
#include <poll.h>
#include <sys/socket.h>

namespace tsl::net {

namespace {

EngineText cannotSend(int error)
{
    return engineText("Wire", TSL_TRANSLATE_NOOP("Wire", "the wire could not send the frame: %1"), {std::strerror(error)});
}

EngineText notHeld(std::uint64_t id)
{
    return engineText("Wire", TSL_TRANSLATE_NOOP("Wire", "segment %1 is not held on the wire"), {std::to_string(id)});
}

std::int64_t clockNs(clockid_t clock)
{
    timespec now{};
    ::clock_gettime(clock, &now);
    return std::int64_t(now.tv_sec) * 1000000000 + now.tv_nsec;
}

std::size_t addressBytes(IpFamily family) { return family == IpFamily::V4 ? 4 : 16; }

// The flow key of a segment, and whether the segment's source is end 0 of it.
WireFlow flowOf(const TcpSegment& segment, bool& sourceIsFirst)
{
    WireFlow flow;
    flow.family = segment.family;
    const std::size_t n = addressBytes(segment.family);
    const int order = std::memcmp(segment.source.data(), segment.destination.data(), n);
    sourceIsFirst = order < 0 || (order == 0 && segment.sourcePort <= segment.destinationPort);
    const int s = sourceIsFirst ? 0 : 1;
    std::memcpy(flow.address[s].data(), segment.source.data(), n);
    std::memcpy(flow.address[1 - s].data(), segment.destination.data(), n);
    flow.port[s] = segment.sourcePort;
    flow.port[1 - s] = segment.destinationPort;
    return flow;
}

bool seqAfter(std::uint32_t a, std::uint32_t b) { return std::int32_t(a - b) > 0; }

} // namespace

const char* wireActionToken(WireAction action)
{
    switch (action) {
    case WireAction::Held: return "held";
    case WireAction::Delivered: return "delivered";
    case WireAction::Dropped: return "dropped";
    case WireAction::Duplicated: return "duplicated";
    case WireAction::Injected: return "injected";
    }
    return "held";
}

const char* wireEndName(WireEnd end)
{
    switch (end) {
    case WireEnd::A: return "A";
    case WireEnd::B: return "B";
    case WireEnd::Wire: return "wire";
    }
    return "wire";
}

std::unique_ptr<Wire> Wire::open(PrivateNetwork& network, std::string& error)
{
    std::unique_ptr<Wire> wire(new Wire);
    for (Host host : kHosts) {
        FileDescriptor socket = network.packetSocket(host, error);
        if (!socket.valid())
            return nullptr;
        const int one = 1;
        // Our own writes onto this veth end must not come back as captures.
        if (::setsockopt(socket.get(), SOL_PACKET, PACKET_IGNORE_OUTGOING, &one, sizeof one) != 0
            || ::setsockopt(socket.get(), SOL_SOCKET, SO_TIMESTAMPNS, &one, sizeof one) != 0) {
            error = std::string("cannot set up the wire's packet socket: ") + std::strerror(errno);
            return nullptr;
        }
        const int buffer = 4 << 20;
        ::setsockopt(socket.get(), SOL_SOCKET, SO_RCVBUF, &buffer, sizeof buffer);
        wire->m_sockets[host == Host::A ? 0 : 1] = std::move(socket);
    }
    wire->m_startRealtimeNs = clockNs(CLOCK_REALTIME);
    wire->m_startSteadyNs = clockNs(CLOCK_MONOTONIC);
    return wire;
}

Wire::~Wire() = default;

std::int64_t Wire::nowUs() const { return (clockNs(CLOCK_MONOTONIC) - m_startSteadyNs) / 1000; }
std::int64_t Wire::elapsedUs() const { return nowUs(); }

void Wire::report(WireAction action, const CapturedSegment& segment, EngineText reason)
{
    if (m_onEvent)
        m_onEvent(WireEvent{action, segment.id, nowUs(), std::move(reason)}, segment);
}

CapturedSegment& Wire::capture(TcpSegment segment, WireEnd from, WireEnd to, std::int64_t kernelTimeNs,
                               const std::uint8_t* frame, std::size_t length)
{
    bool sourceIsFirst = true;
    const WireFlow flow = flowOf(segment, sourceIsFirst);
    Connection& connection = m_connections[flow];
    DirectionView& sender = connection.direction[sourceIsFirst ? 0 : 1];
    const DirectionView& receiver = connection.direction[sourceIsFirst ? 1 : 0];
    // A SYN starts the sender's numbering (again, for a new connection on the same ports).
    if (!sender.seen || (segment.has(tcpflag::kSyn) && segment.seq != sender.iss)) {
        sender = DirectionView{};
        sender.seen = true;
        sender.iss = segment.seq;
        sender.sndNxt = segment.seq;
    }
    const std::uint32_t end = segment.seq + segment.sequenceLength();
    // Sequence space sent before, in the same kind of segment: a simultaneous open's SYN,ACK
    // repeats its SYN's number but is an answer, not a retransmission.
    constexpr std::uint8_t kKind = tcpflag::kSyn | tcpflag::kAck | tcpflag::kFin | tcpflag::kRst;
    const bool retransmission = segment.sequenceLength() > 0 && sender.sentSomething && !seqAfter(end, sender.sndNxt)
                                && (segment.flags & kKind) == (sender.lastSpaceFlags & kKind);
    if (seqAfter(end, sender.sndNxt))
        sender.sndNxt = end;
    if (segment.sequenceLength() > 0) {
        sender.sentSomething = true;
        sender.lastSpaceFlags = segment.flags;
    }
    if (segment.has(tcpflag::kAck)) {
        sender.lastAck = segment.ack;
        sender.acked = true;
    }
    sender.window = segment.window;
    sender.windowInSyn = segment.has(tcpflag::kSyn);
    if (segment.options.windowScale)
        sender.windowScale = segment.options.windowScale;

    CapturedSegment captured;
    captured.id = m_nextId++;
    captured.retransmission = retransmission;
    captured.from = from;
    captured.to = to;
    captured.kernelTimeNs = kernelTimeNs;
    captured.relativeSeq = segment.seq - sender.iss;
    captured.relativeAck = segment.has(tcpflag::kAck) && receiver.seen ? segment.ack - receiver.iss : 0;
    captured.segment = std::move(segment);
    captured.frame.assign(frame, frame + length);
    m_captures.push_back(std::move(captured));
    return m_captures.back();
}

void Wire::readFrom(Host side)
{
    // A batch of frames per system call: in flow mode the wire forwards tens of thousands a
    // second. A veth without offloads never carries more than its MTU (1500) per frame.
    constexpr unsigned kBatch = 32;
    constexpr std::size_t kSlot = 2048;
    const int fd = m_sockets[side == Host::A ? 0 : 1].get();
    if (m_buffer.size() < kBatch * kSlot)
        m_buffer.resize(kBatch * kSlot);
    for (;;) {
        iovec data[kBatch];
        mmsghdr messages[kBatch];
        alignas(cmsghdr) char control[kBatch][CMSG_SPACE(sizeof(timespec)) + 64];
        for (unsigned i = 0; i < kBatch; ++i) {
            data[i] = {m_buffer.data() + i * kSlot, kSlot};
            messages[i] = {};
            messages[i].msg_hdr.msg_iov = &data[i];
            messages[i].msg_hdr.msg_iovlen = 1;
            messages[i].msg_hdr.msg_control = control[i];
            messages[i].msg_hdr.msg_controllen = sizeof control[i];
        }
        const int got = ::recvmmsg(fd, messages, kBatch, MSG_DONTWAIT, nullptr);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return; // EAGAIN: nothing more
        }
        for (int m = 0; m < got; ++m) {
            msghdr& message = messages[m].msg_hdr;
            const std::uint8_t* frame = m_buffer.data() + std::size_t(m) * kSlot;
            std::int64_t kernelNs = 0;
            for (cmsghdr* header = CMSG_FIRSTHDR(&message); header; header = CMSG_NXTHDR(&message, header)) {
                if (header->cmsg_level == SOL_SOCKET && header->cmsg_type == SCM_TIMESTAMPNS) {
                    timespec stamp;
                    std::memcpy(&stamp, CMSG_DATA(header), sizeof stamp);
                    kernelNs = std::int64_t(stamp.tv_sec) * 1000000000 + stamp.tv_nsec;
                }
            }
            if (kernelNs == 0)
                kernelNs = clockNs(CLOCK_REALTIME);
            const std::size_t length = messages[m].msg_len;
            if (message.msg_flags & MSG_TRUNC)
                continue; // larger than any frame the veth can carry: not from the hosts' stacks
            accept(side, frame, length, kernelNs);
        }
        if (got < int(kBatch))
            return;
    }
}

void Wire::accept(Host side, const std::uint8_t* frame, std::size_t length, std::int64_t kernelNs)
{
    const WireEnd from = endOf(side);
    const WireEnd to = endOf(otherHost(side));
    std::optional<TcpSegment> segment = parseFrame(frame, length);
    if (!segment) {
        // Not TCP (neighbour discovery, multicast reports): a plain cable passes it on.
        EngineText ignored;
        send(to, std::vector<std::uint8_t>(frame, frame + length), ignored);
        return;
    }
    const bool toSpoofed = isSpoofed(segment->destination.data(), segment->family);
    CapturedSegment& captured = capture(std::move(*segment), from, toSpoofed ? WireEnd::Wire : to, kernelNs, frame, length);
    if (toSpoofed) {
        report(WireAction::Dropped, captured,
               engineText("Wire", TSL_TRANSLATE_NOOP("Wire", "addressed to a spoofed source: it never leaves the wire")));
        trimCaptures();
        return;
    }
    if (m_mode == WireMode::Hold) {
        m_pending.push_back({captured.id, 0});
        report(WireAction::Held, captured);
    } else {
        m_pending.push_back({captured.id, nowUs() + m_flowDelayUs});
    }
}

int Wire::pump(int timeoutMs)
{
    const std::uint64_t before = m_nextId;
    pollfd fds[2] = {{m_sockets[0].get(), POLLIN, 0}, {m_sockets[1].get(), POLLIN, 0}};
    int wait = timeoutMs;
    if (m_mode == WireMode::Flow && !m_pending.empty())
        wait = int(std::clamp<std::int64_t>((m_pending.front().dueUs - nowUs() + 999) / 1000, 0, timeoutMs));
    int ready;
    do {
        ready = ::poll(fds, 2, wait);
    } while (ready < 0 && errno == EINTR);
    if (ready > 0) {
        // A frame sent by A, then B's answer to it, read in this order: each side is drained
        // in turn until neither has more, so causality on the wire is kept.
        for (int round = 0; round < 64; ++round) {
            const std::uint64_t mark = m_nextId;
            const std::size_t pendingBefore = m_pending.size();
            readFrom(Host::A);
            readFrom(Host::B);
            if (m_mode == WireMode::Flow)
                forwardDue();
            if (m_nextId == mark && m_pending.size() == pendingBefore)
                break;
        }
    }
    if (m_mode == WireMode::Flow)
        forwardDue();
    return int(m_nextId - before);
}

void Wire::forwardDue()
{
    // Due frames leave in batches, one sendmmsg per run of frames towards the same host.
    constexpr std::size_t kBatch = 32;
    const std::int64_t now = nowUs();
    while (!m_pending.empty() && m_pending.front().dueUs <= now) {
        const CapturedSegment* batch[kBatch];
        std::size_t count = 0;
        WireEnd to = WireEnd::Wire;
        while (count < kBatch && !m_pending.empty() && m_pending.front().dueUs <= now) {
            const CapturedSegment* captured = segment(m_pending.front().id);
            if (!captured) {
                m_pending.pop_front();
                continue;
            }
            if (count > 0 && captured->to != to)
                break;
            to = captured->to;
            batch[count++] = captured;
            m_pending.pop_front();
        }
        if (count == 0)
            continue;
        iovec data[kBatch];
        mmsghdr messages[kBatch];
        for (std::size_t i = 0; i < count; ++i) {
            data[i] = {const_cast<std::uint8_t*>(batch[i]->frame.data()), batch[i]->frame.size()};
            messages[i] = {};
            messages[i].msg_hdr.msg_iov = &data[i];
            messages[i].msg_hdr.msg_iovlen = 1;
        }
        int sent = 0;
        if (to != WireEnd::Wire) {
            const int fd = m_sockets[to == WireEnd::A ? 0 : 1].get();
            while (sent < int(count)) {
                const int n = ::sendmmsg(fd, messages + sent, unsigned(count) - unsigned(sent), 0);
                if (n < 0 && errno == EINTR)
                    continue;
                if (n <= 0)
                    break;
                sent += n;
            }
        }
        const EngineText error = cannotSend(errno);
        for (std::size_t i = 0; i < count; ++i) {
            if (int(i) < sent) {
                ++m_forwarded;
                report(WireAction::Delivered, *batch[i]);
            } else {
                report(WireAction::Dropped, *batch[i], error);
            }
        }
    }
    trimCaptures();
}

void Wire::trimCaptures()
{
    if (m_keepCaptures)
        return;
    const std::uint64_t oldestPending = m_pending.empty() ? m_nextId : m_pending.front().id;
    while (!m_captures.empty() && m_captures.front().id < oldestPending)
        m_captures.pop_front();
}

bool Wire::waitForHeld(const std::function<bool(const CapturedSegment&)>& match, int timeoutMs)
{
    const std::int64_t deadline = nowUs() + std::int64_t(timeoutMs) * 1000;
    for (;;) {
        for (const CapturedSegment* held : held()) {
            if (match(*held))
                return true;
        }
        const std::int64_t left = deadline - nowUs();
        if (left <= 0)
            return false;
        pump(int(std::max<std::int64_t>(1, left / 1000)));
    }
}

std::vector<const CapturedSegment*> Wire::held() const
{
    std::vector<const CapturedSegment*> out;
    if (m_mode != WireMode::Hold)
        return out;
    for (const Pending& pending : m_pending) {
        if (const CapturedSegment* captured = segment(pending.id))
            out.push_back(captured);
    }
    return out;
}

const CapturedSegment* Wire::segment(std::uint64_t id) const
{
    if (m_captures.empty() || id < m_captures.front().id || id > m_captures.back().id)
        return nullptr;
    // Ids are consecutive in the deque (trimming only removes from the front).
    const CapturedSegment& found = m_captures[std::size_t(id - m_captures.front().id)];
    return found.id == id ? &found : nullptr;
}

const CapturedSegment* Wire::firstHeldFrom(WireEnd from) const
{
    for (const CapturedSegment* held : held()) {
        if (held->from == from)
            return held;
    }
    return nullptr;
}

bool Wire::send(WireEnd to, const std::vector<std::uint8_t>& frame, EngineText& error)
{
    if (to == WireEnd::Wire) {
        error = engineText("Wire", TSL_TRANSLATE_NOOP("Wire", "a segment to a spoofed address never leaves the wire"));
        return false;
    }
    const int fd = m_sockets[to == WireEnd::A ? 0 : 1].get();
    ssize_t sent;
    do {
        sent = ::send(fd, frame.data(), frame.size(), 0);
    } while (sent < 0 && errno == EINTR);
    if (sent != ssize_t(frame.size())) {
        error = cannotSend(errno);
        return false;
    }
    return true;
}

const CapturedSegment* Wire::takeHeld(std::uint64_t id, EngineText& error)
{
    const auto at = std::find_if(m_pending.begin(), m_pending.end(), [id](const Pending& p) { return p.id == id; });
    const CapturedSegment* captured = segment(id);
    if (at == m_pending.end() || !captured) {
        error = notHeld(id);
        return nullptr;
    }
    m_pending.erase(at);
    return captured;
}

bool Wire::deliver(std::uint64_t id, EngineText& error)
{
    const CapturedSegment* captured = takeHeld(id, error);
    if (!captured)
        return false;
    if (!send(captured->to, captured->frame, error))
        return false;
    ++m_forwarded;
    report(WireAction::Delivered, *captured);
    return true;
}

bool Wire::drop(std::uint64_t id, EngineText& error)
{
    const CapturedSegment* captured = takeHeld(id, error);
    if (!captured)
        return false;
    report(WireAction::Dropped, *captured);
    return true;
}

bool Wire::duplicate(std::uint64_t id, EngineText& error)
{
    const bool isHeld = std::any_of(m_pending.begin(), m_pending.end(), [id](const Pending& p) { return p.id == id; });
    const CapturedSegment* captured = segment(id);
    if (!isHeld || !captured) {
        error = notHeld(id);
        return false;
    }
    if (!send(captured->to, captured->frame, error))
        return false;
    ++m_forwarded;
    report(WireAction::Duplicated, *captured);
    return true;
}

bool Wire::releaseAll(EngineText& error)
{
    while (!m_pending.empty()) {
        if (!deliver(m_pending.front().id, error))
            return false;
    }
    return true;
}

std::uint64_t Wire::inject(Host to, const TcpSegment& segment, EngineText& error)
{
    const bool spoofedSource = isSpoofed(segment.source.data(), segment.family);
    if (!spoofedSource && !hostOf(segment.source.data(), segment.family)) {
        error = engineText("Wire", TSL_TRANSLATE_NOOP("Wire", "a crafted segment comes from a host of the private network "
                                                              "or a spoofed address (198.51.100.0/24, 2001:db8:ff::/64)"));
        return 0;
    }
    if (hostOf(segment.destination.data(), segment.family) != to) {
        error = engineText("Wire", TSL_TRANSLATE_NOOP("Wire", "the crafted segment is not addressed to host %1"), {hostName(to)});
        return 0;
    }
    const std::vector<std::uint8_t> frame = buildFrame(segment, hostMac(otherHost(to)), hostMac(to));
    if (!send(endOf(to), frame, error))
        return 0;
    CapturedSegment& captured = capture(segment, WireEnd::Wire, endOf(to), clockNs(CLOCK_REALTIME), frame.data(),
                                        frame.size());
    report(WireAction::Injected, captured);
    const std::uint64_t id = captured.id;
    trimCaptures();
    return id;
}

std::optional<DirectionView> Wire::view(const TcpSegment& anySegmentOfTheFlow, bool fromSource) const
{
    bool sourceIsFirst = true;
    const WireFlow flow = flowOf(anySegmentOfTheFlow, sourceIsFirst);
    const auto found = m_connections.find(flow);
    if (found == m_connections.end())
        return std::nullopt;
    const int index = (sourceIsFirst == fromSource) ? 0 : 1;
    const DirectionView& direction = found->second.direction[index];
    if (!direction.seen)
        return std::nullopt;
    return direction;
}

} // namespace tsl::net
