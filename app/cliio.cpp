#include "cliio.h"

#include "commandline.h"

#include <QCoreApplication>

namespace tsl::cli {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString& message, int code)
{
    err() << QCoreApplication::applicationName() << ": " << message << Qt::endl;
    return code;
}

std::optional<int> parseOrExit(QCommandLineParser& parser, const QStringList& arguments,
                               const QString& verb)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  CommandLine::tr("Show help for this command."));
    parser.addOption(help);
    QStringList withoutVerb = arguments;
    withoutVerb.removeAt(1);
    if (!parser.parse(withoutVerb))
        return fail(verb + QStringLiteral(": ") + parser.errorText());
    if (parser.isSet(help)) {
        // Qt names the program as invoked; the usage line should read "tcpstatelab VERB".
        QString text = parser.helpText();
        const qsizetype at = text.indexOf(arguments.first());
        if (at >= 0) {
            text.replace(at, arguments.first().size(),
                         QCoreApplication::applicationName() + QLatin1Char(' ') + verb);
        }
        out() << text;
        out().flush();
        return Success;
    }
    return std::nullopt;
}

} // namespace tsl::cli
