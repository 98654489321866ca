#include "cliio.h"

#include "commandline.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>

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

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TCP State Lab"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("tcpstatelab.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("tcpstatelab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TSL_VERSION));
}

void quietQtMessages()
{
    if (qEnvironmentVariableIntValue("TCPSTATELAB_QT_MESSAGES") != 0)
        return;
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
        if (type != QtCriticalMsg && type != QtFatalMsg)
            return;
        const QByteArray line = qFormatLogMessage(type, context, message).toLocal8Bit() + '\n';
        std::fwrite(line.constData(), 1, std::size_t(line.size()), stderr);
    });
}

QString qs(const std::string& text) { return QString::fromStdString(text); }

QString qs(std::string_view token) { return QString::fromLatin1(token.data(), qsizetype(token.size())); }

void printJsonLine(const QJsonObject& object)
{
    out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    out().flush();
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
    // Every verb takes --lang; CommandLine::run has already installed it before parsing.
    parser.addOption({QStringLiteral("lang"), CommandLine::tr("Language, e.g. de or zh_CN."),
                      CommandLine::tr("LOCALE")});
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

namespace {
std::atomic<bool> g_stopRequested{false};
extern "C" void requestStop(int) { g_stopRequested = true; }
} // namespace

StopRequest::StopRequest()
{
    g_stopRequested = false;
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
}

StopRequest::~StopRequest()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

bool StopRequest::requested() const { return g_stopRequested; }

bool StopRequest::sleep(qint64 milliseconds) const
{
    QElapsedTimer clock;
    clock.start();
    while (!g_stopRequested && clock.elapsed() < milliseconds)
        QThread::msleep(std::uint32_t(std::clamp<qint64>(milliseconds - clock.elapsed(), 1, 20)));
    return !g_stopRequested;
}

} // namespace tsl::cli
