#pragma once
// What the lab says to a person about its recipes and scenarios, translated.

#include "model/tcpstate.h"

#include <QCoreApplication>
#include <QString>

namespace tsl {

class LabText {
    Q_DECLARE_TR_FUNCTIONS(LabText)

public:
    // How the recipe for `state` produces and holds it.
    static QString recipeDescription(TcpState state);
    // The simulator scenario that shows `state`, for systems where the lab cannot hold it.
    static QString simulatorScenarioFor(TcpState state);
    // "The live lab cannot hold X on this system; tcpstatelab simulate Y shows it."
    static QString unsupportedHere(TcpState state);

    // One line per scenario; empty for an unknown name.
    static QString scenarioDescription(const QString& name);
};

} // namespace tsl
