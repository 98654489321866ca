#include "sockettablemodel.h"

#include "text/statetext.h"

#include <algorithm>
#include <tuple>

namespace tsl {

namespace {

bool sameFigures(const SocketRow& a, const SocketRow& b)
{
    return a.state == b.state && a.rawState == b.rawState && a.timer == b.timer && a.timerMs == b.timerMs
           && a.sendQueue == b.sendQueue && a.recvQueue == b.recvQueue;
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
            m_rows.erase(m_rows.begin() + std::ptrdiff_t(i), m_rows.begin() + std::ptrdiff_t(end));
            endRemoveRows();
        } else if (i == m_rows.size() || before(rows[j], m_rows[i])) {
            announceChanged();
            std::size_t end = j + 1; // a run of new rows goes in one step
            while (end < rows.size() && (i == m_rows.size() || before(rows[end], m_rows[i])))
                ++end;
            beginInsertRows({}, int(i), int(i + (end - j) - 1));
            m_rows.insert(m_rows.begin() + std::ptrdiff_t(i), std::make_move_iterator(rows.begin() + std::ptrdiff_t(j)),
                          std::make_move_iterator(rows.begin() + std::ptrdiff_t(end)));
            endInsertRows();
            i += end - j;
            j = end;
        } else {
            if (!sameFigures(m_rows[i], rows[j])) {
                m_rows[i] = std::move(rows[j]);
                if (changedFrom < 0)
                    changedFrom = int(i);
                changedTo = int(i);
            } else {
                announceChanged();
            }
            ++i;
            ++j;
        }
    }
    announceChanged();
}

std::map<TcpState, int> SocketTableModel::counts() const
{
    std::map<TcpState, int> counts;
    for (const SocketRow& row : m_rows)
        ++counts[row.state];
    return counts;
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
