#include "exercise/exercise.h"

#include "model/translatenoop.h"

#include <set>

namespace tsl::exercise {

const char* levelToken(Level level) { return level == Level::Advanced ? "advanced" : "basic"; }

std::optional<Level> parseLevel(std::string_view token)
{
    if (token == "basic")
        return Level::Basic;
    if (token == "advanced")
        return Level::Advanced;
    return std::nullopt;
}

const char* sourceToken(SourceKind kind) { return kind == SourceKind::Wire ? "wire" : "scenario"; }

std::optional<SourceKind> parseSource(std::string_view token)
{
    if (token == "scenario")
        return SourceKind::Scenario;
    if (token == "wire")
        return SourceKind::Wire;
    return std::nullopt;
}

const QuestionSpec* Exercise::questionAt(int step) const
{
    for (const QuestionSpec& question : questions) {
        if (question.step == step)
            return &question;
    }
    return nullptr;
}

int Exercise::questionCount() const
{
    int n = 0;
    for (const QuestionSpec& question : questions)
        n += int(question.askState) + int(question.askSegment);
    return n;
}

std::optional<ExerciseProblem> checkSteps(const Exercise& exercise, int stepCount)
{
    std::set<int> seen;
    for (std::size_t i = 0; i < exercise.questions.size(); ++i) {
        const QuestionSpec& question = exercise.questions[i];
        const std::string field = "questions[" + std::to_string(i) + "].step";
        if (question.step < 1 || question.step > stepCount)
            return ExerciseProblem{field, engineText("ExerciseText",
                                                     TSL_TRANSLATE_NOOP("ExerciseText", "%1 is not a step of the scenario (1 to %2)"),
                                                     {std::to_string(question.step), std::to_string(stepCount)})};
        if (!seen.insert(question.step).second)
            return ExerciseProblem{field, engineText("ExerciseText", TSL_TRANSLATE_NOOP("ExerciseText", "step %1 is asked twice"),
                                                     {std::to_string(question.step)})};
        if (!question.askState && !question.askSegment)
            return ExerciseProblem{"questions[" + std::to_string(i) + "].ask",
                                   engineText("ExerciseText", TSL_TRANSLATE_NOOP("ExerciseText", "the question asks nothing"))};
    }
    return std::nullopt;
}

} // namespace tsl::exercise
