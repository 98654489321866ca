#include "animationscript.h"

#include "sim/simulator.h"
#include "text/simtext.h"

#include <algorithm>

namespace tsl {

namespace {
// A token per side, as the Simulator panel draws them: A takes the client colour, B the server's.
TokenEvent sideToken(sim::Side side, TcpState state, std::vector<std::size_t> path = {})
{
    TokenEvent event;
    event.source = TokenSource::Simulator;
    event.key = QString::fromLatin1(sim::sideName(side));
    event.label = event.key;
    event.role = side == sim::Side::A ? PathRole::Client : PathRole::Server;
    event.state = state;
    event.path = std::move(path);
    event.numbered = false;
    return event;
}
} // namespace

AnimationScript AnimationScript::fromSimulator(const sim::Simulator& simulator, const QString& scenario)
{
    sim::Simulator whole = simulator;
    whole.jumpTo(whole.recordedSteps());

    AnimationScript script;
    script.source = TokenSource::Simulator;
    if (!scenario.isEmpty()) {
        script.title = sim::SimText::scenarioTitle(scenario);
        script.description = sim::SimText::scenarioDescription(scenario);
    }
    if (script.title.isEmpty())
        script.title = tr("Simulation");
    script.trace = LadderTrace::fromSimulator(whole);

    sim::Simulator begin = simulator;
    begin.jumpTo(0);
    script.start = {sideToken(sim::Side::A, begin.state().a.state), sideToken(sim::Side::B, begin.state().b.state)};

    for (const sim::StepRecord& record : whole.records()) {
        AnimationStep step;
        step.caption = sim::SimText::commandText(record);
        step.explanation = sim::SimText::explanation(record);
        for (const sim::StateChange& change : record.changes)
            step.moves.push_back(sideToken(change.side, transitions()[change.transition].to, {change.transition}));
        if (!record.changes.empty())
            step.highlightedEdge = record.changes.back().transition;
        step.ladderRows = record.step;
        script.steps.push_back(std::move(step));
    }
    return script;
}

LadderTrace truncatedTrace(const LadderTrace& trace, int rows)
{
    LadderTrace out;
    out.rows = std::clamp(rows, 0, trace.rows);
    for (LadderTrace::Arrow arrow : trace.arrows) {
        if (arrow.row > out.rows)
            continue;
        const bool ended = arrow.end == LadderTrace::Arrow::End::Delivered || arrow.end == LadderTrace::Arrow::End::Dropped
                           || arrow.end == LadderTrace::Arrow::End::Discarded;
        // Shapes that arrive within their own row end there; an arrow between the timelines
        // ends in a later row, and is still on its way until then.
        if (ended && arrow.shape == LadderTrace::Arrow::Shape::Between && arrow.endRow > out.rows) {
            arrow.end = LadderTrace::Arrow::End::InFlight;
            arrow.endRow = 0;
        }
        out.arrows.push_back(arrow);
    }
    for (const LadderTrace::StateChange& change : trace.states) {
        if (change.row <= out.rows)
            out.states.push_back(change);
    }
    for (const LadderTrace::Timer& timer : trace.timers) {
        if (timer.row <= out.rows)
            out.timers.push_back(timer);
    }
    for (const auto& [row, mark] : trace.marks) {
        if (row <= out.rows)
            out.marks.emplace(row, mark);
    }
    return out;
}

} // namespace tsl
