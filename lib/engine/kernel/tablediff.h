#pragma once
// Turns successive snapshots of the TCP table into events: a connection appeared, changed state,
// or left the table. Plain C++; `watch` and the live lab both follow the kernel with it.

#include "socketrow.h"

#include <map>
#include <string>
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
    std::vector<TableChange> update(const std::vector<SocketRow>& rows);
    std::size_t size() const { return m_rows.size(); }

    // Identifies a connection: family, local and remote endpoint.
    static std::string key(const SocketRow& row);

private:
    std::map<std::string, SocketRow> m_rows;
};

} // namespace tsl
