#pragma once
// The command line: finds the verb, sets the language, dispatches. Every verb runs under a
// QCoreApplication or an offscreen QGuiApplication, never needing a display.

#include <QCoreApplication>
#include <QStringList>

#include <optional>

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

    // Runs a verb; `commandLine` is the full argv (program name first).
    static int run(const QStringList& commandLine);

private:
    static int exportDiagram(const QStringList& arguments);
    static int printTransitions(const QStringList& arguments);
};

} // namespace tsl
