#include "replaytext.h"

#include "capture/completeness.h"
#include "net/tcpsegment.h"
#include "text/simtext.h"
#include "text/statetext.h"

namespace tsl {

using capture::CaptureReader;

QString ReplayText::openError(const capture::ReplayResult& result, const QString& path)
{
    const QString detail = QString::fromStdString(result.detail);
    switch (result.error) {
    case CaptureReader::OpenError::LibraryMissing:
        return tr("libpcap could not be loaded to read captures: %1").arg(detail);
    case CaptureReader::OpenError::CannotRead:
        return tr("cannot read \"%1\" as a pcap or pcapng capture: %2").arg(path, detail);
    case CaptureReader::OpenError::UnsupportedLinkType:
        return tr("\"%1\" holds link type %2, which replay does not read (Ethernet, Linux cooked, raw IP and loopback it does).")
            .arg(path, detail);
    case CaptureReader::OpenError::BadFilter: return tr("the filter is not valid BPF: %1").arg(detail);
    case CaptureReader::OpenError::None: break;
    }
    return {};
}

QStringList ReplayText::warnings(const capture::ReplayResult& result)
{
    QStringList lines;
    const capture::ReadCounts& c = result.counts;
    if (!result.stopMessage.empty())
        lines << tr("the capture ends early (%1): what came before it is shown.")
                     .arg(QString::fromStdString(result.stopMessage));
    if (c.cut > 0)
        lines << tr("%n packet(s) cut by the snap length before the end of the TCP header: skipped.", nullptr, int(c.cut));
    if (c.fragments > 0)
        lines << tr("%n IP fragment(s): skipped.", nullptr, int(c.fragments));
    if (c.malformed > 0)
        lines << tr("%n packet(s) with contradictory header lengths: skipped.", nullptr, int(c.malformed));
    return lines;
}

QString ReplayText::noTcp(const capture::ReplayResult& result, const QString& path)
{
    return tr("\"%1\" holds no TCP segment (%n packet(s) read).", nullptr, int(result.counts.packets)).arg(path);
}

QString ReplayText::state(TcpState state)
{
    return state == TcpState::Unknown ? QStringLiteral("?") : StateText::token(state);
}

QString ReplayText::senderCall(const capture::ReplayStep& step)
{
    if (!step.senderCall)
        return {};
    const QString who = QString::fromLatin1(sim::sideName(step.from));
    switch (*step.senderCall) {
    case sim::CommandKind::ActiveOpen: return tr("%1 called connect(): its SYN opens the connection.").arg(who);
    case sim::CommandKind::Send: return tr("%1 sends %2 new bytes.").arg(who).arg(step.payload);
    case sim::CommandKind::Shutdown: return tr("%1 closed for writing: its FIN.").arg(who);
    case sim::CommandKind::Abort: return tr("%1 aborted: its RST.").arg(who);
    default: return sim::SimText::commandText(step.record.command);
    }
}

QStringList ReplayText::marks(const capture::ReplayStep& step)
{
    QStringList marks;
    if (step.retransmission)
        marks << tr("retransmission");
    if (step.outOfWindow)
        marks << tr("out of window");
    if (step.atCapturePoint)
        marks << tr("at capture point");
    if (step.statesStartHere)
        marks << tr("states start here");
    if (step.seenAfterFrame != 0)
        marks << tr("crossed frame %1").arg(step.seenAfterFrame);
    return marks;
}

QString ReplayText::explanation(const capture::ReplayStep& step)
{
    QStringList parts;
    if (step.statesStartHere)
        parts << tr("The capture starts mid-stream: this segment is the first to tell the states; both ends are taken as synchronized.");
    // The simulator's explanation names the sender's call by its edge; data needs saying.
    if (step.senderCall == sim::CommandKind::Send)
        parts << senderCall(step);
    if (step.retransmission)
        parts << tr("A retransmission: %1 had sent this sequence space before.").arg(QString::fromLatin1(sim::sideName(step.from)));
    if (step.receiverUntold) {
        parts << tr("%1's state is unknown: it never answered in the capture.").arg(QString::fromLatin1(sim::sideName(sim::peer(step.from))));
    } else {
        const QString handled = sim::SimText::explanation(step.record);
        if (!handled.isEmpty())
            parts << handled;
    }
    if (step.seenAfterFrame != 0)
        parts << tr("The segments crossed: %1 handled this one only after sending frame %2.")
                     .arg(QString::fromLatin1(sim::sideName(sim::peer(step.from))))
                     .arg(step.seenAfterFrame);
    if (step.outOfWindow)
        parts << tr("Out of window: the receiver does not accept its sequence numbers.");
    if (step.atCapturePoint && !step.receiverUntold)
        parts << tr("Inferred at the capture point: %1 had not yet seen the segment when it was captured.")
                     .arg(QString::fromLatin1(sim::sideName(sim::peer(step.from))));
    return parts.join(QLatin1Char(' '));
}

QString ReplayText::capturePoint(capture::CapturePoint point)
{
    switch (point) {
    case capture::CapturePoint::AtA: return tr("at A");
    case capture::CapturePoint::AtB: return tr("at B");
    case capture::CapturePoint::SameHost: return tr("on the same host");
    case capture::CapturePoint::Between: return tr("between the hosts");
    case capture::CapturePoint::Unknown: break;
    }
    return tr("unknown");
}

QString ReplayText::segmentLabel(const capture::ReplayStep& step)
{
    QString text = QStringLiteral("%1\u2192%2 %3 seq=%4")
                       .arg(QString::fromLatin1(sim::sideName(step.from)), QString::fromLatin1(sim::sideName(sim::peer(step.from))),
                            QString::fromStdString(net::flagsText(step.flags)))
                       .arg(step.relativeSeq);
    if (step.flags & net::tcpflag::kAck)
        text += QStringLiteral(" ack=%1").arg(step.relativeAck);
    if (step.payload > 0)
        text += QStringLiteral(" len=%1").arg(step.payload);
    return text;
}

QString ReplayText::endpoint(const capture::ConnectionEndpoint& endpoint)
{
    const QString address = QString::fromStdString(capture::addressText(endpoint));
    if (endpoint.family == net::IpFamily::V6)
        return QStringLiteral("[%1]:%2").arg(address).arg(endpoint.port);
    return QStringLiteral("%1:%2").arg(address).arg(endpoint.port);
}

} // namespace tsl
