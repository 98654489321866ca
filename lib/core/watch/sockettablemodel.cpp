#include "sockettablemodel.h"

#include "text/statetext.h"

#include <algorithm>
#include <tuple>

namespace tsl {

namespace {

// Everything the table shows but the countdown.
bool sameFigures(const SocketRow& a, const SocketRow& b)
{
    return a.state == b.state && a.rawState == b.rawState && a.timer == b.timer && a.sendQueue == b.sendQueue
           && a.recvQueue == b.recvQueue;
}

} // namespace

SocketTableModel::SocketTableModel(QObject* parent) : QAbstractTableModel(parent) {}

bool SocketTableModel::before(const SocketRow& a, const SocketRow& b)
{
    return std::tie(a.local.family, a.local.port, a.local.address, a.remote.port, a.remote.address)
           < std::tie(b.local.family, b.local.port, b.local.address, b.remote.port, b.remote.address);
}

QString SocketTableModel::timerText(const SocketRow& row)
{
    if (row.timer == TimerKind::None)
        return QStringLiteral("-");
    return tr("%1 %2 s").arg(QString::fromLatin1(timerToken(row.timer))).arg(double(row.timerMs) / 1000.0, 0, 'f', 1);
}

void SocketTableModel::setRows(std::vector<SocketRow> rows)
{
    if (!std::is_sorted(rows.begin(), rows.end(), before)) // the watcher sorts them off the GUI thread
        std::sort(rows.begin(), rows.end(), before);
    if (m_rows.empty() || rows.empty()) {
        // All new or all gone (the first poll of 20,000 sockets): one reset, not 20,000 inserts.
        if (m_rows.empty() && rows.empty())
            return;
        beginResetModel();
        m_rows = std::move(rows);
        countAll();
        m_countdownsMoved = false;
        m_countdownsAnnounced.start();
        endResetModel();
        return;
    }
    // One merge of two sorted lists: each row removed, inserted or updated where it stands;
    // neighbouring changed rows are announced together, unchanged ones not at all.
    std::size_t i = 0;
    std::size_t j = 0;
    int changedFrom = -1;
    int changedTo = -1;
    const auto announceChanged = [&] {
        if (changedFrom >= 0)
            emit dataChanged(index(changedFrom, 0), index(changedTo, ColumnCount - 1));
        changedFrom = changedTo = -1;
    };
    while (i < m_rows.size() || j < rows.size()) {
        if (j == rows.size() || (i < m_rows.size() && before(m_rows[i], rows[j]))) {
            announceChanged();
            std::size_t end = i + 1; // a run of removed rows goes in one step
            while (end < m_rows.size() && (j == rows.size() || before(m_rows[end], rows[j])))
                ++end;
            beginRemoveRows({}, int(i), int(end - 1));
            for (std::size_t k = i; k < end; ++k)
                --m_counts[m_rows[k].state];
            m_rows.erase(m_rows.begin() + std::ptrdiff_t(i), m_rows.begin() + std::ptrdiff_t(end));
            endRemoveRows();
        } else if (i == m_rows.size() || before(rows[j], m_rows[i])) {
            announceChanged();
            std::size_t end = j + 1; // a run of new rows goes in one step
            while (end < rows.size() && (i == m_rows.size() || before(rows[end], m_rows[i])))
                ++end;
            beginInsertRows({}, int(i), int(i + (end - j) - 1));
            for (std::size_t k = j; k < end; ++k)
                ++m_counts[rows[k].state];
            m_rows.insert(m_rows.begin() + std::ptrdiff_t(i), std::make_move_iterator(rows.begin() + std::ptrdiff_t(j)),
                          std::make_move_iterator(rows.begin() + std::ptrdiff_t(end)));
            endInsertRows();
            i += end - j;
            j = end;
        } else {
            if (!sameFigures(m_rows[i], rows[j])) {
                --m_counts[m_rows[i].state];
                ++m_counts[rows[j].state];
                m_rows[i] = std::move(rows[j]);
                if (changedFrom < 0)
                    changedFrom = int(i);
                changedTo = int(i);
            } else {
                announceChanged();
                if (m_rows[i].timerMs != rows[j].timerMs) {
                    m_rows[i].timerMs = rows[j].timerMs; // shown with the next repaint, announced when due
                    m_countdownsMoved = true;
                }
            }
            ++i;
            ++j;
        }
    }
    announceChanged();
    std::erase_if(m_counts, [](const auto& item) { return item.second == 0; });
    announceCountdowns();
}

void SocketTableModel::announceCountdowns()
{
    // Every TIME_WAIT row's countdown moves on every poll: announced per poll, they made the
    // table repaint ten times a second for figures nobody reads that fast.
    if (!m_countdownsMoved || m_rows.empty())
        return;
    if (m_countdownRefreshMs > 0 && m_countdownsAnnounced.isValid() && m_countdownsAnnounced.elapsed() < m_countdownRefreshMs)
        return;
    m_countdownsMoved = false;
    m_countdownsAnnounced.start();
    emit dataChanged(index(0, TimerColumn), index(int(m_rows.size()) - 1, TimerColumn), {Qt::DisplayRole});
}

void SocketTableModel::countAll()
{
    m_counts.clear();
    for (const SocketRow& row : m_rows)
        ++m_counts[row.state];
}

void SocketTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int SocketTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int SocketTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SocketTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const SocketRow& row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StateColumn:
            return StateText::token(row.state);
        case LocalColumn:
            return QString::fromStdString(row.local.text());
        case RemoteColumn:
            return QString::fromStdString(row.remote.peerText());
        case TimerColumn:
            return timerText(row);
        case SendQueueColumn:
            return qulonglong(row.sendQueue);
        case RecvQueueColumn:
            return qulonglong(row.recvQueue);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == StateColumn)
            return QStringLiteral("%1: %2").arg(StateText::heading(row.state), StateText::explanation(row.state));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= TimerColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case StateRole:
        return int(row.state);
    default:
        return {};
    }
}

QVariant SocketTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("State");
    case LocalColumn:
        return tr("Local");
    case RemoteColumn:
        return tr("Remote");
    case TimerColumn:
        return tr("Timer");
    case SendQueueColumn:
        return tr("Send-Q");
    case RecvQueueColumn:
        return tr("Recv-Q");
    default:
        return {};
    }
}

} // namespace tsl
