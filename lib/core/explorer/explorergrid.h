#pragma once
// The state × segment explorer's grid: eleven receiving states (CLOSED: a port with no socket)
// by eight segment kinds, at one of three places of the segment's sequence number in the
// receiver's window — the same positions as the README's whatif table. Each cell holds what
// RFC 9293 (the simulator) and Linux (the real kernel) answered. QtCore only: the command line
// prints the same grid.

#include "whatif/whatif.h"
#include "model/tcpstate.h"
#include "sim/windowposition.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace tsl {

// Where the crafted segment's sequence number falls.
enum class ExplorerPosition {
    InWindow,      // RCV.NXT+1: inside the window, not the next expected
    LeftEdge,      // RCV.NXT: the window's left edge, exactly what is expected
    OutsideWindow, // RCV.NXT+RCV.WND: just past the window's right edge
};

// In the order they lie along the sequence space (choosers list them so).
inline constexpr std::array<ExplorerPosition, 3> kExplorerPositions = {
    ExplorerPosition::LeftEdge,
    ExplorerPosition::InWindow,
    ExplorerPosition::OutsideWindow,
};

// The eight segment kinds whatif sends, in the order of its help text (columns).
inline constexpr std::size_t kExplorerSegmentCount = 8;
const std::array<std::uint8_t, kExplorerSegmentCount>& explorerSegments();

inline constexpr std::size_t kExplorerRows = kStateCount;
inline constexpr std::size_t kExplorerColumns = kExplorerSegmentCount;
inline constexpr std::size_t kExplorerCells = kExplorerRows * kExplorerColumns;

sim::SeqPosition seqPositionOf(ExplorerPosition position);
// Stable names for the command line and file names: "in-window", "left-edge", "outside-window".
QString positionToken(ExplorerPosition position);
// Those names, or the seq expression itself ("rcv.nxt+1").
std::optional<ExplorerPosition> parsePosition(const QString& text);
// "SYN+ACK": the segment's name in the grid and on the command line (protocol notation).
QString segmentName(std::uint8_t flags);

// The whatif question a cell asks: passive receivers, SYN_SENT active (as the README's table).
WhatIfQuery explorerQuery(TcpState state, std::uint8_t flags, ExplorerPosition position);
// The same under `conditions` (a query whose via, closed-by, listener and settings are taken),
// each condition only where it applies to the state (LISTEN stays passive, SYN_SENT active).
WhatIfQuery explorerQuery(TcpState state, std::uint8_t flags, ExplorerPosition position, const WhatIfQuery& conditions);

struct ExplorerCell {
    WhatIfQuery query;
    std::optional<WhatIfAnswer> rfc;    // the simulator, RFC 9293
    std::optional<WhatIfAnswer> kernel; // Linux, in the private network

    bool hasBoth() const { return rfc && kernel && rfc->ok && kernel->ok; }
    // Both engines answered and they answered differently (whatIfAgree).
    bool differs() const { return hasBoth() && !whatIfAgree(query, *kernel, *rfc); }
};

// One position's 88 cells, row by row (states) then column by column (segments).
class ExplorerGrid {
public:
    explicit ExplorerGrid(ExplorerPosition position = ExplorerPosition::InWindow);
    ExplorerGrid(ExplorerPosition position, const WhatIfQuery& conditions);

    ExplorerPosition position() const { return m_position; }
    // The conditions the grid was asked under (a query: its via, closedBy, listener, settings).
    const WhatIfQuery& conditions() const { return m_conditions; }
    ExplorerCell& cell(std::size_t row, std::size_t column) { return m_cells[row * kExplorerColumns + column]; }
    const ExplorerCell& cell(std::size_t row, std::size_t column) const { return m_cells[row * kExplorerColumns + column]; }
    static TcpState stateOfRow(std::size_t row) { return kAllStates[row]; }
    static std::uint8_t flagsOfColumn(std::size_t column) { return explorerSegments()[column]; }
    static std::optional<std::size_t> rowOf(TcpState state);
    static std::optional<std::size_t> columnOf(std::uint8_t flags);

    int rfcFilled() const;
    int kernelFilled() const;
    int bothFilled() const;
    int differing() const;
    bool rfcComplete() const { return rfcFilled() == int(kExplorerCells); }
    bool kernelComplete() const { return kernelFilled() == int(kExplorerCells); }
    void clearKernel();

private:
    ExplorerPosition m_position;
    WhatIfQuery m_conditions;
    std::vector<ExplorerCell> m_cells;
};

// The grid's words, in the user's language.
class ExplorerText {
    Q_DECLARE_TR_FUNCTIONS(ExplorerText)

public:
    // "Inside the window (RCV.NXT+1)" for the position chooser.
    static QString positionTitle(ExplorerPosition position);
    // A sentence: what the position means for the receiver.
    static QString positionDescription(ExplorerPosition position);
    // What fits a cell: "ACK", "RST,ACK → LISTEN", "–" (no answer), "→ CLOSED" (none, but moves).
    static QString shortAnswer(const WhatIfAnswer& answer, TcpState from);
    // The answer in a sentence: "answers ACK seq=snd.nxt ack=rcv.nxt; stays in ESTABLISHED".
    static QString longAnswer(const WhatIfAnswer& answer, const WhatIfQuery& query);
    // The responses alone, for tables: "ACK seq=snd.nxt ack=rcv.nxt" or "" for none.
    static QString responses(const WhatIfAnswer& answer, const WhatIfQuery& query);
    // "ESTABLISHED receives SYN, seq RCV.NXT+1 — inside the window, not the next expected"
    static QString question(const ExplorerCell& cell);
    // How the two answers part: "Linux resets, RFC 9293 sends ACK; Linux goes to CLOSED, …".
    static QString difference(const ExplorerCell& cell);
    // The cell's tooltip: the question, both answers, agree or differ (plain text).
    static QString tooltip(const ExplorerCell& cell, const QString& kernelMissing);
    // "via passive, closed by shutdown, no listener, default settings": the conditions in words.
    static QString conditions(const WhatIfQuery& query);
    static QString rfcName() { return tr("RFC 9293"); }
    static QString kernelName() { return tr("Linux"); }
};

} // namespace tsl
