#pragma once
// What an animated export shows, whoever recorded it: a neutral sequence of steps. Each step
// says where the tokens walk (TokenEvent::path, the model's edges) or are placed, which edge is
// highlighted, a caption and its explanation, and how many rows of the ladder are drawn once
// it is taken. The simulator, the Wire panel's session and a capture replay each build one; the
// renderer (AnimationFrames) and the encoders never ask where it came from. QtCore only.

#include "diagram/tokenboard.h"
#include "ladder/laddertrace.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace tsl {

namespace sim {
class Simulator;
}

struct AnimationStep {
    QString caption;     // what happened, one line: "A: connect()"
    QString explanation; // why, a sentence or two (may be empty)
    std::vector<TokenEvent> moves; // the tokens' walks (or placements) during this step
    std::optional<std::size_t> highlightedEdge; // into transitions(); the step's last edge
    int ladderRows = 0; // the ladder's rows drawn once this step is taken
};

struct AnimationScript {
    Q_DECLARE_TR_FUNCTIONS(AnimationScript)

public:
    QString title;       // the scenario's or session's name
    QString description; // shown before the first step
    TokenSource source = TokenSource::Simulator;
    std::vector<TokenEvent> start; // where the tokens stand before the first step
    std::vector<AnimationStep> steps;
    LadderTrace trace; // the whole run; a step shows its first `ladderRows` rows

    // Every recorded step of `simulator` (wherever it stands now), with the scenario's title
    // and description in the current language; `scenario` may be empty for the user's own steps.
    static AnimationScript fromSimulator(const sim::Simulator& simulator, const QString& scenario);
};

// The trace as it stood after its first `rows` rows: later arrows, states, timers and marks left
// out, segments that arrived (or were lost) later still in flight. For the simulator this is
// LadderTrace::fromSimulator at that step (tst_animationexport checks it).
LadderTrace truncatedTrace(const LadderTrace& trace, int rows);

} // namespace tsl
