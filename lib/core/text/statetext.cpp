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
    // The sentence lives with the edge in the table (marked there for lupdate).
    const QString text = QCoreApplication::translate("StateText", edge.explanation);
    return text.contains(QLatin1String("%1")) ? text.arg(token(edge.from)) : text;
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
