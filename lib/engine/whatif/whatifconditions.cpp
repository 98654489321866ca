#include "whatifconditions.h"

#include "model/translatenoop.h"

namespace tsl {

const char* closedByToken(ClosedBy closedBy) { return closedBy == ClosedBy::Close ? "close" : "shutdown"; }

std::optional<ClosedBy> parseClosedBy(const std::string& token)
{
    if (token == "close")
        return ClosedBy::Close;
    if (token == "shutdown")
        return ClosedBy::Shutdown;
    return std::nullopt;
}

bool closedByApplies(TcpState state)
{
    return state == TcpState::FinWait1 || state == TcpState::FinWait2 || state == TcpState::Closing || state == TcpState::TimeWait
           || state == TcpState::LastAck;
}

bool listenerApplies(TcpState state, bool viaActive)
{
    if (viaActive)
        return false;
    switch (state) {
    case TcpState::Established:
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::CloseWait:
    case TcpState::Closing:
    case TcpState::LastAck:
    case TcpState::TimeWait: return true;
    default: return false;
    }
}

bool settingModelled(const std::string& name) { return name == "tcp_rfc1337"; }

std::optional<EngineText> conditionRefusal(TcpState state, bool viaActive, std::optional<ClosedBy> closedBy,
                                           std::optional<bool> listener)
{
    const std::string token(stateToken(state));
    if (closedBy && !closedByApplies(state))
        return engineText("WhatIf",
                          TSL_TRANSLATE_NOOP("WhatIf", "--closed-by does not apply to %1: only FIN_WAIT_1, FIN_WAIT_2, CLOSING, "
                                                       "TIME_WAIT and LAST_ACK are reached by closing"),
                          {token});
    if (listener && !listenerApplies(state, viaActive)) {
        if (viaActive && listenerApplies(state, false))
            return engineText("WhatIf",
                              TSL_TRANSLATE_NOOP("WhatIf", "--listener does not apply to %1 with --via active: the receiver's port "
                                                           "is an ephemeral one"),
                              {token});
        return engineText("WhatIf",
                          TSL_TRANSLATE_NOOP("WhatIf", "--listener does not apply to %1: it is for the states after the handshake "
                                                       "(ESTABLISHED to TIME_WAIT)"),
                          {token});
    }
    return std::nullopt;
}

} // namespace tsl
