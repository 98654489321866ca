#pragma once
// Turns successive snapshots of the TCP table into events: a connection appeared, changed state,
// or left the table. Plain C++; `watch` and the live lab both follow the kernel with it.
// Each poll costs one hash lookup per row, on the raw 4-tuple: the profile of `watch` over
// 20,000 sockets showed two thirds of a poll in building text keys and comparing them in a
// tree, so no text is made here for rows that did not change.

#include "socketrow.h"

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace tsl {

struct TableChange {
    enum class Kind {
        Appeared,
        Changed,
        Left,
    };
    Kind kind;
    SocketRow row; // the new row; for Left, the last row seen
    TcpState from = TcpState::Unknown;
    TcpState to = TcpState::Unknown;
};

class TableTracker {
public:
    // Compares with the previous snapshot; the first call reports every row as Appeared.
    // Appeared and Changed come in the snapshot's order, Left ones ordered by key.
    std::vector<TableChange> update(const std::vector<SocketRow>& rows);
    std::size_t size() const { return m_rows.size(); }

    // Identifies a connection in text: family, local and remote endpoint.
    static std::string key(const SocketRow& row);

private:
    // The same identity in bytes: family, both addresses and ports.
    struct RawKey {
        std::array<std::uint8_t, 38> bytes{};
        friend bool operator==(const RawKey&, const RawKey&) = default;
    };
    struct RawKeyHash {
        std::size_t operator()(const RawKey& key) const;
    };
    struct Entry {
        SocketRow row;
        std::uint64_t seenInPoll = 0;
    };
    static RawKey rawKey(const SocketRow& row);

    std::unordered_map<RawKey, Entry, RawKeyHash> m_rows;
    std::uint64_t m_poll = 0;
};

} // namespace tsl
