#include "wireladder.h"

#include "net/netlayout.h"
#include "text/netruntext.h"
#include "text/statetext.h"

#include <algorithm>

namespace tsl {

namespace {

sim::Side sideOf(net::WireEnd end) { return end == net::WireEnd::B ? sim::Side::B : sim::Side::A; }

// The ladder's segment: flags, numbers relative to each side's ISN, length, sender.
sim::Segment ladderSegment(const net::CapturedSegment& captured)
{
    sim::Segment s;
    s.id = int(captured.id);
    s.syn = captured.segment.has(net::tcpflag::kSyn);
    s.ack = captured.segment.has(net::tcpflag::kAck);
    s.fin = captured.segment.has(net::tcpflag::kFin);
    s.rst = captured.segment.has(net::tcpflag::kRst);
    s.seq = captured.relativeSeq;
    s.ackNo = captured.relativeAck;
    s.len = std::uint32_t(captured.segment.payloadLength);
    s.window = captured.segment.window;
    // From the wire: crafted towards a host, so drawn as coming from its peer.
    if (captured.from == net::WireEnd::Wire)
        s.from = captured.to == net::WireEnd::A ? sim::Side::B : sim::Side::A;
    else
        s.from = sideOf(captured.from);
    const bool sourceIsHost = net::hostOf(captured.segment.source.data(), captured.segment.family).has_value();
    const bool destinationIsHost = net::hostOf(captured.segment.destination.data(), captured.segment.family).has_value();
    s.spoofed = !sourceIsHost || !destinationIsHost;
    return s;
}

} // namespace

void WireLadder::clear()
{
    *this = WireLadder();
}

std::optional<int> WireLadder::rowOfStep(std::uint64_t step) const
{
    const auto it = m_rowOfStep.find(step);
    return it == m_rowOfStep.end() ? std::nullopt : std::optional<int>(it->second);
}

QString WireLadder::rowText(int row) const
{
    const auto it = m_rowText.find(row);
    return it == m_rowText.end() ? QString() : it->second;
}

void WireLadder::setMark(int row, const QString& text, const QString& explanation)
{
    if (text.isEmpty())
        m_trace.marks.erase(row);
    else
        m_trace.marks[row] = {text, explanation};
}

int WireLadder::rowFor(const NetRunEvent& event)
{
    if (m_trace.states.empty()) {
        m_trace.states.push_back({sim::Side::A, 0, TcpState::Closed});
        m_trace.states.push_back({sim::Side::B, 0, TcpState::Closed});
    }
    const auto it = m_rowOfStep.find(event.step);
    if (it != m_rowOfStep.end())
        return it->second;
    const int row = ++m_trace.rows;
    m_rowOfStep[event.step] = row;
    return row;
}

void WireLadder::add(const NetRunEvent& event)
{
    switch (event.kind) {
    case NetRunEvent::Kind::Setting:
        return; // applies to the next connection; the log says so
    case NetRunEvent::Kind::Note: {
        if (const auto row = rowOfStep(event.step))
            m_rowText[*row] += QStringLiteral("\n") + NetRunText::detail(event);
        return;
    }
    case NetRunEvent::Kind::Call: {
        const int row = rowFor(event);
        QString& text = m_rowText[row];
        if (!text.isEmpty())
            text += QStringLiteral("\n");
        text += QStringLiteral("%1: %2").arg(QString::fromStdString(event.side), NetRunText::callName(event.call));
        // The call itself, beside the caller's timeline: "connect()", "close()".
        LadderTrace::Timer call;
        call.side = event.side == "B" ? sim::Side::B : sim::Side::A;
        call.row = row;
        call.name = NetRunText::callName(event.call);
        if (event.call.find(' ') == std::string::npos)
            call.name += QStringLiteral("()"); // a socket call; "stop reading" stays words
        call.call = true;
        m_trace.timers.push_back(call);
        return;
    }
    case NetRunEvent::Kind::Segment:
        addSegment(event, rowFor(event));
        return;
    case NetRunEvent::Kind::State:
        // The connection and the listener; strangers' half-open sockets (a flood) stay off it.
        if (event.socket == "half-open")
            return;
        addState(event, rowFor(event));
        return;
    }
}

void WireLadder::addSegment(const NetRunEvent& event, int row)
{
    using Arrow = LadderTrace::Arrow;
    const net::CapturedSegment& captured = event.segment;
    const auto existing = m_arrowOf.find(captured.id);
    switch (event.action) {
    case net::WireAction::Held: {
        Arrow arrow;
        arrow.segment = ladderSegment(captured);
        arrow.key = captured.id;
        arrow.row = row;
        arrow.retransmission = captured.retransmission;
        if (arrow.segment.spoofed && captured.from != net::WireEnd::Wire)
            arrow.shape = Arrow::Shape::ToSpoofedHost; // an answer to a spoofed source
        arrow.end = arrow.shape == Arrow::Shape::ToSpoofedHost ? Arrow::End::Delivered : Arrow::End::Held;
        if (captured.retransmission) {
            // The RTO that fired: the time since this sender last sent the same sequence space.
            for (auto it = m_trace.arrows.rbegin(); it != m_trace.arrows.rend(); ++it) {
                if (it->segment.from == arrow.segment.from && it->segment.seq == arrow.segment.seq
                    && it->segment.syn == arrow.segment.syn && it->segment.fin == arrow.segment.fin
                    && !it->crafted && !it->duplicate) {
                    const auto sent = m_sentAtNs.find(it->key);
                    if (sent != m_sentAtNs.end() && captured.kernelTimeNs > sent->second) {
                        const double ms = double(captured.kernelTimeNs - sent->second) / 1e6;
                        m_trace.timers.push_back({arrow.segment.from, row, tr("RTO %1 s").arg(ms / 1000.0, 0, 'f', 2)});
                    }
                    break;
                }
            }
        }
        m_sentAtNs[captured.id] = captured.kernelTimeNs;
        m_arrowOf[captured.id] = m_trace.arrows.size();
        m_trace.arrows.push_back(arrow);
        return;
    }
    case net::WireAction::Injected: {
        Arrow arrow;
        arrow.segment = ladderSegment(captured);
        arrow.key = captured.id;
        arrow.row = row;
        arrow.crafted = !arrow.segment.spoofed;
        arrow.shape = arrow.segment.spoofed && captured.to == net::WireEnd::B ? Arrow::Shape::FromSpoofedHost
                                                                              : Arrow::Shape::Arriving;
        arrow.end = Arrow::End::Delivered;
        m_arrowOf[captured.id] = m_trace.arrows.size();
        m_trace.arrows.push_back(arrow);
        return;
    }
    case net::WireAction::Delivered:
    case net::WireAction::Dropped:
        if (existing != m_arrowOf.end()) {
            Arrow& arrow = m_trace.arrows[existing->second];
            if (arrow.end == Arrow::End::Held) {
                arrow.end = event.action == net::WireAction::Delivered ? Arrow::End::Delivered : Arrow::End::Dropped;
                arrow.endRow = row;
            }
        }
        return;
    case net::WireAction::Duplicated: {
        if (existing == m_arrowOf.end())
            return;
        Arrow copy = m_trace.arrows[existing->second];
        copy.shape = Arrow::Shape::Arriving;
        copy.duplicate = true;
        copy.retransmission = false;
        copy.row = row;
        copy.end = Arrow::End::Delivered;
        m_trace.arrows.push_back(copy);
        return;
    }
    }
}

void WireLadder::addState(const NetRunEvent& event, int row)
{
    const sim::Side side = event.side == "B" ? sim::Side::B : sim::Side::A;
    TcpState& shown = m_shown[side == sim::Side::A ? 0 : 1];
    if (event.to == shown)
        return; // e.g. a listener's LISTEN after the connection's: nothing new beside the timeline
    shown = event.to;
    m_trace.states.push_back({side, row, event.to});
    // The layout stacks one side's states of one row: keep them together.
    std::stable_sort(m_trace.states.begin(), m_trace.states.end(), [](const auto& a, const auto& b) {
        return a.row != b.row ? a.row < b.row : (a.side != b.side && a.side == sim::Side::A);
    });
}

} // namespace tsl
