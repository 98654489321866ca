#pragma once
// Linux numbers a socket's pending timer the same way in sock_diag (idiag_timer) and in
// /proc/net/tcp (the "tr" column).

#include "socketrow.h"

namespace tsl {

inline TimerKind timerFromLinux(unsigned value)
{
    switch (value) {
    case 0: return TimerKind::None;
    case 1: return TimerKind::Retransmit;
    case 2: return TimerKind::KeepAlive;
    case 3: return TimerKind::TimeWait;
    case 4: return TimerKind::ZeroWindowProbe;
    default: return TimerKind::Unknown;
    }
}

} // namespace tsl
