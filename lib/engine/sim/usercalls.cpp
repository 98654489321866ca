// RFC 9293 §3.10.1-5: the application's OPEN, SEND, CLOSE (and shutdown for writing) and ABORT.
#include "stepcontext.h"

#include "model/transitiontable.h"

namespace tsl::sim {

namespace {
bool synchronizedForData(TcpState s) { return s == TcpState::Established || s == TcpState::CloseWait; }
bool beforeEstablished(TcpState s) { return s == TcpState::SynSent || s == TcpState::SynReceived; }
} // namespace

bool callApplies(const Tcb& t, CommandKind call)
{
    switch (call) {
    case CommandKind::PassiveOpen: return findTransition(t.state, event::kPassiveOpen).has_value();
    case CommandKind::ActiveOpen: return findTransition(t.state, event::kActiveOpen).has_value();
    case CommandKind::Send:
        return synchronizedForData(t.state) || beforeEstablished(t.state) || findTransition(t.state, event::kSend);
    case CommandKind::Shutdown:
        // Shutting down a listener is not a half-close; in SYN_SENT the FIN waits (§3.10.4).
        if (t.state == TcpState::SynSent)
            return !t.finQueued;
        return t.state != TcpState::Listen && findTransition(t.state, event::kClose);
    case CommandKind::Close: return findTransition(t.state, event::kClose).has_value();
    case CommandKind::Abort: return findTransition(t.state, event::kAbort).has_value();
    default: return false;
    }
}

void StepContext::userCall(const Command& c)
{
    if (!callApplies(s.tcb(c.side), c.kind))
        return note(Note::NothingToDo);
    switch (c.kind) {
    case CommandKind::PassiveOpen: return open(c.side, false);
    case CommandKind::ActiveOpen: return open(c.side, true);
    case CommandKind::Send: return send(c.side, c.bytes);
    case CommandKind::Shutdown: return close(c.side, false, true);
    case CommandKind::Close: return close(c.side, true, false);
    case CommandKind::Abort: return abort(c.side);
    default: return;
    }
}

// §3.10.1
void StepContext::open(Side side, bool active)
{
    if (!active) {
        take(side, event::kPassiveOpen);
        return;
    }
    chooseIss(side);
    take(side, event::kActiveOpen);
    const Tcb& t = s.tcb(side);
    emit(side, true, false, false, false, t.iss, 0);
    armRetransmit(side);
}

// §3.10.2
void StepContext::send(Side side, std::uint32_t bytes)
{
    Tcb& t = s.tcb(side);
    if (synchronizedForData(t.state)) {
        emit(side, false, true, false, false, t.sndNxt, t.rcvNxt, bytes);
        t.sndNxt += bytes;
        armRetransmit(side);
    } else if (beforeEstablished(t.state)) {
        t.queued += bytes;
        note(Note::DataQueued);
    } else {
        // SEND on a listening TCB makes it active: SYN now, the data after the handshake.
        chooseIss(side);
        t.queued = bytes;
        take(side, event::kSend);
        emit(side, true, false, false, false, t.iss, 0);
        armRetransmit(side);
    }
}

// §3.10.4: close() and shutdown(SHUT_WR) both send a FIN; only close() orphans the socket.
void StepContext::close(Side side, bool orphan, bool writeOnly)
{
    Tcb& t = s.tcb(side);
    if (writeOnly && t.state == TcpState::SynSent) {
        t.finQueued = true; // sent once established
        note(Note::DataQueued);
        return;
    }
    take(side, event::kClose);
    if (s.tcb(side).state == TcpState::Closed)
        return; // LISTEN and SYN_SENT just delete the TCB
    s.tcb(side).orphaned = orphan;
    sendFin(side);
}

// §3.10.5: the table says whether the edge sends a RST.
void StepContext::abort(Side side)
{
    const Tcb& t = s.tcb(side);
    const auto edge = findTransition(t.state, event::kAbort);
    if (sendsReset(transitions()[*edge])) {
        // Linux's RST acknowledges what arrived (tcp_send_active_reset()); the RFC's is bare.
        emit(side, false, linux(), false, true, t.sndNxt, t.rcvNxt);
        if (linux())
            note(Note::LinuxResetCarriesAck);
    }
    changeByIndex(side, *edge);
}

} // namespace tsl::sim
