#pragma once
// The live ladder of the Wire panel: turns the private network's events (NetRunEvent) into a
// LadderTrace as they arrive. One row per step of the session (a socket call, a wire action, or
// a poll that found something: a retransmission, TIME_WAIT ending); each captured segment an
// arrow from the row it was sent in — held mid-wire until it is delivered or dropped, crafted,
// duplicated, a retransmission with the RTO that fired written beside the sender's timeline —
// and each host's state beside its timeline at each change. A twin (or anything else) may mark
// a row with setMark(). Owner's thread only; QtCore.

#include "lab/netrunevent.h"
#include "ladder/laddertrace.h"

#include <QCoreApplication>
#include <QString>

#include <map>
#include <optional>

namespace tsl {

class WireLadder {
    Q_DECLARE_TR_FUNCTIONS(WireLadder)

public:
    void add(const NetRunEvent& event);
    void clear();

    const LadderTrace& trace() const { return m_trace; }
    int rows() const { return m_trace.rows; }
    // The row a session step was drawn in (nullopt: it drew nothing).
    std::optional<int> rowOfStep(std::uint64_t step) const;
    // What happened in a row, e.g. "A: connect" (the panel's tooltip).
    QString rowText(int row) const;

    // A visible marker on `row` with a short text and its explanation; an empty text removes it.
    void setMark(int row, const QString& text, const QString& explanation = {});

private:
    int rowFor(const NetRunEvent& event);
    void addSegment(const NetRunEvent& event, int row);
    void addState(const NetRunEvent& event, int row);

    LadderTrace m_trace;
    std::map<std::uint64_t, int> m_rowOfStep;
    std::map<int, QString> m_rowText;
    std::map<std::uint64_t, std::size_t> m_arrowOf; // capture id -> index in m_trace.arrows
    std::map<std::uint64_t, std::int64_t> m_sentAtNs; // capture id -> kernel time
    TcpState m_shown[2] = {TcpState::Closed, TcpState::Closed};
};

} // namespace tsl
