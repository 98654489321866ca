#pragma once
// The Wire panel: two real Linux TCP stacks, host A and host B, in the app's private network,
// and the wire between them that holds every segment. By-hand socket calls on each host; each
// held segment a chip to deliver, drop, duplicate or deliver out of order; hold or flow; the
// live ladder of the real segments; the `net run` scenarios step by step; the network's kernel
// settings; crafted segments; pcap and ladder export. The kernel work runs on WireLab's thread.

#include "controllers/wirelab.h"
#include "controllers/wiretwin.h"
#include "exercise/exercise.h"
#include "exercise/exercisestep.h"

#include <QWidget>

#include <optional>
#include <utility>

class QCheckBox;
class QComboBox;
class QDialog;
class QGroupBox;
class QLabel;
class QListWidget;
class QMimeData;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QSlider;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace tsl {

class LadderWidget;
class PredictBox;

class WirePanel : public QWidget {
    Q_OBJECT

public:
    explicit WirePanel(TokenBoard* board, QWidget* parent = nullptr);

    WireLab* lab() const { return m_lab; }
    WireTwin* twin() const { return m_twin; }
    LadderWidget* ladder() const { return m_ladder; }
    QListWidget* heldList() const { return m_held; }
    // Starts the private network the first time the panel is shown (or now).
    void ensureStarted();
    // Predict mode over the scenario steps (Next): the switch, the questions, the score.
    PredictBox* predictBox() const { return m_predict; }
    // Opens a teacher's wire exercise: its scenario loads on a fresh network, Predict on.
    void openExercise(const exercise::Exercise& exercise);
    // The exercise Predict mode runs here, and what each scenario step does (Save Exercise).
    exercise::Exercise currentExercise() const;
    QStringList stepCauses() const;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct HostControls {
        QGroupBox* box = nullptr;
        QLabel* state = nullptr;
        QPushButton* listen = nullptr;
        QPushButton* connect = nullptr;
        QPushButton* accept = nullptr;
        QPushButton* send = nullptr;
        QSpinBox* bytes = nullptr;
        QPushButton* read = nullptr;
        QPushButton* stopReading = nullptr;
        QPushButton* shutdown = nullptr;
        QPushButton* close = nullptr;
        QPushButton* abort = nullptr;
        QPushButton* craft = nullptr;
    };
    QWidget* makeHost(net::Host host);
    void refresh();
    void retranslate();
    void updateEnabled();
    std::uint64_t selectedSegment() const; // 0: none
    // What dropping a dragged chip on `target` does, to which segment (nullopt: not accepted there).
    std::optional<std::pair<void (WireLab::*)(std::uint64_t), std::uint64_t>> dropAction(const QObject* target,
                                                                                       const QMimeData* dragged) const;
    void actOnSelected(void (WireLab::*action)(std::uint64_t));
    void craftInto(net::Host host);
    void exportPcap();
    void exportLadder();
    void updateSettingRow();
    void showLadderWindow();
    void refreshTwin();
    void nextStep();       // Next: asks first in Predict mode
    void revealIfDone();   // the asked step has run: grade it

    WireLab* m_lab;
    TokenBoard* m_board;
    bool m_started = false;
    QLabel* m_unavailable;
    QLabel* m_scenarioLabel;
    QComboBox* m_scenario;
    QPushButton* m_next;
    QPushButton* m_runToEnd;
    QPushButton* m_reset;
    QLabel* m_nextStep;
    WireTwin* m_twin;
    QCheckBox* m_twinSwitch;
    QComboBox* m_twinProfile;
    QLabel* m_twinSummary;
    HostControls m_hosts[2];
    QGroupBox* m_wireBox;
    QRadioButton* m_hold;
    QRadioButton* m_flow;
    QSlider* m_delay;
    QLabel* m_delayLabel;
    QListWidget* m_held;
    QPushButton* m_deliver;
    QPushButton* m_drop;
    QPushButton* m_duplicate;
    QPushButton* m_outOfOrder;
    QPushButton* m_releaseAll;
    QStackedWidget* m_pages;
    QToolButton* m_pageButtons[3] = {};
    QScrollArea* m_ladderArea;
    LadderWidget* m_ladder;
    QToolButton* m_ladderWindowButton;
    QDialog* m_ladderWindow = nullptr;
    QScrollArea* m_bigLadderArea = nullptr;
    LadderWidget* m_bigLadder = nullptr;
    QWidget* m_settingsPage;
    QLabel* m_settingLabel;
    QComboBox* m_setting;
    QSpinBox* m_settingValue;
    QPushButton* m_applySetting;
    QLabel* m_settingExplanation;
    QLabel* m_settingsNote;
    QPlainTextEdit* m_log;
    QPushButton* m_exportPcap;
    QPushButton* m_exportLadder;
    QLabel* m_status;
    int m_shownRows = -1;
    PredictBox* m_predict = nullptr;
    std::optional<exercise::Exercise> m_opened;
    int m_predictStep = 0; // the step asked and taken, waiting for its events (0: none)
    std::size_t m_eventsBefore = 0;
    exercise::StepStart m_predictStart;
    QLabel* m_verdicts = nullptr;
};

} // namespace tsl
