#pragma once
// The stepping simulator: two TCP endpoints, A and B, each a transmission control block after
// RFC 9293, a network holding segments in flight, and timers. The user (or a scenario) applies one
// command per step: an application call, a network action, a timer or a crafted segment. Every
// state change goes through the model's transition table. Deterministic: the same commands give
// the same steps, so the undo history (stephistory.h) replays commands from checkpoints.
// Plain C++. The step's work follows RFC 9293 §3.10 in usercalls.cpp, segmentarrival.cpp,
// timeouts.cpp and networkactions.cpp.

#include "sim/command.h"
#include "sim/profile.h"
#include "sim/segment.h"
#include "sim/simstate.h"
#include "sim/stephistory.h"
#include "sim/steprecord.h"

#include <cstdint>
#include <vector>

namespace tsl::sim {

class Simulator {
public:
    static constexpr std::uint32_t kIssA = 1000;
    static constexpr std::uint32_t kIssB = 2000;
    static constexpr std::int64_t kTwoMslMs = 60000;     // Linux's TIME_WAIT (RFC: 2 x 2 min)
    static constexpr std::int64_t kFinWait2Ms = 60000;   // Linux's tcp_fin_timeout
    static constexpr int kMaxRetransmissions = 6;

    explicit Simulator(Profile profile = Profile::Rfc9293) : m_profile(profile) {}

    Profile profile() const { return m_profile; }
    // Plays the recorded commands again under `profile` (the steps may differ) and returns to
    // the same step number.
    void setProfile(Profile profile);
    // The run's surroundings (settings, listeners beside the sides): they hold from step 0 on,
    // replays included.
    const SimSettings& settings() const { return m_settings; }
    void setSettings(const SimSettings& settings);

    // Applies one command as the next step; any later history is discarded (like an editor's redo
    // after a new edit). Returns the step's record.
    const StepRecord& apply(const Command& command);
    // Moves to step `n` (0: the start) by replaying the recorded commands; records stay.
    void jumpTo(int n);
    bool stepBack();
    bool stepForward(); // re-applies the next recorded command, if any
    void reset();       // back to step 0, history kept for stepForward

    int currentStep() const { return m_current; }
    int recordedSteps() const { return m_history.size(); }
    const SimState& state() const { return m_state; }
    // Records of steps 1..currentStep() (and beyond, when stepped back).
    const std::vector<StepRecord>& records() const { return m_history.records(); }
    std::size_t historyBytes() const { return m_history.bytes(); }

private:
    void execute(const Command& command, StepRecord& record);
    void restore(int step);

    Profile m_profile = Profile::Rfc9293;
    SimSettings m_settings;
    SimState m_state;
    int m_current = 0;
    StepHistory m_history;
};

} // namespace tsl::sim
