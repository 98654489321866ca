#include "simulationcontroller.h"

#include "sim/simscenarios.h"

namespace tsl::sim {

SimulationController::SimulationController(QObject* parent) : QObject(parent)
{
    m_timer.setInterval(600);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!stepForward())
            pause(); // the end of the recorded steps
    });
}

bool SimulationController::load(const QString& scenario)
{
    Simulator fresh(m_simulator.profile());
    if (!buildScenario(scenario.toStdString(), fresh))
        return false;
    pause();
    m_simulator = std::move(fresh);
    m_simulator.jumpTo(0);
    m_scenario = scenario;
    emit scenarioLoaded(scenario);
    emit stepChanged(0, false);
    return true;
}

void SimulationController::setProfile(Profile profile)
{
    if (profile == m_simulator.profile())
        return;
    pause();
    m_simulator.setProfile(profile);
    emit profileChanged(profile);
    emit stepChanged(m_simulator.currentStep(), false);
}

bool SimulationController::stepForward()
{
    if (!m_simulator.stepForward())
        return false;
    emit stepChanged(m_simulator.currentStep(), true);
    return true;
}

bool SimulationController::stepBack()
{
    if (!m_simulator.stepBack())
        return false;
    emit stepChanged(m_simulator.currentStep(), false);
    return true;
}

void SimulationController::jumpTo(int step)
{
    m_simulator.jumpTo(step);
    emit stepChanged(m_simulator.currentStep(), false);
}

void SimulationController::reset() { jumpTo(0); }

void SimulationController::play()
{
    if (m_timer.isActive() || m_simulator.currentStep() >= m_simulator.recordedSteps())
        return;
    m_timer.start();
    emit playingChanged(true);
}

void SimulationController::pause()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    emit playingChanged(false);
}

void SimulationController::setPlayInterval(int milliseconds) { m_timer.setInterval(std::clamp(milliseconds, 50, 10000)); }

void SimulationController::apply(const Command& command)
{
    pause();
    m_simulator.apply(command);
    emit stepChanged(m_simulator.currentStep(), true);
}

} // namespace tsl::sim
