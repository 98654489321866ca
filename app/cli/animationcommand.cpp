#include "animationcommand.h"

#include "cliio.h"
#include "simcommands.h"

#include "animation/animationexport.h"
#include "sim/simscenarios.h"

#include <QCommandLineParser>

namespace tsl {

using cli::fail;

int AnimationCommand::run(const QStringList& arguments)
{
    const AnimationOptions defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write a scenario as an animation: the state diagram with its tokens gliding and the ladder beside it, "
           "one group of frames per step. The format follows FILE's extension: .gif, .webp (animated) or .html "
           "(one self-contained page with a step control). No display is needed."));
    parser.addPositionalArgument(QStringLiteral("scenario"), tr("The scenario (see simulate --list)."), tr("SCENARIO"));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The file to write."), tr("FILE"));
    const QCommandLineOption theme(QStringLiteral("theme"), tr("Colour theme: light, dark or print."), tr("THEME"),
                                   QStringLiteral("light"));
    const QCommandLineOption width(QStringLiteral("width"),
                                   tr("Width in pixels, %1 to %2 (default %3).")
                                       .arg(AnimationOptions::kMinWidth)
                                       .arg(AnimationOptions::kMaxWidth)
                                       .arg(defaults.size.width()),
                                   tr("W"));
    const QCommandLineOption height(QStringLiteral("height"),
                                    tr("Height in pixels, %1 to %2 (default %3).")
                                        .arg(AnimationOptions::kMinHeight)
                                        .arg(AnimationOptions::kMaxHeight)
                                        .arg(defaults.size.height()),
                                    tr("H"));
    const QCommandLineOption fps(QStringLiteral("fps"),
                                 tr("Frames per second while the tokens glide, %1 to %2 (default %3).")
                                     .arg(AnimationOptions::kMinFps)
                                     .arg(AnimationOptions::kMaxFps)
                                     .arg(defaults.fps),
                                 tr("N"));
    const QCommandLineOption stepMs(QStringLiteral("step-ms"),
                                    tr("How long one step lasts, glide and pause, in milliseconds, %1 to %2 (default %3).")
                                        .arg(AnimationOptions::kMinStepMs)
                                        .arg(AnimationOptions::kMaxStepMs)
                                        .arg(defaults.stepMs),
                                    tr("MS"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("Which TCP the simulator plays: rfc9293 (the default) or linux."), tr("PROFILE"),
                                     QString::fromLatin1(sim::profileToken(sim::Profile::Rfc9293)));
    parser.addOptions({theme, width, height, fps, stepMs, profile});
    if (auto exit = cli::parseOrExit(parser, arguments, QStringLiteral("export-animation")))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return fail(tr("export-animation needs a SCENARIO and a FILE (see --help)."));
    const QString& path = positional[1];

    const auto chosenProfile = SimCommands::profileOption(parser.value(profile));
    if (!chosenProfile)
        return SimCommands::unknownProfile(parser.value(profile));
    sim::Simulator simulator(*chosenProfile);
    if (!sim::buildScenario(positional[0].toStdString(), simulator))
        return SimCommands::unknownScenario(positional[0]);
    AnimationOptions options;
    const auto parsedTheme = parseTheme(parser.value(theme));
    if (!parsedTheme)
        return fail(tr("unknown theme \"%1\"; valid themes: %2").arg(parser.value(theme), themeTokens().join(QStringLiteral(", "))));
    options.theme = *parsedTheme;
    const auto number = [&](const QCommandLineOption& option, int low, int high, int& value) -> bool {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const int parsed = parser.value(option).toInt(&ok);
        if (!ok || parsed < low || parsed > high)
            return false;
        value = parsed;
        return true;
    };
    const auto invalid = [&](const QCommandLineOption& option, int low, int high) {
        return fail(tr("invalid --%1 \"%2\": use a whole number from %3 to %4.")
                        .arg(option.names().constFirst(), parser.value(option))
                        .arg(low)
                        .arg(high));
    };
    int w = options.size.width();
    int h = options.size.height();
    if (!number(width, AnimationOptions::kMinWidth, AnimationOptions::kMaxWidth, w))
        return invalid(width, AnimationOptions::kMinWidth, AnimationOptions::kMaxWidth);
    if (!number(height, AnimationOptions::kMinHeight, AnimationOptions::kMaxHeight, h))
        return invalid(height, AnimationOptions::kMinHeight, AnimationOptions::kMaxHeight);
    if (!number(fps, AnimationOptions::kMinFps, AnimationOptions::kMaxFps, options.fps))
        return invalid(fps, AnimationOptions::kMinFps, AnimationOptions::kMaxFps);
    if (!number(stepMs, AnimationOptions::kMinStepMs, AnimationOptions::kMaxStepMs, options.stepMs))
        return invalid(stepMs, AnimationOptions::kMinStepMs, AnimationOptions::kMaxStepMs);
    options.size = QSize(w, h);
    if (!AnimationExporter::formatForPath(path)) {
        return fail(tr("cannot export to \"%1\": unknown file type; use .gif, .webp or .html.").arg(path));
    }

    const AnimationScript script = AnimationScript::fromSimulator(simulator, positional[0]);
    const QString error = AnimationExporter::exportToFile(path, script, options);
    if (!error.isEmpty())
        return fail(error);
    return cli::Success;
}

} // namespace tsl
