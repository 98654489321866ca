#pragma once
// The simulator's controls: pick a scenario, step forward and back, play at a chosen speed, or
// take over: deliver, drop or duplicate segments and make A's and B's application calls. The
// step's explanation and the ladder diagram below; tokens A and B walk the state diagram.

#include "diagram/diagramtheme.h"
#include "sim/simulator.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSlider;
class QToolButton;

namespace tsl {

class TokenBoard;
class LadderWidget;

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

public slots:
    // For the window's keyboard shortcuts (→ ← Space Home), whichever panel is showing.
    void stepForward();
    void stepBack();
    void togglePlay();
    void reset();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showStep(int step, bool forward);
    void updateButtons();
    void applyCommand(sim::CommandKind kind, sim::Side side = sim::Side::A, std::uint32_t bytes = 0,
                      std::size_t index = 0);
    QToolButton* sideMenu(sim::Side side);

    TokenBoard* m_diagram;
    sim::SimulationController* m_controller;
    QComboBox* m_scenarios;
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
    QLabel* m_position;
    QLabel* m_explanation;
    LadderWidget* m_ladder;
    QScrollArea* m_scroll;
};

} // namespace tsl
