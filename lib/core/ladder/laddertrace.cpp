#include "laddertrace.h"

#include "sim/simulator.h"
#include "text/simtext.h"

#include <algorithm>

namespace tsl {

namespace {
bool hasNote(const sim::StepRecord& r, sim::Note note)
{
    return std::find(r.notes.begin(), r.notes.end(), note) != r.notes.end();
}

struct Ending {
    int step = 0;
    bool dropped = false;
    bool discarded = false;
};
} // namespace

LadderTrace LadderTrace::fromSimulator(const sim::Simulator& simulator)
{
    LadderTrace trace;
    trace.rows = simulator.currentStep();
    const auto& records = simulator.records();
    trace.states.push_back({sim::Side::A, 0, TcpState::Closed});
    trace.states.push_back({sim::Side::B, 0, TcpState::Closed});

    std::map<int, Ending> endings; // segment id -> how it ended
    for (int i = 0; i < trace.rows; ++i) {
        const sim::StepRecord& r = records[std::size_t(i)];
        if (!r.handled)
            continue;
        if (r.command.kind == sim::CommandKind::Deliver)
            endings[r.handled->id] = {r.step, false, hasNote(r, sim::Note::SynDroppedQueueFull)};
        else if (r.command.kind == sim::CommandKind::Drop)
            endings[r.handled->id] = {r.step, true, false};
    }

    for (int i = 0; i < trace.rows; ++i) {
        const sim::StepRecord& r = records[std::size_t(i)];
        for (sim::Side side : {sim::Side::A, sim::Side::B}) {
            for (const sim::StateChange& change : r.changes) {
                if (change.side == side)
                    trace.states.push_back({side, r.step, change.to});
            }
        }
        if (r.timerFired)
            trace.timers.push_back({r.timerSide, r.step, sim::SimText::timerName(*r.timerFired)});

        if (r.command.kind == sim::CommandKind::SpoofedSyn && r.handled) {
            Arrow arrow;
            arrow.segment = *r.handled;
            arrow.shape = Arrow::Shape::FromSpoofedHost;
            arrow.row = r.step;
            arrow.end = hasNote(r, sim::Note::SynDroppedQueueFull) ? Arrow::End::Discarded : Arrow::End::Delivered;
            trace.arrows.push_back(arrow);
        }
        if (r.command.kind == sim::CommandKind::Inject && r.handled) {
            Arrow arrow;
            arrow.segment = *r.handled;
            arrow.shape = Arrow::Shape::Arriving;
            arrow.crafted = true;
            arrow.row = r.step;
            arrow.end = Arrow::End::Delivered;
            trace.arrows.push_back(arrow);
        }
        for (const sim::Segment& s : r.sent) {
            Arrow arrow;
            arrow.segment = s;
            arrow.row = r.step;
            arrow.key = std::uint64_t(s.id);
            if (s.spoofed) {
                arrow.shape = Arrow::Shape::ToSpoofedHost;
                arrow.end = Arrow::End::Delivered;
            } else if (const auto end = endings.find(s.id); end != endings.end()) {
                arrow.end = end->second.dropped     ? Arrow::End::Dropped
                            : end->second.discarded ? Arrow::End::Discarded
                                                    : Arrow::End::Delivered;
                arrow.endRow = end->second.step;
            }
            trace.arrows.push_back(arrow);
        }
    }
    return trace;
}

} // namespace tsl
