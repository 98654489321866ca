#include "exercise/simulatorsteps.h"

#include <algorithm>

namespace tsl::exercise {

namespace {

// The simulator gives every connection the same initial sequence numbers.
std::uint32_t issOf(Side side) { return side == Side::A ? sim::Simulator::kIssA : sim::Simulator::kIssB; }

SideStart sideStart(const sim::Tcb& tcb, Side side)
{
    SideStart start;
    start.state = tcb.state;
    if (tcb.state != TcpState::Closed && tcb.state != TcpState::Listen)
        start.sndNxt = tcb.sndNxt - issOf(side);
    if (isSynchronized(tcb.state) || tcb.state == TcpState::SynReceived)
        start.rcvNxt = tcb.rcvNxt - issOf(sim::peer(side));
    return start;
}

// The side a command acts on: the caller, or the receiver of the segment it moves.
std::optional<Side> actorOf(const sim::SimState& state, const sim::Command& command)
{
    switch (command.kind) {
    case sim::CommandKind::Deliver:
    case sim::CommandKind::Drop:
    case sim::CommandKind::Duplicate:
        if (command.index < state.network.size())
            return sim::peer(state.network[command.index].from);
        return std::nullopt;
    case sim::CommandKind::Timer:
        if (state.timers.empty())
            return std::nullopt;
        return std::min_element(state.timers.begin(), state.timers.end(), [](const sim::Timer& x, const sim::Timer& y) {
                   return x.expiresMs < y.expiresMs;
               })->side;
    case sim::CommandKind::SpoofedSyn:
    case sim::CommandKind::SetSynCookies:
    case sim::CommandKind::Listen:
        return Side::B;
    default:
        return command.side;
    }
}

} // namespace

StepStart stepStart(const sim::SimState& state, int step)
{
    StepStart start;
    start.step = step;
    start.a = sideStart(state.a, Side::A);
    start.b = sideStart(state.b, Side::B);
    return start;
}

ExerciseStep exerciseStep(const sim::SimState& before, const sim::StepRecord& record)
{
    ExerciseStep step;
    step.start = stepStart(before, record.step);
    step.start.actor = actorOf(before, record.command);
    step.afterA = record.stateA;
    step.afterB = record.stateB;
    for (const sim::StateChange& change : record.changes)
        step.edges.push_back(EdgeTaken{change.side, change.transition});
    for (const sim::Segment& segment : record.sent) {
        if (segment.spoofed)
            continue; // to or from the flood: not A's or B's own conversation
        SentSegment sent;
        sent.from = segment.from;
        sent.shape.syn = segment.syn;
        sent.shape.ack = segment.ack;
        sent.shape.fin = segment.fin;
        sent.shape.rst = segment.rst;
        sent.shape.len = segment.len;
        sent.shape.seq = segment.seq - issOf(segment.from);
        sent.shape.ackNo = segment.ack ? segment.ackNo - issOf(sim::peer(segment.from)) : 0;
        step.sent.push_back(sent);
    }
    return step;
}

std::vector<ExerciseStep> exerciseSteps(const sim::Simulator& simulator)
{
    sim::Simulator replay = simulator;
    std::vector<ExerciseStep> steps;
    const int count = replay.recordedSteps();
    replay.jumpTo(0);
    for (int n = 1; n <= count; ++n) {
        const sim::SimState before = replay.state();
        replay.jumpTo(n);
        steps.push_back(exerciseStep(before, replay.records()[std::size_t(n - 1)]));
    }
    return steps;
}

} // namespace tsl::exercise
