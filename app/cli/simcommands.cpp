#include "simcommands.h"

#include "cliio.h"

#include "i18n/translations.h"
#include "text/statetext.h"
#include "sim/simscenarios.h"
#include "text/simtext.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tsl {

using cli::fail;
using cli::out;

namespace {

QStringList names()
{
    QStringList out;
    for (const std::string& n : sim::scenarioNames())
        out << QString::fromStdString(n);
    return out;
}

} // namespace

std::optional<sim::Profile> SimCommands::profileOption(const QString& text)
{
    return sim::parseProfile(text.toLower().toStdString());
}

int SimCommands::unknownProfile(const QString& text)
{
    return fail(SimCommands::tr("unknown profile \"%1\"; valid profiles: %2").arg(text, QString::fromStdString(sim::profileTokenList())));
}

int SimCommands::unknownScenario(const QString& name)
{
    return fail(SimCommands::tr("unknown scenario \"%1\"; valid scenarios: %2").arg(name, names().join(QStringLiteral(", "))));
}

std::optional<int> SimCommands::stepsOption(const QCommandLineParser& parser, const QCommandLineOption& option,
                                            int available, int* exitCode)
{
    if (!parser.isSet(option))
        return available;
    bool ok = false;
    const int n = parser.value(option).toInt(&ok);
    if (!ok || n < 0) {
        *exitCode = fail(SimCommands::tr("invalid --steps \"%1\": use a whole number from 0 on.").arg(parser.value(option)));
        return std::nullopt;
    }
    return std::min(n, available);
}

namespace {

QJsonObject segmentJson(const sim::Segment& s)
{
    return {{QStringLiteral("from"), s.spoofed ? QStringLiteral("spoofed") : QString::fromLatin1(sim::sideName(s.from))},
            {QStringLiteral("to"), QString::fromLatin1(sim::sideName(sim::peer(s.from)))},
            {QStringLiteral("flags"), QString::fromStdString(s.flags())},
            {QStringLiteral("seq"), qint64(s.seq)},
            {QStringLiteral("ack"), qint64(s.ackNo)},
            {QStringLiteral("len"), qint64(s.len)},
            {QStringLiteral("window"), qint64(s.window)},
            {QStringLiteral("id"), s.id}};
}

} // namespace

int SimCommands::simulate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Step through a TCP scenario in the simulator: every segment, every timer, "
                                        "every state change, each step explained."));
    parser.addPositionalArgument(QStringLiteral("scenario"), tr("The scenario (see --list)."), tr("SCENARIO"));
    const QCommandLineOption list(QStringLiteral("list"), tr("List the scenarios with their descriptions."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption steps(QStringLiteral("steps"), tr("Show only the first N steps."), tr("N"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("Which TCP the simulator plays: rfc9293 (the default) or linux (where the Linux kernel "
                                        "answers differently, each such step explained)."),
                                     tr("PROFILE"), QString::fromLatin1(sim::profileToken(sim::Profile::Rfc9293)));
    parser.addOptions({list, json, steps, profile});
    if (auto exit = cli::parseOrExit(parser, arguments, QStringLiteral("simulate")))
        return *exit;
    if (parser.isSet(list)) {
        for (const QString& name : names())
            out() << name.leftJustified(22) << sim::SimText::scenarioTitle(name) << ": "
                  << sim::SimText::scenarioDescription(name) << '\n';
        out().flush();
        return cli::Success;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(tr("simulate needs one SCENARIO; valid scenarios: %1").arg(names().join(QStringLiteral(", "))));
    const QString name = parser.positionalArguments().first();
    const auto chosenProfile = profileOption(parser.value(profile));
    if (!chosenProfile)
        return unknownProfile(parser.value(profile));
    sim::Simulator simulator(*chosenProfile);
    if (!sim::buildScenario(name.toStdString(), simulator))
        return unknownScenario(name);
    int exitCode = cli::Success;
    const auto count = stepsOption(parser, steps, simulator.recordedSteps(), &exitCode);
    if (!count)
        return exitCode;

    const auto& records = simulator.records();
    if (parser.isSet(json)) {
        QJsonArray stepArray;
        for (int i = 0; i < *count; ++i) {
            const sim::StepRecord& r = records[std::size_t(i)];
            QJsonArray segments;
            for (const sim::Segment& s : r.sent)
                segments.append(segmentJson(s));
            QJsonArray changes;
            for (const sim::StateChange& c : r.changes) {
                changes.append(QJsonObject{{QStringLiteral("side"), QString::fromLatin1(sim::sideName(c.side))},
                                           {QStringLiteral("from"), StateText::token(c.from)},
                                           {QStringLiteral("to"), StateText::token(c.to)},
                                           {QStringLiteral("edge"), QString::fromLatin1(transitions()[c.transition].id.data())}});
            }
            QJsonObject step{{QStringLiteral("step"), r.step},
                             {QStringLiteral("event"), sim::SimText::commandText(r)},
                             {QStringLiteral("command"), QString::fromLatin1(sim::commandToken(r.command.kind))},
                             {QStringLiteral("explanation"), sim::SimText::explanation(r)},
                             {QStringLiteral("segments"), segments},
                             {QStringLiteral("states"), QJsonObject{{QStringLiteral("A"), StateText::token(r.stateA)},
                                                                     {QStringLiteral("B"), StateText::token(r.stateB)}}},
                             {QStringLiteral("changes"), changes},
                             {QStringLiteral("time_ms"), qint64(r.nowMs)}};
            if (r.handled)
                step.insert(QStringLiteral("handled"), segmentJson(*r.handled));
            stepArray.append(step);
        }
        out() << QJsonDocument(QJsonObject{{QStringLiteral("scenario"), name},
                                           {QStringLiteral("profile"), QString::fromLatin1(sim::profileToken(*chosenProfile))},
                                           {QStringLiteral("title"), sim::SimText::scenarioTitle(name)},
                                           {QStringLiteral("description"), sim::SimText::scenarioDescription(name)},
                                           {QStringLiteral("steps"), stepArray}})
                     .toJson(QJsonDocument::Indented);
        out().flush();
        return cli::Success;
    }

    out() << sim::SimText::scenarioTitle(name) << " (" << name << "): " << sim::SimText::scenarioDescription(name) << '\n';
    if (*chosenProfile != sim::Profile::Rfc9293)
        out() << tr("Profile %1: %2").arg(sim::SimText::profileTitle(*chosenProfile), sim::SimText::profileDescription(*chosenProfile))
              << '\n';
    out() << '\n';
    for (int i = 0; i < *count; ++i) {
        const sim::StepRecord& r = records[std::size_t(i)];
        out() << QStringLiteral("%1. [t=%2 ms] %3   A %4 | B %5")
                     .arg(r.step, 3)
                     .arg(r.nowMs)
                     .arg(sim::SimText::commandText(r), StateText::token(r.stateA), StateText::token(r.stateB))
              << '\n';
        if (r.handled)
            out() << "       " << tr("segment: %1").arg(sim::SimText::segmentText(*r.handled)) << '\n';
        for (const sim::Segment& s : r.sent)
            out() << "       " << tr("sends:   %1").arg(sim::SimText::segmentText(s)) << '\n';
        out() << "       " << sim::SimText::explanation(r) << '\n';
    }
    out().flush();
    return cli::Success;
}

} // namespace tsl
