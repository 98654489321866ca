#include "exercise/quiz.h"

#include "exercise/choices.h"
#include "model/transitiontable.h"

#include <algorithm>

namespace tsl::exercise {

namespace {

// Whom a question asks about when the exercise does not say: the side that changes state, or
// else the side that sends, or else the side the step acts on.
Side sideAsked(const QuestionSpec& spec, const StepStart& start, const ExerciseStep* known)
{
    if (spec.side)
        return *spec.side;
    if (known) {
        if (!known->edges.empty())
            return known->edges.front().side;
        if (!known->sent.empty())
            return known->sent.front().from;
    }
    return start.actor.value_or(Side::A);
}

bool sameChoice(Ask ask, Level level, const Choice& x, const Choice& y)
{
    if (ask == Ask::State)
        return x.state == y.state;
    if (!x.segment || !y.segment)
        return !x.segment && !y.segment;
    return sameSegment(*x.segment, *y.segment, level == Level::Advanced);
}

} // namespace

const char* askToken(Ask ask) { return ask == Ask::Segment ? "segment" : "state"; }

Quiz::Quiz(Exercise exercise) : m_exercise(std::move(exercise)) {}

const std::vector<Question>& Quiz::ask(const StepStart& start, const ExerciseStep* known)
{
    m_pending.clear();
    const QuestionSpec* spec = m_exercise.questionAt(start.step);
    if (spec) {
        const Side side = sideAsked(*spec, start, known);
        Question base;
        base.step = start.step;
        base.side = side;
        base.level = m_exercise.level;
        base.before = start.side(side).state;
        base.hint = spec->hint;
        if (spec->askState) {
            Question q = base;
            q.ask = Ask::State;
            for (TcpState state : stateChoices(base.before, known ? std::optional(known->after(side)) : std::nullopt))
                q.choices.push_back(Choice{state, {}});
            m_pending.push_back(std::move(q));
        }
        if (spec->askSegment) {
            Question q = base;
            q.ask = Ask::Segment;
            std::optional<std::optional<SegmentShape>> right;
            if (known)
                right = known->firstSentBy(side);
            for (const auto& shape : segmentChoices(start.side(side), m_exercise.level, right))
                q.choices.push_back(Choice{TcpState::Closed, shape});
            m_pending.push_back(std::move(q));
        }
    }
    m_chosen.assign(m_pending.size(), std::nullopt);
    m_elapsed.assign(m_pending.size(), 0);
    return m_pending;
}

void Quiz::cancel()
{
    m_pending.clear();
    m_chosen.clear();
    m_elapsed.clear();
}

bool Quiz::choose(std::size_t question, std::size_t choice, std::int64_t elapsedMs)
{
    if (question >= m_pending.size() || choice >= m_pending[question].choices.size())
        return false;
    m_chosen[question] = choice;
    m_elapsed[question] = elapsedMs;
    return true;
}

std::optional<std::size_t> Quiz::chosen(std::size_t question) const
{
    return question < m_chosen.size() ? m_chosen[question] : std::nullopt;
}

bool Quiz::allChosen() const
{
    return std::all_of(m_chosen.begin(), m_chosen.end(), [](const auto& c) { return c.has_value(); });
}

std::vector<Verdict> Quiz::reveal(const ExerciseStep& outcome)
{
    std::vector<Verdict> verdicts;
    for (std::size_t i = 0; i < m_pending.size(); ++i) {
        Verdict v;
        v.question = m_pending[i];
        v.chosen = m_chosen[i];
        v.elapsedMs = m_elapsed[i];
        const Side side = v.question.side;
        v.actual = v.question.ask == Ask::State ? Choice{outcome.after(side), {}}
                                                : Choice{TcpState::Closed, outcome.firstSentBy(side)};
        for (std::size_t c = 0; c < v.question.choices.size(); ++c) {
            if (sameChoice(v.question.ask, v.question.level, v.question.choices[c], v.actual)) {
                v.correct = c;
                break;
            }
        }
        v.right = v.chosen && v.correct && *v.chosen == *v.correct;
        v.taken = outcome.edgesOf(side);
        if (v.question.ask == Ask::State && v.chosen && !v.right) {
            const TcpState guess = v.question.choices[*v.chosen].state;
            const auto edges = transitions();
            for (std::size_t e = 0; e < edges.size(); ++e) {
                if (edges[e].from == v.question.before && edges[e].to == guess && !v.chosenEdge)
                    v.chosenEdge = e;
                if (edges[e].from == v.question.before && v.actual.state == v.question.before &&
                    edges[e].kind == EdgeKind::Figure5)
                    v.waiting.push_back(e);
            }
        }
        verdicts.push_back(v);
        m_results.push_back(std::move(v));
    }
    m_pending.clear();
    m_chosen.clear();
    m_elapsed.clear();
    return verdicts;
}

bool Quiz::graded(int step) const
{
    return std::any_of(m_results.begin(), m_results.end(), [step](const Verdict& v) { return v.question.step == step; });
}

Score Quiz::score() const
{
    Score s;
    s.total = m_exercise.questionCount();
    s.answered = int(m_results.size());
    s.right = int(std::count_if(m_results.begin(), m_results.end(), [](const Verdict& v) { return v.right; }));
    return s;
}

bool Quiz::finished() const
{
    const Score s = score();
    return s.answered >= s.total;
}

void Quiz::restart()
{
    m_pending.clear();
    m_chosen.clear();
    m_elapsed.clear();
    m_results.clear();
}

} // namespace tsl::exercise
