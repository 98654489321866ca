#include "tablediff.h"

namespace tsl {

std::string TableTracker::key(const SocketRow& row)
{
    return row.local.text() + ' ' + row.remote.text();
}

std::vector<TableChange> TableTracker::update(const std::vector<SocketRow>& rows)
{
    std::vector<TableChange> changes;
    std::map<std::string, SocketRow> next;
    for (const SocketRow& row : rows) {
        const std::string k = key(row);
        // Two rows with one key (a listener and a dying twin) keep the first: a stable choice.
        if (!next.emplace(k, row).second)
            continue;
        const auto previous = m_rows.find(k);
        if (previous == m_rows.end())
            changes.push_back({TableChange::Kind::Appeared, row, TcpState::Unknown, row.state});
        else if (previous->second.state != row.state)
            changes.push_back({TableChange::Kind::Changed, row, previous->second.state, row.state});
    }
    for (const auto& [k, row] : m_rows) {
        if (!next.count(k))
            changes.push_back({TableChange::Kind::Left, row, row.state, TcpState::Closed});
    }
    m_rows = std::move(next);
    return changes;
}

} // namespace tsl
