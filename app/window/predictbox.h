#pragma once
// Predict mode's part of a panel: the Predict switch, the level, the score, and — before a step
// that is a question — the question with one button per choice (keys 1 to 5 choose too). The
// panel asks it before each step, takes the step once every question is answered (answered()),
// then reveals what happened. The logic is lib/core's PredictSession; this only shows it.

#include "exercise/predictsession.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace tsl {

class PredictBox : public QWidget {
    Q_OBJECT

public:
    explicit PredictBox(QWidget* parent = nullptr);

    bool isOn() const;
    void setOn(bool on);
    exercise::Level level() const;
    // A new exercise (a scenario's every step, or a teacher's file): the score starts again.
    void setExercise(exercise::Exercise exercise);
    const exercise::PredictSession& session() const { return m_session; }
    // Whether step `step` must wait for answers (on, a question, not graded yet).
    bool wantsToAsk(int step) const;
    // Asks the step's questions; false when it asks none.
    bool ask(const exercise::StepStart& start, const exercise::ExerciseStep* known, const QString& cause);
    bool isAsking() const { return m_session.hasPending(); }
    // Grades what the step did; the verdicts as HTML for the panel's explanation box.
    QString reveal(const exercise::ExerciseStep& outcome);
    // Drops the pending questions (the user stepped back instead of answering).
    void cancel();
    // Forgets the pending questions and the score (the story changed under them).
    void restart();
    QList<QPushButton*> choiceButtons() const { return m_choices; }
    QPushButton* exportButton() const { return m_export; }
    // Asks for a file and writes the results' CSV there.
    void exportResults();

signals:
    void switched(bool on);
    void levelChanged(tsl::exercise::Level level);
    void answered(); // every pending question has its answer: the panel takes the step

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showQuestion();
    void updateScore();
    void choose(int choice);

    QCheckBox* m_switch;
    QComboBox* m_level;
    QLabel* m_score;
    QWidget* m_body;
    QLabel* m_question;
    QLabel* m_hint;
    QList<QPushButton*> m_choices;
    QPushButton* m_export;
    exercise::PredictSession m_session;
    std::size_t m_current = 0; // the pending question shown
};

} // namespace tsl
