#pragma once
// What every command-line verb shares: its output streams, its error exit, its option parsing.

#include <QCommandLineParser>
#include <QTextStream>

#include <optional>

namespace tsl::cli {

enum ExitCode {
    Success = 0,
    Failure = 1,  // the command was right but the work failed
    BadInput = 2, // unknown verb, state, option value, file type, unwritable path, busy port
};

QTextStream& out();
QTextStream& err();

// Prints "tcpstatelab: MESSAGE" to stderr and returns `code`.
int fail(const QString& message, int code = BadInput);

// Parses a verb's options (adding -h/--help). Returns an exit code when the verb should stop:
// Success after printing --help, BadInput after an unknown option. nullopt: go on.
std::optional<int> parseOrExit(QCommandLineParser& parser, const QStringList& arguments,
                               const QString& verb);

} // namespace tsl::cli
