#pragma once
// What `tcpstatelab lab run` prints: each transition and operation as it happens (one JSON object
// per line with --json, a line of text otherwise), then the scenario's outcome.

#include <QCoreApplication>
#include <QString>

#if TSL_HAVE_LIVE_LAB
#include "lab/labengine.h"
#include "lab/scenarios.h"

namespace tsl {

class LabRunOutput {
    Q_DECLARE_TR_FUNCTIONS(LabRunOutput)

public:
    LabRunOutput(const LabEngine& lab, bool json) : m_lab(lab), m_json(json) {}

    void transition(const ObservedTransition& transition) const;
    void operation(const LabEvent& event) const;
    void outcome(const QString& scenario, const ScenarioOutcome& outcome) const;

private:
    const LabEngine& m_lab;
    bool m_json;
};

} // namespace tsl
#endif
