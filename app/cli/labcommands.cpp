#include "labcommands.h"

#include "cliio.h"
#include "probecommands.h"

#include "kernel/kernelprobe.h"
#include "input/labaddress.h"
#include "text/labtext.h"
#include "text/statetext.h"
#include "model/transitiontable.h"
#include "input/portlist.h"

#ifdef __linux__
#include "lab/labengine.h"
#include "lab/scenarios.h"
#include "lab/staterecipes.h"
#endif

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace tsl {

using cli::fail;
using cli::out;

namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }
QString token(TcpState state) { return StateText::token(state); }

QStringList scenarioNames()
{
#ifdef __linux__
    QStringList out;
    for (const std::string& name : labScenarioNames())
        out << qs(name);
    return out;
#else
    return {};
#endif
}

QStringList recipeStates()
{
    QStringList out;
    for (TcpState s : kAllStates) {
        if (s != TcpState::Closed)
            out << token(s);
    }
    return out;
}

#ifdef __linux__
QJsonObject transitionJson(const ObservedTransition& t, const KernelFollower& follower)
{
    const auto table = transitions();
    return {{QStringLiteral("type"), QStringLiteral("transition")},
            {QStringLiteral("time_ms"), double(t.timeUs) / 1000.0},
            {QStringLiteral("endpoint"), t.endpoint},
            {QStringLiteral("role"), qs(t.role)},
            {QStringLiteral("local"), qs(follower.tuple(t.endpoint).local.text())},
            {QStringLiteral("remote"), qs(follower.tuple(t.endpoint).remote.text())},
            {QStringLiteral("from"), token(t.from)},
            {QStringLiteral("to"), token(t.to)},
            {QStringLiteral("edge"), t.transition ? QString::fromLatin1(table[*t.transition].id.data()) : QString()},
            {QStringLiteral("seen"), t.seen}};
}

QString transitionText(const ObservedTransition& t, const KernelFollower& follower)
{
    const auto table = transitions();
    QString line = QStringLiteral("%1 ms  %2 %3  %4 → %5")
                       .arg(double(t.timeUs) / 1000.0, 9, 'f', 1)
                       .arg(LabText::role(t.role), qs(follower.tuple(t.endpoint).local.text()), token(t.from), token(t.to));
    if (t.transition) {
        const Transition& edge = table[*t.transition];
        line += QStringLiteral("  [%1%2]").arg(QString::fromLatin1(edge.event.data()),
                                               edge.action.empty() ? QString() : QStringLiteral(" / ") + QString::fromLatin1(edge.action.data()));
    }
    if (!t.seen)
        line += QStringLiteral("  ") + LabCommands::tr("(passed unseen between two polls)");
    return line;
}
#endif

} // namespace

int LabCommands::list(bool json)
{
    if (json) {
        QJsonArray recipes;
        for (const QString& s : recipeStates())
            recipes.append(QJsonObject{{QStringLiteral("state"), s},
                                       {QStringLiteral("description"), LabText::recipeDescription(*parseState(s.toStdString()))}});
        QJsonArray scenarios;
        for (const QString& name : scenarioNames())
            scenarios.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("description"), LabText::scenarioDescription(name)}});
        out() << QJsonDocument(QJsonObject{{QStringLiteral("recipes"), recipes}, {QStringLiteral("scenarios"), scenarios}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
        return cli::Success;
    }
    out() << tr("States (tcpstatelab lab reach STATE):") << '\n';
    for (const QString& s : recipeStates())
        out() << "  " << s.leftJustified(14) << LabText::recipeDescription(*parseState(s.toStdString())) << '\n';
    out() << '\n' << tr("Scenarios (tcpstatelab lab run SCENARIO):") << '\n';
    for (const QString& name : scenarioNames())
        out() << "  " << name.leftJustified(24) << LabText::scenarioDescription(name) << '\n';
    out().flush();
    return cli::Success;
}

int LabCommands::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Real TCP sockets on loopback, driven into a state and held there (reach STATE), or "
           "walked through a scenario (run SCENARIO), their states read live from the kernel."));
    parser.addPositionalArgument(QStringLiteral("command"), tr("reach STATE, or run SCENARIO."), tr("reach|run NAME"));
    const QCommandLineOption listOption(QStringLiteral("list"), tr("List every state recipe and scenario."));
    const QCommandLineOption hold(QStringLiteral("hold"), tr("reach: hold the state for S seconds (default: until Ctrl-C)."), tr("S"));
    const QCommandLineOption family(QStringLiteral("family"), tr("ipv4 or ipv6 (default ipv4)."), tr("FAMILY"), QStringLiteral("ipv4"));
    const QCommandLineOption address(QStringLiteral("address"),
                                     tr("127.0.0.1 or ::1 (sets the family); any other address is refused."), tr("ADDRESS"));
    const QCommandLineOption port(QStringLiteral("port"), tr("The server's port (default: any free port)."), tr("P"));
    const QCommandLineOption source(QStringLiteral("source"), tr("How to follow the kernel: auto, netlink or procfs."), tr("SOURCE"), QStringLiteral("auto"));
    const QCommandLineOption interval(QStringLiteral("interval-ms"), tr("run: milliseconds between polls (1 to 1000, default 1)."), tr("N"), QStringLiteral("1"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({listOption, hold, family, address, port, source, interval, json});
    if (auto exit = cli::parseOrExit(parser, arguments, QStringLiteral("lab")))
        return *exit;
    if (parser.isSet(listOption))
        return list(parser.isSet(json));

    const QStringList positional = parser.positionalArguments();
    const QString sub = positional.value(0);
    if (positional.size() != 2 || (sub != QLatin1String("reach") && sub != QLatin1String("run")))
        return fail(tr("use \"lab reach STATE\", \"lab run SCENARIO\" or \"lab --list\"."));

    const QString familyText = parser.value(family).toLower();
    if (familyText != QLatin1String("ipv4") && familyText != QLatin1String("ipv6"))
        return fail(tr("unknown family \"%1\"; valid families: ipv4, ipv6.").arg(familyText));
    AddressFamily addressFamily = familyText == QLatin1String("ipv6") ? AddressFamily::IPv6 : AddressFamily::IPv4;
    if (parser.isSet(address)) {
        QString error;
        const auto fromAddress = LabAddress::parse(parser.value(address), &error);
        if (!fromAddress)
            return fail(error);
        if (parser.isSet(family) && *fromAddress != addressFamily)
            return fail(tr("--address %1 does not match --family %2.").arg(parser.value(address), familyText));
        addressFamily = *fromAddress;
    }
    std::uint16_t serverPort = 0;
    if (parser.isSet(port)) {
        QString error;
        const auto parsed = PortList::parsePort(parser.value(port), &error);
        if (!parsed)
            return fail(error);
        serverPort = *parsed;
    }
    double holdSeconds = -1;
    if (parser.isSet(hold)) {
        bool ok = false;
        holdSeconds = parser.value(hold).toDouble(&ok);
        if (!ok || !std::isfinite(holdSeconds) || holdSeconds < 0 || holdSeconds > 86400) // nan passes < and >
            return fail(tr("invalid --hold \"%1\": use a number of seconds from 0 to 86400.").arg(parser.value(hold)));
    }
    bool intervalOk = false;
    const int intervalMs = parser.value(interval).toInt(&intervalOk);
    if (!intervalOk || intervalMs < 1 || intervalMs > 1000)
        return fail(tr("invalid --interval-ms \"%1\": use a whole number from 1 to 1000.").arg(parser.value(interval)));

#ifndef __linux__
    if (sub == QLatin1String("reach")) {
        if (const auto state = parseState(positional.value(1).toStdString()))
            return fail(LabText::unsupportedHere(*state), cli::Failure);
    }
    return fail(tr("the live lab needs Linux to produce and hold states with real sockets; the "
                   "simulator shows every state on any system."), cli::Failure);
#else
    const QString name = positional.value(1);
    if (sub == QLatin1String("reach")) {
        const auto state = parseState(name.toStdString());
        if (!state || *state == TcpState::Closed) {
            return fail(tr("cannot reach \"%1\"; valid states: %2 (CLOSED is the absence of a socket).")
                            .arg(name, recipeStates().join(QStringLiteral(", "))));
        }
        int exitCode = cli::Success;
        auto probe = ProbeCommands::openSource(parser.value(source), &exitCode);
        if (!probe)
            return exitCode;
        std::string error;
        auto held = reachState(*state, addressFamily, *probe, error, 5000, serverPort);
        if (!held)
            return fail(tr("could not reach %1: %2").arg(token(*state), qs(error)), error.find("in use") != std::string::npos ? cli::BadInput : cli::Failure);

        QJsonArray sockets;
        QStringList lines;
        for (const RecipeEndpoint& endpoint : held->endpoints) {
            const ProbeResult now = probe->query(ProbeQuery::exact(endpoint.tuple));
            const TcpState current = now.rows.empty() ? TcpState::Closed : now.rows.front().state;
            sockets.append(QJsonObject{{QStringLiteral("role"), qs(endpoint.role)},
                                       {QStringLiteral("local"), qs(endpoint.tuple.local.text())},
                                       {QStringLiteral("remote"), qs(endpoint.tuple.remote.text())},
                                       {QStringLiteral("state"), token(current)}});
            lines << QStringLiteral("  %1 %2 %3 %4").arg(LabText::role(endpoint.role).leftJustified(22), qs(endpoint.tuple.local.text()).leftJustified(22),
                                                        qs(endpoint.tuple.remote.text()).leftJustified(22), token(current));
        }
        if (parser.isSet(json)) {
            out() << QJsonDocument(QJsonObject{{QStringLiteral("state"), token(*state)},
                                               {QStringLiteral("family"), addressFamily == AddressFamily::IPv6 ? QStringLiteral("ipv6") : QStringLiteral("ipv4")},
                                               {QStringLiteral("source"), QString::fromLatin1(sourceToken(probe->source()))},
                                               {QStringLiteral("sockets"), sockets}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
        } else {
            out() << tr("%1 reached and held (source: %2):").arg(token(*state), QString::fromLatin1(sourceToken(probe->source()))) << '\n'
                  << lines.join(QLatin1Char('\n')) << QLatin1Char('\n')
                  << (holdSeconds >= 0 ? tr("Holding for %1 s.").arg(holdSeconds) : tr("Holding until Ctrl-C.")) << '\n';
        }
        out().flush();

        const cli::StopRequest stop; // until Ctrl-C or SIGTERM, or the end of --hold
        stop.sleep(holdSeconds >= 0 ? qint64(holdSeconds * 1000) : std::numeric_limits<qint64>::max());
        held->release();
        return cli::Success;
    }

    // run SCENARIO
    if (!scenarioNames().contains(name))
        return fail(tr("unknown scenario \"%1\"; valid scenarios: %2").arg(name, scenarioNames().join(QStringLiteral(", "))));
    int exitCode = cli::Success;
    auto probe = ProbeCommands::openSource(parser.value(source), &exitCode);
    if (!probe)
        return exitCode;
    LabEngine lab(*probe);
    lab.setPollInterval(intervalMs);
    const bool asJson = parser.isSet(json);
    lab.onTransition([&](const ObservedTransition& t) {
        out() << (asJson ? QString::fromUtf8(QJsonDocument(transitionJson(t, lab.follower())).toJson(QJsonDocument::Compact))
                         : transitionText(t, lab.follower()))
              << '\n';
        out().flush();
    });
    lab.onEvent([&](const LabEvent& e) {
        if (asJson) {
            out() << QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("operation")},
                                               {QStringLiteral("time_ms"), double(e.timeUs) / 1000.0},
                                               {QStringLiteral("endpoint"), e.endpoint},
                                               {QStringLiteral("role"), qs(e.role)},
                                               {QStringLiteral("operation"), qs(e.operation)},
                                               {QStringLiteral("ok"), e.ok},
                                               {QStringLiteral("detail"), qs(e.detail)}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
        } else {
            const QString detail = LabText::detail(e);
            out() << QStringLiteral("%1 ms  %2: %3%4%5")
                         .arg(double(e.timeUs) / 1000.0, 9, 'f', 1)
                         .arg(LabText::role(e.role), LabText::operation(e),
                              detail.isEmpty() ? QString() : QStringLiteral(" (") + detail + QLatin1Char(')'),
                              e.ok ? QString() : QStringLiteral("  ✗"))
                  << '\n';
        }
        out().flush();
    });
    const ScenarioOutcome outcome = runLabScenario(name.toStdString(), addressFamily, lab, serverPort);

    QJsonObject paths;
    for (const auto& [role, states] : outcome.paths) {
        QJsonArray list;
        for (TcpState s : states)
            list.append(token(s));
        paths.insert(qs(role), list);
    }
    QJsonObject result{{QStringLiteral("type"), QStringLiteral("result")},
                       {QStringLiteral("scenario"), name},
                       {QStringLiteral("ok"), outcome.ok},
                       {QStringLiteral("paths"), paths}};
    if (!outcome.ok)
        result.insert(QStringLiteral("error"), qs(outcome.error));
    if (outcome.syncookies)
        result.insert(QStringLiteral("syncookies"), *outcome.syncookies);
    QJsonArray flood;
    for (const FloodStep& step : outcome.flood)
        flood.append(QJsonObject{{QStringLiteral("clients"), step.clients}, {QStringLiteral("syn_received"), step.synReceived},
                                 {QStringLiteral("syn_sent"), step.synSent}, {QStringLiteral("established"), step.established}});
    if (!flood.isEmpty())
        result.insert(QStringLiteral("flood"), flood);
    if (outcome.timeWait) {
        const TimeWaitFigures& f = *outcome.timeWait;
        result.insert(QStringLiteral("time_wait"), QJsonObject{{QStringLiteral("connections"), f.connections},
                                                                {QStringLiteral("time_wait"), f.timeWait},
                                                                {QStringLiteral("shortest_ms"), qint64(f.shortestMs)},
                                                                {QStringLiteral("longest_ms"), qint64(f.longestMs)},
                                                                {QStringLiteral("linger_zero_connections"), f.lingerZeroConnections},
                                                                {QStringLiteral("time_wait_after_linger_zero"), f.timeWaitAfterLingerZero},
                                                                {QStringLiteral("rebind_without_reuseaddr"), f.rebindWithoutReuseAddr},
                                                                {QStringLiteral("rebind_with_reuseaddr"), f.rebindWithReuseAddr}});
    }
    if (asJson) {
        out() << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    } else {
        out() << '\n';
        for (const auto& [role, states] : outcome.paths) {
            QStringList names;
            for (TcpState s : states)
                names << token(s);
            out() << QStringLiteral("%1: %2").arg(LabText::role(role), names.join(QStringLiteral(" → "))) << '\n';
        }
        if (outcome.syncookies)
            out() << tr("net.ipv4.tcp_syncookies = %1").arg(*outcome.syncookies) << '\n';
        for (const FloodStep& step : outcome.flood) {
            out() << tr("after %1 clients: %2 half-open (SYN_RECEIVED) on the server, %3 clients in SYN_SENT, %4 established")
                         .arg(step.clients).arg(step.synReceived).arg(step.synSent).arg(step.established)
                  << '\n';
        }
        if (outcome.timeWait) {
            const TimeWaitFigures& f = *outcome.timeWait;
            out() << tr("%1 short connections, client closing first: %2 in TIME_WAIT, %3 to %4 s left")
                         .arg(f.connections).arg(f.timeWait).arg(double(f.shortestMs) / 1000.0, 0, 'f', 1).arg(double(f.longestMs) / 1000.0, 0, 'f', 1)
                  << '\n'
                  << tr("%1 more, client aborting with SO_LINGER 0: %2 new in TIME_WAIT")
                         .arg(f.lingerZeroConnections).arg(f.timeWaitAfterLingerZero)
                  << '\n'
                  << tr("a new listener on the port with TIME_WAIT connections: without SO_REUSEADDR %1, with SO_REUSEADDR %2")
                         .arg(f.rebindWithoutReuseAddr ? tr("binds") : tr("fails (%1)").arg(qs(f.rebindError)),
                              f.rebindWithReuseAddr ? tr("binds") : tr("fails"))
                  << '\n';
        }
    }
    out().flush();
    if (!outcome.ok)
        return fail(tr("scenario %1 failed: %2").arg(name, qs(outcome.error)), outcome.error.find("in use") != std::string::npos ? cli::BadInput : cli::Failure);
    return cli::Success;
#endif
}

} // namespace tsl
