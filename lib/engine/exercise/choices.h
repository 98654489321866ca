#pragma once
// The answers a question offers, drawn from the diagram: the states one edge of the transition
// table away from where a side is (and staying put), the segments those edges send (and sending
// nothing, and a plain ACK once synchronized); for the advanced level, the segment's relative
// seq and ack with near misses (ack one too far, seq and ack swapped). When the step's outcome
// is known in advance (the simulator), the right answer is always among them. Plain C++.

#include "exercise/exercise.h"
#include "exercise/exercisestep.h"

#include <optional>
#include <vector>

namespace tsl::exercise {

inline constexpr std::size_t kMaxChoices = 5;

// In the diagram's state order.
std::vector<TcpState> stateChoices(TcpState before, std::optional<TcpState> known);

// nullopt stands for "sends nothing" and comes first. `known`: nullopt when the outcome is not
// known in advance; a value (itself nullopt for "nothing") when it is.
std::vector<std::optional<SegmentShape>> segmentChoices(const SideStart& start, Level level,
                                                        std::optional<std::optional<SegmentShape>> known);

} // namespace tsl::exercise
