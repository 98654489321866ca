#pragma once
// The simulator's controls: pick a scenario, step forward and back, play at a chosen speed; the
// step's explanation and the ladder diagram below; and tokens A and B walking the state diagram.

#include "diagram/diagramtheme.h"
#include "sim/simulator.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSlider;

namespace tsl {

class DiagramScene;
class LadderWidget;

class SimulatorPanel : public QWidget {
    Q_OBJECT

public:
    SimulatorPanel(DiagramScene* diagram, QWidget* parent = nullptr);

    void setTheme(DiagramTheme theme);
    const sim::Simulator& simulator() const { return m_simulator; }
    QString scenario() const;

public slots:
    void loadScenario(const QString& name);
    void stepForward();
    void stepBack();
    void reset();
    void togglePlay();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showStep(bool animate);
    void updateButtons();

    DiagramScene* m_diagram;
    sim::Simulator m_simulator;
    QComboBox* m_scenarios;
    QLabel* m_description;
    QPushButton* m_reset;
    QPushButton* m_back;
    QPushButton* m_forward;
    QPushButton* m_play;
    QSlider* m_speed;
    QLabel* m_speedLabel;
    QLabel* m_position;
    QLabel* m_explanation;
    LadderWidget* m_ladder;
    QScrollArea* m_scroll;
    QTimer m_timer;
};

} // namespace tsl
