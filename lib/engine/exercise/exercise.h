#pragma once
// An exercise as a teacher saves it: where the steps come from (a simulator scenario under a
// profile, or a Wire panel scenario on the real kernels), which steps are questions, what each
// asks (the state, the segment or both, about A or B), an optional hint each, and the level.
// The file format (JSON, lib/core/exercise/exercisefile.h) reads and writes this struct. Plain C++.

#include "model/enginetext.h"
#include "sim/profile.h"
#include "sim/segment.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tsl::exercise {

// The format version this program writes; it reads this one and older.
inline constexpr int kExerciseVersion = 1;

enum class Level {
    Basic,    // states and the segment's flags
    Advanced, // the segment's relative seq and ack too
};

enum class SourceKind {
    Scenario, // a simulator scenario (`simulate` names)
    Wire,     // a Wire panel scenario on two real kernels (`net run` names)
};

// Stable tokens for the file: "basic", "advanced"; "scenario", "wire".
const char* levelToken(Level level);
std::optional<Level> parseLevel(std::string_view token);
const char* sourceToken(SourceKind kind);
std::optional<SourceKind> parseSource(std::string_view token);

struct QuestionSpec {
    int step = 1;               // 1-based: the question is asked before this step
    std::optional<sim::Side> side; // whom to ask about; nullopt: the side the step acts on
    bool askState = true;
    bool askSegment = true;
    std::string hint;           // shown with the question; may be empty
};

struct Exercise {
    int version = kExerciseVersion;
    std::string title;
    SourceKind source = SourceKind::Scenario;
    std::string scenario;
    sim::Profile profile = sim::Profile::Rfc9293;
    Level level = Level::Basic;
    std::vector<QuestionSpec> questions; // in step order, one per step at most

    const QuestionSpec* questionAt(int step) const;
    // How many answers the whole exercise asks for (a step may ask two).
    int questionCount() const;
};

// Whether the exercise is consistent with a story of `stepCount` steps: the first problem as
// a field path and a message ("questions[2].step: 17 is beyond the scenario's 14 steps"), or
// nullopt.
struct ExerciseProblem {
    std::string field;
    EngineText message; // context "ExerciseText"
};
std::optional<ExerciseProblem> checkSteps(const Exercise& exercise, int stepCount);

} // namespace tsl::exercise
