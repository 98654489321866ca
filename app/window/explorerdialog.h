#pragma once
// The state × segment explorer (issue 13 §3): a window beside the main one with the grid of
// eleven states × eight segment kinds at a chosen place in the window, what RFC 9293 (the
// simulator) and Linux (the real kernel) answer in each cell, differing cells marked. Fill asks
// the kernel row by row off the GUI thread, with progress and Cancel; a click on a cell shows
// the simulator's ladder of that exchange and both engines' answers explained. Export writes
// the grid as an HTML handout or a CSV table.

#include "diagram/diagramtheme.h"
#include "explorer/explorergrid.h"

#include <QDialog>
#include <QElapsedTimer>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace tsl {

class ExplorerModel;
class LadderWidget;

class ExplorerDialog : public QDialog {
    Q_OBJECT

public:
    explicit ExplorerDialog(QWidget* parent = nullptr);
    ~ExplorerDialog() override;

    ExplorerModel* model() const { return m_model; }
    QTableView* grid() const { return m_grid; }
    LadderWidget* ladder() const { return m_ladder; }
    QTextBrowser* explanation() const { return m_explanation; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* unavailableLabel() const { return m_unavailable; }
    QPushButton* fillButton() const { return m_fill; }
    QPushButton* cancelButton() const { return m_cancel; }
    QComboBox* positionChooser() const { return m_position; }
    QLabel* heading() const { return m_heading; }
    // The simulation the ladder shows (the chosen cell's), or nullptr.
    const sim::Simulator* shownSimulation() const { return m_shownSimulation ? &*m_shownSimulation : nullptr; }

    void setTheme(DiagramTheme theme);
    void setPosition(ExplorerPosition position);
    // Selects a cell and shows its exchange (how the Wire panel opens the explorer on a segment).
    void showCell(TcpState state, std::uint8_t flags);

    // The file name Export offers: "tcp-state-explorer-in-window.html".
    QString suggestedFileName(const QString& suffix) const;

public slots:
    // Asks the real kernel what the shown position lacks (again, if it has everything).
    void fill();
    void cancel();
    void exportTable();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void applyConditions();
    void updateStatus();
    void showDetails();
    void fitToScreen();
    void balanceSplitter();
    // Column widths by what the cells say, filling the grid's width.
    void balanceColumns();

    ExplorerModel* m_model;
    QComboBox* m_position;
    QPushButton* m_fill;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    QLabel* m_unavailable;
    QTableView* m_grid;
    QSplitter* m_splitter;
    QLabel* m_heading;
    QTextBrowser* m_explanation;
    LadderWidget* m_ladder;
    QScrollArea* m_ladderScroll;
    QLabel* m_legend;
    QLabel* m_positionLabel;
    QPushButton* m_export;
    QPushButton* m_close;
    // The condition bar: the conditions every cell is asked under (ExplorerModel::setConditions).
    QLabel* m_viaLabel;
    QComboBox* m_via;
    QLabel* m_closedByLabel;
    QComboBox* m_closedBy;
    QLabel* m_listenerLabel;
    QComboBox* m_listener;
    QCheckBox* m_rfc1337;

    std::optional<sim::Simulator> m_shownSimulation; // the ladder's (a copy: cells change under it)
    QElapsedTimer m_fillClock;
    int m_progressDone = 0;
    int m_progressTotal = 0;
    int m_progressRow = -1;
    int m_progressColumn = -1;
    bool m_fitted = false;
};

} // namespace tsl
