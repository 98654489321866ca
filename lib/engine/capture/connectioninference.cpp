#include "connectioninference.h"

#include "model/transitiontable.h"
#include "sim/stepcontext.h"

namespace tsl::capture {

using sim::Side;

namespace {

constexpr std::int64_t kSameHostNs = 200000; // both handshake gaps below 0.2 ms: one host, loopback
constexpr std::uint32_t kUnscaledMaximum = 65535;

bool has(const net::TcpSegment& segment, std::uint8_t flag) { return segment.has(flag); }

bool sendsData(TcpState state)
{
    return state == TcpState::Established || state == TcpState::CloseWait || state == TcpState::SynReceived
           || state == TcpState::FinWait1 || state == TcpState::LastAck || state == TcpState::Closing;
}

} // namespace

ConnectionInference::ConnectionInference(std::size_t index, const ConnectionEndpoint& a, const ConnectionEndpoint& b,
                                         sim::Profile profile, bool midStream)
    : m_profile(profile)
{
    m_summary.index = index;
    m_summary.a = a;
    m_summary.b = b;
    m_summary.midStream = midStream;
    m_summary.profile = profile;
}

TcpState ConnectionInference::shown(Side side) const
{
    if (!m_known || (side == Side::B && m_bUntold))
        return TcpState::Unknown;
    return m_state.tcb(side).state;
}

sim::Segment ConnectionInference::simSegment(const CapturedPacket& packet, Side from) const
{
    const net::TcpSegment& s = packet.segment;
    sim::Segment segment;
    segment.id = int(packet.frame & 0x7fffffff);
    segment.from = from;
    segment.syn = has(s, net::tcpflag::kSyn);
    segment.ack = has(s, net::tcpflag::kAck);
    segment.fin = has(s, net::tcpflag::kFin);
    segment.rst = has(s, net::tcpflag::kRst);
    segment.seq = s.seq;
    segment.ackNo = s.ack;
    segment.len = std::uint32_t(s.payloadLength);
    segment.window = s.window;
    return segment;
}

void ConnectionInference::seedMidStream(const CapturedPacket& packet, Side from)
{
    const net::TcpSegment& s = packet.segment;
    sim::Tcb& x = m_state.tcb(from);
    sim::Tcb& y = m_state.tcb(sim::peer(from));
    SideData& dx = data(from);
    SideData& dy = data(sim::peer(from));
    if (has(s, net::tcpflag::kSyn) && has(s, net::tcpflag::kAck)) {
        // The SYN went uncaptured: its sender waits in SYN_SENT, the SYN,ACK's in SYN_RECEIVED.
        x.state = TcpState::SynReceived;
        x.passiveOpen = true;
        x.irs = s.ack - 1;
        x.rcvNxt = s.ack;
        y.state = TcpState::SynSent;
        y.iss = s.ack - 1;
        y.sndUna = s.ack - 1;
        y.sndNxt = s.ack;
        dy.seqKnown = true;
        dy.firstSeq = s.ack - 1;
        dy.sentEndKnown = true;
        dy.sentEnd = s.ack;
        return;
    }
    // An ACK, data or a FIN: both ends are synchronized; ESTABLISHED is where they most likely are.
    x.state = TcpState::Established;
    x.iss = s.seq - 1;
    x.sndUna = s.seq;
    x.sndNxt = s.seq;
    y.state = TcpState::Established;
    y.irs = s.seq - 1;
    y.rcvNxt = s.seq;
    y.rcvWnd = kUnscaledMaximum << 14; // its window scale is unknown: the largest window
    dx.seqKnown = true;
    dx.firstSeq = s.seq - 1;
    if (has(s, net::tcpflag::kAck)) {
        x.irs = s.ack - 1;
        x.rcvNxt = s.ack;
        x.rcvWnd = kUnscaledMaximum << 14;
        y.iss = s.ack - 1;
        y.sndUna = s.ack;
        y.sndNxt = s.ack;
        dy.seqKnown = true;
        dy.firstSeq = s.ack - 1;
        dy.sentEndKnown = true;
        dy.sentEnd = s.ack;
    }
}

void ConnectionInference::applySender(ReplayStep& step, const CapturedPacket& packet, Side from)
{
    const net::TcpSegment& s = packet.segment;
    sim::Tcb& x = m_state.tcb(from);
    SideData& d = data(from);
    const std::uint32_t seqLength = s.sequenceLength();
    const std::uint32_t end = s.seq + seqLength;
    if (seqLength > 0 && d.sentEndKnown && sim::seqLessOrEqual(end, d.sentEnd))
        step.retransmission = true;

    sim::StepContext context{m_state, step.record, m_profile};
    const auto call = [&](sim::CommandKind kind) {
        sim::Command command;
        command.kind = kind;
        command.side = from;
        context.run(command);
        step.senderCall = kind;
        step.record.command = command;
    };
    const bool syn = has(s, net::tcpflag::kSyn);
    const bool ack = has(s, net::tcpflag::kAck);
    if (syn && !ack && (x.state == TcpState::Closed || x.state == TcpState::Listen)) {
        call(sim::CommandKind::ActiveOpen);
        x.iss = s.seq;
        x.sndUna = s.seq;
        x.sndNxt = s.seq + 1;
    }
    if (syn && ack && x.state == TcpState::SynReceived && !d.seqKnown) {
        // The SYN,ACK the TCB sent when the SYN arrived, with the number the host chose.
        x.iss = s.seq;
        x.sndUna = s.seq;
        x.sndNxt = s.seq + 1;
    }
    if (!syn && s.payloadLength > 0 && !step.retransmission && sendsData(x.state)
        && sim::seqLess(x.sndNxt, s.seq + std::uint32_t(s.payloadLength))) {
        x.sndNxt = s.seq + std::uint32_t(s.payloadLength);
        step.senderCall = sim::CommandKind::Send;
    }
    if (has(s, net::tcpflag::kFin) && !x.finSent
        && (x.state == TcpState::Established || x.state == TcpState::CloseWait || x.state == TcpState::SynReceived)) {
        x.sndNxt = s.seq + std::uint32_t(s.payloadLength) + (syn ? 1u : 0u);
        call(sim::CommandKind::Shutdown);
    }
    if (has(s, net::tcpflag::kRst)) {
        if (d.resetOwed) {
            d.resetOwed = false; // the answer its TCB gave to the last segment
        } else if (x.state != TcpState::Closed && x.state != TcpState::Listen
                   && findTransition(x.state, event::kAbort)) {
            call(sim::CommandKind::Abort);
        }
        m_resetSeen = true;
    } else {
        d.resetOwed = false;
    }
    // What the sender acknowledges it has received, even where the capture missed the segment.
    if (ack && !has(s, net::tcpflag::kRst) && isSynchronized(x.state) && sim::seqLess(x.rcvNxt, s.ack)
        && x.state != TcpState::SynReceived)
        x.rcvNxt = s.ack;
    // Its receive window, scaled once both SYNs offered scaling (SYN segments are never scaled).
    if (!syn) {
        const std::uint32_t scale = m_windowScale[from == Side::A ? 0 : 1].value_or(m_scalesKnown ? 0 : 14);
        x.rcvWnd = std::uint32_t(s.window) << std::min<std::uint32_t>(scale, 14);
    }
    if (syn) {
        d.seqKnown = true;
        d.firstSeq = s.seq;
        m_windowScale[from == Side::A ? 0 : 1] = s.options.windowScale;
        m_synsSeen |= from == Side::A ? 1 : 2;
        if (m_synsSeen == 3) {
            m_scalesKnown = true;
            if (!m_windowScale[0] || !m_windowScale[1]) // scaling needs both offers
                m_windowScale[0] = m_windowScale[1] = std::uint8_t(0);
        }
    }
    if (!d.sentEndKnown || sim::seqLess(d.sentEnd, end)) {
        d.sentEnd = end;
        d.sentEndKnown = true;
    }
    if (has(s, net::tcpflag::kFin))
        d.finSeen = true;
    m_state.network.clear(); // the captured segment stands for the one the TCB sent
}

void ConnectionInference::deliver(ReplayStep& step, const sim::Segment& segment, Side to)
{
    const sim::Tcb& y = m_state.tcb(to);
    sim::StepContext context{m_state, step.record, m_profile};
    if (isSynchronized(y.state) || y.state == TcpState::SynReceived) {
        const bool acceptable = m_profile == sim::Profile::Linux ? context.linuxAcceptable(y, segment)
                                                                 : context.acceptable(y, segment);
        if (!acceptable && !step.retransmission) {
            step.outOfWindow = true;
            ++m_summary.outOfWindow;
        }
    }
    step.record.handled = segment;
    context.receive(to, segment);
    for (const sim::Segment& answer : m_state.network) {
        if (answer.from == to && answer.rst)
            data(to).resetOwed = true;
    }
    m_state.network.clear();
    if (receiverAtCapturePoint(to))
        step.atCapturePoint = true;
}

void ConnectionInference::deliverHeld(const Held& held, std::uint64_t afterFrame)
{
    ReplayStep& step = stepAt(held.step);
    const Side to = sim::peer(held.segment.from);
    const TcpState before = m_state.tcb(to).state;
    deliver(step, held.segment, to);
    if (!step.statesStartHere)
        (to == Side::A ? step.beforeA : step.beforeB) = before;
    (to == Side::A ? step.afterA : step.afterB) = m_state.tcb(to).state;
    step.record.stateA = step.afterA;
    step.record.stateB = step.afterB;
    step.seenAfterFrame = afterFrame;
    notePath(to);
}

// B's state before A's first SYN reached it, now that B has answered (or `answer` is null: A went
// on as if it had): listening, unless its answer is a RST (no listener) or its own SYN (it was
// opening too).
void ConnectionInference::startB(const CapturedPacket* answer)
{
    m_bUntold = false;
    const bool closed = answer
                        && (answer->segment.has(net::tcpflag::kRst)
                            || (answer->segment.has(net::tcpflag::kSyn) && !answer->segment.has(net::tcpflag::kAck)));
    if (!closed) {
        sim::StepRecord scratch;
        sim::StepContext context{m_state, scratch, m_profile};
        sim::Command listen;
        listen.kind = sim::CommandKind::PassiveOpen;
        listen.side = Side::B;
        context.run(listen);
    }
    notePath(Side::B);
}

void ConnectionInference::notePath(Side side)
{
    if (!m_known || (side == Side::B && m_bUntold))
        return;
    std::vector<TcpState>& path = side == Side::A ? m_summary.pathA : m_summary.pathB;
    const TcpState now = m_state.tcb(side).state;
    if (path.empty() || path.back() != now)
        path.push_back(now);
}

bool ConnectionInference::receiverAtCapturePoint(Side receiver) const
{
    switch (m_summary.capturePoint) {
    case CapturePoint::SameHost: return false;
    case CapturePoint::AtA: return receiver != Side::A;
    case CapturePoint::AtB: return receiver != Side::B;
    case CapturePoint::Between:
    case CapturePoint::Unknown: break;
    }
    return true;
}

void ConnectionInference::learnCapturePoint(const CapturedPacket& packet, Side from)
{
    const net::TcpSegment& s = packet.segment;
    const bool syn = has(s, net::tcpflag::kSyn);
    const bool ack = has(s, net::tcpflag::kAck);
    if (syn && !ack && from == Side::A && m_synNs < 0)
        m_synNs = packet.timeNs;
    else if (syn && ack && from == Side::B && m_synNs >= 0 && m_synAckNs < 0)
        m_synAckNs = packet.timeNs;
    else if (!syn && ack && from == Side::A && m_synAckNs >= 0 && m_handshakeAckNs < 0) {
        m_handshakeAckNs = packet.timeNs;
        const std::int64_t toB = m_synAckNs - m_synNs;   // SYN out, SYN,ACK back
        const std::int64_t toA = m_handshakeAckNs - m_synAckNs; // SYN,ACK out, ACK back
        if (toB < kSameHostNs && toA < kSameHostNs)
            m_summary.capturePoint = CapturePoint::SameHost;
        else if (toB * 4 < toA)
            m_summary.capturePoint = CapturePoint::AtB;
        else if (toA * 4 < toB)
            m_summary.capturePoint = CapturePoint::AtA;
        else
            m_summary.capturePoint = CapturePoint::Between;
    }
}

void ConnectionInference::feed(const CapturedPacket& packet, Side from)
{
    const net::TcpSegment& s = packet.segment;
    const Side to = sim::peer(from);
    ReplayStep step;
    step.connection = m_summary.index;
    step.frame = packet.frame;
    step.timeNs = packet.timeNs;
    step.wireLength = packet.wireLength;
    step.from = from;
    step.flags = s.flags;
    step.seq = s.seq;
    step.ack = s.ack;
    step.payload = std::uint32_t(s.payloadLength);
    step.window = s.window;
    step.record.step = int(m_steps.size() + m_taken + 1);
    step.record.profile = m_profile;
    step.record.command.kind = sim::CommandKind::Deliver;

    ConnectionSummary& sum = m_summary;
    if (sum.firstFrame == 0) {
        sum.firstFrame = packet.frame;
        sum.firstNs = packet.timeNs;
        sum.lastNs = packet.timeNs;
    }
    sum.lastFrame = packet.frame;
    sum.firstNs = std::min(sum.firstNs, packet.timeNs);
    sum.lastNs = std::max(sum.lastNs, packet.timeNs);
    (from == Side::A ? sum.framesAToB : sum.framesBToA) += 1;
    (from == Side::A ? sum.bytesAToB : sum.bytesBToA) += packet.wireLength;
    (from == Side::A ? sum.payloadAToB : sum.payloadBToA) += s.payloadLength;
    sum.completeness |= completenessOf(s);
    learnCapturePoint(packet, from);

    const bool syn = has(s, net::tcpflag::kSyn);
    const bool ack = has(s, net::tcpflag::kAck);
    if (!m_known) {
        if (syn && !ack && from == Side::A) {
            m_known = true;
            m_bUntold = true;
            m_firstSynSeq = s.seq;
            notePath(Side::A);
        } else if (has(s, net::tcpflag::kRst) && !syn) {
            // A RST alone tells nothing of where either end was.
            m_resetSeen = true;
            m_steps.push_back(std::move(step));
            updateSettled();
            return;
        } else {
            seedMidStream(packet, from);
            m_known = true;
            step.statesStartHere = true;
            notePath(Side::A);
            notePath(Side::B);
        }
    }
    if (m_bUntold && from == Side::B)
        startB(&packet);
    if (m_bUntold && from == Side::A && !(syn && !ack)) {
        // A goes on as if B had answered (B's SYN,ACK is not in the capture): B was listening.
        startB(nullptr);
        std::deque<Held>& syns = m_held[0];
        while (!syns.empty()) {
            const Held next = syns.front();
            syns.pop_front();
            deliverHeld(next, 0);
        }
        sim::Tcb& b = m_state.b;
        if (ack && b.state == TcpState::SynReceived) {
            b.iss = s.ack - 1;
            b.sndUna = s.ack - 1;
            b.sndNxt = s.ack;
            m_b.seqKnown = true;
            m_b.firstSeq = s.ack - 1;
        }
    }

    // What this segment tells of the peer's segments still on their way to its sender: those it
    // acknowledges had arrived before it was sent; the first one it does not acknowledge (and all
    // after it) crossed it, and arrive after it.
    std::deque<Held>& towardsSender = m_held[to == Side::A ? 0 : 1];
    while (!towardsSender.empty()) {
        const sim::Segment& held = towardsSender.front().segment;
        const bool acknowledged = ack && sim::seqLessOrEqual(held.seq + held.seqLength(), s.ack);
        if (held.seqLength() > 0 && !acknowledged)
            break;
        const Held next = towardsSender.front();
        towardsSender.pop_front();
        deliverHeld(next, 0);
    }
    const bool crossed = !towardsSender.empty();

    const TcpState senderBefore = step.statesStartHere ? TcpState::Unknown : shown(from);
    const TcpState receiverNow = step.statesStartHere ? TcpState::Unknown : shown(to);
    applySender(step, packet, from);
    if (data(from).seqKnown)
        step.relativeSeq = s.seq - data(from).firstSeq;
    if (ack && data(to).seqKnown)
        step.relativeAck = s.ack - data(to).firstSeq;
    (from == Side::A ? step.beforeA : step.beforeB) = senderBefore;
    (from == Side::A ? step.afterA : step.afterB) = shown(from);
    (to == Side::A ? step.beforeA : step.beforeB) = receiverNow;
    (to == Side::A ? step.afterA : step.afterB) = receiverNow;
    step.record.stateA = step.afterA;
    step.record.stateB = step.afterB;
    notePath(from);
    if (step.retransmission)
        ++m_summary.retransmissions;

    const std::size_t absolute = m_taken + m_steps.size();
    m_steps.push_back(std::move(step));
    std::deque<Held>& mine = m_held[from == Side::A ? 0 : 1];
    const sim::Segment segment = simSegment(packet, from);
    // Sequence space waits for the receiver's answer; so does whatever follows it (in order).
    constexpr std::size_t kMostHeld = 64; // a capture of one direction only: no answer ever comes
    if (segment.seqLength() > 0 || !mine.empty() || (to == Side::B && m_bUntold)) {
        mine.push_back({absolute, segment});
        if (mine.size() > kMostHeld && !(to == Side::B && m_bUntold)) {
            const Held oldest = mine.front();
            mine.pop_front();
            deliverHeld(oldest, 0);
        }
    } else {
        deliverHeld({absolute, segment}, 0);
    }
    if (crossed) {
        while (!towardsSender.empty()) {
            const Held next = towardsSender.front();
            towardsSender.pop_front();
            deliverHeld(next, packet.frame);
        }
    }
    m_summary.endA = shown(Side::A);
    m_summary.endB = shown(Side::B);
    updateSettled();
}

void ConnectionInference::updateSettled()
{
    std::size_t firstHeld = m_taken + m_steps.size();
    for (const auto& held : m_held) {
        if (!held.empty())
            firstHeld = std::min(firstHeld, held.front().step);
    }
    m_settled = firstHeld - m_taken;
}

void ConnectionInference::finish()
{
    // What is still on its way arrives as captured, oldest first; B never answered A's SYN: its
    // state stays unknown.
    for (;;) {
        std::deque<Held>* oldest = nullptr;
        for (auto& held : m_held) {
            if (!held.empty() && (!oldest || held.front().step < oldest->front().step))
                oldest = &held;
        }
        if (!oldest)
            break;
        const Held next = oldest->front();
        oldest->pop_front();
        if (sim::peer(next.segment.from) == Side::B && m_bUntold) {
            stepAt(next.step).receiverUntold = true;
            continue;
        }
        deliverHeld(next, 0);
    }
    m_summary.endA = shown(Side::A);
    m_summary.endB = shown(Side::B);
    m_settled = m_steps.size();
}

ReplayStep ConnectionInference::takeSettled()
{
    ReplayStep step = std::move(m_steps.front());
    m_steps.pop_front();
    --m_settled;
    ++m_taken;
    return step;
}

void ConnectionInference::discardSettled()
{
    while (m_settled > 0)
        takeSettled();
}

bool ConnectionInference::over() const
{
    if (m_resetSeen || (m_a.finSeen && m_b.finSeen))
        return true;
    if (!m_known)
        return false;
    const auto closed = [](TcpState s) { return s == TcpState::Closed || s == TcpState::TimeWait; };
    return closed(m_state.a.state) && closed(m_state.b.state);
}

} // namespace tsl::capture
