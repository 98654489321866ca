#pragma once

#include <QMainWindow>

class QActionGroup;
class QLabel;
class QDockWidget;
class QMenu;

namespace tsl {

class DiagramWidget;
class SimulatorPanel;
class LiveLabPanel;
class Settings;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(Settings& settings, QWidget* parent = nullptr);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void retranslate();
    void applyDiagramSettings();
    void exportDiagram();
    void exportLadder();
    // The file dialog both exports share; empty when cancelled.
    QString askExportPath(const QString& title, const QString& fileName);
    void copyDiagram();
    void setLanguage(const QString& language);
    void showAbout();
    QString defaultHint() const;

    Settings& m_settings;
    DiagramWidget* m_diagram;
    QLabel* m_hint;
    SimulatorPanel* m_simulator;
    QDockWidget* m_simulatorDock;
    QDockWidget* m_labDock = nullptr;
    QDockWidget* m_watchDock = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_themeMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_clearAction = nullptr;
    QAction* m_lightAction = nullptr;
    QAction* m_darkAction = nullptr;
    QAction* m_printAction = nullptr;
    QAction* m_pathsAction = nullptr;
    QAction* m_resetEdgesAction = nullptr;
    QAction* m_systemLanguageAction = nullptr;
    QList<QAction*> m_languageActions;
    QAction* m_aboutAction = nullptr;
    QAction* m_exportLadderAction = nullptr;
};

} // namespace tsl
