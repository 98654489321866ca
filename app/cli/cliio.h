#pragma once
// What every command-line verb shares: its output streams, its error exit, its option parsing.

#include <QCommandLineParser>
#include <QJsonObject>
#include <QTextStream>

#include <optional>
#include <string>
#include <string_view>

namespace tsl::cli {

enum ExitCode {
    Success = 0,
    Failure = 1,  // the command was right but the work failed
    BadInput = 2, // unknown verb, state, option value, file type, unwritable path, busy port
};

QTextStream& out();
QTextStream& err();

// Keeps Qt's own chatter off a command's stderr ("QStandardPaths: XDG_RUNTIME_DIR not set",
// font notes of the offscreen platform): a user must read the command's message first. Qt's
// debug, info and warning messages are dropped unless TCPSTATELAB_QT_MESSAGES=1; critical
// and fatal ones still print. Install before the application object exists.
void quietQtMessages();

// The organisation, name and version every program of the app reports (settings live by these).
void describeApplication();

// The engine's text as QString: its messages (UTF-8) and its tokens (ASCII, e.g. "SYN_SENT").
QString qs(const std::string& text);
QString qs(std::string_view token);
// One JSON object as one line of output (JSON lines), flushed at once for a reader that follows.
void printJsonLine(const QJsonObject& object);

// Prints "tcpstatelab: MESSAGE" to stderr and returns `code`.
int fail(const QString& message, int code = BadInput);

// Parses a verb's options (adding -h/--help). Returns an exit code when the verb should stop:
// Success after printing --help, BadInput after an unknown option. nullopt: go on.
std::optional<int> parseOrExit(QCommandLineParser& parser, const QStringList& arguments,
                               const QString& verb);

// Ctrl-C and SIGTERM ask a long-running verb (watch, lab reach) to stop cleanly: while a
// StopRequest lives they set its flag instead of ending the process; it restores the defaults.
class StopRequest {
public:
    StopRequest();
    ~StopRequest();
    StopRequest(const StopRequest&) = delete;
    StopRequest& operator=(const StopRequest&) = delete;

    bool requested() const;
    // Sleeps in short slices so a signal is honoured at once; false when a stop was requested.
    bool sleep(qint64 milliseconds) const;
};

} // namespace tsl::cli
