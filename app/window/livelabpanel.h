#pragma once
// The live lab in the window: reach and hold any state with real loopback sockets, or run a
// scenario; every socket is a token on the state diagram that follows the kernel, poll by poll,
// and a line in the log (ms since the run started and the clock; Clear and Export).

#include "followinglog.h"
#include "controllers/lablog.h"
#include "kernel/socketrow.h"

#include <QElapsedTimer>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace tsl {

class TokenBoard;
struct LabBatch;
struct LabFacts;
class ErrorLabel;
class LabHandDrive;
class LiveLab;
class Settings;
class HeldState;

class LiveLabPanel : public QWidget {
    Q_OBJECT

public:
    LiveLabPanel(TokenBoard* diagram, Settings& settings, QWidget* parent = nullptr);
    ~LiveLabPanel() override;

    // Whether a lab is following the kernel now (nothing but Release, a new run or closing the
    // window stops it: not a language, theme or panel switch).
    bool isFollowing() const;
    // A reach or a scenario is running on the lab's thread.
    bool isBusy() const;

public slots:
    void reach();
    void runScenario();
    void release();
    // Empties the log and the lab's tokens on the diagram (the lab goes on running).
    void clearLog();
    void exportLog();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    // The address and port the user chose; nullopt (with the reason shown) for bad input.
    std::optional<std::pair<AddressFamily, quint16>> chosenEndpoint();
    bool startLab(); // a fresh lab (new probe, engine, tokens); false with a message on error
    // The lab the hand-driven operations use: the running one (following the kernel again, its
    // tokens back on the diagram, if another panel had the diagram), or a fresh one.
    LiveLab* ensureLab();
    void showError(const QString& message); // empty: clears it
    // A token for one of the lab's endpoints ("client :52910") placed on `at`.
    void showToken(int endpoint, const std::string& role, std::uint16_t localPort, TcpState at);
    // A job is running on the lab's thread: progress shown, Cancel offered, the rest waits.
    void setBusy(bool busy);
    void cancel();
    void log(const QString& line); // a note in the user's language
    void appendToLog(const QList<LabLogEntry>& entries);
    void beginRun(const QString& name); // a separator, and the clock of the run starts
    void apply(const LabBatch& batch);
    void showFlood(const LabFacts& flood); // the syn-flood's figures, as they rise
    void showSource();
    void retranslate();

    TokenBoard* m_diagram;
    Settings& m_settings;
    std::unique_ptr<LiveLab> m_lab;
    std::shared_ptr<HeldState> m_held;
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
    QLabel* m_flood;
    QLabel* m_scenarioDescription;
    QLabel* m_logNote;
    QPushButton* m_clear;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QString m_job; // what the running job does, for the progress bar
    QElapsedTimer m_runClock; // since the run (scenario, reach) started: the log's first column
    QPushButton* m_export;
    FollowingLog* m_log;
    LabHandDrive* m_hand;
    LabLog m_entries;
    QString m_sourceName;     // e.g. "netlink"; empty before the first run
    QString m_sourceFallback; // why the first choice was not available, if it was not
};

} // namespace tsl
