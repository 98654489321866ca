// RFC 9293 §3.10.7: SEGMENT ARRIVES, in the RFC's order: CLOSED, LISTEN, SYN_SENT, then the
// synchronized states' checks (sequence number, RST, SYN, ACK, data, FIN).
#include "stepcontext.h"

#include "model/transitiontable.h"
#include "sim/simulator.h"

namespace tsl::sim {

namespace {
constexpr auto lt = seqLess;
constexpr auto le = seqLessOrEqual;
} // namespace

void StepContext::receive(Side me, const Segment& seg)
{
    switch (s.tcb(me).state) {
    case TcpState::Closed: replyFromClosed(me, seg); break;
    case TcpState::Listen: receiveInListen(me, seg); break;
    case TcpState::SynSent: receiveInSynSent(me, seg); break;
    default: {
        const Tcb& t = s.tcb(me);
        // Linux keeps three of these in other structures than a full socket, with rules of their own.
        if (linux() && t.state == TcpState::SynReceived && t.passiveOpen)
            linuxReceiveRequest(me, seg);
        else if (linux() && t.state == TcpState::TimeWait)
            linuxReceiveTimeWait(me, seg);
        else if (linux() && t.state == TcpState::FinWait2 && t.orphaned)
            linuxReceiveOrphanFinWait2(me, seg);
        else if (!linux() && t.state == TcpState::SynReceived && seg.syn && seg.seq == t.irs)
            receiveSynchronized(me, trimmedSyn(seg));
        else
            receiveSynchronized(me, seg);
        break;
    }
    }
}

// SYN-RECEIVED: a segment whose SYN sits at IRS repeats the SYN already taken. §3.10.7.4 works on
// the idealized segment, trimmed of "any portions that lie outside the window (including SYN and
// FIN)": what remains begins at RCV.NXT and is processed from there.
Segment StepContext::trimmedSyn(const Segment& seg)
{
    cite(Source::RfcTrim);
    Segment rest = seg;
    rest.syn = false;
    rest.seq = seg.seq + 1;
    return rest;
}

// §3.10.7.1: a segment for a connection that does not exist draws a RST.
void StepContext::replyFromClosed(Side side, const Segment& seg)
{
    cite(linux() ? Source::LinuxNoSocket : Source::RfcClosed);
    if (seg.rst) {
        note(Note::RstIgnored);
        return;
    }
    resetFor(side, seg);
    note(Note::ResetForClosedPort);
}

bool StepContext::acceptable(const Tcb& t, const Segment& seg) const
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

void StepContext::receiveInListen(Side me, const Segment& seg, std::optional<std::uint32_t> iss)
{
    Tcb& t = s.tcb(me);
    Listener& l = s.listener;
    if (linux())
        cite(Source::LinuxListen);
    if (seg.rst) {
        cite(Source::RfcListenRst);
        note(Note::RstIgnored);
        return;
    }
    if (seg.ack) {
        cite(Source::RfcListenAck);
        // With SYN cookies on, an ACK whose number is a valid cookie creates the connection.
        if (me == Side::B && l.synCookies && seg.ackNo - 1 == synCookie(seg.seq - 1)) {
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
        cite(Source::RfcListenOther);
        note(Note::SegmentIgnored);
        return;
    }
    cite(Source::RfcListenSyn);
    if (linux() && seg.fin) {
        note(Note::LinuxSynFinDropped);
        return;
    }
    if (me == Side::B && l.backlog > 0 && l.halfOpen >= std::uint32_t(l.backlog)) {
        if (l.synCookies) {
            // No state kept: the ISS itself encodes the connection (the cookie).
            emit(me, true, true, false, false, synCookie(seg.seq), seg.seq + 1);
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
    t.iss = iss ? *iss : me == Side::A ? Simulator::kIssA : Simulator::kIssB;
    t.sndUna = t.iss;
    t.sndNxt = t.iss + 1;
    t.sndWnd = seg.window;
    change(me, "listen-rcv-syn");
    s.tcb(me).passiveOpen = true;
    emit(me, true, true, false, false, t.iss, t.rcvNxt);
    armRetransmit(me);
}

void StepContext::receiveInSynSent(Side me, const Segment& seg)
{
    Tcb& t = s.tcb(me);
    if (linux())
        cite(Source::LinuxSynSent);
    if (seg.ack && (le(seg.ackNo, t.iss) || lt(t.sndNxt, seg.ackNo))) {
        cite(Source::RfcSynSentAck);
        if (!seg.rst)
            emit(me, false, false, false, true, seg.ackNo, 0);
        note(seg.rst ? Note::RstIgnored : Note::ResetForBadAck);
        return;
    }
    if (seg.rst) {
        cite(Source::RfcSynSentRst);
        if (seg.ack)
            take(me, event::kRcvRst);
        else
            note(Note::RstIgnored);
        return;
    }
    if (!seg.syn) {
        cite(Source::RfcSynSentOther);
        note(Note::SegmentIgnored);
        return;
    }
    cite(Source::RfcSynSentSyn);
    t.irs = seg.seq;
    t.rcvNxt = seg.seq + 1;
    t.sndWnd = seg.window;
    if (seg.ack)
        t.sndUna = seg.ackNo;
    if (lt(t.iss, t.sndUna)) {
        change(me, "synsent-rcv-synack");
        clearTimers(me, SimTimerKind::Retransmit);
        s.tcb(me).retransmissions = 0;
        // Data on the SYN,ACK: RFC 9293 goes on to the text (sixth step on) and queues it; Linux
        // drops it (tcp_rcv_synsent_state_process() frees the segment after its ACK).
        if (seg.len > 0 && !linux()) {
            cite(Source::RfcText);
            s.tcb(me).rcvNxt += seg.len;
            note(Note::DataAccepted);
        }
        ackNow(me);
        sendPending(me);
    } else {
        change(me, "synsent-rcv-syn");
        emit(me, true, true, false, false, t.iss, t.rcvNxt);
    }
}

void StepContext::receiveSynchronized(Side me, const Segment& seg)
{
    Tcb& t = s.tcb(me);
    if (linux())
        cite(Source::LinuxValidate);
    // A retransmitted FIN in TIME_WAIT: acknowledge it again and restart 2MSL (§3.10.7.4).
    if (t.state == TcpState::TimeWait && seg.fin && !seg.rst && seg.seq + seg.len + 1 == t.rcvNxt) {
        cite(Source::RfcAckTimeWait);
        ackNow(me);
        setTimer(me, SimTimerKind::TimeWait, Simulator::kTwoMslMs);
        note(Note::TimeWaitRestarted);
        return;
    }
    // Simultaneous open: the peer's SYN,ACK repeats the SYN we already took, and acknowledges
    // ours. RFC 9293 Figure 8 (and Linux) take it as the ACK that completes the handshake.
    if (linux() && t.state == TcpState::SynReceived && !t.passiveOpen && seg.syn && seg.ack && !seg.rst
        && seg.seq + 1 == t.rcvNxt && seg.ackNo == t.sndNxt) {
        cite(Source::LinuxStateProcess);
        t.sndUna = seg.ackNo;
        t.sndWnd = seg.window;
        change(me, "synrcvd-rcv-ack");
        clearTimers(me, SimTimerKind::Retransmit);
        if (linux()) {
            // Its SYN is old sequence space now: Linux acknowledges it at once.
            ackNow(me);
            note(Note::LinuxOldSequenceAcked);
        }
        sendPending(me);
        return;
    }
    // Linux discards a segment with none of ACK, SYN and RST before it looks at its number.
    if (linux() && !seg.ack && !seg.syn && !seg.rst) {
        note(Note::LinuxNoAckDropped);
        return;
    }
    // First: is the segment in the window?
    const bool inWindow = linux() ? linuxAcceptable(t, seg) : acceptable(t, seg);
    cite(Source::RfcSequence);
    if (inWindow && linux())
        noteWindowEdge(t, seg);
    if (!inWindow) {
        // tcp_reset_check(): after the peer's FIN, a RST may carry the number before it.
        const bool afterFin = t.state == TcpState::CloseWait || t.state == TcpState::Closing || t.state == TcpState::LastAck;
        if (linux() && seg.rst && afterFin && seg.seq + 1 == t.rcvNxt) {
            note(Note::LinuxRstBeforeFin);
            take(me, event::kRcvRst);
            return;
        }
        if (!seg.rst) {
            ackNow(me);
            note(Note::UnacceptableAcked);
            if (linux() && t.state == TcpState::SynReceived && seg.syn && seg.seq == t.irs)
                note(Note::LinuxRepeatedSynNotTrimmed);
        } else {
            note(Note::RstIgnored);
        }
        return;
    }
    // Second: RST. Only an exact match resets; another in-window RST gets a challenge ACK.
    if (seg.rst) {
        cite(t.state == TcpState::SynReceived ? Source::RfcRstSynReceived : Source::RfcRst);
        if (seg.seq != t.rcvNxt) {
            cite(Source::Rfc5961);
            ackNow(me);
            note(Note::ChallengeAck);
            return;
        }
        take(me, t.state == TcpState::SynReceived && !t.passiveOpen ? event::kRcvRstActiveOpen : event::kRcvRst);
        return;
    }
    // Fourth: a SYN returns a passive SYN_RECEIVED to LISTEN; elsewhere it gets a challenge ACK
    // (RFC 5961 §4).
    if (seg.syn && !linux() && t.state == TcpState::SynReceived && t.passiveOpen) {
        cite(Source::RfcSynSynReceived);
        note(Note::SynReturnsToListen);
        change(me, "synrcvd-rcv-rst");
        return;
    }
    if (seg.syn) {
        cite(Source::RfcSyn);
        cite(Source::Rfc5961);
        if (linux() && t.state == TcpState::SynReceived && seg.seq == t.irs)
            note(Note::LinuxRepeatedSynNotTrimmed);
        ackNow(me);
        note(Note::ChallengeAck);
        return;
    }
    // Fifth: the ACK field.
    cite(t.state == TcpState::SynReceived ? Source::RfcAckSynReceived : t.state == TcpState::TimeWait ? Source::RfcAckTimeWait : Source::RfcAck);
    if (linux())
        cite(Source::LinuxAck);
    if (!seg.ack) {
        note(Note::SegmentIgnored);
        return;
    }
    if (t.state == TcpState::SynReceived) {
        if (lt(t.sndUna, seg.ackNo) && le(seg.ackNo, t.sndNxt)) {
            change(me, "synrcvd-rcv-ack");
            clearTimers(me, SimTimerKind::Retransmit);
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
        clearTimers(me, SimTimerKind::Retransmit);
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

    // A FIN counts here only where the segment begins at RCV.NXT (RFC 9293 holds the rest for
    // later; Linux queues it out of order): else the ACK alone moves FIN_WAIT_1 on.
    const bool finHere = seg.fin && seg.seq == t.rcvNxt;
    switch (t.state) {
    case TcpState::FinWait1:
        if (finAckedNow && !finHere) {
            change(me, "finwait1-rcv-ack");
            if (s.tcb(me).orphaned)
                setTimer(me, SimTimerKind::FinWait2, Simulator::kFinWait2Ms);
        }
        break;
    case TcpState::Closing:
        if (finAckedNow) {
            change(me, "closing-rcv-ack");
            setTimer(me, SimTimerKind::TimeWait, Simulator::kTwoMslMs);
            // Linux moves to TIME_WAIT and discards the rest (tcp_rcv_state_process()); RFC
            // 9293 goes on to the FIN, which TIME-WAIT acknowledges again (eighth check).
            if (linux() && seg.fin)
                note(Note::LinuxRestDiscarded);
            if (linux() || !seg.fin || seg.seq != t.rcvNxt)
                return;
            cite(Source::RfcFin);
            ackNow(me);
            note(Note::TimeWaitRestarted);
            return;
        }
        if (!linux()) {
            note(Note::SegmentIgnored); // "otherwise ignore the segment"
            return;
        }
        break;
    case TcpState::LastAck:
        if (finAckedNow) {
            change(me, "lastack-rcv-ack");
            return;
        }
        break;
    case TcpState::TimeWait:
        // "The only thing that can arrive in this state is a retransmission of the remote FIN.
        // Acknowledge it, and restart the 2 MSL timeout." Nothing advances: the FIN is counted.
        // A bare ACK at RCV.NXT is the last ACK again: answering it would never end.
        if (!linux()) {
            if (seg.seqLength() == 0 && seg.len == 0 && seg.seq == t.rcvNxt)
                return;
            ackNow(me);
            setTimer(me, SimTimerKind::TimeWait, Simulator::kTwoMslMs);
            note(Note::TimeWaitRestarted);
            return;
        }
        break;
    default:
        break;
    }

    if (linux())
        linuxSegmentText(me, seg, finAckedNow);
    else
        segmentText(me, seg, finAckedNow);
}

// Seventh and eighth: the data and the FIN.
void StepContext::segmentText(Side me, const Segment& seg, bool finAckedNow)
{
    Tcb& u = s.tcb(me);
    bool mustAck = false;
    if (seg.len > 0) {
        cite(Source::RfcText);
        if (u.state == TcpState::Established || u.state == TcpState::FinWait1 || u.state == TcpState::FinWait2) {
            if (seg.seq == u.rcvNxt) {
                u.rcvNxt += seg.len;
                note(Note::DataAccepted);
            } else {
                note(Note::OutOfOrderDropped); // this simulator does not queue it
            }
            mustAck = true;
        }
    }
    if (seg.fin)
        cite(Source::RfcFin);
    // After the peer's FIN (CLOSE_WAIT, CLOSING, LAST_ACK) a FIN at RCV.NXT is that FIN again: it is
    // counted already, so nothing advances; the ACK repeats RCV.NXT.
    const bool peerFinIn = u.state == TcpState::CloseWait || u.state == TcpState::Closing || u.state == TcpState::LastAck;
    if (seg.fin && peerFinIn && seg.seq == u.rcvNxt) {
        mustAck = true;
    } else if (seg.fin && u.state != TcpState::Closed && u.state != TcpState::Listen && seg.seq + seg.len == u.rcvNxt) {
        u.rcvNxt += 1;
        mustAck = true;
        takeFin(me, finAckedNow);
    }
    if (mustAck)
        ackNow(me);
}

// The FIN at RCV.NXT (already counted in RCV.NXT): the state it moves to (§3.10.7.4, eighth).
void StepContext::takeFin(Side me, bool finAckedNow)
{
    switch (s.tcb(me).state) {
    case TcpState::Established:
        change(me, "estab-rcv-fin");
        break;
    case TcpState::FinWait1:
        if (finAckedNow) {
            change(me, "finwait1-rcv-finack");
            clearTimers(me);
            setTimer(me, SimTimerKind::TimeWait, Simulator::kTwoMslMs);
        } else {
            change(me, "finwait1-rcv-fin");
        }
        break;
    case TcpState::FinWait2:
        change(me, "finwait2-rcv-fin");
        clearTimers(me, SimTimerKind::FinWait2);
        setTimer(me, SimTimerKind::TimeWait, Simulator::kTwoMslMs);
        break;
    default:
        break; // CLOSE_WAIT, CLOSING, LAST_ACK: a duplicate FIN, acknowledged
    }
}

} // namespace tsl::sim
