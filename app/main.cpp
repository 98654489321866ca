// The one place that decides what runs: a command-line verb (headless, no display needed) or the
// main window. The verb is looked for in all of argv, so global options may come first.
#include "cli/cliio.h"
#include "cli/commandline.h"
#include "window/mainwindow.h"

#include "i18n/translations.h"
#include "settings/settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QIcon>

#include <cstdio>
#include <memory>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TCP State Lab"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("tcpstatelab.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("tcpstatelab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TSL_VERSION));
}

QStringList commandLineOf(int argc, char** argv)
{
    QStringList words;
    for (int i = 0; i < argc; ++i)
        words << QString::fromLocal8Bit(argv[i]);
    return words;
}

bool asksForInformationOnly(const QStringList& words)
{
    for (const QString& word : words.mid(1)) {
        if (word == QLatin1String("--help") || word == QLatin1String("-h")
            || word == QLatin1String("--help-all") || word == QLatin1String("--version")
            || word == QLatin1String("-v"))
            return true;
    }
    return false;
}

// A word that is not an option and not --lang's value: a mistyped verb, not a window request.
bool hasStrayWord(const QStringList& words)
{
    for (qsizetype i = 1; i < words.size(); ++i) {
        if (words.at(i) == QLatin1String("--lang")) {
            ++i;
            continue;
        }
        if (!words.at(i).startsWith(QLatin1Char('-')))
            return true;
    }
    return false;
}

int runHeadless(int argc, char** argv, const QStringList& words)
{
    const std::optional<tsl::CommandLine::Invocation> invocation = tsl::CommandLine::findVerb(words);
    // A verb that paints gets an offscreen QGuiApplication (fonts, no display); the rest a
    // QCoreApplication.
    tsl::cli::quietQtMessages();
    std::unique_ptr<QCoreApplication> app;
    if (invocation && tsl::CommandLine::needsGui(invocation->verb)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    describeApplication();
    if (invocation || !asksForInformationOnly(words))
        return tsl::CommandLine::run(words); // it also installs --lang, or refuses it

    tsl::Translations::install(tsl::CommandLine::languageArgument(words).value_or(QString()));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "TCP State Lab: TCP's eleven connection states, "
                                            "live from the kernel and step by step.")
        + QLatin1String("\n\n") + tsl::CommandLine::verbsHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("lang"), QCoreApplication::translate("main", "Language, e.g. de or zh_CN."),
                      QCoreApplication::translate("main", "LOCALE")});
    parser.addOption({QStringLiteral("presentation"),
                      QCoreApplication::translate("main", "Open in presentation mode: full screen, large labels, high contrast "
                                                          "(Esc leaves it).")});
    parser.process(*app); // prints help or version and exits
    return 0;
}

int runWindow(int argc, char** argv)
{
#ifdef Q_OS_WIN
    // A console program (so that the verbs print); started from Explorer the console is ours
    // alone: let it go rather than leave an empty black window beside the app.
    DWORD processes[2];
    if (GetConsoleProcessList(processes, 2) == 1)
        FreeConsole();
#endif
    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("TCP State Lab"));
    QGuiApplication::setDesktopFileName(QStringLiteral("invalid.example.tcpstatelab"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tcpstatelab.svg")));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("main", "Language, e.g. de or zh_CN."),
                                  QCoreApplication::translate("main", "LOCALE"));
    parser.addOption(lang);
    const QCommandLineOption presentation(
        QStringLiteral("presentation"),
        QCoreApplication::translate("main", "Open in presentation mode: full screen, large labels, high contrast "
                                            "(Esc leaves it)."));
    parser.addOption(presentation);
    if (!parser.parse(QCoreApplication::arguments())) {
        // A mistyped option is bad input, as on the command line: say so, exit 2, no window.
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return tsl::cli::BadInput;
    }

    tsl::Settings settings;
    tsl::Translations::install(parser.isSet(lang) ? parser.value(lang) : settings.language());

    tsl::MainWindow window(settings);
    window.showFitted();
    if (parser.isSet(presentation))
        window.setPresenting(true);
    return app.exec();
}

} // namespace

int main(int argc, char** argv)
{
    const QStringList words = commandLineOf(argc, argv);
    const bool headless = tsl::CommandLine::findVerb(words) || asksForInformationOnly(words)
                          || hasStrayWord(words);
    return headless ? runHeadless(argc, argv, words) : runWindow(argc, argv);
}
