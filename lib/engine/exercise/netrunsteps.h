#pragma once
// A Wire panel step (two real kernels, lab/netsession) as an exercise's step: the states before
// and after, the edges the state events imply, and the segments each host put on the wire (held,
// or sent on in flow mode), with seq and ack relative as the wire computed them. Plain C++ (Linux).

#include "exercise/exercisestep.h"
#include "lab/netrunevent.h"

#include <vector>

namespace tsl::exercise {

StepStart netStepStart(int step, TcpState a, TcpState b);
// Where `side` stands after `events` (a session's, from its start) as an exercise asks it: its
// connection's state, or its listener's while it has no connection.
TcpState netSideState(const std::vector<NetRunEvent>& events, Side side);
// `events`: the events the step published, in order.
ExerciseStep netExerciseStep(const StepStart& start, TcpState afterA, TcpState afterB, const std::vector<NetRunEvent>& events);

} // namespace tsl::exercise
