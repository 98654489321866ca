#pragma once
// What the token board shows on each state, in words: how many connections, client or server,
// and which. The "Diagram as a table" view and the screen reader's names read it, so both say
// what the picture says.

#include "model/tcpstate.h"
#include "tokenboard.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>

namespace tsl {

struct StateSummary {
    Q_DECLARE_TR_FUNCTIONS(StateSummary)

public:
    int count = 0;      // the shown source's connections on the state (true counts for piles)
    int clients = 0;
    int servers = 0;
    QStringList tokens; // the chips' texts ("1  client :52910"); empty when piled into a count
    int arriving = 0;   // tokens walking an edge to this state right now (not in `count`)

    bool operator==(const StateSummary& other) const = default;

    // One per state, in stateIndex() order; ghosts are left out.
    static std::array<StateSummary, kStateCount> of(const TokenBoard& board);
    // "no connections", "1 connection (client)", "3 connections (2 client, 1 server)".
    QString countText() const;
};

} // namespace tsl
