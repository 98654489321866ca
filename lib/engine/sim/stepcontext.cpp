#include "stepcontext.h"

#include "model/transitiontable.h"
#include "sim/simulator.h"

#include <algorithm>
#include <cassert>

namespace tsl::sim {

void StepContext::run(const Command& c)
{
    switch (c.kind) {
    case CommandKind::PassiveOpen:
    case CommandKind::ActiveOpen:
    case CommandKind::Send:
    case CommandKind::Shutdown:
    case CommandKind::Close:
    case CommandKind::Abort:
        userCall(c);
        break;
    case CommandKind::Timer:
        fireNextTimer(c.timer ? std::optional<Side>(c.side) : std::nullopt, c.timer);
        break;
    case CommandKind::Deliver:
    case CommandKind::Drop:
    case CommandKind::Duplicate:
    case CommandKind::SpoofedSyn:
    case CommandKind::SetSynCookies:
    case CommandKind::Listen:
    case CommandKind::Inject:
        networkAction(c);
        break;
    }
}

bool StepContext::take(Side side, std::string_view event)
{
    const auto index = findTransition(s.tcb(side).state, event);
    if (!index)
        return false;
    changeByIndex(side, *index);
    return true;
}

void StepContext::change(Side side, std::string_view edgeId)
{
    const auto index = transitionIndex(edgeId);
    assert(index);
    changeByIndex(side, *index);
}

void StepContext::changeByIndex(Side side, std::size_t transition)
{
    const Transition& edge = transitions()[transition];
    Tcb& t = s.tcb(side);
    assert(edge.from == t.state);
    r.changes.push_back({side, t.state, edge.to, transition});
    t.state = edge.to;
    if (edge.to == TcpState::Closed) {
        clearTimers(side);
        t = Tcb{};
    } else if (edge.to == TcpState::Listen) {
        clearTimers(side); // back to a fresh listener: the half-open connection is forgotten
        t = Tcb{};
        t.state = TcpState::Listen;
        t.passiveOpen = true;
    }
}

Segment& StepContext::emit(Side from, bool syn, bool ack, bool fin, bool rst, std::uint32_t seq, std::uint32_t ackNo,
                           std::uint32_t len)
{
    Segment seg;
    seg.id = s.nextSegmentId++;
    seg.from = from;
    seg.syn = syn;
    seg.ack = ack;
    seg.fin = fin;
    seg.rst = rst;
    seg.seq = seq;
    seg.ackNo = ack ? ackNo : 0;
    seg.len = len;
    seg.window = rst ? 0 : s.tcb(from).rcvWnd;
    seg.sentAtStep = r.step;
    s.network.push_back(seg);
    r.sent.push_back(seg);
    return s.network.back();
}

void StepContext::ackNow(Side side)
{
    const Tcb& t = s.tcb(side);
    emit(side, false, true, false, false, t.sndNxt, t.rcvNxt);
}

void StepContext::clearTimers(Side side, std::optional<SimTimerKind> kind)
{
    std::erase_if(s.timers, [&](const Timer& t) { return t.side == side && (!kind || t.kind == *kind); });
}

void StepContext::setTimer(Side side, SimTimerKind kind, std::int64_t afterMs)
{
    clearTimers(side, kind);
    s.timers.push_back({side, kind, s.nowMs + afterMs});
}

bool StepContext::hasTimer(Side side, SimTimerKind kind) const
{
    return std::any_of(s.timers.begin(), s.timers.end(), [&](const Timer& t) { return t.side == side && t.kind == kind; });
}

void StepContext::armRetransmit(Side side)
{
    if (!hasTimer(side, SimTimerKind::Retransmit))
        setTimer(side, SimTimerKind::Retransmit, s.tcb(side).rtoMs);
}

void StepContext::sendFin(Side side)
{
    Tcb& t = s.tcb(side);
    t.finSeq = t.sndNxt;
    t.finSent = true;
    t.finQueued = false;
    emit(side, false, true, true, false, t.sndNxt, t.rcvNxt);
    t.sndNxt += 1;
    armRetransmit(side);
}

void StepContext::sendPending(Side side)
{
    Tcb& t = s.tcb(side);
    if (t.queued > 0) {
        emit(side, false, true, false, false, t.sndNxt, t.rcvNxt, t.queued);
        t.sndNxt += t.queued;
        t.queued = 0;
        armRetransmit(side);
    }
    // A shutdown queued in SYN_SENT is processed now that the connection is established (§3.10.4).
    if (t.finQueued && t.state == TcpState::Established && take(side, event::kClose))
        sendFin(side);
}

void StepContext::chooseIss(Side side)
{
    Tcb& t = s.tcb(side);
    t.iss = side == Side::A ? Simulator::kIssA : Simulator::kIssB;
    t.sndUna = t.iss;
    t.sndNxt = t.iss + 1;
}

} // namespace tsl::sim
