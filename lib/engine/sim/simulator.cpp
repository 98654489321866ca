#include "simulator.h"

#include "stepcontext.h"

#include <algorithm>

namespace tsl::sim {

const char* commandToken(CommandKind kind)
{
    switch (kind) {
    case CommandKind::PassiveOpen: return "passive-open";
    case CommandKind::ActiveOpen: return "active-open";
    case CommandKind::Send: return "send";
    case CommandKind::Shutdown: return "shutdown";
    case CommandKind::Close: return "close";
    case CommandKind::Abort: return "abort";
    case CommandKind::Deliver: return "deliver";
    case CommandKind::Drop: return "drop";
    case CommandKind::Duplicate: return "duplicate";
    case CommandKind::Timer: return "timer";
    case CommandKind::SpoofedSyn: return "spoofed-syn";
    case CommandKind::SetSynCookies: return "syn-cookies";
    case CommandKind::Listen: return "listen-backlog";
    case CommandKind::Inject: return "inject";
    }
    return "unknown";
}

bool noteExplainsItsEdges(Note note)
{
    switch (note) {
    case Note::CookieAccepted:
    case Note::SynReturnsToListen:
    case Note::LinuxRequestReset:
    case Note::LinuxOrphanSynReset:
    case Note::LinuxAbortOnData:
    case Note::LinuxTimeWaitNewSyn:
    case Note::LinuxTimeWaitNewSynFin:
        return true;
    default:
        return false;
    }
}

bool noteNamesLinuxBehaviour(Note note)
{
    switch (note) {
    case Note::LinuxSynFinDropped:
    case Note::LinuxRequestReset:
    case Note::LinuxRequestBadAck:
    case Note::LinuxSynAckRepeated:
    case Note::LinuxNoAckDropped:
    case Note::LinuxWindowEdge:
    case Note::LinuxOutOfOrderAcked:
    case Note::LinuxOldSequenceAcked:
    case Note::LinuxIgnoredAfterFin:
    case Note::LinuxAbortOnData:
    case Note::LinuxRstBeforeFin:
    case Note::LinuxOrphanSynReset:
    case Note::LinuxOrphanRstKills:
    case Note::LinuxOrphanOutOfWindowAcked:
    case Note::LinuxTimeWaitAcked:
    case Note::LinuxTimeWaitRstIgnored:
    case Note::LinuxTimeWaitNewSyn:
    case Note::LinuxTimeWaitNewSynFin:
    case Note::LinuxResetCarriesAck:
    case Note::LinuxRepeatedSynNotTrimmed:
    case Note::LinuxRestDiscarded:
        return true;
    default:
        return false;
    }
}

void Simulator::execute(const Command& command, StepRecord& record)
{
    // Reuses the record's vectors: a replay runs many steps into one scratch record.
    record.step = m_current + 1;
    record.command = command;
    record.handled.reset();
    record.sent.clear();
    record.changes.clear();
    record.notes.clear();
    record.sources.clear();
    record.timerFired.reset();
    record.timerSide = Side::A;
    record.profile = m_profile;
    StepContext{m_state, record, m_profile}.run(command);
    record.stateA = m_state.a.state;
    record.stateB = m_state.b.state;
    record.nowMs = m_state.nowMs;
}

const StepRecord& Simulator::apply(const Command& command)
{
    m_history.truncateAfter(m_current);
    StepRecord record;
    execute(command, record);
    ++m_current;
    m_history.append(command, std::move(record), m_state);
    return m_history.records().back();
}

void Simulator::restore(int step)
{
    const StepHistory::Checkpoint checkpoint = m_history.checkpointAtOrBefore(step);
    m_state = checkpoint.state;
    m_state.settings = m_settings;
    m_current = checkpoint.step;
    StepRecord scratch; // same commands, same state: deterministic, so the records stay as they are
    while (m_current < step) {
        execute(m_history.command(m_current), scratch);
        ++m_current;
    }
}

void Simulator::jumpTo(int n) { restore(std::clamp(n, 0, recordedSteps())); }

bool Simulator::stepBack()
{
    if (m_current == 0)
        return false;
    restore(m_current - 1);
    return true;
}

bool Simulator::stepForward()
{
    if (m_current >= recordedSteps())
        return false;
    StepRecord scratch;
    execute(m_history.command(m_current), scratch);
    ++m_current;
    return true;
}

void Simulator::setProfile(Profile profile)
{
    if (profile == m_profile)
        return;
    std::vector<Command> commands;
    commands.reserve(std::size_t(m_history.size()));
    for (int i = 0; i < m_history.size(); ++i)
        commands.push_back(m_history.command(i));
    const int current = m_current;
    m_profile = profile;
    m_history.clear();
    reset();
    for (const Command& command : commands)
        apply(command);
    jumpTo(current);
}

void Simulator::setSettings(const SimSettings& settings)
{
    m_settings = settings;
    m_state.settings = settings;
}

void Simulator::reset()
{
    m_state = SimState{};
    m_state.settings = m_settings;
    m_current = 0;
}

} // namespace tsl::sim
