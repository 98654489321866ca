#pragma once
// `tcpstatelab lab`: real loopback sockets driven into a state and held (`reach`), scenarios
// that walk a path (`run`), and the list of both (`--list`).

#include <QCoreApplication>
#include <QStringList>

namespace tsl {

class LabCommands {
    Q_DECLARE_TR_FUNCTIONS(LabCommands)

public:
    static int run(const QStringList& arguments);

private:
    static int list(bool json);
};

} // namespace tsl
