#pragma once
// The headless verbs: `tcpstatelab export-diagram`, `tcpstatelab transitions`. They run under a
// QCoreApplication or an offscreen QGuiApplication, never needing a display.

#include <QCoreApplication>
#include <QStringList>

namespace tsl {

class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode {
        Success = 0,
        Failure = 1,
        BadInput = 2,
    }; // the same values as cli::ExitCode

    // The verbs, for dispatch in main() and the --help text.
    static QStringList verbs();
    static bool isVerb(const QString& word);
    // Whether a verb paints (and so needs a QGuiApplication with fonts) or only prints.
    static bool needsGui(const QString& verb);
    static QString verbsHelp();

    // Runs a verb; `arguments` is the full argv (program name first).
    static int run(const QStringList& arguments);

private:
    static int exportDiagram(const QStringList& arguments);
    static int printTransitions(const QStringList& arguments);
};

} // namespace tsl
