#pragma once
// The question, answer and score logic of Predict mode, over any stepped story (exercisestep.h):
// before a step that is a question, ask() makes its questions (the state the side will be in,
// the segment it will send) with choices from the diagram; choose() records each answer and how
// long it took; reveal() grades them against what the step did and keeps the score, with the
// facts a wrong answer is explained by (the edges the side took, the edge the chosen state would
// have needed, the edges the side is waiting for). lib/core words them. Plain C++.

#include "exercise/exercise.h"
#include "exercise/exercisestep.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace tsl::exercise {

enum class Ask {
    State,
    Segment,
};
const char* askToken(Ask ask); // "state", "segment"

struct Choice {
    TcpState state = TcpState::Closed;   // Ask::State
    std::optional<SegmentShape> segment; // Ask::Segment; nullopt: sends nothing
};

struct Question {
    int step = 1;
    Side side = Side::A;
    Ask ask = Ask::State;
    Level level = Level::Basic;
    TcpState before = TcpState::Closed; // the side's state before the step
    std::vector<Choice> choices;
    std::string hint;
};

struct Verdict {
    Question question;
    std::optional<std::size_t> chosen; // nullopt: not answered (the step was taken anyway)
    std::int64_t elapsedMs = 0;        // from asking to answering
    Choice actual;                     // what the step did
    std::optional<std::size_t> correct; // the choice that was right, if one was
    bool right = false;
    std::vector<std::size_t> taken;    // the edges the side took in this step
    // A wrong state: the edge from `before` to the chosen state, if the table has one (what it
    // would have needed)...
    std::optional<std::size_t> chosenEdge;
    // ... and, when the side stayed where it was, the edges that would have taken it away.
    std::vector<std::size_t> waiting;
};

struct Score {
    int right = 0;
    int answered = 0; // graded so far
    int total = 0;    // the exercise's questions
};

class Quiz {
public:
    explicit Quiz(Exercise exercise);

    const Exercise& exercise() const { return m_exercise; }
    bool asks(int step) const { return m_exercise.questionAt(step) != nullptr; }
    // Whether the step's questions were graded already (stepping back and forward again does
    // not ask twice).
    bool graded(int step) const;

    // The questions before `start.step` (none if the step is no question). `known`: the step's
    // outcome when the source knows it in advance, so that the right answer is a choice.
    const std::vector<Question>& ask(const StepStart& start, const ExerciseStep* known = nullptr);
    const std::vector<Question>& pending() const { return m_pending; }
    // Drops the pending questions ungraded (the user stepped away from them).
    void cancel();
    bool hasPending() const { return !m_pending.empty(); }
    // False for a question or a choice that does not exist.
    bool choose(std::size_t question, std::size_t choice, std::int64_t elapsedMs);
    std::optional<std::size_t> chosen(std::size_t question) const;
    bool allChosen() const;
    // Grades the pending questions against what the step did; they are no longer pending.
    std::vector<Verdict> reveal(const ExerciseStep& outcome);

    const std::vector<Verdict>& results() const { return m_results; }
    Score score() const;
    bool finished() const; // every question of the exercise graded
    void restart();

private:
    Exercise m_exercise;
    std::vector<Question> m_pending;
    std::vector<std::optional<std::size_t>> m_chosen;
    std::vector<std::int64_t> m_elapsed;
    std::vector<Verdict> m_results;
};

} // namespace tsl::exercise
