#pragma once
// What the simulator says about each step, in the user's language: the step's cause, what
// happened and why, with the RFC section, and where Linux differs from the RFC. The engine gives
// facts (commands, notes, edges); this class words them.

#include "sim/simscenarios.h"
#include "sim/simulator.h"
#include "sim/windowposition.h"

#include <QCoreApplication>
#include <QString>

namespace tsl::sim {

class SimText {
    Q_DECLARE_TR_FUNCTIONS(SimText)

public:
    // The step's cause: "A: close", "Network: deliver B→A SYN,ACK", "Time passes: A's RTO fires".
    static QString commandText(const StepRecord& step);
    // The same for a command not yet applied (menus, tooltips): "A: close".
    static QString commandText(const Command& command);
    static QString explanation(const StepRecord& step);
    static QString note(Note note, const StepRecord& step);
    // One source in protocol notation: "RFC 9293 §3.10.7.4, fourth check (SYN), SYN-RECEIVED",
    // "Linux: tcp_check_req()".
    static QString source(Source source);
    // "Sources: …; …." for the step's cited sources, or "" when it cites none.
    static QString sources(const StepRecord& step);
    // A timer's short name on the ladder: "RTO", "2MSL", "fin_timeout" (protocol notation).
    static QString timerName(SimTimerKind kind);
    // The profile's name in a chooser ("RFC 9293", "Linux") and one sentence on what it plays.
    static QString profileTitle(Profile profile);
    static QString profileDescription(Profile profile);
    static QString scenarioTitle(const QString& name);
    static QString scenarioDescription(const QString& name);
    static QString segmentText(const Segment& segment); // "A→B SYN,ACK seq=2000 ack=1001"
    static QString segmentLabel(const Segment& segment); // "SYN,ACK seq=2000 ack=1001"
    // "RCV.NXT+1 — inside the window, not the next byte"
    static QString seqPositionText(SeqPosition position);
    static QString ackPositionText(AckPosition position);
};

} // namespace tsl::sim
