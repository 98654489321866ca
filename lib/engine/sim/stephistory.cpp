#include "stephistory.h"

#include <algorithm>

namespace tsl::sim {

void StepHistory::clear()
{
    m_commands.clear();
    m_records.clear();
    m_checkpoints.assign(1, SimState{});
}

void StepHistory::truncateAfter(int step)
{
    m_commands.resize(std::size_t(step));
    m_records.resize(std::size_t(step));
    m_checkpoints.resize(std::size_t(step / kCheckpointEvery) + 1);
}

void StepHistory::append(const Command& command, StepRecord record, const SimState& after)
{
    m_commands.push_back(command);
    m_records.push_back(std::move(record));
    if (size() % kCheckpointEvery == 0)
        m_checkpoints.push_back(after);
}

StepHistory::Checkpoint StepHistory::checkpointAtOrBefore(int step) const
{
    const int k = std::min(step / kCheckpointEvery, int(m_checkpoints.size()) - 1);
    return {k * kCheckpointEvery, m_checkpoints[std::size_t(k)]};
}

std::size_t StepHistory::bytes() const
{
    std::size_t bytes = m_commands.capacity() * sizeof(Command) + m_records.capacity() * sizeof(StepRecord)
                        + m_checkpoints.capacity() * sizeof(SimState);
    for (const StepRecord& r : m_records)
        bytes += r.sent.capacity() * sizeof(Segment) + r.changes.capacity() * sizeof(StateChange)
                 + r.notes.capacity() * sizeof(Note);
    for (const SimState& s : m_checkpoints)
        bytes += s.network.capacity() * sizeof(Segment) + s.timers.capacity() * sizeof(Timer);
    return bytes;
}

} // namespace tsl::sim
