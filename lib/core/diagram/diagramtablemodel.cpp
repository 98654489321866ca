#include "diagramtablemodel.h"

#include "text/statetext.h"
#include "tokenboard.h"

namespace tsl {

DiagramTableModel::DiagramTableModel(const TokenBoard* board, QObject* parent) : QAbstractTableModel(parent), m_board(board)
{
    if (board) {
        m_summaries = StateSummary::of(*board);
        connect(board, &TokenBoard::changed, this, &DiagramTableModel::refresh);
    }
}

int DiagramTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(kStateCount); }

int DiagramTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(ColumnCount); }

TcpState DiagramTableModel::stateAt(int row) const { return kAllStates[std::size_t(row)]; }

int DiagramTableModel::rowOf(TcpState state) const { return int(stateIndex(state)); }

QVariant DiagramTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= rowCount())
        return {};
    const TcpState state = stateAt(index.row());
    const StateSummary& summary = m_summaries[stateIndex(state)];
    if (role == Qt::TextAlignmentRole && index.column() == CountColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case StateColumn:
        return StateText::heading(state);
    case TokensColumn:
        if (!summary.tokens.isEmpty())
            return summary.tokens.join(QStringLiteral(", "));
        return summary.count > 0 ? summary.countText() : QString();
    case CountColumn:
        return role == Qt::DisplayRole ? QVariant(summary.count) : QVariant(summary.countText());
    case ExplanationColumn:
        return StateText::explanation(state);
    default:
        return {};
    }
}

QVariant DiagramTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StateColumn:
        return tr("State");
    case TokensColumn:
        return tr("Tokens");
    case CountColumn:
        return tr("Count");
    case ExplanationColumn:
        return tr("Explanation");
    default:
        return {};
    }
}

void DiagramTableModel::refresh()
{
    if (!m_board)
        return;
    // The board changes every frame while tokens glide: rows are told only when what they say did.
    const auto now = StateSummary::of(*m_board);
    for (std::size_t i = 0; i < now.size(); ++i) {
        if (now[i] == m_summaries[i])
            continue;
        m_summaries[i] = now[i];
        emit dataChanged(index(int(i), TokensColumn), index(int(i), CountColumn));
    }
}

void DiagramTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace tsl
