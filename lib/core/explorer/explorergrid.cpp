#include "explorergrid.h"

#include "net/relativeseq.h"
#include "net/tcpsegment.h"
#include "text/simtext.h"
#include "text/statetext.h"

#include <algorithm>
#include <cctype>

namespace tsl {

namespace tcpflag = net::tcpflag;

const std::array<std::uint8_t, kExplorerSegmentCount>& explorerSegments()
{
    static const std::array<std::uint8_t, kExplorerSegmentCount> segments = {
        tcpflag::kSyn,
        std::uint8_t(tcpflag::kSyn | tcpflag::kAck),
        std::uint8_t(tcpflag::kSyn | tcpflag::kFin),
        tcpflag::kAck,
        tcpflag::kFin,
        std::uint8_t(tcpflag::kFin | tcpflag::kAck),
        tcpflag::kRst,
        std::uint8_t(tcpflag::kRst | tcpflag::kAck),
    };
    return segments;
}

sim::SeqPosition seqPositionOf(ExplorerPosition position)
{
    switch (position) {
    case ExplorerPosition::InWindow: return sim::SeqPosition::RcvNxtPlus1;
    case ExplorerPosition::LeftEdge: return sim::SeqPosition::RcvNxt;
    case ExplorerPosition::OutsideWindow: return sim::SeqPosition::BeyondWindow;
    }
    return sim::SeqPosition::RcvNxt;
}

QString positionToken(ExplorerPosition position)
{
    switch (position) {
    case ExplorerPosition::InWindow: return QStringLiteral("in-window");
    case ExplorerPosition::LeftEdge: return QStringLiteral("left-edge");
    case ExplorerPosition::OutsideWindow: return QStringLiteral("outside-window");
    }
    return {};
}

std::optional<ExplorerPosition> parsePosition(const QString& text)
{
    const QString wanted = text.trimmed().toLower();
    for (ExplorerPosition position : kExplorerPositions) {
        if (wanted == positionToken(position) || wanted == QLatin1String(sim::seqPositionToken(seqPositionOf(position))))
            return position;
    }
    return std::nullopt;
}

QString segmentName(std::uint8_t flags)
{
    // flagsText writes "SYN,ACK"; whatif's segment kinds are named "SYN+ACK".
    return QString::fromStdString(net::flagsText(flags)).replace(QLatin1Char(','), QLatin1Char('+'));
}

WhatIfQuery explorerQuery(TcpState state, std::uint8_t flags, ExplorerPosition position)
{
    WhatIfQuery query;
    query.state = state;
    query.flags = flags;
    query.viaActive = state == TcpState::SynSent;
    query.seq = sim::seqPositionToken(seqPositionOf(position));
    return query;
}

WhatIfQuery explorerQuery(TcpState state, std::uint8_t flags, ExplorerPosition position, const WhatIfQuery& conditions)
{
    WhatIfQuery query = explorerQuery(state, flags, position);
    if (state != TcpState::Listen && state != TcpState::Closed && state != TcpState::SynSent)
        query.viaActive = conditions.viaActive;
    if (closedByApplies(state))
        query.closedBy = conditions.closedBy;
    if (listenerApplies(state, query.viaActive))
        query.listener = conditions.listener;
    query.settings = conditions.settings;
    return query;
}

ExplorerGrid::ExplorerGrid(ExplorerPosition position) : ExplorerGrid(position, WhatIfQuery{}) {}

ExplorerGrid::ExplorerGrid(ExplorerPosition position, const WhatIfQuery& conditions)
    : m_position(position), m_conditions(conditions), m_cells(kExplorerCells)
{
    for (std::size_t row = 0; row < kExplorerRows; ++row) {
        for (std::size_t column = 0; column < kExplorerColumns; ++column)
            cell(row, column).query = explorerQuery(stateOfRow(row), flagsOfColumn(column), position, conditions);
    }
}

std::optional<std::size_t> ExplorerGrid::rowOf(TcpState state)
{
    const auto at = std::find(kAllStates.begin(), kAllStates.end(), state);
    if (at == kAllStates.end())
        return std::nullopt;
    return std::size_t(at - kAllStates.begin());
}

std::optional<std::size_t> ExplorerGrid::columnOf(std::uint8_t flags)
{
    const auto& segments = explorerSegments();
    const auto at = std::find(segments.begin(), segments.end(), flags);
    if (at == segments.end())
        return std::nullopt;
    return std::size_t(at - segments.begin());
}

int ExplorerGrid::rfcFilled() const
{
    return int(std::count_if(m_cells.begin(), m_cells.end(), [](const ExplorerCell& c) { return c.rfc.has_value(); }));
}

int ExplorerGrid::kernelFilled() const
{
    return int(std::count_if(m_cells.begin(), m_cells.end(), [](const ExplorerCell& c) { return c.kernel.has_value(); }));
}

int ExplorerGrid::bothFilled() const
{
    return int(std::count_if(m_cells.begin(), m_cells.end(), [](const ExplorerCell& c) { return c.hasBoth(); }));
}

int ExplorerGrid::differing() const
{
    return int(std::count_if(m_cells.begin(), m_cells.end(), [](const ExplorerCell& c) { return c.differs(); }));
}

void ExplorerGrid::clearKernel()
{
    for (ExplorerCell& c : m_cells)
        c.kernel.reset();
}

namespace {

QString flagsOf(const WhatIfSegment& segment) { return QString::fromStdString(net::flagsText(segment.flags)); }

// A response's number with the receiver's names, also a few off one ("rcv.nxt+2": a RST that
// acknowledges the crafted SYN), else as the number.
QString number(const WhatIfAnswer& answer, std::uint32_t value, const WhatIfQuery& query)
{
    constexpr std::uint32_t kNear = 4;
    const std::string exact = answer.describe(value, query);
    if (!exact.empty() && !std::isdigit(static_cast<unsigned char>(exact[0])))
        return QString::fromStdString(exact);
    return QString::fromStdString(net::describeRelative(value, answer.numbers, kNear));
}

QString segmentWithNumbers(const WhatIfAnswer& answer, const WhatIfSegment& segment, const WhatIfQuery& query)
{
    QString text = flagsOf(segment) + QStringLiteral(" seq=") + number(answer, segment.seq, query);
    if (segment.flags & tcpflag::kAck)
        text += QStringLiteral(" ack=") + number(answer, segment.ack, query);
    if (segment.len > 0)
        text += QStringLiteral(" len=%1").arg(segment.len);
    return text;
}

} // namespace

QString ExplorerText::conditions(const WhatIfQuery& query)
{
    QStringList settings;
    for (const WhatIfSetting& setting : query.settings)
        settings << QStringLiteral("%1=%2").arg(QString::fromStdString(setting.name)).arg(setting.value);
    return tr("via %1, closed by %2, %3, %4")
        .arg(query.viaActive ? QStringLiteral("active") : QStringLiteral("passive"), QString::fromLatin1(closedByToken(query.closedBy)),
             query.listener ? tr("a listener on the port") : tr("no listener on the port"),
             settings.isEmpty() ? tr("default settings") : tr("settings %1").arg(settings.join(QStringLiteral(", "))));
}

QString ExplorerText::positionTitle(ExplorerPosition position)
{
    QString notation = QString::fromLatin1(sim::seqPositionNotation(seqPositionOf(position)));
    switch (position) {
    case ExplorerPosition::InWindow: return tr("Inside the window (%1)").arg(notation);
    case ExplorerPosition::LeftEdge: return tr("At the left edge (%1)").arg(notation);
    case ExplorerPosition::OutsideWindow: return tr("Outside the window (%1)").arg(notation);
    }
    return notation;
}

QString ExplorerText::positionDescription(ExplorerPosition position)
{
    return tr("The crafted segment's sequence number: %1. Its acknowledgement number (where it has ACK) is SND.NXT.")
        .arg(sim::SimText::seqPositionText(seqPositionOf(position)));
}

QString ExplorerText::shortAnswer(const WhatIfAnswer& answer, TcpState from)
{
    if (!answer.ok)
        return tr("error");
    QStringList flags;
    for (const WhatIfSegment& response : answer.responses)
        flags << flagsOf(response);
    const QString moves = answer.next != from ? QStringLiteral("→ ") + StateText::token(answer.next) : QString();
    // An en dash for "no answer" (short, and the same in every language), unless the state moves.
    if (flags.isEmpty())
        return moves.isEmpty() ? QStringLiteral("–") : moves;
    return moves.isEmpty() ? flags.join(QStringLiteral(" ")) : flags.join(QStringLiteral(" ")) + QLatin1Char(' ') + moves;
}

QString ExplorerText::responses(const WhatIfAnswer& answer, const WhatIfQuery& query)
{
    QStringList parts;
    for (const WhatIfSegment& response : answer.responses)
        parts << segmentWithNumbers(answer, response, query);
    return parts.join(QStringLiteral("; "));
}

QString ExplorerText::longAnswer(const WhatIfAnswer& answer, const WhatIfQuery& query)
{
    if (!answer.ok)
        return tr("could not be asked: %1").arg(QString::fromStdString(answer.error));
    const QString sent = responses(answer, query);
    const QString state = StateText::token(answer.next);
    if (sent.isEmpty()) {
        return answer.next == query.state ? tr("sends nothing and stays in %1").arg(state)
                                          : tr("sends nothing and goes to %1").arg(state);
    }
    return answer.next == query.state ? tr("answers %1 and stays in %2").arg(sent, state)
                                      : tr("answers %1 and goes to %2").arg(sent, state);
}

QString ExplorerText::question(const ExplorerCell& cell)
{
    const auto position = sim::parseSeqPosition(cell.query.seq).value_or(sim::SeqPosition::RcvNxt);
    return tr("%1 receives %2 with sequence number %3")
        .arg(StateText::token(cell.query.state), segmentName(cell.query.flags), sim::SimText::seqPositionText(position));
}

QString ExplorerText::difference(const ExplorerCell& cell)
{
    if (!cell.hasBoth())
        return {};
    if (!cell.differs())
        return tr("Both answer alike.");
    const WhatIfAnswer& kernelAnswer = *cell.kernel;
    const WhatIfAnswer& rfc = *cell.rfc;
    QStringList parts;
    const auto flagsList = [](const WhatIfAnswer& answer) {
        QStringList flags;
        for (const WhatIfSegment& response : answer.responses)
            flags << flagsOf(response);
        return flags.join(QStringLiteral(" "));
    };
    const QString linuxFlags = flagsList(kernelAnswer);
    const QString rfcFlags = flagsList(rfc);
    if (linuxFlags != rfcFlags) {
        if (linuxFlags.isEmpty())
            parts << tr("Linux sends nothing where RFC 9293 sends %1.").arg(rfcFlags);
        else if (rfcFlags.isEmpty())
            parts << tr("Linux sends %1 where RFC 9293 sends nothing.").arg(linuxFlags);
        else
            parts << tr("Linux sends %1 where RFC 9293 sends %2.").arg(linuxFlags, rfcFlags);
    } else if (!linuxFlags.isEmpty()) {
        parts << tr("Both send %1, with different sequence or acknowledgement numbers.").arg(linuxFlags);
    }
    if (kernelAnswer.next != rfc.next) {
        const QString linuxState = StateText::token(kernelAnswer.next);
        const QString rfcState = StateText::token(rfc.next);
        if (kernelAnswer.next == cell.query.state)
            parts << tr("Linux stays in %1, RFC 9293 goes to %2.").arg(linuxState, rfcState);
        else if (rfc.next == cell.query.state)
            parts << tr("Linux goes to %1, RFC 9293 stays in %2.").arg(linuxState, rfcState);
        else
            parts << tr("Linux goes to %1, RFC 9293 to %2.").arg(linuxState, rfcState);
    }
    return parts.join(QLatin1Char(' '));
}

QString ExplorerText::tooltip(const ExplorerCell& cell, const QString& kernelMissing)
{
    QStringList lines;
    lines << question(cell);
    lines << tr("RFC 9293 (simulator): %1").arg(cell.rfc ? longAnswer(*cell.rfc, cell.query) : tr("not asked yet"));
    if (cell.kernel)
        lines << tr("Linux (real kernel): %1").arg(longAnswer(*cell.kernel, cell.query));
    else
        lines << tr("Linux (real kernel): %1").arg(kernelMissing.isEmpty() ? tr("not asked yet") : kernelMissing);
    if (cell.hasBoth())
        lines << (cell.differs() ? tr("They differ: %1").arg(difference(cell)) : tr("They agree."));
    return lines.join(QLatin1Char('\n'));
}

} // namespace tsl
