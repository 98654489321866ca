#include "statetext.h"

#include "i18n/translations.h"

namespace tsl {

QString StateText::token(TcpState state)
{
    const std::string_view t = stateToken(state);
    return QString::fromLatin1(t.data(), static_cast<qsizetype>(t.size()));
}

QString StateText::heading(TcpState state)
{
    if (Translations::current() == QLatin1String("en"))
        return token(state);
    return QStringLiteral("%1 (%2)").arg(token(state), displayName(state));
}

QString StateText::displayName(TcpState state)
{
    switch (state) {
    case TcpState::Closed: return tr("Closed");
    case TcpState::Listen: return tr("Listening");
    case TcpState::SynSent: return tr("SYN sent");
    case TcpState::SynReceived: return tr("SYN received");
    case TcpState::Established: return tr("Established");
    case TcpState::FinWait1: return tr("FIN wait 1");
    case TcpState::FinWait2: return tr("FIN wait 2");
    case TcpState::CloseWait: return tr("Close wait");
    case TcpState::Closing: return tr("Closing");
    case TcpState::LastAck: return tr("Last ACK");
    case TcpState::TimeWait: return tr("Time wait");
    case TcpState::Unknown: break;
    }
    return tr("Unknown");
}

QString StateText::explanation(TcpState state)
{
    switch (state) {
    case TcpState::Closed:
        return tr("No connection exists: there is no transmission control block at all.");
    case TcpState::Listen:
        return tr("A server waits for a connection request (SYN) from any remote peer.");
    case TcpState::SynSent:
        return tr("The client has sent its SYN and waits for the server's SYN,ACK.");
    case TcpState::SynReceived:
        return tr("The server has received a SYN, answered with SYN,ACK and waits for the final "
                  "ACK of the handshake.");
    case TcpState::Established:
        return tr("The connection is open: both sides may send and receive data.");
    case TcpState::FinWait1:
        return tr("This side has closed and sent a FIN; it waits for that FIN to be acknowledged "
                  "or for the peer's FIN.");
    case TcpState::FinWait2:
        return tr("This side's FIN has been acknowledged; it waits for the peer to close too.");
    case TcpState::CloseWait:
        return tr("The peer has closed (its FIN arrived); this side may still send and waits for "
                  "its application to close.");
    case TcpState::Closing:
        return tr("Both sides closed at the same time; this side waits for the ACK of its own FIN.");
    case TcpState::LastAck:
        return tr("The passive closer has sent its FIN and waits for the last ACK.");
    case TcpState::TimeWait:
        return tr("The active closer waits twice the maximum segment lifetime (60 s on Linux) so "
                  "that old duplicates die out and a lost final ACK can be resent.");
    case TcpState::Unknown: break;
    }
    return tr("The operating system reported a state this program does not know.");
}

QString StateText::edgeSummary(const Transition& edge)
{
    QString what = QString::fromLatin1(edge.event.data(), qsizetype(edge.event.size()));
    if (!edge.action.empty())
        what += QStringLiteral(" / ") + QString::fromLatin1(edge.action.data(), qsizetype(edge.action.size()));
    return QStringLiteral("%1 → %2: %3").arg(token(edge.from), token(edge.to), what);
}

QString StateText::edgeExplanation(const Transition& edge)
{
    if (edge.kind == EdgeKind::Reset) {
        if (edge.from == TcpState::SynSent)
            return tr("A RST answers the SYN: nobody listens on that port, so the connection is "
                      "refused and the TCB deleted (RFC 9293 §3.10.7.3).");
        if (edge.from == TcpState::SynReceived)
            return tr("A RST in SYN_RECEIVED after an active open aborts the attempt: the "
                      "connection is refused (RFC 9293 §3.10.7.4).");
        if (edge.from == TcpState::TimeWait)
            return tr("A RST in TIME_WAIT deletes the TCB early; RFC 1337 recommends ignoring it, "
                      "Linux follows the RFC 9293 rule unless tcp_rfc1337 is set.");
        return tr("A valid RST in %1 resets the connection: the user is told \"connection reset\" "
                  "and the TCB is deleted (RFC 9293 §3.10.7.4).")
            .arg(token(edge.from));
    }
    if (edge.id == "finwait2-timeout")
        return tr("Linux, not the RFC: an orphaned FIN_WAIT_2 whose peer never closes is deleted after "
                  "tcp_fin_timeout (60 s).");
    if (edge.kind == EdgeKind::Abort) {
        if (edge.action == "snd RST")
            return tr("The application aborts in %1: a RST is sent, queued data is discarded and "
                      "the TCB deleted (RFC 9293 §3.10.5); SO_LINGER with a zero timeout does "
                      "this.")
                .arg(token(edge.from));
        return tr("The application aborts in %1: no RST is needed, the TCB is simply deleted "
                  "(RFC 9293 §3.10.5).")
            .arg(token(edge.from));
    }

    const std::string_view id = edge.id;
    if (id == "closed-passive-open")
        return tr("A server calls listen(): a TCB is created and waits for connection requests.");
    if (id == "closed-active-open")
        return tr("A client calls connect(): it picks an initial sequence number and sends a SYN.");
    if (id == "listen-close")
        return tr("The server closes its listening socket; the TCB is deleted.");
    if (id == "listen-rcv-syn")
        return tr("A SYN arrives at the listener: it records the peer's sequence number and "
                  "answers with its own SYN and an ACK.");
    if (id == "listen-send")
        return tr("Sending on a listening TCB turns it into an active open: a SYN goes out "
                  "(allowed by the RFC, not offered by the sockets API).");
    if (id == "synsent-close")
        return tr("The client gives up before the handshake completes; the TCB is deleted.");
    if (id == "synsent-rcv-syn")
        return tr("Simultaneous open: both sides sent a SYN; each receives the other's SYN and "
                  "answers with SYN,ACK.");
    if (id == "synsent-rcv-synack")
        return tr("The server's SYN,ACK arrives: the client acknowledges it and the connection is "
                  "established.");
    if (id == "synrcvd-rcv-ack")
        return tr("The final ACK of the three-way handshake arrives: the connection is "
                  "established.");
    if (id == "synrcvd-rcv-rst")
        return tr("A RST in SYN_RECEIVED after a passive open returns the TCB to LISTEN: the "
                  "half-open connection is forgotten.");
    if (id == "synrcvd-close")
        return tr("The application closes before the handshake completes: a FIN is sent.");
    if (id == "estab-close")
        return tr("The application closes (or shuts down writing): a FIN is sent; this side is "
                  "the active closer.");
    if (id == "estab-rcv-fin")
        return tr("The peer's FIN arrives: it is acknowledged and the application will read "
                  "end-of-file; this side is the passive closer.");
    if (id == "finwait1-rcv-ack")
        return tr("The ACK of our FIN arrives: our direction is closed; the peer may still send.");
    if (id == "finwait1-rcv-fin")
        return tr("Simultaneous close: the peer's FIN arrives before the ACK of ours; it is "
                  "acknowledged.");
    if (id == "finwait1-rcv-finack")
        return tr("The peer's FIN arrives together with the ACK of our FIN: straight to "
                  "TIME_WAIT.");
    if (id == "finwait2-rcv-fin")
        return tr("The peer's FIN arrives: it is acknowledged and TIME_WAIT begins (Linux times an "
                  "orphaned FIN_WAIT_2 out after tcp_fin_timeout, 60 s).");
    if (id == "closewait-close")
        return tr("The application closes too: the passive closer sends its FIN.");
    if (id == "closing-rcv-ack")
        return tr("The ACK of our FIN arrives after a simultaneous close: TIME_WAIT begins.");
    if (id == "lastack-rcv-ack")
        return tr("The ACK of the passive closer's FIN arrives: the connection is gone.");
    if (id == "timewait-timeout")
        return tr("Twice the maximum segment lifetime has passed (60 s on Linux): the TCB is "
                  "deleted.");
    return edgeSummary(edge);
}

QString StateText::roleName(PathRole role)
{
    switch (role) {
    case PathRole::Client: return tr("client path");
    case PathRole::Server: return tr("server path");
    case PathRole::Unusual: break;
    }
    return tr("unusual path");
}

QStringList StateText::allTokens()
{
    QStringList out;
    for (TcpState s : kAllStates)
        out << token(s);
    return out;
}

} // namespace tsl
