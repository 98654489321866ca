#pragma once
// `tcpstatelab lab`: real loopback sockets driven into a state and held (`reach`), scenarios
// that walk a path (`run`), and the list of both (`--list`).

#include <QCoreApplication>
#include <QStringList>

#include <variant>

namespace tsl {

class LabCommands {
    Q_DECLARE_TR_FUNCTIONS(LabCommands)

public:
    static int run(const QStringList& arguments);

private:
    struct Request;
    static int list(bool json);
    // The checked request, or the exit code to stop with (after --help, --list or bad input).
    static std::variant<Request, int> parse(const QStringList& arguments);
    static int reach(const Request& request);
    static int runScenario(const Request& request);
};

} // namespace tsl
