#pragma once
// `tcpstatelab net`: whether the private network can be built here (`check`), and the
// simulator's scenarios played by two real Linux TCP stacks across a wire that holds every
// segment (`run`).

#include <QCoreApplication>
#include <QStringList>

namespace tsl {

class NetCommands {
    Q_DECLARE_TR_FUNCTIONS(NetCommands)

public:
    static int run(const QStringList& arguments);

private:
    static int check(bool json);
    static int runScenario(const QStringList& arguments);
    static qsizetype subCommandAt(const QStringList& arguments);
};

} // namespace tsl
