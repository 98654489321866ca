#pragma once
// The live lab in the window: reach and hold any state with real loopback sockets, or run a
// scenario; every socket is a token on the state diagram that follows the kernel, poll by poll.

#include "kernel/socketrow.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace tsl {

class DiagramScene;
class ErrorLabel;
class LabHandDrive;
class LiveLab;
class Settings;
struct HeldState;

class LiveLabPanel : public QWidget {
    Q_OBJECT

public:
    LiveLabPanel(DiagramScene* diagram, Settings& settings, QWidget* parent = nullptr);
    ~LiveLabPanel() override;

public slots:
    void reach();
    void runScenario();
    void release();

protected:
    void changeEvent(QEvent* event) override;

private:
    // The address and port the user chose; nullopt (with the reason shown) for bad input.
    std::optional<std::pair<AddressFamily, quint16>> chosenEndpoint();
    bool startLab(); // a fresh lab (new probe, engine, tokens); false with a message on error
    // The lab the hand-driven operations use: the running one (following the kernel again, its
    // tokens back on the diagram, if another panel had the diagram), or a fresh one.
    LiveLab* ensureLab();
    void showError(const QString& message); // empty: clears it
    // A new token for one of the lab's endpoints ("client :52910", the next colour), on `at`.
    void showToken(int endpoint, TcpState at);
    void log(const QString& line);
    void retranslate();

    DiagramScene* m_diagram;
    Settings& m_settings;
    std::unique_ptr<LiveLab> m_lab;
    std::unique_ptr<HeldState> m_held;
    QComboBox* m_states;
    QComboBox* m_scenarios;
    QComboBox* m_address;
    QSpinBox* m_port;
    QSpinBox* m_interval;
    QPushButton* m_reach;
    QPushButton* m_release;
    QPushButton* m_run;
    QLabel* m_stateLabel;
    QLabel* m_scenarioLabel;
    QLabel* m_addressLabel;
    QLabel* m_portLabel;
    ErrorLabel* m_error;
    QLabel* m_intervalLabel;
    QLabel* m_source;
    QPlainTextEdit* m_log;
    LabHandDrive* m_hand;
    int m_colour = 0;
};

} // namespace tsl
