#pragma once
// The state × segment explorer as a table model: rows the eleven states, columns the eight
// segment kinds, for the position shown. It keeps every position's grid (switching back is
// instant), fills them through an ExplorerFiller (off the GUI thread) and says how far a fill
// has come and, where the private network is not available, why Linux's answers are missing.
// QtCore only; the view paints the marks (DiffersRole) its own way.

#include "explorer/explorerfiller.h"
#include "explorer/explorergrid.h"

#include <QAbstractTableModel>

#include <array>
#include <optional>

namespace tsl {

class ExplorerModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        DiffersRole = Qt::UserRole + 1, // bool: both engines answered, differently
        RfcAnswerRole,                  // QString: the simulator's short answer ("" until asked)
        KernelAnswerRole,               // QString: Linux's short answer ("" until asked)
        AnsweredRole,                   // int: 0 nothing yet, 1 the simulator, 2 both engines
        FailedRole,                     // bool: an engine could not be put in the state
        DependsRole,                    // QString: the conditions the answer depends on, with the other answers ("" none)
    };

    explicit ExplorerModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    ExplorerPosition position() const { return m_position; }
    // The conditions every cell is asked under (a query's via, closedBy, listener, settings):
    // changing them starts the grids afresh (the simulator's answers at once, Linux's on Fill).
    const WhatIfQuery& conditions() const { return m_conditions; }
    void setConditions(const WhatIfQuery& conditions);
    void setPosition(ExplorerPosition position);
    const ExplorerGrid& grid(ExplorerPosition position) const { return m_grids[std::size_t(position)]; }
    const ExplorerGrid& shownGrid() const { return grid(m_position); }
    const ExplorerCell& cell(const QModelIndex& index) const;
    QModelIndex indexOf(TcpState state, std::uint8_t flags) const;

    // Asks the simulator for every cell of every position not asked yet (milliseconds).
    void fillRfc();
    // Asks what `position` still lacks: the simulator's answers, and with `kernel` Linux's, row by
    // row; `onlyState`: that row alone. Queued behind a fill under way.
    void fill(ExplorerPosition position, bool kernel = true, std::optional<TcpState> onlyState = std::nullopt);
    // Forgets Linux's answers of `position` and asks again.
    void refill(ExplorerPosition position);
    void cancel();
    bool isFilling() const { return m_filler.isBusy(); }
    std::optional<ExplorerPosition> kernelFillPosition() const { return m_kernelFilling; }

    // Why Linux's side is empty where it is ("" when nothing stands in its way), and the fix.
    QString kernelMissingReason() const { return m_kernelReason; }
    QString kernelFix() const { return m_kernelFix; }
    // The text a cell's tooltip uses for a Linux answer not there.
    QString kernelMissingText() const;

    // The language changed: headings, cells and tooltips are worded again.
    void retranslate();

    // For tests (and a machine without user namespaces made on purpose).
    ExplorerFiller& filler() { return m_filler; }

signals:
    // A kernel fill moved on: `done` of `total` cells, the cell asked now (row, column).
    void progressChanged(int done, int total, int row, int column);
    void fillingChanged(bool filling);
    void kernelUnavailable(const QString& reason, const QString& fix);
    // A fill job ended (cancelled or not); `position` is the one it filled.
    void fillFinished(tsl::ExplorerPosition position, bool cancelled);

private:
    void onAnswered(ExplorerPosition position, std::size_t row, std::size_t column, bool kernel, const WhatIfAnswer& answer);
    QString displayText(const ExplorerCell& cell) const;

    ExplorerFiller m_filler;
    ExplorerPosition m_position = ExplorerPosition::InWindow;
    WhatIfQuery m_conditions;
    int m_staleJobs = 0; // jobs queued under conditions no longer shown: their answers are dropped
    // DependsRole's text by position and cell, worked out when first shown.
    mutable std::array<std::vector<std::optional<QString>>, kExplorerPositions.size()> m_depends;
    std::array<ExplorerGrid, kExplorerPositions.size()> m_grids;
    std::optional<ExplorerPosition> m_kernelFilling;
    int m_kernelTotal = 0;
    int m_kernelDone = 0;
    QString m_kernelReason;
    QString m_kernelFix;
};

} // namespace tsl
