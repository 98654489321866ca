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
    std::sort(rows.begin(), rows.end(), before);
    // One merge of two sorted lists: each row removed, inserted or updated where it stands.
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < m_rows.size() || j < rows.size()) {
        if (j == rows.size() || (i < m_rows.size() && before(m_rows[i], rows[j]))) {
            beginRemoveRows({}, int(i), int(i));
            m_rows.erase(m_rows.begin() + std::ptrdiff_t(i));
            endRemoveRows();
        } else if (i == m_rows.size() || before(rows[j], m_rows[i])) {
            beginInsertRows({}, int(i), int(i));
            m_rows.insert(m_rows.begin() + std::ptrdiff_t(i), std::move(rows[j]));
            endInsertRows();
            ++i;
            ++j;
        } else {
            if (!sameFigures(m_rows[i], rows[j])) {
                m_rows[i] = std::move(rows[j]);
                emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
            }
            ++i;
            ++j;
        }
    }
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
