#include "pktcommands.h"

#include "cliio.h"

#if TSL_HAVE_LIVE_LAB
#include "lab/netscenarios.h"
#include "net/netavailability.h"
#include "net/privatenetwork.h"
#include "pkt/pktparser.h"
#include "pkt/pktplayer.h"
#include "text/nettext.h"
#endif

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

namespace tsl {

using cli::fail;
using cli::out;
using cli::printJsonLine;
using cli::qs;

namespace {

#if TSL_HAVE_LIVE_LAB
QJsonObject lineJson(const QString& file, const pkt::LineOutcome& outcome)
{
    QJsonArray sockets;
    for (const pkt::HostSocket& socket : outcome.hostA) {
        sockets.append(QJsonObject{{QStringLiteral("local_port"), int(socket.localPort)},
                                   {QStringLiteral("remote_port"), int(socket.remotePort)},
                                   {QStringLiteral("state"), qs(socket.state)},
                                   {QStringLiteral("fd"), socket.fd}});
    }
    QJsonObject object{{QStringLiteral("type"), QStringLiteral("line")},
                       {QStringLiteral("file"), file},
                       {QStringLiteral("line"), outcome.line},
                       {QStringLiteral("kind"), qs(outcome.kind)},
                       {QStringLiteral("script"), qs(outcome.text)},
                       {QStringLiteral("time"), double(outcome.scriptTimeUs) / 1e6},
                       {QStringLiteral("expected"), qs(outcome.expected)},
                       {QStringLiteral("actual"), qs(outcome.actual)},
                       {QStringLiteral("ok"), outcome.ok},
                       {QStringLiteral("state_a"), sockets}};
    if (outcome.liveTimeUs)
        object.insert(QStringLiteral("live_time"), double(*outcome.liveTimeUs) / 1e6);
    if (!outcome.ok)
        object.insert(QStringLiteral("error"), qs(outcome.error));
    if (!outcome.output.empty())
        object.insert(QStringLiteral("output"), qs(outcome.output));
    return object;
}

int unavailable(const std::string& error)
{
    const net::NetAvailability why = net::explainFailure(error);
    cli::err() << QCoreApplication::applicationName() << ": "
               << PktCommands::tr("the private network is not available: %1").arg(NetText::reason(why)) << '\n'
               << PktCommands::tr("How to allow it: %1").arg(NetText::fix(why)) << Qt::endl;
    return cli::BadInput;
}
#endif

} // namespace

int PktCommands::run(const QStringList& arguments)
{
    qsizetype at = 2;
    while (at < arguments.size() && arguments.at(at) == QLatin1String("--lang"))
        at += 2;
    const QString sub = arguments.value(at);
    if (sub == QLatin1String("run")) {
        QStringList rest = arguments;
        rest.removeAt(at);
        return runScripts(rest);
    }
    if (sub == QLatin1String("-h") || sub == QLatin1String("--help")) {
        out() << tr("Usage: %1 pkt run SCRIPT.pkt... [--tolerance_usecs N] [--tolerance_percent N] [--ip-version ipv4|ipv6] "
                    "[--set NAME=VALUE]... [--json]\n"
                    "Plays packetdrill scripts against a real Linux TCP stack (host A of the private network) without "
                    "root: '<' packets come from the remote 192.0.2.1, '>' packets are what A must send.")
                     .arg(QCoreApplication::applicationName())
              << '\n';
        out().flush();
        return cli::Success;
    }
    return fail(tr("use \"pkt run SCRIPT.pkt...\" (see pkt --help)."));
}

int PktCommands::runScripts(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Play packetdrill scripts against host A's real Linux TCP stack in a private network made without root. "
           "Exit code 0: every line of every script held; 1: a script failed; 2: a script could not be read."));
    parser.addPositionalArgument(QStringLiteral("scripts"), tr("The packetdrill scripts."), tr("SCRIPT.pkt..."));
    const QCommandLineOption tolerance(QStringList{QStringLiteral("tolerance_usecs"), QStringLiteral("tolerance-usecs")},
                                       tr("How far a packet may be from its time, in microseconds (default 4000)."), tr("N"));
    const QCommandLineOption percent(QStringList{QStringLiteral("tolerance_percent"), QStringLiteral("tolerance-percent")},
                                     tr("Tolerance as a percentage of the time since the previous line."), tr("N"));
    const QCommandLineOption ipVersion(QStringList{QStringLiteral("ip-version"), QStringLiteral("ip_version")},
                                       tr("ipv4 or ipv6 (default ipv4)."), tr("VERSION"));
    const QCommandLineOption set(QStringLiteral("set"),
                                 tr("A kernel setting of host A, repeatable: tcp_syncookies, tcp_timestamps, ..."),
                                 tr("NAME=VALUE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object per script line."));
    parser.addOptions({tolerance, percent, ipVersion, set, json});
    if (auto exit = cli::parseOrExit(parser, arguments, QStringLiteral("pkt run")))
        return *exit;
#if !TSL_HAVE_LIVE_LAB
    return fail(tr("packetdrill scripts need Linux network namespaces."), cli::Failure);
#else
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return fail(tr("pkt run needs at least one SCRIPT.pkt."));
    pkt::ScriptOptions options;
    auto apply = [&](const QCommandLineOption& option, const char* name) -> bool {
        if (!parser.isSet(option))
            return true;
        std::string error;
        if (!pkt::applyScriptOption(name, parser.value(option).toStdString(), options, error)) {
            fail(qs(error));
            return false;
        }
        return true;
    };
    if (!apply(tolerance, "tolerance_usecs") || !apply(percent, "tolerance_percent") || !apply(ipVersion, "ip_version"))
        return cli::BadInput;
    pkt::PlayerSettings settings;
    settings.readStates = parser.isSet(json);
    for (const QString& assignment : parser.values(set)) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        const QString name = assignment.left(equals).trimmed();
        const NetSetting* setting = findNetSetting(name.toStdString());
        if (equals <= 0 || !setting || setting->name == "rto_min_ms") {
            QStringList names;
            for (const NetSetting& each : netSettings()) {
                if (each.name != "rto_min_ms")
                    names << qs(each.name);
            }
            return fail(tr("unknown setting \"%1\"; valid settings: %2 (as NAME=VALUE; scripts run without an rto_min lock).")
                            .arg(equals <= 0 ? assignment : name, names.join(QStringLiteral(", "))));
        }
        bool ok = false;
        const long value = assignment.mid(equals + 1).trimmed().toLong(&ok);
        if (!ok || value < setting->minimum || value > setting->maximum)
            return fail(tr("invalid value \"%1\" for %2: use a whole number from %3 to %4.")
                            .arg(assignment.mid(equals + 1), name)
                            .arg(setting->minimum)
                            .arg(setting->maximum));
        settings.sysctls.emplace_back("net/ipv4/" + setting->name, std::to_string(value));
    }

    const bool asJson = parser.isSet(json);
    int passed = 0;
    int failedCount = 0;
    int unreadable = 0;
    for (const QString& file : files) {
        pkt::ParseError parseError;
        const auto script = pkt::readScript(file.toStdString(), options, parseError);
        if (!script) {
            ++unreadable;
            const QString message = QStringLiteral("%1:%2:%3: %4")
                                        .arg(file)
                                        .arg(parseError.line)
                                        .arg(parseError.column)
                                        .arg(qs(parseError.message));
            if (asJson) {
                printJsonLine({{QStringLiteral("type"), QStringLiteral("result")},
                               {QStringLiteral("file"), file},
                               {QStringLiteral("ok"), false},
                               {QStringLiteral("exit"), int(cli::BadInput)},
                               {QStringLiteral("line"), parseError.line},
                               {QStringLiteral("column"), parseError.column},
                               {QStringLiteral("error"), qs(parseError.message)}});
            } else {
                cli::err() << message << Qt::endl;
            }
            continue;
        }
        std::string error;
        QElapsedTimer clock;
        clock.start();
        const auto network = net::PrivateNetwork::create(error);
        if (!network)
            return unavailable(error);
        const auto player = pkt::PktPlayer::create(*script, *network, settings, error);
        if (!player) {
            return fail(tr("%1: cannot prepare host A: %2").arg(file, qs(error)), cli::Failure);
        }
        pkt::LineOutcome failure;
        const bool ok = player->run([&](const pkt::LineOutcome& outcome) {
            if (!outcome.ok)
                failure = outcome;
            if (asJson) {
                if (outcome.kind != "end")
                    printJsonLine(lineJson(file, outcome));
            } else if (!outcome.output.empty()) {
                cli::err() << qs(outcome.output);
                cli::err().flush();
            }
        });
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        if (ok) {
            ++passed;
        } else {
            ++failedCount;
            if (!asJson) {
                cli::err() << QStringLiteral("%1:%2: %3").arg(file).arg(failure.line).arg(qs(failure.error)) << '\n';
                if (!failure.detail.empty())
                    cli::err() << qs(failure.detail) << '\n';
                cli::err().flush();
            }
        }
        if (asJson) {
            QJsonObject result{{QStringLiteral("type"), QStringLiteral("result")},
                               {QStringLiteral("file"), file},
                               {QStringLiteral("ok"), ok},
                               {QStringLiteral("exit"), ok ? 0 : 1},
                               {QStringLiteral("events"), int(script->events.size())},
                               {QStringLiteral("setup_ms"), double(player->setupUs()) / 1000.0},
                               {QStringLiteral("seconds"), seconds}};
            if (!ok) {
                result.insert(QStringLiteral("line"), failure.line);
                result.insert(QStringLiteral("error"), qs(failure.error));
            }
            printJsonLine(result);
        } else if (ok) {
            out() << tr("%1: passed (%2 lines in %3 s)").arg(file).arg(script->events.size()).arg(seconds, 0, 'f', 3) << '\n';
        } else {
            out() << tr("%1: FAILED at line %2").arg(file).arg(failure.line) << '\n';
        }
        out().flush();
    }
    if (files.size() > 1) {
        if (asJson) {
            printJsonLine({{QStringLiteral("type"), QStringLiteral("summary")},
                           {QStringLiteral("scripts"), int(files.size())},
                           {QStringLiteral("passed"), passed},
                           {QStringLiteral("failed"), failedCount},
                           {QStringLiteral("unreadable"), unreadable}});
        } else {
            out() << tr("%1 scripts: %2 passed, %3 failed, %4 unreadable")
                         .arg(files.size())
                         .arg(passed)
                         .arg(failedCount)
                         .arg(unreadable)
                  << '\n';
            out().flush();
        }
    }
    if (unreadable > 0)
        return cli::BadInput;
    return failedCount > 0 ? cli::Failure : cli::Success;
#endif
}

} // namespace tsl
