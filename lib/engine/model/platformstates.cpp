#include "platformstates.h"

namespace tsl {

TcpState stateFromLinux(int value)
{
    switch (value) {
    case 1: return TcpState::Established;
    case 2: return TcpState::SynSent;
    case 3: return TcpState::SynReceived;
    case 4: return TcpState::FinWait1;
    case 5: return TcpState::FinWait2;
    case 6: return TcpState::TimeWait;
    case 7: return TcpState::Closed;
    case 8: return TcpState::CloseWait;
    case 9: return TcpState::LastAck;
    case 10: return TcpState::Listen;
    case 11: return TcpState::Closing;
    case 12: return TcpState::SynReceived; // TCP_NEW_SYN_RECV: the half-open request socket
    case 13: return TcpState::Closed;      // TCP_BOUND_INACTIVE: bound, never listened/connected
    default: return TcpState::Unknown;
    }
}

TcpState stateFromBsd(int value)
{
    switch (value) {
    case 0: return TcpState::Closed;
    case 1: return TcpState::Listen;
    case 2: return TcpState::SynSent;
    case 3: return TcpState::SynReceived;
    case 4: return TcpState::Established;
    case 5: return TcpState::CloseWait;
    case 6: return TcpState::FinWait1;
    case 7: return TcpState::Closing;
    case 8: return TcpState::LastAck;
    case 9: return TcpState::FinWait2;
    case 10: return TcpState::TimeWait;
    default: return TcpState::Unknown;
    }
}

TcpState stateFromWindows(int value)
{
    switch (value) {
    case 1: return TcpState::Closed;
    case 2: return TcpState::Listen;
    case 3: return TcpState::SynSent;
    case 4: return TcpState::SynReceived;
    case 5: return TcpState::Established;
    case 6: return TcpState::FinWait1;
    case 7: return TcpState::FinWait2;
    case 8: return TcpState::CloseWait;
    case 9: return TcpState::Closing;
    case 10: return TcpState::LastAck;
    case 11: return TcpState::TimeWait;
    case 12: return TcpState::Closed; // DELETE_TCB: the TCB is being deleted
    default: return TcpState::Unknown;
    }
}

} // namespace tsl
