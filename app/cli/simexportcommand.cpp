#include "simcommands.h"

#include "cliio.h"

#include "diagram/diagramtheme.h"
#include "ladder/ladderexport.h"
#include "sim/simscenarios.h"
#include "text/simtext.h"

#include <QCommandLineParser>

namespace tsl {

using cli::fail;

int SimCommands::exportLadder(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write a scenario's ladder diagram (two timelines, every segment an arrow) "
                                        "to FILE: .png, .svg or .pdf. No display is needed."));
    parser.addPositionalArgument(QStringLiteral("scenario"), tr("The scenario (see simulate --list)."), tr("SCENARIO"));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The file to write."), tr("FILE"));
    const QCommandLineOption steps(QStringLiteral("steps"), tr("Draw only the first N steps."), tr("N"));
    const QCommandLineOption theme(QStringLiteral("theme"), tr("Colour theme: light, dark or print."), tr("THEME"), QStringLiteral("light"));
    const QCommandLineOption width(QStringLiteral("width"), tr("Width in pixels (PNG) or points."), tr("W"));
    const QCommandLineOption profile(QStringLiteral("profile"), tr("Which TCP the simulator plays: rfc9293 (the default) or linux."),
                                     tr("PROFILE"), QString::fromLatin1(sim::profileToken(sim::Profile::Rfc9293)));
    parser.addOptions({steps, theme, width, profile});
    if (auto exit = cli::parseOrExit(parser, arguments, QStringLiteral("export-ladder")))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return fail(tr("export-ladder needs a SCENARIO and a FILE (see --help)."));
    const auto chosenProfile = profileOption(parser.value(profile));
    if (!chosenProfile)
        return unknownProfile(parser.value(profile));
    sim::Simulator simulator(*chosenProfile);
    if (!sim::buildScenario(positional[0].toStdString(), simulator))
        return unknownScenario(positional[0]);
    const auto parsedTheme = parseTheme(parser.value(theme));
    if (!parsedTheme)
        return fail(tr("unknown theme \"%1\"; valid themes: %2").arg(parser.value(theme), themeTokens().join(QStringLiteral(", "))));
    int exitCode = cli::Success;
    const auto count = stepsOption(parser, steps, simulator.recordedSteps(), &exitCode);
    if (!count)
        return exitCode;
    int w = 0;
    if (parser.isSet(width)) {
        bool ok = false;
        w = parser.value(width).toInt(&ok);
        if (!ok || w < 200 || w > 20000)
            return fail(tr("invalid --width \"%1\": use a whole number from 200 to 20000.").arg(parser.value(width)));
    }
    simulator.jumpTo(*count);
    // A handout's heading, in the language of --lang.
    LadderOptions layout;
    layout.title = sim::SimText::scenarioTitle(positional[0]);
    layout.description = sim::SimText::scenarioDescription(positional[0]);
    const QString error = LadderExporter::exportToFile(positional[1], simulator, *parsedTheme, w, layout);
    if (!error.isEmpty())
        return fail(error);
    return cli::Success;
}

} // namespace tsl
