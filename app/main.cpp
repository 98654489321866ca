#include "commandline.h"
#include "mainwindow.h"

#include "i18n/translations.h"
#include "settings/settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QIcon>

#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TCP State Lab"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("tcpstatelab.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("tcpstatelab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TSL_VERSION));
}

// The --lang value wherever it stands, before any parser runs, so that even --help is translated.
QString languageArgument(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg.startsWith("--lang="))
            return QString::fromLocal8Bit(arg.mid(7));
        if (arg == "--lang" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
    }
    return {};
}

} // namespace

int main(int argc, char** argv)
{
    const QString verb = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const bool isVerb = tsl::CommandLine::isVerb(verb);
    bool wantsInfoOnly = false; // --help / --version without a verb: no window either
    for (int i = 1; i < argc && !isVerb; ++i) {
        const QByteArray arg(argv[i]);
        wantsInfoOnly = wantsInfoOnly || arg == "--help" || arg == "-h" || arg == "--help-all"
                        || arg == "--version" || arg == "-v";
    }

    if (isVerb || wantsInfoOnly || (!verb.isEmpty() && !verb.startsWith(QLatin1Char('-')))) {
        // Headless: a verb that paints gets an offscreen QGuiApplication (fonts, no display).
        std::unique_ptr<QCoreApplication> app;
        if (isVerb && tsl::CommandLine::needsGui(verb)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        describeApplication();
        tsl::Translations::install(languageArgument(argc, argv));
        if (isVerb || !wantsInfoOnly)
            return tsl::CommandLine::run(app->arguments());

        QCommandLineParser parser;
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "TCP State Lab: TCP's eleven connection states, "
                                                "live from the kernel and step by step.")
            + QLatin1String("\n\n") + tsl::CommandLine::verbsHelp());
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption({QStringLiteral("lang"),
                          QCoreApplication::translate("main", "Language, e.g. de or zh_CN."),
                          QCoreApplication::translate("main", "LOCALE")});
        parser.process(*app); // prints help or version and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("TCP State Lab"));
    QGuiApplication::setDesktopFileName(QStringLiteral("tcpstatelab"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tcpstatelab.svg")));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("main", "Language, e.g. de or zh_CN."),
                                  QCoreApplication::translate("main", "LOCALE"));
    parser.addOption(lang);
    parser.process(app);

    tsl::Settings settings;
    tsl::Translations::install(parser.isSet(lang) ? parser.value(lang) : settings.language());

    tsl::MainWindow window(settings);
    window.show();
    return app.exec();
}
