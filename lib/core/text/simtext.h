#pragma once
// What the simulator says about each step, in the user's language: what happened and why, with
// the RFC section, and where Linux differs from the RFC.

#include "sim/simulator.h"

#include <QCoreApplication>
#include <QString>

namespace tsl::sim {

class SimText {
    Q_DECLARE_TR_FUNCTIONS(SimText)

public:
    static QString explanation(const StepRecord& step);
    static QString note(Note note, const StepRecord& step);
    static QString scenarioDescription(const QString& name);
    static QString segmentText(const Segment& segment); // "A→B SYN,ACK seq=2000 ack=1001"
};

} // namespace tsl::sim
