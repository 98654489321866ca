#include "labtext.h"

#if TSL_HAVE_LIVE_LAB
#include "lab/scenarios.h"
#include "lab/staterecipes.h"
#endif

namespace tsl {

QString LabText::recipeDescription(TcpState state)
{
    if (state == TcpState::Closed)
        return tr("The absence of a socket: nothing to hold.");
#if TSL_HAVE_LIVE_LAB
    if (const StateRecipe* recipe = findStateRecipe(state))
        return QCoreApplication::translate("LabText", std::string(recipe->description).c_str());
#endif
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
#if TSL_HAVE_LIVE_LAB
    if (const LabScenario* scenario = findLabScenario(name.toStdString()))
        return QCoreApplication::translate("LabText", std::string(scenario->description).c_str());
#else
    Q_UNUSED(name)
#endif
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
        QString text = tr("listen (backlog %1)").arg(f.backlog);
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
        return tr("send %1 bytes").arg(f.bytesAsked);
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
    case LabOperation::FloodStatus:
        return tr("after client %1").arg(f.clients);
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
        return tr("%1 bytes sent").arg(f.bytes);
    case LabOperation::SendUntilFull:
        return tr("%1 bytes sent; the send buffer is full").arg(f.bytes);
    case LabOperation::Read:
        return tr("%1 bytes read").arg(f.bytes);
    case LabOperation::StopReading:
        return tr("the receive buffer is small and nobody reads it: the window will close");
    case LabOperation::ShutdownWrite:
        return tr("FIN queued");
    case LabOperation::Close:
        return f.resetByClose ? tr("unread data: the kernel sends a RST instead of a FIN") : QString();
    case LabOperation::Abort:
        return tr("SO_LINGER 0, then close: RST");
    case LabOperation::SetBuffers:
        return QStringLiteral("SO_RCVBUF=%1 SO_SNDBUF=%2").arg(f.receiveBuffer).arg(f.sendBuffer);
    case LabOperation::SocketSays:
        if (f.reportedState == TcpState::SynSent)
            return tr("connect() is in progress: the SYN went out");
        if (f.reportedState == TcpState::Closed)
            return tr("ECONNREFUSED: a RST answered the SYN");
        break;
    case LabOperation::FloodStatus:
        return floodStatus(f);
    case LabOperation::ReadKernel:
    case LabOperation::Other:
        break;
    }
    return QString::fromStdString(event.detail);
}

QString LabText::floodStatus(const LabFacts& facts)
{
    const QString cookies = !facts.synCookies ? tr("SYN cookies: unknown")
                            : *facts.synCookies ? tr("SYN cookies: on")
                                                : tr("SYN cookies: off");
    return tr("%1 half-open (SYN_RECEIVED) on the listener, %2 SYNs dropped (clients retrying in SYN_SENT), %3 established; %4")
        .arg(facts.halfOpen)
        .arg(facts.droppedSyns)
        .arg(facts.established)
        .arg(cookies);
}

QString LabText::pathNote(bool seen, bool pathKnown)
{
    if (!pathKnown)
        return tr("(unknown path: several fit, nothing tells which)");
    return seen ? QString() : tr("(passed unseen between two polls)");
}

} // namespace tsl
