#include "exercise/predictsession.h"

#include "exercise/exercisetext.h"

namespace tsl::exercise {

PredictSession::PredictSession(Exercise exercise) : m_quiz(std::move(exercise)) { m_timer.start(); }

qint64 PredictSession::now() const { return m_clock ? m_clock() : m_timer.elapsed(); }

const std::vector<Question>& PredictSession::ask(const StepStart& start, const ExerciseStep* known, const QString& cause)
{
    const auto& questions = m_quiz.ask(start, known);
    m_asked.clear();
    for (const Question& q : questions)
        m_asked << ExerciseText::question(q, cause);
    m_askedAt = now();
    return questions;
}

QString PredictSession::questionText(std::size_t question) const
{
    return question < std::size_t(m_asked.size()) ? m_asked[qsizetype(question)] : QString();
}

QStringList PredictSession::choiceTexts(std::size_t question) const
{
    QStringList texts;
    if (question >= pending().size())
        return texts;
    const Question& q = pending()[question];
    for (const Choice& c : q.choices)
        texts << ExerciseText::choice(q, c);
    return texts;
}

QString PredictSession::hint() const
{
    return pending().empty() ? QString() : QString::fromStdString(pending().front().hint);
}

bool PredictSession::choose(std::size_t question, std::size_t choice)
{
    return m_quiz.choose(question, choice, now() - m_askedAt);
}

std::vector<Verdict> PredictSession::reveal(const ExerciseStep& outcome)
{
    const QStringList asked = m_asked;
    std::vector<Verdict> verdicts = m_quiz.reveal(outcome);
    for (std::size_t i = 0; i < verdicts.size(); ++i) {
        const Verdict& v = verdicts[i];
        ResultRow row;
        row.step = v.question.step;
        row.side = QString::fromLatin1(sim::sideName(v.question.side));
        row.kind = QString::fromLatin1(askToken(v.question.ask));
        row.asked = i < std::size_t(asked.size()) ? asked[qsizetype(i)] : QString();
        row.answered = v.chosen ? ExerciseText::choice(v.question, v.question.choices[*v.chosen]) : QString();
        row.correct = ExerciseText::choice(v.question, v.actual);
        row.right = v.right;
        row.elapsedMs = v.elapsedMs;
        m_rows.push_back(row);
    }
    m_asked.clear();
    return verdicts;
}

void PredictSession::cancel()
{
    m_quiz.cancel();
    m_asked.clear();
}

void PredictSession::restart()
{
    m_quiz.restart();
    m_asked.clear();
    m_rows.clear();
}

} // namespace tsl::exercise
