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

const char* noteToken(Note note)
{
    switch (note) {
    case Note::None: return "none";
    case Note::SegmentDropped: return "segment-dropped";
    case Note::SegmentDuplicated: return "segment-duplicated";
    case Note::DataAccepted: return "data-accepted";
    case Note::AckAdvanced: return "ack-advanced";
    case Note::DuplicateIgnored: return "duplicate-ignored";
    case Note::UnacceptableAcked: return "unacceptable-acked";
    case Note::ChallengeAck: return "challenge-ack";
    case Note::ResetForClosedPort: return "reset-for-closed-port";
    case Note::ResetForBadAck: return "reset-for-bad-ack";
    case Note::RstIgnored: return "rst-ignored";
    case Note::Retransmitted: return "retransmitted";
    case Note::TimeWaitRestarted: return "time-wait-restarted";
    case Note::TimeWaitExpired: return "time-wait-expired";
    case Note::FinWait2Expired: return "fin-wait2-expired";
    case Note::GaveUp: return "gave-up";
    case Note::HalfOpenQueued: return "half-open-queued";
    case Note::SynDroppedQueueFull: return "syn-dropped-queue-full";
    case Note::SynCookieSent: return "syn-cookie-sent";
    case Note::CookieAccepted: return "cookie-accepted";
    case Note::SynCookiesChanged: return "syn-cookies-changed";
    case Note::ListenBacklogSet: return "listen-backlog-set";
    case Note::SegmentIgnored: return "segment-ignored";
    case Note::NothingToDo: return "nothing-to-do";
    case Note::DataQueued: return "data-queued";
    case Note::OutOfOrderDropped: return "out-of-order-dropped";
    case Note::LinuxSynFinDropped: return "linux-syn-fin-dropped";
    case Note::LinuxRequestReset: return "linux-request-reset";
    case Note::LinuxRequestBadAck: return "linux-request-bad-ack";
    case Note::LinuxSynAckRepeated: return "linux-syn-ack-repeated";
    case Note::LinuxNoAckDropped: return "linux-no-ack-dropped";
    case Note::LinuxWindowEdge: return "linux-window-edge";
    case Note::LinuxOutOfOrderAcked: return "linux-out-of-order-acked";
    case Note::LinuxOldSequenceAcked: return "linux-old-sequence-acked";
    case Note::LinuxIgnoredAfterFin: return "linux-ignored-after-fin";
    case Note::LinuxAbortOnData: return "linux-abort-on-data";
    case Note::LinuxRstBeforeFin: return "linux-rst-before-fin";
    case Note::LinuxOrphanSynReset: return "linux-orphan-syn-reset";
    case Note::LinuxOrphanRstKills: return "linux-orphan-rst-kills";
    case Note::LinuxOrphanOutOfWindowAcked: return "linux-orphan-out-of-window-acked";
    case Note::LinuxTimeWaitAcked: return "linux-time-wait-acked";
    case Note::LinuxTimeWaitRstIgnored: return "linux-time-wait-rst-ignored";
    case Note::LinuxTimeWaitNewSyn: return "linux-time-wait-new-syn";
    case Note::LinuxTimeWaitNewSynFin: return "linux-time-wait-new-syn-fin";
    case Note::LinuxResetCarriesAck: return "linux-reset-carries-ack";
    case Note::SynReturnsToListen: return "syn-returns-to-listen";
    case Note::LinuxRepeatedSynNotTrimmed: return "linux-repeated-syn-not-trimmed";
    case Note::LinuxRestDiscarded: return "linux-rest-discarded";
    }
    return "none";
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
