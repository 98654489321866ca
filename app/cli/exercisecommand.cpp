#include "exercisecommand.h"

#include "cliio.h"

#include "exercise/exercisefile.h"
#include "exercise/exercisetext.h"
#include "exercise/predictsession.h"
#include "exercise/resultscsv.h"
#include "exercise/simulatorsteps.h"
#include "sim/simscenarios.h"
#include "text/simtext.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>
#ifdef _WIN32
#include <io.h>
#define TSL_ISATTY _isatty
#else
#include <unistd.h>
#define TSL_ISATTY isatty
#endif

namespace tsl {

using cli::fail;
using cli::out;

namespace {

// One answer's number from `in`: re-asks on anything else; nullopt at the end of input.
std::optional<std::size_t> readAnswer(QTextStream& in, int choices)
{
    for (;;) {
        out() << ExerciseCommand::tr("Your answer (1-%1): ").arg(choices);
        out().flush();
        QString line;
        if (!in.readLineInto(&line))
            return std::nullopt;
        // From a pipe nothing echoes the answer: print it, so the transcript reads as a dialogue.
        static const bool fromTerminal = TSL_ISATTY(0) != 0;
        if (!fromTerminal)
            out() << line << '\n';
        bool ok = false;
        const int n = line.trimmed().toInt(&ok);
        if (ok && n >= 1 && n <= choices)
            return std::size_t(n - 1);
        out() << ExerciseCommand::tr("Please answer with a number from 1 to %1.").arg(choices) << '\n';
    }
}

} // namespace

int ExerciseCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Answer a Predict exercise: before each question step, say the state a side will be in and the segment it "
           "will send, by number; the score comes at the end. Answers are read from standard input, one a line."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The exercise file (JSON, see the README)."), tr("FILE"));
    const QCommandLineOption results(QStringLiteral("results"), tr("Write the results (one row per question) to CSV."),
                                     tr("CSV"));
    parser.addOption(results);
    if (auto exit = cli::parseOrExit(parser, arguments, QStringLiteral("exercise")))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("exercise needs one FILE"));
    const QString path = parser.positionalArguments().first();
    const auto read = exercise::ExerciseFile::read(path);
    if (!read.exercise)
        return fail(QStringLiteral("%1: %2").arg(path, read.error));
    const exercise::Exercise& e = *read.exercise;
    if (e.source != exercise::SourceKind::Scenario)
        return fail(tr("%1: this version plays exercises over simulator scenarios; a wire exercise (on the real kernels) cannot be played yet.").arg(path));

    sim::Simulator simulator(e.profile);
    sim::buildScenario(e.scenario, simulator); // ExerciseFile checked the name
    const std::vector<exercise::ExerciseStep> steps = exercise::exerciseSteps(simulator);
    simulator.jumpTo(0);

    const QString scenario = QString::fromStdString(e.scenario);
    out() << (e.title.empty() ? sim::SimText::scenarioTitle(scenario) : QString::fromStdString(e.title)) << '\n'
          << sim::SimText::scenarioDescription(scenario) << '\n'
          << tr("%1 · %2 · %n question(s)", nullptr, e.questionCount())
                 .arg(sim::SimText::profileTitle(e.profile), exercise::ExerciseText::levelName(e.level))
          << "\n\n";

    exercise::PredictSession session(e);
    QTextStream in(stdin);
    bool stopped = false;
    for (const exercise::ExerciseStep& step : steps) {
        const sim::StepRecord& record = simulator.records()[std::size_t(step.start.step - 1)];
        const QString cause = sim::SimText::commandText(record);
        const auto& questions = session.ask(step.start, &step, cause);
        if (questions.empty()) {
            out() << tr("Step %1 · %2").arg(step.start.step).arg(cause) << '\n';
            simulator.jumpTo(step.start.step);
            continue;
        }
        if (!session.hint().isEmpty())
            out() << tr("Hint: %1").arg(session.hint()) << '\n';
        for (std::size_t q = 0; q < questions.size() && !stopped; ++q) {
            out() << session.questionText(q) << '\n';
            const QStringList choices = session.choiceTexts(q);
            for (qsizetype c = 0; c < choices.size(); ++c)
                out() << QStringLiteral("  %1) %2").arg(c + 1).arg(choices[c]) << '\n';
            const auto answer = readAnswer(in, int(choices.size()));
            if (!answer) {
                stopped = true;
                break;
            }
            session.choose(q, *answer);
        }
        if (stopped)
            break;
        simulator.jumpTo(step.start.step);
        for (const exercise::Verdict& v : session.reveal(step))
            out() << exercise::ExerciseText::verdict(v) << '\n';
        out() << sim::SimText::explanation(record) << "\n\n";
        out().flush();
    }
    if (stopped)
        out() << '\n' << tr("End of input: the exercise stops here.") << '\n';
    out() << exercise::ExerciseText::score(session.score()) << '\n';
    out().flush();
    if (parser.isSet(results)) {
        const QString error = exercise::ResultsCsv::write(session.rows(), parser.value(results));
        if (!error.isEmpty())
            return fail(error, cli::Failure);
    }
    return cli::Success;
}

} // namespace tsl
