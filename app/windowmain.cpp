// tcpstatelab-gui: the window program. tcpstatelab starts it for the main window and for the
// verbs that paint (export-diagram, export-ladder: headless, under an offscreen
// QGuiApplication); run by hand it does the same.
#include "cli/cliio.h"
#include "cli/commandline.h"
#include "cli/exportcommands.h"
#include "window/mainwindow.h"

#include "i18n/translations.h"
#include "settings/settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QIcon>

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace {

int runPaintingVerb(int argc, char** argv, const QStringList& words)
{
    tsl::cli::quietQtMessages();
    // Fonts and painting, no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    tsl::cli::describeApplication();
    return tsl::ExportCommands::run(words);
}

int runWindow(int argc, char** argv)
{
#ifdef Q_OS_WIN
    // Started from Explorer the console is ours alone: let it go rather than leave an empty
    // black window beside the app.
    DWORD processes[2];
    if (GetConsoleProcessList(processes, 2) == 1)
        FreeConsole();
#endif
    QApplication app(argc, argv);
    tsl::cli::describeApplication();
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
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version")))
        parser.process(app); // prints and exits

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
    const QStringList words = tsl::CommandLine::wordsOf(argc, argv);
    if (tsl::CommandLine::findVerb(words) || tsl::CommandLine::hasStrayWord(words))
        return runPaintingVerb(argc, argv, words); // a verb that only prints runs as in tcpstatelab
    return runWindow(argc, argv);
}
