#include "labcommands.h"

#include "cliio.h"
#include "probecommands.h"

#include "kernel/kernelprobe.h"
#include "input/labaddress.h"
#include "text/labtext.h"
#include "text/statetext.h"
#include "model/transitiontable.h"
#include "input/portlist.h"

#if TSL_HAVE_LIVE_LAB
#include "labrunoutput.h"
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
#include <variant>

namespace tsl {

using cli::fail;
using cli::qs;
using cli::out;

namespace {

QString token(TcpState state) { return StateText::token(state); }

QStringList scenarioNames()
{
    QStringList names;
#if TSL_HAVE_LIVE_LAB
    for (const LabScenario& scenario : labScenarios())
        names << QString::fromLatin1(scenario.name.data(), qsizetype(scenario.name.size()));
#endif
    return names;
}

// The states a recipe holds here, from the recipes' registry (none where the lab cannot run).
QStringList recipeStates()
{
    QStringList states;
#if TSL_HAVE_LIVE_LAB
    for (const StateRecipe& recipe : stateRecipes())
        states << token(recipe.state);
#endif
    return states;
}

} // namespace

// What `lab reach` and `lab run` were asked, checked.
struct LabCommands::Request {
    QString verb; // reach or run
    QString name; // the state or the scenario
    AddressFamily family = AddressFamily::IPv4;
    std::uint16_t serverPort = 0;
    double holdSeconds = -1; // until Ctrl-C
    int intervalMs = 1;
    QString source;
    bool json = false;
};

int LabCommands::list(bool json)
{
    if (json) {
        QJsonArray recipes;
        for (const QString& state : recipeStates())
            recipes.append(QJsonObject{{QStringLiteral("state"), state},
                                       {QStringLiteral("description"), LabText::recipeDescription(*parseState(state.toStdString()))}});
        QJsonArray scenarios;
        for (const QString& name : scenarioNames())
            scenarios.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("description"), LabText::scenarioDescription(name)}});
        out() << QJsonDocument(QJsonObject{{QStringLiteral("recipes"), recipes}, {QStringLiteral("scenarios"), scenarios}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
        return cli::Success;
    }
    out() << tr("States (tcpstatelab lab reach STATE):") << '\n';
    for (const QString& state : recipeStates())
        out() << "  " << state.leftJustified(14) << LabText::recipeDescription(*parseState(state.toStdString())) << '\n';
    out() << '\n' << tr("Scenarios (tcpstatelab lab run SCENARIO):") << '\n';
    for (const QString& name : scenarioNames())
        out() << "  " << name.leftJustified(24) << LabText::scenarioDescription(name) << '\n';
    out().flush();
    return cli::Success;
}

std::variant<LabCommands::Request, int> LabCommands::parse(const QStringList& arguments)
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

    Request request;
    const QStringList positional = parser.positionalArguments();
    request.verb = positional.value(0);
    request.name = positional.value(1);
    request.source = parser.value(source);
    request.json = parser.isSet(json);
    if (positional.size() != 2 || (request.verb != QLatin1String("reach") && request.verb != QLatin1String("run")))
        return fail(tr("use \"lab reach STATE\", \"lab run SCENARIO\" or \"lab --list\"."));

    const QString familyText = parser.value(family).toLower();
    if (familyText != QLatin1String("ipv4") && familyText != QLatin1String("ipv6"))
        return fail(tr("unknown family \"%1\"; valid families: ipv4, ipv6.").arg(familyText));
    request.family = familyText == QLatin1String("ipv6") ? AddressFamily::IPv6 : AddressFamily::IPv4;
    if (parser.isSet(address)) {
        QString error;
        const auto fromAddress = LabAddress::parse(parser.value(address), &error);
        if (!fromAddress)
            return fail(error);
        if (parser.isSet(family) && *fromAddress != request.family)
            return fail(tr("--address %1 does not match --family %2.").arg(parser.value(address), familyText));
        request.family = *fromAddress;
    }
    if (parser.isSet(port)) {
        QString error;
        const auto parsed = PortList::parsePort(parser.value(port), &error);
        if (!parsed)
            return fail(error);
        request.serverPort = *parsed;
    }
    if (parser.isSet(hold)) {
        bool ok = false;
        request.holdSeconds = parser.value(hold).toDouble(&ok);
        if (!ok || !std::isfinite(request.holdSeconds) || request.holdSeconds < 0
            || request.holdSeconds > 86400) // nan passes < and >
            return fail(tr("invalid --hold \"%1\": use a number of seconds from 0 to 86400.").arg(parser.value(hold)));
    }
    bool intervalOk = false;
    request.intervalMs = parser.value(interval).toInt(&intervalOk);
    if (!intervalOk || request.intervalMs < 1 || request.intervalMs > 1000)
        return fail(tr("invalid --interval-ms \"%1\": use a whole number from 1 to 1000.").arg(parser.value(interval)));
    return request;
}

int LabCommands::run(const QStringList& arguments)
{
    auto parsed = parse(arguments);
    if (const int* exitCode = std::get_if<int>(&parsed))
        return *exitCode;
    const Request& request = std::get<Request>(parsed);
#if !TSL_HAVE_LIVE_LAB
    if (request.verb == QLatin1String("reach")) {
        if (const auto state = parseState(request.name.toStdString()))
            return fail(LabText::unsupportedHere(*state), cli::Failure);
    }
    return fail(tr("the live lab needs Linux to produce and hold states with real sockets; the "
                   "simulator shows every state on any system."), cli::Failure);
#else
    return request.verb == QLatin1String("reach") ? reach(request) : runScenario(request);
#endif
}

#if TSL_HAVE_LIVE_LAB
int LabCommands::reach(const Request& request)
{
    const auto state = parseState(request.name.toStdString());
    if (!state || *state == TcpState::Closed) {
        return fail(tr("cannot reach \"%1\"; valid states: %2 (CLOSED is the absence of a socket).")
                        .arg(request.name, recipeStates().join(QStringLiteral(", "))));
    }
    int exitCode = cli::Success;
    auto probe = ProbeCommands::openSource(request.source, &exitCode);
    if (!probe)
        return exitCode;
    std::string error;
    auto held = reachState(*state, request.family, *probe, error, 5000, request.serverPort);
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
    const QString source = QString::fromLatin1(sourceToken(probe->source()));
    if (request.json) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("state"), token(*state)},
                                           {QStringLiteral("family"), request.family == AddressFamily::IPv6 ? QStringLiteral("ipv6") : QStringLiteral("ipv4")},
                                           {QStringLiteral("source"), source},
                                           {QStringLiteral("sockets"), sockets}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    } else {
        out() << tr("%1 reached and held (source: %2):").arg(token(*state), source) << '\n'
              << lines.join(QLatin1Char('\n')) << QLatin1Char('\n')
              << (request.holdSeconds >= 0 ? tr("Holding for %1 s.").arg(request.holdSeconds) : tr("Holding until Ctrl-C.")) << '\n';
    }
    out().flush();

    const cli::StopRequest stop; // until Ctrl-C or SIGTERM, or the end of --hold
    stop.sleep(request.holdSeconds >= 0 ? qint64(request.holdSeconds * 1000) : std::numeric_limits<qint64>::max());
    held->release();
    return cli::Success;
}

int LabCommands::runScenario(const Request& request)
{
    if (!scenarioNames().contains(request.name))
        return fail(tr("unknown scenario \"%1\"; valid scenarios: %2").arg(request.name, scenarioNames().join(QStringLiteral(", "))));
    int exitCode = cli::Success;
    auto probe = ProbeCommands::openSource(request.source, &exitCode);
    if (!probe)
        return exitCode;
    LabEngine lab(*probe);
    lab.setPollInterval(request.intervalMs);
    const LabRunOutput output(lab, request.json);
    lab.onTransition([&](const ObservedTransition& transition) { output.transition(transition); });
    lab.onEvent([&](const LabEvent& event) { output.operation(event); });
    const ScenarioOutcome outcome = runLabScenario(request.name.toStdString(), request.family, lab, request.serverPort);
    output.outcome(request.name, outcome);
    if (!outcome.ok)
        return fail(tr("scenario %1 failed: %2").arg(request.name, qs(outcome.error)),
                    outcome.error.find("in use") != std::string::npos ? cli::BadInput : cli::Failure);
    return cli::Success;
}
#endif

} // namespace tsl
