#pragma once
// The simulator's undo history: every command and its record, and a full copy of the state
// every kCheckpointEvery steps, so that going back replays at most that many steps and memory
// stays bounded. Plain C++.

#include "sim/command.h"
#include "sim/simstate.h"
#include "sim/steprecord.h"

#include <cstddef>
#include <vector>

namespace tsl::sim {

class StepHistory {
public:
    static constexpr int kCheckpointEvery = 256;

    StepHistory() { clear(); }
    void clear();

    // Forgets the steps after `step` (like an editor's redo after a new edit).
    void truncateAfter(int step);
    // Records the next step; `after` is the state it left (kept if a checkpoint falls due).
    void append(const Command& command, StepRecord record, const SimState& after);

    int size() const { return int(m_commands.size()); }
    const Command& command(int index) const { return m_commands[std::size_t(index)]; }
    const std::vector<StepRecord>& records() const { return m_records; }

    struct Checkpoint {
        int step;
        const SimState& state;
    };
    // The last checkpoint at or before `step` (step 0 always has one).
    Checkpoint checkpointAtOrBefore(int step) const;

    std::size_t bytes() const; // what the history costs in memory

private:
    std::vector<Command> m_commands;
    std::vector<StepRecord> m_records;
    std::vector<SimState> m_checkpoints; // m_checkpoints[k]: the state after step k * kCheckpointEvery
};

} // namespace tsl::sim
