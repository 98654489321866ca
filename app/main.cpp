// The Qt command line: tcpstatelab-cli on Linux, behind the Qt-free front (front/frontmain.cpp,
// which answers `--version` and `snapshot --json` itself and execs this program for the rest,
// argv unchanged); tcpstatelab itself elsewhere. The verbs that only print run here, under a
// QCoreApplication: this program loads QtCore alone (tst_layers checks what it links). The
// window and the verbs that paint are handed to the window program, tcpstatelab-gui
// (windowmain.cpp), with the same arguments.
#include "cli/cliio.h"
#include "cli/commandline.h"
#include "cli/windowprogram.h"

#include "i18n/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char** argv)
{
    const QStringList words = tsl::CommandLine::wordsOf(argc, argv);
    if (tsl::CommandLine::wantsWindowProgram(words))
        return tsl::cli::runWindowProgram(argc, argv);

    tsl::cli::quietQtMessages();
    QCoreApplication app(argc, argv);
    tsl::cli::describeApplication();
    if (tsl::CommandLine::findVerb(words) || !tsl::CommandLine::asksForInformationOnly(words))
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
    parser.process(app); // prints help or version and exits
    return 0;
}
