#pragma once
// The watched sockets as a table (state, local, remote, timer, queues), kept in a stable order
// and updated row by row, so a selection or a scroll position survives every poll.

#include "kernel/socketrow.h"

#include <QAbstractTableModel>

#include <map>
#include <vector>

namespace tsl {

class SocketTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { StateColumn, LocalColumn, RemoteColumn, TimerColumn, SendQueueColumn, RecvQueueColumn, ColumnCount };
    static constexpr int StateRole = Qt::UserRole; // the row's TcpState, as an int

    explicit SocketTableModel(QObject* parent = nullptr);

    // Replaces the rows: removed ones go, new ones are inserted in order, changed ones update.
    void setRows(std::vector<SocketRow> rows);
    const std::vector<SocketRow>& rows() const { return m_rows; }
    // How many sockets are in each state.
    std::map<TcpState, int> counts() const;
    // After a language change: the headers and tooltips in the new language.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The order rows are kept in: family, local port, local address, remote port, remote address.
    static bool before(const SocketRow& a, const SocketRow& b);
    // "TIME_WAIT 59.2 s", "retransmit 0.2 s" or "-".
    static QString timerText(const SocketRow& row);

private:
    std::vector<SocketRow> m_rows;
};

} // namespace tsl
