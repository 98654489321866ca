// Profile linux: where the Linux kernel answers an arriving segment differently from RFC 9293
// §3.10.7 (each case measured on the real kernel: tests/data/whatif_table.tsv). Linux keeps a
// passive SYN_RECEIVED as a request socket beside its listener (tcp_check_req()), TIME_WAIT and
// an orphaned FIN_WAIT_2 as timewait sockets (tcp_timewait_state_process()), and checks a full
// socket's segments in tcp_validate_incoming() and tcp_rcv_state_process(). Every step that
// parts from the RFC carries a note naming the Linux behaviour.
#include "stepcontext.h"

#include "model/transitiontable.h"
#include "sim/simulator.h"

namespace tsl::sim {

namespace {
constexpr auto lt = seqLess;
constexpr auto le = seqLessOrEqual;
// Linux picks a new connection's ISS above everything the old one sent (tcp_timewait_state_process()).
constexpr std::uint32_t kTimeWaitIssGap = 65535 + 2;
} // namespace

// tcp_sequence(): not entirely before RCV.NXT, and starting no later than RCV.NXT+RCV.WND — the
// right edge itself included (RFC 9293 §3.10.7.4 excludes it).
bool StepContext::linuxAcceptable(const Tcb& t, const Segment& seg) const
{
    const std::uint32_t end = seg.seq + seg.seqLength();
    return le(t.rcvNxt, end) && le(seg.seq, t.rcvNxt + t.rcvWnd);
}

// tcp_in_window(), for request and timewait sockets: starts at RCV.NXT, or overlaps the window,
// or is empty and sits exactly on its right edge.
bool StepContext::linuxInWindow(const Tcb& t, const Segment& seg) const
{
    const std::uint32_t end = seg.seq + seg.seqLength();
    const std::uint32_t right = t.rcvNxt + t.rcvWnd;
    if (seg.seq == t.rcvNxt)
        return true;
    if (lt(t.rcvNxt, end) && lt(seg.seq, right))
        return true;
    return seg.seq == right && seg.seq == end;
}

void StepContext::noteWindowEdge(const Tcb& t, const Segment& seg)
{
    if (seg.seq == t.rcvNxt + t.rcvWnd && !acceptable(t, seg))
        note(Note::LinuxWindowEdge);
}

// The RST that answers `seg` (tcp_v4_send_reset(), and §3.10.7.1): its ACK number as our
// sequence number, or, without ACK, an ACK of everything the segment occupied.
void StepContext::resetFor(Side me, const Segment& seg)
{
    if (seg.ack)
        emit(me, false, false, false, true, seg.ackNo, 0);
    else
        emit(me, false, true, false, true, 0, seg.seq + seg.seqLength());
}

void StepContext::linuxReceiveRequest(Side me, const Segment& seg)
{
    Tcb& t = s.tcb(me);
    cite(Source::LinuxCheckReq);
    // The peer's SYN once more (its SYN,ACK lost, or the SYN duplicated): the SYN,ACK again.
    // tcp_check_req() looks at RST, SYN and ACK only: a FIN beside the SYN changes nothing.
    if (seg.syn && !seg.ack && !seg.rst && seg.seq == t.irs) {
        emit(me, true, true, false, false, t.iss, t.rcvNxt);
        note(Note::LinuxSynAckRepeated);
        return;
    }
    // The ACK number is checked before the sequence number; the listener answers a wrong one.
    if (seg.ack && seg.ackNo != t.iss + 1) {
        if (seg.rst) {
            note(Note::RstIgnored);
            return;
        }
        emit(me, false, false, false, true, seg.ackNo, 0);
        note(Note::LinuxRequestBadAck);
        return;
    }
    if (!linuxInWindow(t, seg)) {
        if (!seg.rst) {
            ackNow(me);
            note(Note::UnacceptableAcked);
            if (seg.syn && seg.seq == t.irs)
                note(Note::LinuxRepeatedSynNotTrimmed);
        } else {
            note(Note::RstIgnored);
        }
        return;
    }
    noteWindowEdge(t, seg);
    // RFC 793's rule, kept by Linux for request sockets: an in-window SYN resets the request
    // and the listener alone remains (RFC 9293's text: "return this connection to LISTEN").
    if (seg.syn && !seg.rst) {
        resetFor(me, seg);
        note(Note::LinuxRequestReset);
        change(me, "synrcvd-rcv-rst");
        return;
    }
    receiveSynchronized(me, seg);
}

void StepContext::linuxReceiveTimeWait(Side me, const Segment& seg)
{
    Tcb& t = s.tcb(me);
    cite(Source::LinuxTimewait);
    // Exactly at RCV.NXT and empty: a bare ACK restarts 2MSL; a RST ends TIME_WAIT
    // (net.ipv4.tcp_rfc1337 = 0, the default: "TIME_WAIT assassination"), or with
    // tcp_rfc1337 = 1 is ignored (RFC 1337).
    if (seg.seq == t.rcvNxt && (seg.seqLength() == 0 || seg.rst)) {
        if (seg.rst && s.settings.rfc1337) {
            cite(Source::Rfc1337);
            note(Note::LinuxTimeWaitRstIgnored);
            return;
        }
        if (seg.rst) {
            take(me, event::kRcvRst);
            return;
        }
        setTimer(me, SimTimerKind::TimeWait, Simulator::kTwoMslMs);
        note(Note::DuplicateIgnored);
        return;
    }
    // A new SYN above RCV.NXT may open a new connection on the same ports (RFC 6191, RFC 1122
    // §4.2.2.13) if a listener takes it: TIME_WAIT ends at once.
    const std::optional<bool> listener = me == Side::A ? s.settings.listenerBesideA : s.settings.listenerBesideB;
    if (seg.syn && !seg.rst && !seg.ack && lt(t.rcvNxt, seg.seq) && listener.value_or(t.passiveOpen)) {
        cite(Source::Rfc6191);
        const std::uint32_t iss = t.sndNxt + kTimeWaitIssGap;
        change(me, "timewait-timeout");
        if (seg.fin) {
            note(Note::LinuxTimeWaitNewSynFin); // the listener discards SYN+FIN
            return;
        }
        note(Note::LinuxTimeWaitNewSyn);
        change(me, "closed-passive-open");
        receiveInListen(me, seg, iss);
        return;
    }
    if (seg.rst) {
        note(Note::LinuxTimeWaitRstIgnored);
        return;
    }
    // Everything else is acknowledged at once; with the ACK flag, 2MSL starts again.
    const bool retransmittedFin = seg.fin && seg.seq + seg.len + 1 == t.rcvNxt;
    ackNow(me);
    if (seg.ack)
        setTimer(me, SimTimerKind::TimeWait, Simulator::kTwoMslMs);
    note(retransmittedFin ? Note::TimeWaitRestarted : Note::LinuxTimeWaitAcked);
}

void StepContext::linuxReceiveOrphanFinWait2(Side me, const Segment& seg)
{
    Tcb& t = s.tcb(me);
    cite(Source::LinuxTimewait);
    if (!linuxInWindow(t, seg)) {
        ackNow(me);
        note(Note::LinuxOrphanOutOfWindowAcked);
        return;
    }
    noteWindowEdge(t, seg);
    if (seg.rst) {
        note(Note::LinuxOrphanRstKills);
        take(me, event::kRcvRst);
        return;
    }
    if (seg.syn && le(t.rcvNxt, seg.seq)) {
        resetFor(me, seg);
        note(Note::LinuxOrphanSynReset);
        take(me, event::kAbort);
        return;
    }
    const std::uint32_t end = seg.seq + seg.seqLength();
    if (!seg.ack) {
        note(Note::SegmentIgnored);
        return;
    }
    if (le(end, t.rcvNxt) || seg.seqLength() == 0) {
        note(Note::DuplicateIgnored);
        return;
    }
    // New data, or a FIN that is not exactly the next number: the application is gone, so a RST.
    if (!seg.fin || end != t.rcvNxt + 1) {
        resetFor(me, seg);
        note(Note::LinuxAbortOnData);
        take(me, event::kAbort);
        return;
    }
    t.rcvNxt = end;
    takeFin(me, false);
    ackNow(me);
}

// Step seven of tcp_rcv_state_process() and tcp_data_queue(): the segment's data and FIN in a
// full socket, after its ACK was processed.
void StepContext::linuxSegmentText(Side me, const Segment& seg, bool finAckedNow)
{
    Tcb& u = s.tcb(me);
    if (seg.len == 0 && !seg.fin)
        return;
    cite(Source::LinuxDataQueue);
    switch (u.state) {
    case TcpState::CloseWait:
    case TcpState::Closing:
    case TcpState::LastAck:
        // The peer's FIN came already: nothing new can follow it.
        if (le(u.rcvNxt, seg.seq)) {
            note(Note::LinuxIgnoredAfterFin);
            return;
        }
        break;
    case TcpState::FinWait1:
    case TcpState::FinWait2:
        // RFC 1122 §4.2.2.13: data for an application that closed draws a RST (TCPAbortOnData).
        if (u.orphaned && lt(u.rcvNxt, seg.seq + seg.len)) {
            cite(Source::Rfc1122AbortOnData);
            resetFor(me, seg);
            note(Note::LinuxAbortOnData);
            take(me, event::kAbort);
            return;
        }
        break;
    default:
        break;
    }
    const std::uint32_t end = seg.seq + seg.len + (seg.fin ? 1 : 0);
    if (le(end, u.rcvNxt)) {
        ackNow(me);
        note(Note::LinuxOldSequenceAcked);
        return;
    }
    if (lt(u.rcvNxt, seg.seq)) {
        ackNow(me);
        note(Note::LinuxOutOfOrderAcked);
        return;
    }
    const bool takesData = u.state == TcpState::Established || u.state == TcpState::FinWait1 || u.state == TcpState::FinWait2;
    if (seg.len > 0 && takesData) {
        u.rcvNxt = seg.seq + seg.len;
        note(Note::DataAccepted);
    }
    if (seg.fin && u.rcvNxt == seg.seq + seg.len) {
        u.rcvNxt += 1;
        takeFin(me, finAckedNow);
    }
    ackNow(me);
}

} // namespace tsl::sim
