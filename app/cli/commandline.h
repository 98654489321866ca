#pragma once
// The command line: finds the verb, sets the language, dispatches. Every verb runs under a
// QCoreApplication or an offscreen QGuiApplication, never needing a display.

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <variant>

namespace tsl {

class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // The verbs, for dispatch in main() and the --help text.
    static QStringList verbs();
    static bool isVerb(const QString& word);
    // Whether a verb paints (and so needs a QGuiApplication with fonts) or only prints.
    static bool needsGui(const QString& verb);
    static QString verbsHelp();

    struct Invocation {
        QString verb;
        QStringList arguments; // program name, verb, then the other words in their order
    };
    // The verb wherever it stands in argv (global options such as --lang may come first).
    static std::optional<Invocation> findVerb(const QStringList& commandLine);
    // The --lang value wherever it stands, before any parser runs, so that --help is translated.
    static std::optional<QString> languageArgument(const QStringList& commandLine);

    // argv as words, in the system's encoding.
    static QStringList wordsOf(int argc, char** argv);
    // --help, --version and the like, without a verb.
    static bool asksForInformationOnly(const QStringList& commandLine);
    // A word that is neither an option nor --lang's value: a mistyped verb, not a window request.
    static bool hasStrayWord(const QStringList& commandLine);
    // Whether the window program (tcpstatelab-gui) should run this: no verb and nothing else to
    // answer (the window), or a verb that paints.
    static bool wantsWindowProgram(const QStringList& commandLine);

    // Finds the verb and installs --lang (or refuses it): the invocation, or the exit code.
    static std::variant<Invocation, int> prepare(const QStringList& commandLine);
    // Runs a verb that only prints; `commandLine` is the full argv (program name first).
    static int run(const QStringList& commandLine);

private:
    static int printTransitions(const QStringList& arguments);
};

} // namespace tsl
