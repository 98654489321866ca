#pragma once
// The state diagram as a table, for readers who cannot use the picture: one row per state —
// its name, the tokens on it, their count and what the state means — updated live from the token
// board as the diagram is (the board is the one view-model; this only reads it).

#include "statesummary.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <array>

namespace tsl {

class TokenBoard;

class DiagramTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        StateColumn,
        TokensColumn,
        CountColumn,
        ExplanationColumn,
        ColumnCount,
    };

    explicit DiagramTableModel(const TokenBoard* board, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    TcpState stateAt(int row) const;
    int rowOf(TcpState state) const;

public slots:
    // The language changed: every text again.
    void retranslate();

private:
    void refresh();

    QPointer<const TokenBoard> m_board;
    std::array<StateSummary, kStateCount> m_summaries{};
};

} // namespace tsl
