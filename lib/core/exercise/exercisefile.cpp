#include "exercise/exercisefile.h"

#include "sim/simscenarios.h"
#if TSL_HAVE_LIVE_LAB
#include "lab/netscenarios.h"
#endif

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSaveFile>

#include <algorithm>

namespace tsl::exercise {

namespace {

// A field's problem: "source.kind: must be \"scenario\" or \"wire\"".
ExerciseFile::Read problem(const QString& field, const QString& message)
{
    return {std::nullopt, QStringLiteral("%1: %2").arg(field, message)};
}

// Line and column (1-based) of a byte offset, for a syntax error.
std::pair<int, int> lineAndColumn(const QByteArray& json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

QString filled(const EngineText& text)
{
    QString out = text.context ? QCoreApplication::translate(text.context, text.source) : QString::fromUtf8(text.source);
    for (const std::string& arg : text.args)
        out = out.arg(QString::fromStdString(arg));
    return out;
}

} // namespace

std::optional<int> ExerciseFile::sourceSteps(const Exercise& exercise)
{
    if (exercise.source == SourceKind::Scenario) {
        sim::Simulator simulator(exercise.profile);
        if (!sim::buildScenario(exercise.scenario, simulator))
            return std::nullopt;
        return simulator.recordedSteps();
    }
#if TSL_HAVE_LIVE_LAB
    if (const auto steps = netScenarioSteps(exercise.scenario))
        return int(steps->size());
#endif
    return std::nullopt;
}

Exercise ExerciseFile::wholeScenario(SourceKind kind, const QString& scenario, sim::Profile profile, Level level)
{
    Exercise exercise;
    exercise.source = kind;
    exercise.scenario = scenario.toStdString();
    exercise.profile = profile;
    exercise.level = level;
    const int steps = sourceSteps(exercise).value_or(0);
    for (int step = 1; step <= steps; ++step)
        exercise.questions.push_back(QuestionSpec{step, std::nullopt, true, true, {}});
    return exercise;
}

ExerciseFile::Read ExerciseFile::parse(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        return {std::nullopt, tr("line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString())};
    }
    if (!document.isObject())
        return {std::nullopt, tr("an exercise file holds one JSON object")};
    const QJsonObject root = document.object();

    Exercise exercise;
    if (root.value(QLatin1String("format")).toString() != QLatin1String(kFormat))
        return problem(QStringLiteral("format"), tr("must be \"%1\"").arg(QLatin1String(kFormat)));
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() != double(version.toInt()))
        return problem(QStringLiteral("version"), tr("must be a whole number"));
    exercise.version = version.toInt();
    if (exercise.version < 1 || exercise.version > kExerciseVersion)
        return problem(QStringLiteral("version"), tr("%1 is not a version this program reads (it reads 1 to %2)")
                                                      .arg(exercise.version)
                                                      .arg(kExerciseVersion));
    if (root.contains(QLatin1String("title"))) {
        if (!root.value(QLatin1String("title")).isString())
            return problem(QStringLiteral("title"), tr("must be a string"));
        exercise.title = root.value(QLatin1String("title")).toString().toStdString();
    }

    const QJsonValue sourceValue = root.value(QLatin1String("source"));
    if (!sourceValue.isObject())
        return problem(QStringLiteral("source"), tr("must be an object with \"kind\" and \"name\""));
    const QJsonObject source = sourceValue.toObject();
    const auto kind = parseSource(source.value(QLatin1String("kind")).toString().toStdString());
    if (!kind)
        return problem(QStringLiteral("source.kind"), tr("must be \"scenario\" or \"wire\""));
    exercise.source = *kind;
    if (!source.value(QLatin1String("name")).isString())
        return problem(QStringLiteral("source.name"), tr("must be a scenario's name"));
    exercise.scenario = source.value(QLatin1String("name")).toString().toStdString();
    if (source.contains(QLatin1String("profile"))) {
        const auto profile = sim::parseProfile(source.value(QLatin1String("profile")).toString().toStdString());
        if (!profile)
            return problem(QStringLiteral("source.profile"),
                           tr("must be one of %1").arg(QString::fromStdString(sim::profileTokenList())));
        exercise.profile = *profile;
    }
    if (root.contains(QLatin1String("level"))) {
        const auto level = parseLevel(root.value(QLatin1String("level")).toString().toStdString());
        if (!level)
            return problem(QStringLiteral("level"), tr("must be \"basic\" or \"advanced\""));
        exercise.level = *level;
    }

    const QJsonValue questionsValue = root.value(QLatin1String("questions"));
    if (!questionsValue.isArray() || questionsValue.toArray().isEmpty())
        return problem(QStringLiteral("questions"), tr("must be a list of at least one question"));
    const QJsonArray questions = questionsValue.toArray();
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const QString at = QStringLiteral("questions[%1]").arg(i);
        if (!questions[i].isObject())
            return problem(at, tr("must be an object with \"step\""));
        const QJsonObject q = questions[i].toObject();
        QuestionSpec spec;
        const QJsonValue step = q.value(QLatin1String("step"));
        if (!step.isDouble() || step.toDouble() != double(step.toInt()))
            return problem(at + QStringLiteral(".step"), tr("must be a whole number"));
        spec.step = step.toInt();
        if (q.contains(QLatin1String("side"))) {
            const QString side = q.value(QLatin1String("side")).toString();
            if (side != QLatin1String("A") && side != QLatin1String("B"))
                return problem(at + QStringLiteral(".side"), tr("must be \"A\" or \"B\""));
            spec.side = side == QLatin1String("A") ? sim::Side::A : sim::Side::B;
        }
        if (q.contains(QLatin1String("ask"))) {
            const QJsonValue ask = q.value(QLatin1String("ask"));
            if (!ask.isArray())
                return problem(at + QStringLiteral(".ask"), tr("must be a list of \"state\" and \"segment\""));
            spec.askState = spec.askSegment = false;
            for (const auto& what : ask.toArray()) {
                if (what.toString() == QLatin1String("state"))
                    spec.askState = true;
                else if (what.toString() == QLatin1String("segment"))
                    spec.askSegment = true;
                else
                    return problem(at + QStringLiteral(".ask"), tr("must be a list of \"state\" and \"segment\""));
            }
        }
        if (q.contains(QLatin1String("hint"))) {
            if (!q.value(QLatin1String("hint")).isString())
                return problem(at + QStringLiteral(".hint"), tr("must be a string"));
            spec.hint = q.value(QLatin1String("hint")).toString().toStdString();
        }
        exercise.questions.push_back(std::move(spec));
    }
    const auto steps = sourceSteps(exercise);
    if (!steps)
        return problem(QStringLiteral("source.name"),
                       tr("there is no %1 scenario called \"%2\"")
                           .arg(QLatin1String(sourceToken(exercise.source)), QString::fromStdString(exercise.scenario)));
    if (const auto bad = checkSteps(exercise, *steps)) // names the questions in the file's order
        return problem(QString::fromStdString(bad->field), filled(bad->message));
    std::sort(exercise.questions.begin(), exercise.questions.end(),
              [](const QuestionSpec& x, const QuestionSpec& y) { return x.step < y.step; });
    return {std::move(exercise), {}};
}

ExerciseFile::Read ExerciseFile::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, tr("cannot read %1: %2").arg(path, file.errorString())};
    return parse(file.readAll());
}

QByteArray ExerciseFile::toJson(const Exercise& exercise)
{
    QJsonObject root;
    root[QLatin1String("format")] = QLatin1String(kFormat);
    root[QLatin1String("version")] = kExerciseVersion;
    if (!exercise.title.empty())
        root[QLatin1String("title")] = QString::fromStdString(exercise.title);
    QJsonObject source;
    source[QLatin1String("kind")] = QLatin1String(sourceToken(exercise.source));
    source[QLatin1String("name")] = QString::fromStdString(exercise.scenario);
    if (exercise.source == SourceKind::Scenario)
        source[QLatin1String("profile")] = QLatin1String(sim::profileToken(exercise.profile));
    root[QLatin1String("source")] = source;
    root[QLatin1String("level")] = QLatin1String(levelToken(exercise.level));
    QJsonArray questions;
    for (const QuestionSpec& spec : exercise.questions) {
        QJsonObject q;
        q[QLatin1String("step")] = spec.step;
        if (spec.side)
            q[QLatin1String("side")] = QLatin1String(sim::sideName(*spec.side));
        QJsonArray ask;
        if (spec.askState)
            ask.append(QLatin1String("state"));
        if (spec.askSegment)
            ask.append(QLatin1String("segment"));
        q[QLatin1String("ask")] = ask;
        if (!spec.hint.empty())
            q[QLatin1String("hint")] = QString::fromStdString(spec.hint);
        questions.append(q);
    }
    root[QLatin1String("questions")] = questions;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString ExerciseFile::write(const Exercise& exercise, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson(exercise)) < 0 || !file.commit())
        return tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace tsl::exercise
