#pragma once
// What the lab says to a person about its recipes and scenarios, translated.

#include "lab/labevent.h"
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

    // One line per scenario, from the scenarios' registry; empty for an unknown name.
    static QString scenarioDescription(const QString& name);

    // A lab socket's role ("client", "server (half-open)", ...) in the user's language; the
    // English role stays the key in JSON.
    static QString role(const std::string& role);
    // What the operation was, and what came of it (on failure: the system's own words).
    static QString operation(const LabEvent& event);
    static QString detail(const LabEvent& event);
    // syn-flood's figures after one more client: half-open, dropped SYNs, established, SYN cookies.
    static QString floodStatus(const LabFacts& facts);
    // What a transition's log line adds: "(passed unseen between two polls)" for an implied
    // state, "(unknown path ...)" where several paths fit; empty for a state seen.
    static QString pathNote(bool seen, bool pathKnown);
};

} // namespace tsl
