#pragma once
// `tcpstatelab simulate` and `tcpstatelab export-ladder`: the stepping simulator on the
// command line. export-ladder paints, so it lives apart (simexportcommand.cpp) and runs in the
// window program.

#include <QCoreApplication>
#include <QCommandLineParser>
#include <QStringList>

#include "sim/profile.h"

#include <optional>

namespace tsl {

class SimCommands {
    Q_DECLARE_TR_FUNCTIONS(SimCommands)

public:
    static int simulate(const QStringList& arguments);
    static int exportLadder(const QStringList& arguments);

    // Says the scenario is unknown and which there are; returns the exit code.
    static int unknownScenario(const QString& name);
    // --profile NAME (rfc9293, linux, any case); nullopt for another name.
    static std::optional<sim::Profile> profileOption(const QString& text);
    // Says the profile is unknown and which there are; returns the exit code (2).
    static int unknownProfile(const QString& text);
    // --steps N: how many steps to show (all by default); nullopt with *exitCode on bad input.
    static std::optional<int> stepsOption(const QCommandLineParser& parser, const QCommandLineOption& option,
                                          int available, int* exitCode);
};

} // namespace tsl
