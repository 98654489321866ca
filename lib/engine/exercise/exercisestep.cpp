#include "exercise/exercisestep.h"

namespace tsl::exercise {

bool sameSegment(const SegmentShape& guess, const SegmentShape& actual, bool numbered)
{
    if (guess.syn != actual.syn || guess.ack != actual.ack || guess.fin != actual.fin || guess.rst != actual.rst)
        return false;
    if ((guess.len > 0) != (actual.len > 0))
        return false;
    if (!numbered)
        return true;
    return guess.seq == actual.seq && (!actual.ack || guess.ackNo == actual.ackNo) && guess.len == actual.len;
}

std::optional<SegmentShape> ExerciseStep::firstSentBy(Side s) const
{
    for (const SentSegment& segment : sent) {
        if (segment.from == s)
            return segment.shape;
    }
    return std::nullopt;
}

std::vector<std::size_t> ExerciseStep::edgesOf(Side s) const
{
    std::vector<std::size_t> out;
    for (const EdgeTaken& edge : edges) {
        if (edge.side == s)
            out.push_back(edge.transition);
    }
    return out;
}

} // namespace tsl::exercise
