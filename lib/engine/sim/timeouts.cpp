// RFC 9293 §3.10.8: timeouts. The retransmission timer (RFC 6298), the 2MSL TIME_WAIT timer, and
// Linux's orphaned FIN_WAIT_2 timer; the state edges come from the table.
#include "stepcontext.h"

#include "model/transitiontable.h"
#include "sim/simulator.h"

#include <algorithm>

namespace tsl::sim {

void StepContext::fireNextTimer(std::optional<Side> side, std::optional<SimTimerKind> kind)
{
    const auto wanted = [&](const Timer& t) { return (!side || t.side == *side) && (!kind || t.kind == *kind); };
    auto next = s.timers.end();
    for (auto t = s.timers.begin(); t != s.timers.end(); ++t) {
        if (wanted(*t) && (next == s.timers.end() || t->expiresMs < next->expiresMs))
            next = t;
    }
    if (next == s.timers.end())
        return note(Note::NothingToDo);
    const Timer timer = *next;
    s.timers.erase(next);
    s.nowMs = std::max(s.nowMs, timer.expiresMs);
    r.timerFired = timer.kind;
    r.timerSide = timer.side;
    switch (timer.kind) {
    case SimTimerKind::Retransmit:
        retransmit(timer.side);
        break;
    case SimTimerKind::TimeWait:
        note(Note::TimeWaitExpired);
        take(timer.side, event::kTimeWaitTimeout);
        break;
    case SimTimerKind::FinWait2:
        note(Note::FinWait2Expired);
        take(timer.side, event::kOrphanTimeout);
        break;
    }
}

void StepContext::retransmit(Side side)
{
    Tcb& t = s.tcb(side);
    if (++t.retransmissions > Simulator::kMaxRetransmissions) {
        // "user timeout" (§3.10.8): the connection is aborted, no RST goes out.
        note(Note::GaveUp);
        take(side, event::kAbort);
        return;
    }
    t.rtoMs *= 2;
    note(Note::Retransmitted);
    switch (t.state) {
    case TcpState::SynSent: emit(side, true, false, false, false, t.iss, 0); break;
    case TcpState::SynReceived: emit(side, true, true, false, false, t.iss, t.rcvNxt); break;
    default: {
        const std::uint32_t outstanding = t.sndNxt - t.sndUna;
        const bool finOutstanding = t.finSent && seqLessOrEqual(t.sndUna, t.finSeq);
        const std::uint32_t data = outstanding - (finOutstanding ? 1 : 0);
        if (data > 0)
            emit(side, false, true, false, false, t.sndUna, t.rcvNxt, data);
        if (finOutstanding)
            emit(side, false, true, true, false, t.finSeq, t.rcvNxt);
        break;
    }
    }
    setTimer(side, SimTimerKind::Retransmit, t.rtoMs);
}

} // namespace tsl::sim
