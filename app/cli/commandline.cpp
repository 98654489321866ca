#include "commandline.h"

#include "cliio.h"
#include "labcommands.h"
#include "netcommands.h"
#include "whatifcommand.h"
#include "probecommands.h"
#include "simcommands.h"

#include "diagram/diagramexport.h"
#include "diagram/tokenboard.h"
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
            QStringLiteral("export-ladder"), QStringLiteral("net"), QStringLiteral("whatif")};
}

bool CommandLine::isVerb(const QString& word) { return verbs().contains(word); }

bool CommandLine::needsGui(const QString& verb)
{
    return verb == QLatin1String("export-diagram") || verb == QLatin1String("export-ladder");
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
              "  net check|run SCENARIO  Two real TCP stacks in a private network, every segment held.\n"
              "  whatif STATE SEGMENT  What a socket in STATE answers to a crafted segment (kernel and simulator).\n"
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

int CommandLine::run(const QStringList& commandLine)
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
    const QString& verb = invocation->verb;
    const QStringList& arguments = invocation->arguments;
    if (verb == QLatin1String("export-diagram"))
        return exportDiagram(arguments);
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
    if (verb == QLatin1String("export-ladder"))
        return SimCommands::exportLadder(arguments);
    if (verb == QLatin1String("net"))
        return NetCommands::run(arguments);
    if (verb == QLatin1String("whatif"))
        return WhatIfCommand::run(arguments);
    return fail(tr("unknown command \"%1\"; valid commands: %2")
                    .arg(verb, verbs().join(QStringLiteral(", "))));
}

int CommandLine::exportDiagram(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write the eleven-state TCP diagram to FILE. The format follows the extension: .png, "
           ".svg or .pdf. No display is needed."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The file to write."), tr("FILE"));
    const QCommandLineOption highlight(
        QStringLiteral("highlight"),
        tr("Highlight states, comma-separated or repeated (e.g. ESTABLISHED,TIME_WAIT)."),
        tr("STATE[,STATE...]"));
    const QCommandLineOption theme(QStringLiteral("theme"), tr("Colour theme: light, dark or print."),
                                   tr("THEME"), QStringLiteral("light"));
    const QCommandLineOption width(QStringLiteral("width"),
                                   tr("Width in pixels (PNG, SVG); for a PDF without --page, the page "
                                      "width in points."),
                                   tr("W"));
    const QCommandLineOption height(QStringLiteral("height"),
                                    tr("Height in pixels (PNG, SVG); for a PDF without --page, the page "
                                       "height in points."),
                                    tr("H"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  tr("Paper for a PDF (landscape) and the printed width of an SVG: A4 or "
                                     "Letter. Default: the one your locale uses (%1 here).")
                                      .arg(DiagramExporter::pageName(DiagramExporter::defaultPage())),
                                  tr("PAPER"));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      tr("Put the simulator's tokens A and B on the diagram where SCENARIO "
                                         "has them (see simulate --list)."),
                                      tr("SCENARIO"));
    const QCommandLineOption step(QStringLiteral("step"),
                                  tr("With --scenario: the step to show (0 is the start; default: the "
                                     "last step)."),
                                  tr("N"));
    const QCommandLineOption noTokens(QStringLiteral("no-tokens"),
                                      tr("Leave the tokens out: a clean diagram for a handout."));
    const QCommandLineOption noPaths(QStringLiteral("no-paths"),
                                     tr("Draw all edges alike instead of marking the client and "
                                        "server paths."));
    const QCommandLineOption noReset(QStringLiteral("no-reset-edges"),
                                     tr("Leave out the RST and ABORT edges."));
    parser.addOptions({highlight, theme, width, height, page, scenario, step, noTokens, noPaths, noReset});
    if (auto exit = parseOrExit(parser, arguments, QStringLiteral("export-diagram")))
        return *exit;

    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(tr("export-diagram needs exactly one FILE (see --help)."));

    DiagramExporter::Request request;
    request.path = files.first();
    const auto parsedTheme = parseTheme(parser.value(theme));
    if (!parsedTheme) {
        return fail(tr("unknown theme \"%1\"; valid themes: %2")
                        .arg(parser.value(theme), themeTokens().join(QStringLiteral(", "))));
    }
    request.style.theme = *parsedTheme;
    request.style.showPaths = !parser.isSet(noPaths);
    request.options.showResetEdges = !parser.isSet(noReset);
    request.options.showLocalNames = Translations::current() != QLatin1String("en");

    const auto dimension = [&](const QCommandLineOption& option, int& value) -> bool {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        value = parser.value(option).toInt(&ok);
        return ok && value >= 16 && value <= 20000;
    };
    int w = 0;
    int h = 0;
    if (!dimension(width, w) || !dimension(height, h))
        return fail(tr("width and height must be whole numbers from 16 to 20000."));
    request.size = QSize(w, h);
    if (parser.isSet(page)) {
        request.page = DiagramExporter::parsePage(parser.value(page));
        if (!request.page) {
            return fail(tr("unknown paper \"%1\"; valid papers: %2")
                            .arg(parser.value(page), DiagramExporter::pageNames().join(QStringLiteral(", "))));
        }
    } else {
        request.exactPdfSize = parser.isSet(width) || parser.isSet(height);
    }
    request.includeTokens = !parser.isSet(noTokens);

    QList<TcpState> highlighted;
    for (const QString& value : parser.values(highlight)) {
        for (const QString& name : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto state = parseState(name.trimmed().toStdString());
            if (!state) {
                return fail(tr("unknown state \"%1\"; valid states: %2")
                                .arg(name.trimmed(), StateText::allTokens().join(QStringLiteral(", "))));
            }
            highlighted << *state;
        }
    }
    if (!DiagramExporter::formatForPath(request.path)) {
        return fail(tr("cannot export to \"%1\": unknown file type; use .png, .svg or .pdf.")
                        .arg(request.path));
    }

    TokenBoard board;
    board.setHighlightedStates(highlighted);
    if (parser.isSet(step) && !parser.isSet(scenario))
        return fail(tr("--step needs --scenario."));
    if (parser.isSet(scenario)) {
        sim::Simulator simulator;
        const QString name = parser.value(scenario);
        if (!sim::buildScenario(name.toStdString(), simulator)) {
            QStringList names;
            for (const std::string& n : sim::scenarioNames())
                names << QString::fromStdString(n);
            return fail(tr("unknown scenario \"%1\"; valid scenarios: %2").arg(name, names.join(QStringLiteral(", "))));
        }
        if (parser.isSet(step)) {
            bool ok = false;
            const int n = parser.value(step).toInt(&ok);
            if (!ok || n < 0 || n > simulator.recordedSteps())
                return fail(tr("--step must be a whole number from 0 to %1 for %2.").arg(simulator.recordedSteps()).arg(name));
            simulator.jumpTo(n);
        }
        // A is the client, B the server: the tokens wear the colours of their paths.
        for (const auto& [side, state] : {std::pair{sim::Side::A, simulator.state().a.state},
                                          std::pair{sim::Side::B, simulator.state().b.state}}) {
            TokenEvent token;
            token.source = TokenSource::Simulator;
            token.key = QString::fromLatin1(sim::sideName(side));
            token.label = token.key;
            token.role = side == sim::Side::A ? PathRole::Client : PathRole::Server;
            token.state = state;
            token.numbered = false;
            board.apply(token);
        }
        board.setShownSource(TokenSource::Simulator);
    }
    const QString error = DiagramExporter::exportToFile(request, &board);
    if (!error.isEmpty())
        return fail(error);
    return Success;
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
