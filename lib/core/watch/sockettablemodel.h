#pragma once
// The watched sockets as a table (state, local, remote, timer, queues), kept in a stable order
// and updated row by row, so a selection or a scroll position survives every poll. Only rows
// whose figures changed are announced; countdowns (a TIME_WAIT's 59.2 s), which change on
// every poll, are announced at most once a second, in one go for the column.

#include "kernel/socketrow.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>

#include <map>
#include <vector>

namespace tsl {

class SocketTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { StateColumn, LocalColumn, RemoteColumn, TimerColumn, SendQueueColumn, RecvQueueColumn, ColumnCount };
    static constexpr int StateRole = Qt::UserRole; // the row's TcpState, as an int

    explicit SocketTableModel(QObject* parent = nullptr);

    // How often countdowns that changed are announced; 0: with every change.
    static constexpr int kCountdownRefreshMs = 1000;

    // Replaces the rows: removed ones go, new ones are inserted in order, changed ones update.
    // A row whose countdown alone moved is updated at once (data() reads it) and announced
    // with the others' at most every countdownRefreshMs().
    void setRows(std::vector<SocketRow> rows);
    const std::vector<SocketRow>& rows() const { return m_rows; }
    // How many sockets are in each state, kept up to date by setRows (no count per call).
    const std::map<TcpState, int>& counts() const { return m_counts; }
    void setCountdownRefreshMs(int milliseconds) { m_countdownRefreshMs = milliseconds; }
    int countdownRefreshMs() const { return m_countdownRefreshMs; }
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
    void countAll();
    void announceCountdowns(); // the timer column, when due

    std::vector<SocketRow> m_rows;
    std::map<TcpState, int> m_counts;
    int m_countdownRefreshMs = kCountdownRefreshMs;
    bool m_countdownsMoved = false; // some countdown changed since the last announcement
    QElapsedTimer m_countdownsAnnounced;
};

} // namespace tsl
