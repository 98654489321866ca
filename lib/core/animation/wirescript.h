#pragma once
// An AnimationScript from a Wire panel session: the real kernel's states as tokens, one step
// per row of the live ladder (a socket call, a wire action, a timer that fired), the ladder as
// recorded. The session's events and its ladder are all it needs, so a recorded session
// animates as well as a running one.

#include "animation/animationscript.h"
#include "controllers/wireladder.h"
#include "lab/netrunevent.h"

#include <vector>

namespace tsl {

struct WireScript {
    Q_DECLARE_TR_FUNCTIONS(WireScript)

public:
    // `title` names the session (its scenario, or "Wire session").
    static AnimationScript fromSession(const std::vector<NetRunEvent>& events, const WireLadder& ladder, const QString& title);
};

} // namespace tsl
