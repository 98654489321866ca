#include "commandline.h"

#include "cliio.h"
#include "labcommands.h"
#include "netcommands.h"
#include "pktcommands.h"
#include "whatifcommand.h"
#include "exercisecommand.h"
#include "probecommands.h"
#include "replaycommand.h"
#include "simcommands.h"

#include "i18n/translations.h"
#include "text/statetext.h"
#include "model/transitiontable.h"
#include "sim/simscenarios.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace tsl {

using cli::fail;
using cli::out;
using cli::parseOrExit;
using cli::Success;

namespace {

QString latin1(std::string_view text)
{
    return QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
}

QString kindToken(EdgeKind kind)
{
    switch (kind) {
    case EdgeKind::Reset: return QStringLiteral("reset");
    case EdgeKind::Abort: return QStringLiteral("abort");
    case EdgeKind::Figure5: break;
    }
    return QStringLiteral("figure5");
}

QString roleToken(PathRole role)
{
    switch (role) {
    case PathRole::Client: return QStringLiteral("client");
    case PathRole::Server: return QStringLiteral("server");
    case PathRole::Unusual: break;
    }
    return QStringLiteral("unusual");
}

} // namespace

QStringList CommandLine::verbs()
{
    return {QStringLiteral("export-diagram"), QStringLiteral("transitions"), QStringLiteral("snapshot"),
            QStringLiteral("watch"), QStringLiteral("lab"), QStringLiteral("simulate"),
            QStringLiteral("export-ladder"), QStringLiteral("export-animation"), QStringLiteral("net"),
            QStringLiteral("whatif"), QStringLiteral("exercise"), QStringLiteral("pkt"), QStringLiteral("replay")};
}

bool CommandLine::isVerb(const QString& word) { return verbs().contains(word); }

bool CommandLine::needsGui(const QString& verb)
{
    return verb == QLatin1String("export-diagram") || verb == QLatin1String("export-ladder")
           || verb == QLatin1String("export-animation");
}

QString CommandLine::verbsHelp()
{
    return tr("Commands (each has its own --help):\n"
              "  export-diagram FILE   Write the state diagram to a PNG, SVG or PDF file.\n"
              "  transitions           Print the transition table (RFC 9293).\n"
              "  snapshot              Print the kernel's TCP table, like ss.\n"
              "  watch                 Print every TCP state change as it happens.\n"
              "  lab                   Real loopback sockets: reach and hold a state, run a scenario.\n"
              "  simulate SCENARIO     Step through a scenario in the simulator.\n"
              "  export-ladder SCENARIO FILE  Write a scenario's ladder diagram (PNG, SVG, PDF).\n"
              "  export-animation SCENARIO FILE  Write a scenario as an animation (GIF, WebP, HTML).\n"
              "  net check|run SCENARIO  Two real TCP stacks in a private network, every segment held.\n"
              "  pkt run SCRIPT.pkt...  Play packetdrill scripts against a real TCP stack, without root.\n"
              "  whatif STATE SEGMENT  What a socket in STATE answers to a crafted segment (kernel and simulator).\n"
              "  exercise FILE         Answer a Predict exercise: the next state and segment, by number.\n"
              "  replay FILE           A capture's TCP connections, both ends' states inferred segment by segment.\n"
              "Without a command the main window opens.");
}

std::optional<CommandLine::Invocation> CommandLine::findVerb(const QStringList& arguments)
{
    // The verb may follow global options (`tcpstatelab --lang de simulate active-close`): the
    // first word that is a verb and not the value of --lang.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& word = arguments.at(i);
        if (word == QLatin1String("--lang")) {
            ++i; // its value
            continue;
        }
        if (isVerb(word)) {
            Invocation invocation;
            invocation.verb = word;
            invocation.arguments = arguments;
            invocation.arguments.removeAt(i);
            invocation.arguments.insert(1, word); // program, verb, then every other word in order
            return invocation;
        }
    }
    return std::nullopt;
}

std::optional<QString> CommandLine::languageArgument(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& word = arguments.at(i);
        if (word.startsWith(QLatin1String("--lang=")))
            return word.mid(7);
        if (word == QLatin1String("--lang"))
            return arguments.value(i + 1);
    }
    return std::nullopt;
}

std::variant<CommandLine::Invocation, int> CommandLine::prepare(const QStringList& commandLine)
{
    const std::optional<Invocation> invocation = findVerb(commandLine);
    if (!invocation) {
        const QString word = commandLine.value(1);
        return fail(tr("unknown command \"%1\"; valid commands: %2")
                        .arg(word, verbs().join(QStringLiteral(", "))));
    }
    // The language first, so that every later message, --help included, is in it.
    if (const std::optional<QString> wanted = languageArgument(commandLine)) {
        if (Translations::match(*wanted).isEmpty() && !wanted->startsWith(QLatin1String("en"))) {
            return fail(tr("unknown language \"%1\"; available: %2")
                            .arg(*wanted, Translations::available().join(QStringLiteral(", "))));
        }
        Translations::install(*wanted);
    }
    return *invocation;
}

QStringList CommandLine::wordsOf(int argc, char** argv)
{
    QStringList words;
    for (int i = 0; i < argc; ++i)
        words << QString::fromLocal8Bit(argv[i]);
    return words;
}

bool CommandLine::asksForInformationOnly(const QStringList& commandLine)
{
    for (const QString& word : commandLine.mid(1)) {
        if (word == QLatin1String("--help") || word == QLatin1String("-h")
            || word == QLatin1String("--help-all") || word == QLatin1String("--version")
            || word == QLatin1String("-v"))
            return true;
    }
    return false;
}

bool CommandLine::hasStrayWord(const QStringList& commandLine)
{
    for (qsizetype i = 1; i < commandLine.size(); ++i) {
        if (commandLine.at(i) == QLatin1String("--lang")) {
            ++i;
            continue;
        }
        if (!commandLine.at(i).startsWith(QLatin1Char('-')))
            return true;
    }
    return false;
}

bool CommandLine::wantsWindowProgram(const QStringList& commandLine)
{
    if (const std::optional<Invocation> invocation = findVerb(commandLine))
        return needsGui(invocation->verb);
    return !asksForInformationOnly(commandLine) && !hasStrayWord(commandLine);
}

int CommandLine::run(const QStringList& commandLine)
{
    const auto prepared = prepare(commandLine);
    if (const int* exitCode = std::get_if<int>(&prepared))
        return *exitCode;
    const Invocation& invocation = std::get<Invocation>(prepared);
    const QString& verb = invocation.verb;
    const QStringList& arguments = invocation.arguments;
    if (verb == QLatin1String("transitions"))
        return printTransitions(arguments);
    if (verb == QLatin1String("snapshot"))
        return ProbeCommands::snapshot(arguments);
    if (verb == QLatin1String("watch"))
        return ProbeCommands::watch(arguments);
    if (verb == QLatin1String("lab"))
        return LabCommands::run(arguments);
    if (verb == QLatin1String("simulate"))
        return SimCommands::simulate(arguments);
    if (verb == QLatin1String("net"))
        return NetCommands::run(arguments);
    if (verb == QLatin1String("pkt"))
        return PktCommands::run(arguments);
#if TSL_HAVE_LIVE_LAB
    if (verb == QLatin1String("replay"))
        return ReplayCommand::run(arguments);
#endif
    if (verb == QLatin1String("whatif"))
        return WhatIfCommand::run(arguments);
    if (verb == QLatin1String("exercise"))
        return ExerciseCommand::run(arguments);
    // export-diagram and export-ladder paint: the window program runs them (main.cpp hands
    // them over), so that the verbs that only print never load QtGui.
    return fail(tr("%1 is run by the window program %2, which was not found beside this one.")
                    .arg(verb, QStringLiteral("tcpstatelab-gui")),
                cli::Failure);
}

int CommandLine::printTransitions(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print every edge of the TCP state machine (RFC 9293 Figure 5 and §3.10)."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of a table."));
    parser.addOption(json);
    if (auto exit = parseOrExit(parser, arguments, QStringLiteral("transitions")))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("transitions takes no arguments, got \"%1\".")
                        .arg(parser.positionalArguments().join(QLatin1Char(' '))));

    const auto table = transitions();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Transition& edge : table) {
            array.append(QJsonObject{
                {QStringLiteral("from"), latin1(stateToken(edge.from))},
                {QStringLiteral("event"), latin1(edge.event)},
                {QStringLiteral("action"), latin1(edge.action)},
                {QStringLiteral("to"), latin1(stateToken(edge.to))},
                {QStringLiteral("id"), latin1(edge.id)},
                {QStringLiteral("role"), roleToken(edge.role)},
                {QStringLiteral("kind"), kindToken(edge.kind)},
                {QStringLiteral("explanation"), StateText::edgeExplanation(edge)},
            });
        }
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        out().flush();
        return Success;
    }

    const QString headerFrom = tr("FROM");
    const QString headerEvent = tr("EVENT / ACTION");
    const QString headerTo = tr("TO");
    const QString headerPath = tr("PATH");
    qsizetype wFrom = headerFrom.size();
    qsizetype wEvent = headerEvent.size();
    qsizetype wTo = headerTo.size();
    QStringList events;
    for (const Transition& edge : table) {
        const QString action = edge.action.empty() ? QStringLiteral("—") : latin1(edge.action);
        events << latin1(edge.event) + QStringLiteral(" / ") + action;
        wFrom = std::max(wFrom, qsizetype(edge.from == TcpState::SynReceived ? 12 : stateToken(edge.from).size()));
        wEvent = std::max(wEvent, events.last().size());
        wTo = std::max(wTo, qsizetype(stateToken(edge.to).size()));
    }
    out() << headerFrom.leftJustified(wFrom + 2) << headerEvent.leftJustified(wEvent + 2)
          << headerTo.leftJustified(wTo + 2) << headerPath << '\n';
    for (std::size_t i = 0; i < table.size(); ++i) {
        const Transition& edge = table[i];
        out() << latin1(stateToken(edge.from)).leftJustified(wFrom + 2)
              << events[qsizetype(i)].leftJustified(wEvent + 2)
              << latin1(stateToken(edge.to)).leftJustified(wTo + 2)
              << StateText::roleName(edge.role) << '\n';
    }
    out() << tr("Edges: %1").arg(table.size()) << '\n';
    out().flush();
    return Success;
}

} // namespace tsl
