#pragma once
// The thin Qt adapter over the simulator engine: load a scenario, step, jump, play and pause
// on a timer, apply the user's own commands; signals tell the GUI what changed.

#include "sim/simulator.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace tsl::sim {

class SimulationController : public QObject {
    Q_OBJECT

public:
    explicit SimulationController(QObject* parent = nullptr);

    const Simulator& simulator() const { return m_simulator; }
    QString scenario() const { return m_scenario; }
    Profile profile() const { return m_simulator.profile(); }
    bool isPlaying() const { return m_timer.isActive(); }
    int playIntervalMs() const { return m_timer.interval(); }

public slots:
    bool load(const QString& scenario); // false for an unknown name
    bool stepForward();
    bool stepBack();
    void jumpTo(int step);
    void reset();
    void play();
    void pause();
    void setPlayInterval(int milliseconds);
    // Plays the same commands again under `profile` (RFC 9293 or Linux), at the same step.
    void setProfile(tsl::sim::Profile profile);
    // The user's own step (a network action or an application call) at the current position:
    // like typing after undo, it replaces any steps that followed.
    void apply(const tsl::sim::Command& command);

signals:
    // `forward` is true when exactly one step was taken forwards (the GUI animates it).
    void stepChanged(int step, bool forward);
    void playingChanged(bool playing);
    void scenarioLoaded(const QString& name);
    void profileChanged(tsl::sim::Profile profile);

private:
    Simulator m_simulator;
    QString m_scenario;
    QTimer m_timer;
};

} // namespace tsl::sim
