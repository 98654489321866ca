#include "simtext.h"

#include "model/transitiontable.h"
#include "text/statetext.h"

#include <algorithm>

namespace tsl::sim {

namespace {
QString side(Side s) { return QString::fromLatin1(sideName(s)); }

QString fromEngine(const char* text) { return QCoreApplication::translate("SimText", text); }
} // namespace

QString SimText::segmentLabel(const Segment& seg) { return QString::fromStdString(sim::segmentLabel(seg)); }

QString SimText::segmentText(const Segment& seg)
{
    const QString from = seg.spoofed && seg.from == Side::A ? QStringLiteral("?") : side(seg.from);
    const QString to = seg.spoofed && seg.from == Side::B ? QStringLiteral("?") : side(peer(seg.from));
    return QStringLiteral("%1→%2 %3").arg(from, to, segmentLabel(seg));
}

QString SimText::timerName(SimTimerKind kind)
{
    switch (kind) {
    case SimTimerKind::Retransmit: return QStringLiteral("RTO");
    case SimTimerKind::TimeWait: return QStringLiteral("2MSL");
    case SimTimerKind::FinWait2: return QStringLiteral("fin_timeout");
    }
    return {};
}

QString SimText::commandText(const Command& c)
{
    const QString who = side(c.side);
    switch (c.kind) {
    case CommandKind::PassiveOpen: return tr("%1: listen").arg(who);
    case CommandKind::ActiveOpen: return tr("%1: connect").arg(who);
    case CommandKind::Send: return tr("%1: send %2 bytes").arg(who).arg(c.bytes);
    case CommandKind::Shutdown: return tr("%1: shut down writing").arg(who);
    case CommandKind::Close: return tr("%1: close").arg(who);
    case CommandKind::Abort: return tr("%1: abort").arg(who);
    case CommandKind::Deliver:
        return c.index == 0 ? tr("Network: deliver") : tr("Network: deliver #%1 out of order").arg(c.index + 1);
    case CommandKind::Drop: return tr("Network: drop #%1").arg(c.index + 1);
    case CommandKind::Duplicate: return tr("Network: duplicate #%1").arg(c.index + 1);
    case CommandKind::Timer: return tr("Time passes: next timer");
    case CommandKind::SpoofedSyn: return tr("Flood: spoofed SYN to B");
    case CommandKind::SetSynCookies: return c.bytes ? tr("B: SYN cookies on") : tr("B: SYN cookies off");
    case CommandKind::Listen: return tr("B: listen backlog %1").arg(c.bytes);
    case CommandKind::Inject: return tr("Crafted segment to %1: %2").arg(who, segmentLabel(c.segment));
    }
    return {};
}

QString SimText::commandText(const StepRecord& step)
{
    const Command& c = step.command;
    const auto seg = [&] { return step.handled ? segmentText(*step.handled) : QString(); };
    switch (c.kind) {
    case CommandKind::Deliver:
        if (!step.handled)
            break;
        return c.index == 0 ? tr("Network: deliver %1").arg(seg())
                            : tr("Network: deliver #%1 out of order: %2").arg(c.index + 1).arg(seg());
    case CommandKind::Drop:
        if (step.handled)
            return tr("Network: drop %1").arg(seg());
        break;
    case CommandKind::Duplicate:
        if (step.handled)
            return tr("Network: duplicate %1").arg(seg());
        break;
    case CommandKind::Timer:
        if (step.timerFired)
            return tr("Time passes: %1's %2 timer fires").arg(side(step.timerSide), timerName(*step.timerFired));
        break;
    case CommandKind::SpoofedSyn:
        if (step.handled)
            return tr("Flood: spoofed %1").arg(seg());
        break;
    default:
        break;
    }
    return commandText(c);
}

QString SimText::seqPositionText(SeqPosition position)
{
    QString notation = QString::fromLatin1(seqPositionNotation(position));
    switch (position) {
    case SeqPosition::BeforeWindow: return tr("%1 — left of the window: already received").arg(notation);
    case SeqPosition::RcvNxt: return tr("%1 — exactly the next expected").arg(notation);
    case SeqPosition::RcvNxtPlus1: return tr("%1 — inside the window, not the next expected").arg(notation);
    case SeqPosition::WindowLast: return tr("%1 — the last number inside the window").arg(notation);
    case SeqPosition::BeyondWindow: return tr("%1 — right of the window: outside").arg(notation);
    }
    return notation;
}

QString SimText::ackPositionText(AckPosition position)
{
    QString notation = QString::fromLatin1(ackPositionNotation(position));
    switch (position) {
    case AckPosition::BeforeSndUna: return tr("%1 — acknowledges old data").arg(notation);
    case AckPosition::SndUna: return tr("%1 — acknowledges nothing new").arg(notation);
    case AckPosition::SndNxt: return tr("%1 — acknowledges everything sent").arg(notation);
    case AckPosition::BeyondSndNxt: return tr("%1 — acknowledges data never sent").arg(notation);
    }
    return notation;
}

QString SimText::note(Note note, const StepRecord& step)
{
    const QString who = step.handled ? side(peer(step.handled->from)) : side(step.command.side);
    switch (note) {
    case Note::None: return {};
    case Note::SegmentDropped: return tr("The network loses the segment; its sender will notice only when its retransmission timer fires.");
    case Note::SegmentDuplicated: return tr("The network duplicates the segment: the copy arrives later as an old duplicate.");
    case Note::DataAccepted: return tr("%1 accepts the data in order, advances RCV.NXT and acknowledges it (RFC 9293 §3.10.7.4, seventh).").arg(who);
    case Note::AckAdvanced: return tr("%1's SND.UNA advances: what it sent is acknowledged, its retransmission timer stops (§3.10.7.4, fifth).").arg(who);
    case Note::DuplicateIgnored: return tr("%1 has seen this acknowledgement already and ignores it.").arg(who);
    case Note::UnacceptableAcked: return tr("The segment is outside %1's receive window: %1 answers with an ACK and drops it (§3.10.7.4, first).").arg(who);
    case Note::OutOfOrderDropped: return tr("The data is inside %1's window but not at RCV.NXT: %1 acknowledges what it expects; this simulator does not keep out-of-order data.").arg(who);
    case Note::ChallengeAck: return tr("%1 answers with a challenge ACK instead of resetting (RFC 5961, adopted by RFC 9293).").arg(who);
    case Note::ResetForClosedPort: return tr("%1 has no connection for this segment: it answers with a RST (§3.10.7.1).").arg(who);
    case Note::ResetForBadAck: return tr("The segment acknowledges something %1 never sent: %1 answers with a RST (§3.10.7.2-4).").arg(who);
    case Note::RstIgnored: return tr("%1 ignores the RST: it does not match the connection's sequence numbers.").arg(who);
    case Note::Retransmitted: return tr("%1's retransmission timer fires: the unacknowledged segment is sent again and the timeout doubles (RFC 6298).").arg(side(step.timerSide));
    case Note::TimeWaitRestarted: return tr("%1 is in TIME_WAIT and the peer's FIN comes again: its ACK was lost, so %1 acknowledges it again and restarts 2MSL (§3.10.7.4, eighth).").arg(who);
    case Note::TimeWaitExpired: return tr("%1's 2MSL timer expires: 60 s on Linux (RFC 9293's MSL of 2 min would make it 4 min).").arg(side(step.timerSide));
    case Note::FinWait2Expired: return tr("%1's application is gone and the peer never closed: Linux deletes the orphaned FIN_WAIT_2 after tcp_fin_timeout (60 s); the RFC has no such timer.").arg(side(step.timerSide));
    case Note::GaveUp: return tr("%1 has retransmitted too often and gives up: the connection is closed (§3.8.3).").arg(side(step.timerSide));
    case Note::HalfOpenQueued: return tr("A SYN from a spoofed address: B answers with SYN,ACK into the void and keeps one more half-open connection in SYN_RECEIVED.");
    case Note::SynDroppedQueueFull: return tr("B's half-open queue is full: the SYN is dropped (Linux counts it in ListenDrops).");
    case Note::SynCookieSent: return tr("B's queue is full but SYN cookies are on: B answers with a SYN,ACK whose sequence number encodes the connection, and keeps no state.");
    case Note::CookieAccepted: return tr("The ACK returns a valid cookie: only now does B create the connection, rebuilt from the cookie; it passes SYN_RECEIVED within this one step and is ESTABLISHED.");
    case Note::SynCookiesChanged: return tr("B turns SYN cookies on (net.ipv4.tcp_syncookies).");
    case Note::ListenBacklogSet: return tr("B's listener takes at most this many half-open connections.");
    case Note::SegmentIgnored: return tr("%1 has no use for this segment in its state and drops it.").arg(who);
    case Note::NothingToDo: return tr("Nothing happens: the command does not apply now.");
    case Note::DataQueued: return tr("%1 queues the request until the connection is established.").arg(side(step.command.side));
    case Note::SynReturnsToListen: return tr("%1 is in SYN_RECEIVED, reached from LISTEN, and a SYN arrives inside its window: the connection returns to LISTEN and sends nothing (RFC 9293 §3.10.7.4, fourth check, SYN-RECEIVED).").arg(who);
    case Note::LinuxRepeatedSynNotTrimmed: return tr("Linux judges the segment whole (tcp_sequence()): its SYN at IRS lies before the window, so %1 answers with an ACK; RFC 9293 trims the repeated SYN off and processes the rest from RCV.NXT.").arg(who);
    case Note::LinuxRestDiscarded: return tr("The ACK of %1's FIN moves it to TIME_WAIT and Linux discards the rest of the segment (tcp_rcv_state_process()); RFC 9293 goes on to the FIN and acknowledges it again.").arg(who);
    case Note::LinuxResetCarriesAck: return tr("Linux's RST for an abort also carries ACK with RCV.NXT (tcp_send_active_reset()); RFC 9293 §3.10.5 sends a bare RST with SEQ = SND.NXT.");
    case Note::LinuxSynFinDropped: return tr("Linux drops a SYN that also carries FIN in LISTEN (tcp_rcv_state_process() discards it) and answers nothing; RFC 9293 would take the SYN and answer SYN,ACK.");
    case Note::LinuxRequestReset: return tr("Linux keeps a passive SYN_RECEIVED as a request socket beside its listener (tcp_check_req()): a SYN inside the window resets it with a RST and only the listener remains, LISTEN, as RFC 793 said; RFC 9293 with RFC 5961 answers a challenge ACK instead.");
    case Note::LinuxRequestBadAck: return tr("Linux checks the ACK number of a request socket before the sequence number (tcp_check_req()): an ACK of anything but its SYN,ACK goes to the listener, which answers with a RST.");
    case Note::LinuxSynAckRepeated: return tr("%1's peer sends its SYN again: Linux's request socket answers with its SYN,ACK once more (tcp_check_req()).").arg(who);
    case Note::LinuxNoAckDropped: return tr("Linux discards a segment that has none of ACK, SYN and RST before it looks at the sequence number (tcp_rcv_state_process()): no answer, where RFC 9293 would answer a segment outside the window with an ACK.");
    case Note::LinuxWindowEdge: return tr("The segment starts exactly at RCV.NXT+RCV.WND: Linux counts it inside the window (tcp_sequence() tests \"not after\" the right edge; tcp_in_window(), for request and timewait sockets, lets an empty segment sit there); RFC 9293 counts it outside.");
    case Note::LinuxOutOfOrderAcked: return tr("The segment's sequence space starts beyond RCV.NXT: Linux keeps it in its out-of-order queue and acknowledges RCV.NXT at once (a duplicate ACK, tcp_data_queue()); RFC 9293 needs no answer.");
    case Note::LinuxOldSequenceAcked: return tr("%1 has received this sequence space already: Linux acknowledges RCV.NXT again at once (tcp_data_queue()).").arg(who);
    case Note::LinuxIgnoredAfterFin: return tr("%1 has received the peer's FIN already: Linux ignores data or a FIN at or beyond RCV.NXT without an answer (tcp_rcv_state_process()); RFC 9293 acknowledges a FIN again.").arg(who);
    case Note::LinuxAbortOnData: return tr("%1's application has closed the socket, yet new data or a FIN beyond RCV.NXT arrives: Linux answers with a RST and closes the connection at once (RFC 1122 §4.2.2.13, counted as TCPAbortOnData); RFC 9293 would go on receiving.").arg(who);
    case Note::LinuxRstBeforeFin: return tr("%1 has received the peer's FIN: Linux also takes a RST whose sequence number is RCV.NXT-1, the FIN's own (tcp_reset_check()).").arg(who);
    case Note::LinuxOrphanSynReset: return tr("%1 is an orphaned FIN_WAIT_2 (its application closed): Linux keeps it as a timewait socket, which answers a SYN at or beyond RCV.NXT with a RST and is deleted (tcp_timewait_state_process()); RFC 9293 answers a challenge ACK.").arg(who);
    case Note::LinuxOrphanRstKills: return tr("%1 is an orphaned FIN_WAIT_2, a timewait socket in Linux: any RST inside its window deletes it, without RFC 5961's challenge ACK (tcp_timewait_state_process()).").arg(who);
    case Note::LinuxOrphanOutOfWindowAcked: return tr("%1 is an orphaned FIN_WAIT_2, a timewait socket in Linux: a segment outside its window, even a RST, is answered with an ACK (tcp_timewait_state_process()).").arg(who);
    case Note::LinuxTimeWaitAcked: return tr("%1 is in TIME_WAIT: Linux acknowledges every segment that is not exactly at RCV.NXT at once, and restarts 2MSL if it carries an ACK (tcp_timewait_state_process()); RFC 9293 acknowledges only a retransmitted FIN.").arg(who);
    case Note::LinuxTimeWaitRstIgnored: return tr("%1 is in TIME_WAIT: Linux ignores a RST that is not exactly at RCV.NXT, without RFC 5961's challenge ACK (tcp_timewait_state_process()).").arg(who);
    case Note::LinuxTimeWaitNewSyn: return tr("A new SYN above RCV.NXT reaches %1 in TIME_WAIT: Linux ends TIME_WAIT at once and %1's listener takes the SYN as a new connection, with an initial sequence number above the old connection's (RFC 6191, RFC 1122 §4.2.2.13); RFC 9293 answers with an ACK and stays in TIME_WAIT.").arg(who);
    case Note::LinuxTimeWaitNewSynFin: return tr("A new SYN above RCV.NXT reaches %1 in TIME_WAIT: Linux ends TIME_WAIT at once and hands it to %1's listener (RFC 6191), which drops it because it carries FIN too; the connection is gone, the listener stays.").arg(who);
    }
    return {};
}

QString SimText::source(Source source)
{
    switch (source) {
    case Source::RfcClosed: return tr("RFC 9293 §3.10.7.1, CLOSED");
    case Source::RfcListenRst: return tr("RFC 9293 §3.10.7.2, first check (RST), LISTEN");
    case Source::RfcListenAck: return tr("RFC 9293 §3.10.7.2, second check (ACK), LISTEN");
    case Source::RfcListenSyn: return tr("RFC 9293 §3.10.7.2, third check (SYN), LISTEN");
    case Source::RfcListenOther: return tr("RFC 9293 §3.10.7.2, fourth check (other text or control), LISTEN");
    case Source::RfcSynSentAck: return tr("RFC 9293 §3.10.7.3, first check (ACK), SYN-SENT");
    case Source::RfcSynSentRst: return tr("RFC 9293 §3.10.7.3, second check (RST), SYN-SENT");
    case Source::RfcSynSentSyn: return tr("RFC 9293 §3.10.7.3, fourth check (SYN), SYN-SENT");
    case Source::RfcSynSentOther: return tr("RFC 9293 §3.10.7.3, fifth check (neither SYN nor RST), SYN-SENT");
    case Source::RfcTrim: return tr("RFC 9293 §3.10.7.4, the segment trimmed to the window");
    case Source::RfcSequence: return tr("RFC 9293 §3.10.7.4, first check (sequence number)");
    case Source::RfcRst: return tr("RFC 9293 §3.10.7.4, second check (RST)");
    case Source::RfcRstSynReceived: return tr("RFC 9293 §3.10.7.4, second check (RST), SYN-RECEIVED");
    case Source::RfcSyn: return tr("RFC 9293 §3.10.7.4, fourth check (SYN)");
    case Source::RfcSynSynReceived: return tr("RFC 9293 §3.10.7.4, fourth check (SYN), SYN-RECEIVED");
    case Source::RfcAck: return tr("RFC 9293 §3.10.7.4, fifth check (ACK)");
    case Source::RfcAckSynReceived: return tr("RFC 9293 §3.10.7.4, fifth check (ACK), SYN-RECEIVED");
    case Source::RfcAckTimeWait: return tr("RFC 9293 §3.10.7.4, fifth check (ACK), TIME-WAIT");
    case Source::RfcText: return tr("RFC 9293 §3.10.7.4, seventh check (segment text)");
    case Source::RfcFin: return tr("RFC 9293 §3.10.7.4, eighth check (FIN)");
    case Source::Rfc5961: return tr("RFC 5961 (challenge ACK)");
    case Source::Rfc1337: return tr("RFC 1337 (net.ipv4.tcp_rfc1337)");
    case Source::Rfc6191: return tr("RFC 6191 (a new SYN ends TIME-WAIT)");
    case Source::Rfc1122AbortOnData: return tr("RFC 1122 §4.2.2.13 (data after close)");
    case Source::LinuxNoSocket: return QStringLiteral("Linux: tcp_v4_rcv(), tcp_v4_send_reset()");
    case Source::LinuxListen: return QStringLiteral("Linux: tcp_rcv_state_process(), tcp_conn_request()");
    case Source::LinuxSynSent: return QStringLiteral("Linux: tcp_rcv_synsent_state_process()");
    case Source::LinuxCheckReq: return QStringLiteral("Linux: tcp_check_req()");
    case Source::LinuxTimewait: return QStringLiteral("Linux: tcp_timewait_state_process()");
    case Source::LinuxValidate: return QStringLiteral("Linux: tcp_validate_incoming()");
    case Source::LinuxStateProcess: return QStringLiteral("Linux: tcp_rcv_state_process()");
    case Source::LinuxAck: return QStringLiteral("Linux: tcp_ack()");
    case Source::LinuxDataQueue: return QStringLiteral("Linux: tcp_data_queue(), tcp_fin()");
    }
    return {};
}

QString SimText::sources(const StepRecord& step)
{
    QStringList cited;
    for (Source s : step.sources) {
        const QString text = source(s);
        if (!cited.contains(text))
            cited << text;
    }
    return cited.isEmpty() ? QString() : tr("Sources: %1.").arg(cited.join(QStringLiteral("; ")));
}

QString SimText::explanation(const StepRecord& step)
{
    QStringList parts;
    if (step.command.kind == CommandKind::Inject && step.handled) {
        QString crafted = step.command.seqPositioned
                              ? tr("A crafted %1 arrives at %2. Its sequence number is %3.")
                                    .arg(QString::fromStdString(step.handled->flags()), side(step.command.side),
                                         seqPositionText(step.command.seqPosition))
                              : tr("A crafted %1 arrives at %2.").arg(QString::fromStdString(step.handled->flags()), side(step.command.side));
        if (step.handled->ack && step.command.ackPositioned)
            crafted += QLatin1Char(' ') + tr("Its acknowledgement number is %1.").arg(ackPositionText(step.command.ackPosition));
        parts << crafted;
    }
    // A cookie rebuilds the connection in one step, Linux ends a TIME_WAIT for a new SYN: such a
    // note says so better than the edges the simulator takes for it.
    const bool noteSaysIt = std::any_of(step.notes.begin(), step.notes.end(), noteExplainsItsEdges);
    if (!noteSaysIt) {
        for (const StateChange& change : step.changes)
            parts << tr("%1: %2").arg(side(change.side), StateText::edgeExplanation(transitions()[change.transition]));
    }
    for (Note n : step.notes) {
        const QString text = note(n, step);
        if (!text.isEmpty() && !parts.contains(text))
            parts << text;
    }
    if (parts.isEmpty() && step.handled)
        parts << tr("%1 receives the segment; nothing changes.").arg(side(peer(step.handled->from)));
    if (const QString cited = sources(step); !cited.isEmpty())
        parts << cited;
    return parts.join(QLatin1Char(' '));
}

QString SimText::profileTitle(Profile profile)
{
    switch (profile) {
    case Profile::Rfc9293: return tr("RFC 9293");
    case Profile::Linux: return tr("Linux");
    }
    return {};
}

QString SimText::profileDescription(Profile profile)
{
    switch (profile) {
    case Profile::Rfc9293: return tr("TCP as RFC 9293 writes it, with the challenge ACKs of RFC 5961 that it adopts.");
    case Profile::Linux:
        return tr("TCP as the Linux kernel plays it where it parts from RFC 9293 (measured on the real kernel); each such step names the Linux behaviour.");
    }
    return {};
}

QString SimText::scenarioTitle(const QString& name)
{
    const SimScenario* scenario = findScenario(name.toStdString());
    return scenario ? fromEngine(scenario->title) : name;
}

QString SimText::scenarioDescription(const QString& name)
{
    const SimScenario* scenario = findScenario(name.toStdString());
    return scenario ? fromEngine(scenario->description) : QString();
}

} // namespace tsl::sim
