#include "tablediff.h"

#include <algorithm>
#include <cstring>

namespace tsl {

std::string TableTracker::key(const SocketRow& row)
{
    return row.local.text() + ' ' + row.remote.text();
}

TableTracker::RawKey TableTracker::rawKey(const SocketRow& row)
{
    RawKey key;
    std::uint8_t* out = key.bytes.data();
    const auto put = [&out](const Endpoint& endpoint) {
        *out++ = endpoint.family == AddressFamily::IPv4 ? 4 : 6;
        std::memcpy(out, endpoint.address.data(), endpoint.address.size());
        out += endpoint.address.size();
        *out++ = std::uint8_t(endpoint.port >> 8);
        *out++ = std::uint8_t(endpoint.port & 0xff);
    };
    put(row.local);
    put(row.remote);
    return key;
}

std::size_t TableTracker::RawKeyHash::operator()(const RawKey& key) const
{
    // FNV-1a over the 38 bytes: cheap, and ports and low address bytes spread well.
    std::uint64_t hash = 1469598103934665603ull;
    for (std::uint8_t byte : key.bytes) {
        hash ^= byte;
        hash *= 1099511628211ull;
    }
    return std::size_t(hash);
}

std::vector<TableChange> TableTracker::update(const std::vector<SocketRow>& rows)
{
    std::vector<TableChange> changes;
    const std::uint64_t poll = ++m_poll;
    if (m_rows.bucket_count() < rows.size())
        m_rows.reserve(rows.size());
    for (const SocketRow& row : rows) {
        auto [it, inserted] = m_rows.try_emplace(rawKey(row));
        Entry& entry = it->second;
        if (inserted) {
            changes.push_back({TableChange::Kind::Appeared, row, TcpState::Unknown, row.state});
        } else if (entry.seenInPoll == poll) {
            continue; // two rows with one key (a listener and a dying twin) keep the first: a stable choice
        } else if (entry.row.state != row.state) {
            changes.push_back({TableChange::Kind::Changed, row, entry.row.state, row.state});
        }
        entry.row = row;
        entry.seenInPoll = poll;
    }
    std::vector<std::pair<std::string, TableChange>> left; // keyed once each, for a stable order
    for (auto it = m_rows.begin(); it != m_rows.end();) {
        if (it->second.seenInPoll == poll) {
            ++it;
            continue;
        }
        const SocketRow& row = it->second.row;
        left.emplace_back(key(row), TableChange{TableChange::Kind::Left, row, row.state, TcpState::Closed});
        it = m_rows.erase(it);
    }
    std::sort(left.begin(), left.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [text, change] : left)
        changes.push_back(std::move(change));
    return changes;
}

} // namespace tsl
