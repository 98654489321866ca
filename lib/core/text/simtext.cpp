#include "simtext.h"

#include "text/statetext.h"
#include "model/transitiontable.h"

namespace tsl::sim {

namespace {
QString side(Side s) { return QString::fromLatin1(sideName(s)); }
} // namespace

QString SimText::segmentText(const Segment& seg)
{
    QString text = QStringLiteral("%1→%2 %3 seq=%4")
                       .arg(seg.spoofed ? QStringLiteral("?") : side(seg.from), side(peer(seg.from)),
                            QString::fromStdString(seg.flags()))
                       .arg(seg.seq);
    if (seg.ack)
        text += QStringLiteral(" ack=%1").arg(seg.ackNo);
    if (seg.len)
        text += QStringLiteral(" len=%1").arg(seg.len);
    return text;
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
    case Note::ChallengeAck: return tr("%1 answers with a challenge ACK instead of resetting (RFC 5961, adopted by RFC 9293; RFC 9293's text would return a passive SYN_RECEIVED to LISTEN, Linux sends the ACK).").arg(who);
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
    case Note::CookieAccepted: return tr("The ACK returns a valid cookie: B creates the connection only now, straight to ESTABLISHED.");
    case Note::SynCookiesChanged: return tr("B turns SYN cookies on (net.ipv4.tcp_syncookies).");
    case Note::ListenBacklogSet: return tr("B's listener takes at most this many half-open connections.");
    case Note::SegmentIgnored: return tr("%1 has no use for this segment in its state and drops it.").arg(who);
    case Note::NothingToDo: return tr("Nothing happens: the command does not apply now.");
    case Note::DataQueued: return tr("%1 queues the request until the connection is established.").arg(side(step.command.side));
    }
    return {};
}

QString SimText::explanation(const StepRecord& step)
{
    QStringList parts;
    for (const StateChange& change : step.changes) {
        parts << QStringLiteral("%1: %2").arg(side(change.side), StateText::edgeExplanation(transitions()[change.transition]));
    }
    for (Note n : step.notes) {
        const QString text = note(n, step);
        if (!text.isEmpty() && !parts.contains(text))
            parts << text;
    }
    if (parts.isEmpty() && step.handled)
        parts << tr("%1 receives the segment; nothing changes.").arg(side(peer(step.handled->from)));
    return parts.join(QLatin1Char(' '));
}

QString SimText::scenarioDescription(const QString& name)
{
    if (name == QLatin1String("three-way-handshake")) return tr("SYN, SYN,ACK, ACK: a passive and an active open meet.");
    if (name == QLatin1String("active-close")) return tr("A closes first (FIN_WAIT_1, FIN_WAIT_2, TIME_WAIT), then B (CLOSE_WAIT, LAST_ACK).");
    if (name == QLatin1String("simultaneous-open")) return tr("Both sides send a SYN at once: both pass SYN_RECEIVED.");
    if (name == QLatin1String("simultaneous-close")) return tr("Both sides close at once: both pass CLOSING to TIME_WAIT.");
    if (name == QLatin1String("half-close")) return tr("A shuts down writing; B keeps sending data that A still reads.");
    if (name == QLatin1String("abort")) return tr("A aborts: a RST, and both sides are CLOSED at once.");
    if (name == QLatin1String("connect-refused")) return tr("A connects to a port where nobody listens: the SYN draws a RST.");
    if (name == QLatin1String("lost-syn")) return tr("A's SYN is lost: A's retransmission timer sends it again.");
    if (name == QLatin1String("lost-fin")) return tr("A's FIN is lost: A retransmits it from FIN_WAIT_1.");
    if (name == QLatin1String("lost-final-ack")) return tr("A's final ACK is lost: B in LAST_ACK retransmits its FIN, A in TIME_WAIT acknowledges it again.");
    if (name == QLatin1String("time-wait-expiry")) return tr("A goes from FIN_WAIT_1 straight to TIME_WAIT (FIN,ACK), then 2MSL runs out.");
    if (name == QLatin1String("syn-flood")) return tr("Spoofed SYNs fill B's backlog of 4; A's SYN is dropped until SYN cookies let it through.");
    if (name == QLatin1String("orphaned-fin-wait-2")) return tr("A closes and B never does: Linux times A's orphaned FIN_WAIT_2 out after 60 s.");
    if (name == QLatin1String("resets-and-aborts")) return tr("A tour of RST and ABORT in every state, one short connection after another.");
    return {};
}

} // namespace tsl::sim
