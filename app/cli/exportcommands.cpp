#include "exportcommands.h"

#include "animationcommand.h"
#include "cliio.h"
#include "commandline.h"
#include "simcommands.h"

#include "diagram/diagramexport.h"
#include "diagram/tokenboard.h"
#include "i18n/translations.h"
#include "model/transitiontable.h"
#include "sim/simscenarios.h"
#include "text/statetext.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace tsl {

using cli::fail;
using cli::parseOrExit;
using cli::Success;

int ExportCommands::run(const QStringList& commandLine)
{
    const auto prepared = CommandLine::prepare(commandLine);
    if (const int* exitCode = std::get_if<int>(&prepared))
        return *exitCode;
    const CommandLine::Invocation& invocation = std::get<CommandLine::Invocation>(prepared);
    if (invocation.verb == QLatin1String("export-diagram"))
        return exportDiagram(invocation.arguments);
    if (invocation.verb == QLatin1String("export-ladder"))
        return SimCommands::exportLadder(invocation.arguments);
    if (invocation.verb == QLatin1String("export-animation"))
        return AnimationCommand::run(invocation.arguments);
    return CommandLine::run(commandLine); // a verb that only prints: the same as tcpstatelab's
}

int ExportCommands::exportDiagram(const QStringList& arguments)
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

} // namespace tsl
