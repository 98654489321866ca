#pragma once
// `tcpstatelab simulate` and `tcpstatelab export-ladder`: the stepping simulator on the
// command line.

#include <QCoreApplication>
#include <QStringList>

namespace tsl {

class SimCommands {
    Q_DECLARE_TR_FUNCTIONS(SimCommands)

public:
    static int simulate(const QStringList& arguments);
    static int exportLadder(const QStringList& arguments);
};

} // namespace tsl
