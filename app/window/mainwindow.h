#pragma once

#include "model/tcpstate.h"

#include <QMainWindow>
#include <QPalette>

class QActionGroup;
class QLabel;
class QDockWidget;
class QMenu;

namespace tsl {

class DiagramTableDialog;
class DiagramWidget;
class ExplorerDialog;
class FirstRunHint;
class LadderWidget;
class LiveLabPanel;
class Settings;
class SimulatorPanel;
class UserGuideDialog;
class WatchPanel;
class WirePanel;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows the window: where it was last time if that still fits a screen, otherwise fitted to
    // the screen it opens on (every control reachable at 1024x768).
    void showFitted();

    bool isPresenting() const { return m_presenting; }

    // Every action of the window, in menu order: the keyboard table of the guide lists them.
    QList<QAction*> keyboardActions() const;

    // The panels, for the keyboard and for tests: Live Lab (when built), Watch, Simulator.
    QList<QDockWidget*> panels() const;
    QDockWidget* currentPanel() const; // the raised, visible one; nullptr when collapsed
    DiagramWidget* diagram() const { return m_diagram; }

    // The widest a panel may be: the diagram keeps at least 60 % of the window's width.
    static constexpr double kMaxPanelShare = 0.4;

public slots:
    void setPresenting(bool on);
    // Shows and raises a panel; when it is already the one showing, collapses the panels so the
    // diagram has the whole width.
    void togglePanel(QDockWidget* panel);
    void showUserGuide();
    // The state × segment explorer (View menu, Ctrl+E), created on first use; nullptr where the
    // platform has no private network (Linux only).
    void showExplorer();
    // The explorer on one cell: what a socket in `state` answers a segment with `flags` (net::tcpflag
    // bits) — how the Wire panel opens it from a segment or a state.
    void showExplorerCell(tsl::TcpState state, quint8 flags);
    ExplorerDialog* explorer() const { return m_explorer; }
    // "Diagram as a table" (View menu, Ctrl+T), created on first use.
    void showDiagramTable();
    DiagramTableDialog* diagramTable() const { return m_diagramTable; }

    // File → Open Exercise…: reads `path` and starts it in its panel (Predict on); an error
    // message (translated, with the file's name) or empty.
    QString openExercise(const QString& path);
    SimulatorPanel* simulatorPanel() const { return m_simulator; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createPanels();
    void createActions();
    void retranslate();
    void applyDiagramSettings();
    void applyPanelFonts();
    // Panel width for this window: the diagram fills the height where possible, and never gets
    // less than 60 % of the width.
    void balancePanels();
    void cyclePanels(int direction);
    void exportDiagram();
    void exportLadder();
    // File → Export Animation…: the front panel's steps (the simulator, or the Wire panel's
    // session) as GIF, WebP or HTML.
    void exportAnimation();
    void askOpenExercise();
    void saveExercise();
    void exportExerciseResults();
    // The file dialog the ladder export uses; empty when cancelled.
    QString askExportPath(const QString& title, const QString& fileName);
    void copyDiagram();
    // Space on the diagram's focus item: the simulator steps when its panel is in front.
    void stepFromDiagram();
    void setLanguage(const QString& language);
    void showAbout();
    void updateFirstRunHint();
    LadderWidget* ladder() const;
    bool ladderHasFocus() const;
    QString defaultHint() const;

    Settings& m_settings;
    DiagramWidget* m_diagram;
    FirstRunHint* m_firstRunHint = nullptr;
    QLabel* m_hint;
    SimulatorPanel* m_simulator = nullptr;
    WatchPanel* m_watch = nullptr;
    LiveLabPanel* m_lab = nullptr;
    WirePanel* m_wire = nullptr;
    QDockWidget* m_simulatorDock = nullptr;
    QDockWidget* m_labDock = nullptr;
    QDockWidget* m_watchDock = nullptr;
    QDockWidget* m_wireDock = nullptr;
    UserGuideDialog* m_guide = nullptr;
    ExplorerDialog* m_explorer = nullptr;
    DiagramTableDialog* m_diagramTable = nullptr;

    QPalette m_systemPalette; // the desktop's, for the light and print themes
    QFont m_systemFont;
    bool m_presenting = false;
    QByteArray m_stateBeforePresenting;
    bool m_maximizedBeforePresenting = false;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_panelsMenu = nullptr;
    QMenu* m_labMenu = nullptr;
    QMenu* m_simulatorMenu = nullptr;
    QMenu* m_themeMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_exportLadderAction = nullptr;
    QAction* m_exportAnimationAction = nullptr;
    QAction* m_openExerciseAction = nullptr;
    QAction* m_saveExerciseAction = nullptr;
    QAction* m_exerciseResultsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_clearAction = nullptr;
    QAction* m_presentAction = nullptr;
    QAction* m_leaveAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_zoomResetAction = nullptr;
    QAction* m_lightAction = nullptr;
    QAction* m_darkAction = nullptr;
    QAction* m_printAction = nullptr;
    QAction* m_pathsAction = nullptr;
    QAction* m_resetEdgesAction = nullptr;
    QAction* m_explorerAction = nullptr;
    QAction* m_diagramTableAction = nullptr;
    QAction* m_labPanelAction = nullptr;
    QAction* m_watchPanelAction = nullptr;
    QAction* m_simulatorPanelAction = nullptr;
    QAction* m_wirePanelAction = nullptr;
    QAction* m_nextPanelAction = nullptr;
    QAction* m_previousPanelAction = nullptr;
    QAction* m_reachAction = nullptr;
    QAction* m_runAction = nullptr;
    QAction* m_releaseAction = nullptr;
    QAction* m_watchAction = nullptr;
    QAction* m_stepForwardAction = nullptr;
    QAction* m_stepBackAction = nullptr;
    QAction* m_playAction = nullptr;
    QAction* m_resetAction = nullptr;
    QAction* m_systemLanguageAction = nullptr;
    QList<QAction*> m_languageActions;
    QAction* m_guideAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace tsl
