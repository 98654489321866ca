#pragma once
// The view-model of Predict mode, shared by the Simulator panel, the Wire panel and
// `tcpstatelab exercise`: a Quiz (lib/engine/exercise) with the clock that times each answer,
// the questions' texts as they were asked, and the results' rows. A panel asks before a step,
// passes the choices the user makes, takes the step, and reveals with what the step did. QtCore.

#include "exercise/quiz.h"
#include "exercise/resultscsv.h"

#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace tsl::exercise {

class PredictSession {
public:
    explicit PredictSession(Exercise exercise = {});

    const Exercise& exercise() const { return m_quiz.exercise(); }
    const Quiz& quiz() const { return m_quiz; }
    bool asks(int step) const { return m_quiz.asks(step); }
    // A question step not graded yet: a panel in Predict mode stops before it.
    bool shouldAsk(int step) const { return m_quiz.asks(step) && !m_quiz.graded(step); }

    // Asks the questions of `start.step` (none if it is no question); `cause` words what the step
    // will do ("Network: deliver A→B FIN,ACK"), `known` is its outcome where known in advance.
    const std::vector<Question>& ask(const StepStart& start, const ExerciseStep* known, const QString& cause);
    const std::vector<Question>& pending() const { return m_quiz.pending(); }
    bool hasPending() const { return m_quiz.hasPending(); }
    void cancel();
    QString questionText(std::size_t question) const;
    QStringList choiceTexts(std::size_t question) const;
    QString hint() const; // the pending step's hint, or empty
    bool choose(std::size_t question, std::size_t choice);
    std::optional<std::size_t> chosen(std::size_t question) const { return m_quiz.chosen(question); }
    bool allChosen() const { return m_quiz.allChosen(); }
    // Grades the pending questions; one verdict each, in the order asked.
    std::vector<Verdict> reveal(const ExerciseStep& outcome);

    Score score() const { return m_quiz.score(); }
    bool finished() const { return m_quiz.finished(); }
    const std::vector<ResultRow>& rows() const { return m_rows; }
    void restart();

    // For tests: a clock other than the wall's (milliseconds since any start).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

private:
    qint64 now() const;

    // Not a const member: a panel replaces its session with a new exercise.
    Quiz m_quiz;
    QStringList m_asked;
    qint64 m_askedAt = 0;
    QElapsedTimer m_timer;
    std::function<qint64()> m_clock;
    std::vector<ResultRow> m_rows;
};

} // namespace tsl::exercise
