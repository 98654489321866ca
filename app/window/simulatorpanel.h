#pragma once
// The simulator's controls: pick a scenario, step forward and back, play at a chosen speed, or
// take over: deliver, drop or duplicate segments, make A's and B's application calls (only those
// that apply in their state) or craft a segment. The step's explanation (in a box of fixed size,
// so the panel keeps its width) and the ladder diagram below; tokens A and B walk the diagram.

#include "diagram/diagramtheme.h"
#include "exercise/exercise.h"
#include "exercise/exercisestep.h"
#include "ladder/ladderpainter.h"
#include "sim/simulator.h"

#include <QWidget>

#include <optional>
#include <utility>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QTextBrowser;
class QPushButton;
class QScrollArea;
class QSlider;
class QToolButton;

namespace tsl {

class TokenBoard;
class LadderWidget;
class PredictBox;

namespace sim {
class SimulationController;
}

class SimulatorPanel : public QWidget {
    Q_OBJECT

public:
    SimulatorPanel(TokenBoard* diagram, QWidget* parent = nullptr);

    void setTheme(DiagramTheme theme);
    const sim::Simulator& simulator() const;
    QString scenario() const;
    // How an exported ladder is headed: the scenario's title and description, translated.
    LadderOptions handoutOptions() const;

    // Predict mode: opens a teacher's exercise (its scenario, profile and level; Predict on).
    void openExercise(const exercise::Exercise& exercise);
    // The exercise Predict mode runs: the opened one, or every step of the current scenario.
    exercise::Exercise currentExercise() const;
    // What each step of the current scenario does, in words (for the Save Exercise dialog).
    QStringList stepCauses() const;
    PredictBox* predictBox() const { return m_predict; }

public slots:
    // For the window's keyboard shortcuts (→ ← Space Home), whichever panel is showing, and its
    // menu actions (the buttons do the same).
    void stepForward();
    void stepBack();
    void togglePlay();
    void reset();
    void craftSegment();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    void fitLabelHeights(); // wrapped labels whose width the panel sets, not their text
    void showStep(int step, bool forward);
    void updateButtons();
    void applyCommand(sim::CommandKind kind, sim::Side side = sim::Side::A, std::uint32_t bytes = 0,
                      std::size_t index = 0);
    QToolButton* sideMenu(sim::Side side);
    // The scenario changed (loaded, another profile): the exercise's steps follow.
    void storyChanged();
    void answerGiven(); // every question of the next step answered: take it and reveal
    static QString callLabel(sim::CommandKind kind);

    TokenBoard* m_diagram;
    sim::SimulationController* m_controller;
    QComboBox* m_scenarios;
    QComboBox* m_profiles; // RFC 9293 or Linux
    QLabel* m_description;
    QPushButton* m_reset;
    QPushButton* m_back;
    QPushButton* m_forward;
    QPushButton* m_play;
    QSlider* m_speed;
    QLabel* m_speedLabel;
    QLabel* m_networkLabel;
    QPushButton* m_deliver;
    QPushButton* m_deliverLast;
    QPushButton* m_drop;
    QPushButton* m_duplicate;
    QPushButton* m_timer;
    QToolButton* m_sideA;
    QToolButton* m_sideB;
    QPushButton* m_craft;
    // The application calls in each side's menu, enabled where the transition table allows them.
    std::vector<std::pair<QAction*, sim::CommandKind>> m_callsA;
    std::vector<std::pair<QAction*, sim::CommandKind>> m_callsB;
    QLabel* m_position;
    QTextBrowser* m_explanation;
    LadderWidget* m_ladder;
    QScrollArea* m_scroll;
    PredictBox* m_predict;
    std::vector<exercise::ExerciseStep> m_steps; // the scenario's steps as an exercise sees them
    std::optional<exercise::Exercise> m_opened;  // a teacher's exercise, while its scenario is loaded
    int m_revealedStep = -1;                     // the step whose verdicts m_revealed holds
    QString m_revealed;
};

} // namespace tsl
