#include "labtext.h"

namespace tsl {

QString LabText::recipeDescription(TcpState state)
{
    switch (state) {
    case TcpState::Listen:
        return tr("A listening socket.");
    case TcpState::SynSent:
        return tr("Backlog 0 and nobody accepts: the accept queue is full, the listener drops the next SYN and that client keeps retrying.");
    case TcpState::SynReceived:
        return tr("TCP_DEFER_ACCEPT on the listener: the handshake's bare ACK is ignored, so the server's half-open request stays.");
    case TcpState::Established:
        return tr("A client connects and the server accepts.");
    case TcpState::FinWait1:
        return tr("The server stops reading: the client's FIN waits behind unsent data in a zero window.");
    case TcpState::FinWait2:
        return tr("The client shuts down writing; the server does not close.");
    case TcpState::CloseWait:
        return tr("The server's side of FIN_WAIT_2: the client's FIN arrived, the server has not closed.");
    case TcpState::Closing:
        return tr("Both shut down while the client's FIN still waits behind a zero window: the server's FIN arrives first.");
    case TcpState::LastAck:
        return tr("The client half-closes and stops reading; the server's FIN waits behind data the client won't read.");
    case TcpState::TimeWait:
        return tr("The client closes first, then the server: the client's end waits 60 s (2MSL on Linux).");
    case TcpState::Closed:
        return tr("The absence of a socket: nothing to hold.");
    case TcpState::Unknown:
        break;
    }
    return {};
}

QString LabText::simulatorScenarioFor(TcpState state)
{
    switch (state) {
    case TcpState::Listen:
    case TcpState::SynSent:
    case TcpState::SynReceived:
    case TcpState::Established:
        return QStringLiteral("three-way-handshake");
    case TcpState::Closing:
        return QStringLiteral("simultaneous-close");
    case TcpState::Closed:
    case TcpState::Unknown:
        return QStringLiteral("connect-refused");
    default:
        return QStringLiteral("active-close");
    }
}

QString LabText::unsupportedHere(TcpState state)
{
    return tr("The live lab cannot produce and hold %1 with real sockets on this system (it needs "
              "Linux); \"tcpstatelab simulate %2\" shows it step by step.")
        .arg(QString::fromLatin1(stateToken(state).data()), simulatorScenarioFor(state));
}

QString LabText::scenarioDescription(const QString& name)
{
    if (name == QLatin1String("three-way-handshake"))
        return tr("Listen, connect, accept: SYN, SYN,ACK, ACK.");
    if (name == QLatin1String("active-close"))
        return tr("The client closes first (FIN_WAIT_1, FIN_WAIT_2, TIME_WAIT), then the server (CLOSE_WAIT, LAST_ACK).");
    if (name == QLatin1String("simultaneous-close"))
        return tr("Both sides close while each FIN waits behind data: both in FIN_WAIT_1, the client passes CLOSING.");
    if (name == QLatin1String("simultaneous-open"))
        return tr("A socket connects to its own port: its SYN meets itself (SYN_SENT, SYN_RECEIVED, ESTABLISHED).");
    if (name == QLatin1String("half-close"))
        return tr("The client shuts down writing and keeps reading the data the server still sends.");
    if (name == QLatin1String("abort"))
        return tr("The client aborts with SO_LINGER 0: a RST, and both ends are gone at once.");
    if (name == QLatin1String("connect-refused"))
        return tr("Connecting to a port nobody listens on: a RST answers the SYN (ECONNREFUSED).");
    if (name == QLatin1String("syn-flood"))
        return tr("Many clients against a backlog of 4 that nobody accepts: half-open connections, then dropped SYNs.");
    if (name == QLatin1String("time-wait-accumulation"))
        return tr("Short connections pile up in TIME_WAIT; SO_LINGER 0 avoids it; SO_REUSEADDR rebinds past it.");
    return {};
}

QString LabText::role(const std::string& role)
{
    if (role == "client")
        return tr("client");
    if (role == "server")
        return tr("server");
    if (role == "listener")
        return tr("listener");
    if (role == "socket")
        return tr("socket");
    if (role == "lab")
        return tr("lab");
    if (role == "server (half-open)")
        return tr("server (half-open)");
    if (role == "queued client")
        return tr("queued client");
    if (role == "server (not reading)")
        return tr("server (not reading)");
    if (role == "client (not reading)")
        return tr("client (not reading)");
    return QString::fromStdString(role);
}

QString LabText::operation(const LabEvent& event)
{
    const LabFacts& f = event.facts;
    const QString address = QString::fromStdString(f.address);
    switch (event.kind) {
    case LabOperation::Listen: {
        QString text = tr("listen (backlog %1)").arg(f.amount);
        if (f.deferAccept)
            text += QStringLiteral(", TCP_DEFER_ACCEPT");
        if (f.reuseAddress)
            text += QStringLiteral(", SO_REUSEADDR");
        return text;
    }
    case LabOperation::Connect:
        return address.isEmpty() ? tr("connect") : tr("connect to %1").arg(address);
    case LabOperation::ConnectToSelf:
        return tr("connect to itself");
    case LabOperation::Accept:
        return tr("accept");
    case LabOperation::Send:
        return tr("send %1 bytes").arg(f.amount);
    case LabOperation::SendUntilFull:
        return tr("send until the buffer is full");
    case LabOperation::Read:
        return tr("read");
    case LabOperation::StopReading:
        return tr("stop reading");
    case LabOperation::ShutdownWrite:
        return tr("shut down writing (SHUT_WR)");
    case LabOperation::Close:
        return tr("close");
    case LabOperation::Abort:
        return tr("abort");
    case LabOperation::SetBuffers:
        return tr("set buffer sizes");
    case LabOperation::SocketSays:
        return tr("the socket says");
    case LabOperation::ReadKernel:
        return tr("read the kernel's TCP table");
    case LabOperation::Other:
        break;
    }
    return QString::fromStdString(event.operation);
}

QString LabText::detail(const LabEvent& event)
{
    if (event.kind == LabOperation::ReadKernel && !event.ok)
        return tr("the kernel could not be read: %1").arg(QString::fromStdString(event.facts.reason));
    if (!event.ok)
        return QString::fromStdString(event.detail); // the system's words: errno text, "address in use"
    const LabFacts& f = event.facts;
    const QString address = QString::fromStdString(f.address);
    switch (event.kind) {
    case LabOperation::Listen:
        return tr("on %1").arg(address);
    case LabOperation::Connect:
        return tr("from %1").arg(QString::fromStdString(f.otherAddress));
    case LabOperation::ConnectToSelf:
        return tr("%1 connects to %1").arg(address);
    case LabOperation::Accept:
        return tr("from %1").arg(address);
    case LabOperation::Send:
        return tr("%1 bytes sent").arg(f.amount2);
    case LabOperation::SendUntilFull:
        return tr("%1 bytes sent; the send buffer is full").arg(f.amount);
    case LabOperation::Read:
        return tr("%1 bytes read").arg(f.amount);
    case LabOperation::StopReading:
        return tr("the receive buffer is small and nobody reads it: the window will close");
    case LabOperation::ShutdownWrite:
        return tr("FIN queued");
    case LabOperation::Close:
        return {};
    case LabOperation::Abort:
        return tr("SO_LINGER 0, then close: RST");
    case LabOperation::SetBuffers:
        return QStringLiteral("SO_RCVBUF=%1 SO_SNDBUF=%2").arg(f.amount).arg(f.amount2);
    case LabOperation::SocketSays:
        if (TcpState(f.amount) == TcpState::SynSent)
            return tr("connect() is in progress: the SYN went out");
        if (TcpState(f.amount) == TcpState::Closed)
            return tr("ECONNREFUSED: a RST answered the SYN");
        break;
    case LabOperation::ReadKernel:
    case LabOperation::Other:
        break;
    }
    return QString::fromStdString(event.detail);
}

} // namespace tsl
