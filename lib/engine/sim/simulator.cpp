#include "simulator.h"

#include "model/transitiontable.h"

#include <algorithm>
#include <cassert>

namespace tsl::sim {

const char* sideName(Side s) { return s == Side::A ? "A" : "B"; }

std::string Segment::flags() const
{
    std::string out;
    const auto add = [&](bool on, const char* name) {
        if (!on)
            return;
        if (!out.empty())
            out += ',';
        out += name;
    };
    add(syn, "SYN");
    add(fin, "FIN");
    add(rst, "RST");
    add(ack, "ACK");
    return out;
}

std::string Command::text() const
{
    const std::string who = std::string(sideName(side)) + ": ";
    switch (kind) {
    case CommandKind::PassiveOpen: return who + "listen";
    case CommandKind::ActiveOpen: return who + "connect";
    case CommandKind::Send: return who + "send " + std::to_string(bytes) + " bytes";
    case CommandKind::Shutdown: return who + "shutdown (write)";
    case CommandKind::Close: return who + "close";
    case CommandKind::Abort: return who + "abort";
    case CommandKind::Deliver: return index == 0 ? "network: deliver" : "network: deliver #" + std::to_string(index + 1) + " out of order";
    case CommandKind::Drop: return "network: drop #" + std::to_string(index + 1);
    case CommandKind::Duplicate: return "network: duplicate #" + std::to_string(index + 1);
    case CommandKind::Timer: return "time passes: next timer";
    case CommandKind::SpoofedSyn: return "flood: spoofed SYN to B";
    case CommandKind::SetSynCookies: return std::string("B: SYN cookies ") + (bytes ? "on" : "off");
    case CommandKind::Listen: return "B: listen backlog " + std::to_string(bytes);
    case CommandKind::Inject: return std::string("inject ") + segment.flags() + " to " + sideName(side);
    }
    return "?";
}

namespace {

// Sequence arithmetic modulo 2^32 (RFC 9293 §3.4).
bool lt(std::uint32_t a, std::uint32_t b) { return std::int32_t(a - b) < 0; }
bool le(std::uint32_t a, std::uint32_t b) { return std::int32_t(a - b) <= 0; }

std::uint32_t cookieFor(std::uint32_t peerSeq) { return (peerSeq * 2654435761u) ^ 0x5eed5eedu; }

const char* abortEdge(TcpState state)
{
    switch (state) {
    case TcpState::Listen: return "listen-abort";
    case TcpState::SynSent: return "synsent-abort";
    case TcpState::SynReceived: return "synrcvd-abort";
    case TcpState::Established: return "estab-abort";
    case TcpState::FinWait1: return "finwait1-abort";
    case TcpState::FinWait2: return "finwait2-abort";
    case TcpState::CloseWait: return "closewait-abort";
    case TcpState::Closing: return "closing-abort";
    case TcpState::LastAck: return "lastack-abort";
    case TcpState::TimeWait: return "timewait-abort";
    default: return nullptr;
    }
}

const char* resetEdge(const Tcb& t)
{
    switch (t.state) {
    case TcpState::SynReceived: return t.passiveOpen ? "synrcvd-rcv-rst" : "synrcvd-rcv-rst-active";
    case TcpState::Established: return "estab-rcv-rst";
    case TcpState::FinWait1: return "finwait1-rcv-rst";
    case TcpState::FinWait2: return "finwait2-rcv-rst";
    case TcpState::CloseWait: return "closewait-rcv-rst";
    case TcpState::Closing: return "closing-rcv-rst";
    case TcpState::LastAck: return "lastack-rcv-rst";
    case TcpState::TimeWait: return "timewait-rcv-rst";
    default: return nullptr;
    }
}

bool sendsRstOnAbort(TcpState s)
{
    return s == TcpState::SynReceived || s == TcpState::Established || s == TcpState::FinWait1
           || s == TcpState::FinWait2 || s == TcpState::CloseWait;
}

// One step's work on the simulation state.
struct Step {
    SimState& s;
    StepRecord& r;

    void note(Note n) { r.notes.push_back(n); }

    // Every state change goes through the model's table: the edge must start where the TCB is.
    void change(Side side, const char* edgeId)
    {
        const auto index = transitionIndex(edgeId);
        assert(index);
        const Transition& edge = transitions()[*index];
        Tcb& t = s.tcb(side);
        assert(edge.from == t.state);
        r.changes.push_back({side, t.state, edge.to, *index});
        t.state = edge.to;
        if (edge.to == TcpState::Closed) {
            clearTimers(side);
            t = Tcb{};
        } else if (edge.to == TcpState::Listen) {
            clearTimers(side);
            const bool keepPassive = true;
            t = Tcb{};
            t.state = TcpState::Listen;
            t.passiveOpen = keepPassive;
        }
    }

    Segment& emit(Side from, bool syn, bool ack, bool fin, bool rst, std::uint32_t seq, std::uint32_t ackNo,
                  std::uint32_t len = 0)
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

    void ackNow(Side side)
    {
        const Tcb& t = s.tcb(side);
        emit(side, false, true, false, false, t.sndNxt, t.rcvNxt);
    }

    void clearTimers(Side side, std::optional<TimerKind> kind = std::nullopt)
    {
        std::erase_if(s.timers, [&](const Timer& t) { return t.side == side && (!kind || t.kind == *kind); });
    }

    void setTimer(Side side, TimerKind kind, std::int64_t afterMs)
    {
        clearTimers(side, kind);
        s.timers.push_back({side, kind, s.nowMs + afterMs});
    }

    bool hasTimer(Side side, TimerKind kind) const
    {
        return std::any_of(s.timers.begin(), s.timers.end(), [&](const Timer& t) { return t.side == side && t.kind == kind; });
    }

    void armRetransmit(Side side)
    {
        if (!hasTimer(side, TimerKind::Retransmit))
            setTimer(side, TimerKind::Retransmit, s.tcb(side).rtoMs);
    }

    void sendFin(Side side)
    {
        Tcb& t = s.tcb(side);
        t.finSeq = t.sndNxt;
        t.finSent = true;
        t.finQueued = false;
        emit(side, false, true, true, false, t.sndNxt, t.rcvNxt);
        t.sndNxt += 1;
        armRetransmit(side);
    }

    // Sends what waited for the handshake: queued data, then a queued FIN.
    void sendPending(Side side)
    {
        Tcb& t = s.tcb(side);
        if (t.queued) {
            emit(side, false, true, false, false, t.sndNxt, t.rcvNxt, t.queued);
            t.sndNxt += t.queued;
            t.queued = 0;
            armRetransmit(side);
        }
        if (t.finQueued && t.state == TcpState::FinWait1)
            sendFin(side);
    }

    // §3.10.7.1: a segment for a connection that does not exist draws a RST.
    void replyFromClosed(Side side, const Segment& seg)
    {
        if (seg.rst) {
            note(Note::RstIgnored);
            return;
        }
        if (seg.ack)
            emit(side, false, false, false, true, seg.ackNo, 0);
        else
            emit(side, false, true, false, true, 0, seg.seq + seg.seqLength());
        note(Note::ResetForClosedPort);
    }

    bool acceptable(const Tcb& t, const Segment& seg) const
    {
        const std::uint32_t n = seg.seqLength();
        if (n == 0)
            return t.rcvWnd == 0 ? seg.seq == t.rcvNxt : le(t.rcvNxt, seg.seq) && lt(seg.seq, t.rcvNxt + t.rcvWnd);
        if (t.rcvWnd == 0)
            return false;
        const std::uint32_t last = seg.seq + n - 1;
        return (le(t.rcvNxt, seg.seq) && lt(seg.seq, t.rcvNxt + t.rcvWnd))
               || (le(t.rcvNxt, last) && lt(last, t.rcvNxt + t.rcvWnd));
    }

    void receiveInListen(Side me, const Segment& seg)
    {
        Tcb& t = s.tcb(me);
        Listener& l = s.listener;
        if (seg.rst) {
            note(Note::RstIgnored);
            return;
        }
        if (seg.ack) {
            // With SYN cookies on, an ACK whose number is a valid cookie creates the connection.
            if (me == Side::B && l.synCookies && seg.ackNo - 1 == cookieFor(seg.seq - 1)) {
                t.irs = seg.seq - 1;
                t.rcvNxt = seg.seq;
                t.iss = seg.ackNo - 1;
                t.sndUna = seg.ackNo;
                t.sndNxt = seg.ackNo;
                t.sndWnd = seg.window;
                change(me, "listen-rcv-syn");
                s.tcb(me).passiveOpen = true;
                change(me, "synrcvd-rcv-ack");
                note(Note::CookieAccepted);
                return;
            }
            emit(me, false, false, false, true, seg.ackNo, 0);
            note(Note::ResetForBadAck);
            return;
        }
        if (!seg.syn) {
            note(Note::SegmentIgnored);
            return;
        }
        if (me == Side::B && l.backlog > 0 && l.halfOpen >= std::uint32_t(l.backlog)) {
            if (l.synCookies) {
                // No state kept: the ISS itself encodes the connection (the cookie).
                emit(me, true, true, false, false, cookieFor(seg.seq), seg.seq + 1);
                ++l.cookies;
                note(Note::SynCookieSent);
            } else {
                ++l.dropped;
                note(Note::SynDroppedQueueFull);
            }
            return;
        }
        t.irs = seg.seq;
        t.rcvNxt = seg.seq + 1;
        t.iss = me == Side::A ? Simulator::kIssA : Simulator::kIssB;
        t.sndUna = t.iss;
        t.sndNxt = t.iss + 1;
        t.sndWnd = seg.window;
        change(me, "listen-rcv-syn");
        s.tcb(me).passiveOpen = true;
        emit(me, true, true, false, false, t.iss, t.rcvNxt);
        armRetransmit(me);
    }

    void receiveInSynSent(Side me, const Segment& seg)
    {
        Tcb& t = s.tcb(me);
        if (seg.ack && (le(seg.ackNo, t.iss) || lt(t.sndNxt, seg.ackNo))) {
            if (!seg.rst)
                emit(me, false, false, false, true, seg.ackNo, 0);
            note(seg.rst ? Note::RstIgnored : Note::ResetForBadAck);
            return;
        }
        if (seg.rst) {
            if (seg.ack)
                change(me, "synsent-rcv-rst");
            else
                note(Note::RstIgnored);
            return;
        }
        if (!seg.syn) {
            note(Note::SegmentIgnored);
            return;
        }
        t.irs = seg.seq;
        t.rcvNxt = seg.seq + 1;
        t.sndWnd = seg.window;
        if (seg.ack)
            t.sndUna = seg.ackNo;
        if (lt(t.iss, t.sndUna)) {
            change(me, "synsent-rcv-synack");
            clearTimers(me, TimerKind::Retransmit);
            s.tcb(me).retransmissions = 0;
            ackNow(me);
            sendPending(me);
        } else {
            change(me, "synsent-rcv-syn");
            emit(me, true, true, false, false, t.iss, t.rcvNxt);
        }
    }

    void receiveSynchronized(Side me, const Segment& seg)
    {
        Tcb& t = s.tcb(me);
        // A retransmitted FIN in TIME_WAIT: acknowledge it again and restart 2MSL (§3.10.7.4).
        if (t.state == TcpState::TimeWait && seg.fin && !seg.rst && seg.seq + seg.len + 1 == t.rcvNxt) {
            ackNow(me);
            setTimer(me, TimerKind::TimeWait, Simulator::kTwoMslMs);
            note(Note::TimeWaitRestarted);
            return;
        }
        // Simultaneous open: the peer's SYN,ACK repeats the SYN we already took, and acknowledges
        // ours. RFC 9293 Figure 8 (and Linux) take it as the ACK that completes the handshake.
        if (t.state == TcpState::SynReceived && !t.passiveOpen && seg.syn && seg.ack && !seg.rst
            && seg.seq + 1 == t.rcvNxt && seg.ackNo == t.sndNxt) {
            t.sndUna = seg.ackNo;
            t.sndWnd = seg.window;
            change(me, "synrcvd-rcv-ack");
            clearTimers(me, TimerKind::Retransmit);
            sendPending(me);
            return;
        }
        // First: is the segment in the window?
        if (!acceptable(t, seg)) {
            if (!seg.rst) {
                ackNow(me);
                note(Note::UnacceptableAcked);
            } else {
                note(Note::RstIgnored);
            }
            return;
        }
        // Second: RST. Only an exact match resets; another in-window RST gets a challenge ACK.
        if (seg.rst) {
            if (seg.seq != t.rcvNxt) {
                ackNow(me);
                note(Note::ChallengeAck);
                return;
            }
            change(me, resetEdge(t));
            return;
        }
        // Fourth: a SYN in a synchronized state gets a challenge ACK (RFC 5961 §4).
        if (seg.syn) {
            ackNow(me);
            note(Note::ChallengeAck);
            return;
        }
        // Fifth: the ACK field.
        if (!seg.ack) {
            note(Note::SegmentIgnored);
            return;
        }
        if (t.state == TcpState::SynReceived) {
            if (lt(t.sndUna, seg.ackNo) && le(seg.ackNo, t.sndNxt)) {
                change(me, "synrcvd-rcv-ack");
                clearTimers(me, TimerKind::Retransmit);
            } else {
                emit(me, false, false, false, true, seg.ackNo, 0);
                note(Note::ResetForBadAck);
                return;
            }
        }
        if (lt(t.sndNxt, seg.ackNo)) {
            ackNow(me); // it acknowledges something not yet sent
            note(Note::UnacceptableAcked);
            return;
        }
        bool finAckedNow = false;
        if (lt(t.sndUna, seg.ackNo)) {
            t.sndUna = seg.ackNo;
            t.retransmissions = 0;
            t.rtoMs = 1000;
            clearTimers(me, TimerKind::Retransmit);
            if (lt(t.sndUna, t.sndNxt))
                armRetransmit(me);
            finAckedNow = t.finSent && t.sndUna == t.sndNxt;
            note(Note::AckAdvanced);
        } else if (seg.seqLength() == 0) {
            note(Note::DuplicateIgnored);
        }
        t.sndWnd = seg.window;
        if (t.state == TcpState::SynReceived)
            sendPending(me);

        const bool finHere = seg.fin;
        switch (t.state) {
        case TcpState::FinWait1:
            if (finAckedNow && !finHere) {
                change(me, "finwait1-rcv-ack");
                if (s.tcb(me).orphaned)
                    setTimer(me, TimerKind::FinWait2, Simulator::kFinWait2Ms);
            }
            break;
        case TcpState::Closing:
            if (finAckedNow) {
                change(me, "closing-rcv-ack");
                setTimer(me, TimerKind::TimeWait, Simulator::kTwoMslMs);
                return;
            }
            break;
        case TcpState::LastAck:
            if (finAckedNow) {
                change(me, "lastack-rcv-ack");
                return;
            }
            break;
        default:
            break;
        }

        // Seventh: the data.
        Tcb& u = s.tcb(me);
        bool mustAck = false;
        if (seg.len > 0) {
            if (u.state == TcpState::Established || u.state == TcpState::FinWait1 || u.state == TcpState::FinWait2) {
                if (seg.seq == u.rcvNxt) {
                    u.rcvNxt += seg.len;
                    note(Note::DataAccepted);
                } else {
                    note(Note::UnacceptableAcked); // out of order: this simulator does not queue it
                }
                mustAck = true;
            }
        }
        // Eighth: the FIN.
        if (finHere && u.state != TcpState::Closed && u.state != TcpState::Listen && seg.seq + seg.len == u.rcvNxt) {
            u.rcvNxt += 1;
            mustAck = true;
            switch (u.state) {
            case TcpState::Established:
                change(me, "estab-rcv-fin");
                break;
            case TcpState::FinWait1:
                if (finAckedNow) {
                    change(me, "finwait1-rcv-finack");
                    clearTimers(me);
                    setTimer(me, TimerKind::TimeWait, Simulator::kTwoMslMs);
                } else {
                    change(me, "finwait1-rcv-fin");
                }
                break;
            case TcpState::FinWait2:
                change(me, "finwait2-rcv-fin");
                clearTimers(me, TimerKind::FinWait2);
                setTimer(me, TimerKind::TimeWait, Simulator::kTwoMslMs);
                break;
            default:
                break; // CLOSE_WAIT, CLOSING, LAST_ACK: a duplicate FIN, acknowledged
            }
        }
        if (mustAck)
            ackNow(me);
    }

    void receive(Side me, const Segment& seg)
    {
        switch (s.tcb(me).state) {
        case TcpState::Closed: replyFromClosed(me, seg); break;
        case TcpState::Listen: receiveInListen(me, seg); break;
        case TcpState::SynSent: receiveInSynSent(me, seg); break;
        default: receiveSynchronized(me, seg); break;
        }
    }

    void retransmit(Side side)
    {
        Tcb& t = s.tcb(side);
        if (++t.retransmissions > Simulator::kMaxRetransmissions) {
            note(Note::GaveUp);
            if (const char* edge = abortEdge(t.state))
                change(side, edge);
            return;
        }
        t.rtoMs *= 2;
        note(Note::Retransmitted);
        switch (t.state) {
        case TcpState::SynSent: emit(side, true, false, false, false, t.iss, 0); break;
        case TcpState::SynReceived: emit(side, true, true, false, false, t.iss, t.rcvNxt); break;
        default: {
            const std::uint32_t outstanding = t.sndNxt - t.sndUna;
            const std::uint32_t data = outstanding - (t.finSent && le(t.sndUna, t.finSeq) ? 1 : 0);
            if (data > 0)
                emit(side, false, true, false, false, t.sndUna, t.rcvNxt, data);
            if (t.finSent && le(t.sndUna, t.finSeq))
                emit(side, false, true, true, false, t.finSeq, t.rcvNxt);
            break;
        }
        }
        setTimer(side, TimerKind::Retransmit, t.rtoMs);
    }

    void applicationClose(Side side, bool orphan)
    {
        Tcb& t = s.tcb(side);
        switch (t.state) {
        case TcpState::Listen:
            change(side, "listen-close");
            return;
        case TcpState::SynSent:
            change(side, "synsent-close");
            return;
        case TcpState::SynReceived:
            change(side, "synrcvd-close");
            break;
        case TcpState::Established:
            change(side, "estab-close");
            break;
        case TcpState::CloseWait:
            change(side, "closewait-close");
            break;
        default:
            note(Note::NothingToDo);
            return;
        }
        s.tcb(side).orphaned = orphan;
        sendFin(side);
    }

    void run(const Command& c)
    {
        Tcb& t = s.tcb(c.side);
        switch (c.kind) {
        case CommandKind::PassiveOpen:
            if (t.state != TcpState::Closed)
                return note(Note::NothingToDo);
            change(c.side, "closed-passive-open");
            break;
        case CommandKind::ActiveOpen:
            if (t.state != TcpState::Closed)
                return note(Note::NothingToDo);
            t.iss = c.side == Side::A ? Simulator::kIssA : Simulator::kIssB;
            t.sndUna = t.iss;
            t.sndNxt = t.iss + 1;
            change(c.side, "closed-active-open");
            emit(c.side, true, false, false, false, t.iss, 0);
            armRetransmit(c.side);
            break;
        case CommandKind::Send:
            if (t.state == TcpState::Established || t.state == TcpState::CloseWait) {
                emit(c.side, false, true, false, false, t.sndNxt, t.rcvNxt, c.bytes);
                t.sndNxt += c.bytes;
                armRetransmit(c.side);
            } else if (t.state == TcpState::SynSent || t.state == TcpState::SynReceived) {
                t.queued += c.bytes;
                note(Note::DataQueued);
            } else if (t.state == TcpState::Listen) {
                // SEND on a listening TCB makes it active (§3.10.2): SYN now, the data after it.
                t.iss = c.side == Side::A ? Simulator::kIssA : Simulator::kIssB;
                t.sndUna = t.iss;
                t.sndNxt = t.iss + 1;
                t.queued = c.bytes;
                change(c.side, "listen-send");
                s.tcb(c.side).iss = t.iss;
                emit(c.side, true, false, false, false, t.iss, 0);
                armRetransmit(c.side);
            } else {
                note(Note::NothingToDo);
            }
            break;
        case CommandKind::Shutdown:
        case CommandKind::Close:
            if (t.state == TcpState::SynSent && c.kind == CommandKind::Shutdown) {
                t.finQueued = true; // sent once established (§3.10.4)
                note(Note::DataQueued);
                break;
            }
            applicationClose(c.side, c.kind == CommandKind::Close);
            break;
        case CommandKind::Abort: {
            const TcpState state = t.state;
            const char* edge = abortEdge(state);
            if (!edge)
                return note(Note::NothingToDo);
            const std::uint32_t seq = t.sndNxt;
            if (sendsRstOnAbort(state))
                emit(c.side, false, false, false, true, seq, 0);
            change(c.side, edge);
            break;
        }
        case CommandKind::Deliver:
        case CommandKind::Drop:
        case CommandKind::Duplicate: {
            if (c.index >= s.network.size())
                return note(Note::NothingToDo);
            const Segment seg = s.network[c.index];
            r.handled = seg;
            if (c.kind == CommandKind::Drop) {
                s.network.erase(s.network.begin() + std::ptrdiff_t(c.index));
                note(Note::SegmentDropped);
            } else if (c.kind == CommandKind::Duplicate) {
                Segment copy = seg;
                copy.id = s.nextSegmentId++;
                copy.sentAtStep = r.step;
                s.network.insert(s.network.begin() + std::ptrdiff_t(c.index) + 1, copy);
                r.sent.push_back(copy);
                note(Note::SegmentDuplicated);
            } else {
                s.network.erase(s.network.begin() + std::ptrdiff_t(c.index));
                receive(peer(seg.from), seg);
            }
            break;
        }
        case CommandKind::Timer: {
            if (s.timers.empty())
                return note(Note::NothingToDo);
            const auto next = std::min_element(s.timers.begin(), s.timers.end(),
                                               [](const Timer& x, const Timer& y) { return x.expiresMs < y.expiresMs; });
            const Timer timer = *next;
            s.timers.erase(next);
            s.nowMs = std::max(s.nowMs, timer.expiresMs);
            r.timerFired = timer.kind;
            r.timerSide = timer.side;
            if (timer.kind == TimerKind::Retransmit) {
                retransmit(timer.side);
            } else if (timer.kind == TimerKind::TimeWait) {
                note(Note::TimeWaitExpired);
                change(timer.side, "timewait-timeout");
            } else {
                note(Note::FinWait2Expired);
                change(timer.side, "finwait2-timeout");
            }
            break;
        }
        case CommandKind::SpoofedSyn: {
            Tcb& b = s.b;
            Listener& l = s.listener;
            if (b.state != TcpState::Listen)
                return note(Note::NothingToDo);
            s.spoofSeed = s.spoofSeed * 1103515245u + 12345u;
            if (l.backlog > 0 && l.halfOpen >= std::uint32_t(l.backlog)) {
                if (l.synCookies) {
                    ++l.cookies;
                    note(Note::SynCookieSent);
                } else {
                    ++l.dropped;
                    note(Note::SynDroppedQueueFull);
                }
            } else {
                ++l.halfOpen; // its SYN,ACK goes to an address that never answers
                note(Note::HalfOpenQueued);
            }
            break;
        }
        case CommandKind::SetSynCookies:
            s.listener.synCookies = c.bytes != 0;
            note(Note::SynCookiesChanged);
            break;
        case CommandKind::Listen:
            s.listener.backlog = int(c.bytes);
            note(Note::ListenBacklogSet);
            break;
        case CommandKind::Inject: {
            Segment seg = c.segment;
            seg.id = s.nextSegmentId++;
            seg.from = peer(c.side);
            seg.sentAtStep = r.step;
            r.handled = seg;
            receive(c.side, seg);
            break;
        }
        }
    }
};

} // namespace

Simulator::Simulator() { reset(); m_checkpoints = {m_state}; }

StepRecord Simulator::execute(const Command& command)
{
    StepRecord record;
    record.step = m_current + 1;
    record.command = command;
    Step step{m_state, record};
    step.run(command);
    record.stateA = m_state.a.state;
    record.stateB = m_state.b.state;
    record.nowMs = m_state.nowMs;
    return record;
}

const StepRecord& Simulator::apply(const Command& command)
{
    // A new step after stepping back replaces the steps that followed.
    m_commands.resize(std::size_t(m_current));
    m_records.resize(std::size_t(m_current));
    m_checkpoints.resize(std::size_t(m_current / kCheckpointEvery) + 1);
    m_commands.push_back(command);
    m_records.push_back(execute(command));
    ++m_current;
    if (m_current % kCheckpointEvery == 0)
        m_checkpoints.push_back(m_state);
    return m_records.back();
}

void Simulator::restore(int step)
{
    const int checkpoint = std::min(step / kCheckpointEvery, int(m_checkpoints.size()) - 1);
    m_state = m_checkpoints[std::size_t(checkpoint)];
    m_current = checkpoint * kCheckpointEvery;
    while (m_current < step) {
        execute(m_commands[std::size_t(m_current)]); // same commands, same state: deterministic
        ++m_current;
    }
}

void Simulator::jumpTo(int n) { restore(std::clamp(n, 0, int(m_commands.size()))); }

bool Simulator::stepBack()
{
    if (m_current == 0)
        return false;
    restore(m_current - 1);
    return true;
}

bool Simulator::stepForward()
{
    if (m_current >= int(m_commands.size()))
        return false;
    execute(m_commands[std::size_t(m_current)]);
    ++m_current;
    return true;
}

void Simulator::reset()
{
    m_state = SimState{};
    m_current = 0;
}

std::size_t Simulator::historyBytes() const
{
    std::size_t bytes = m_commands.capacity() * sizeof(Command) + m_records.capacity() * sizeof(StepRecord)
                        + m_checkpoints.capacity() * sizeof(SimState);
    for (const StepRecord& r : m_records)
        bytes += r.sent.capacity() * sizeof(Segment) + r.changes.capacity() * sizeof(StateChange)
                 + r.notes.capacity() * sizeof(Note);
    for (const SimState& s : m_checkpoints)
        bytes += s.network.capacity() * sizeof(Segment) + s.timers.capacity() * sizeof(Timer);
    return bytes;
}

} // namespace tsl::sim
