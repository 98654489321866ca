#include "exercise/netrunsteps.h"

#include "model/transitiontable.h"
#include "net/tcpsegment.h"

namespace tsl::exercise {

StepStart netStepStart(int step, TcpState a, TcpState b)
{
    StepStart start;
    start.step = step;
    start.a.state = a;
    start.b.state = b;
    return start; // the kernels' next seq and ack are not known before the step
}

TcpState netSideState(const std::vector<NetRunEvent>& events, Side side)
{
    TcpState connection = TcpState::Closed;
    TcpState listener = TcpState::Closed;
    const char* name = side == Side::A ? "A" : "B";
    for (const NetRunEvent& event : events) {
        if (event.kind != NetRunEvent::Kind::State || event.side != name || event.socket == "half-open")
            continue;
        (event.socket == "listener" ? listener : connection) = event.to;
    }
    return connection != TcpState::Closed ? connection : listener;
}

ExerciseStep netExerciseStep(const StepStart& start, TcpState afterA, TcpState afterB, const std::vector<NetRunEvent>& events)
{
    ExerciseStep step;
    step.start = start;
    step.afterA = afterA;
    step.afterB = afterB;
    const auto edges = transitions();
    for (const NetRunEvent& event : events) {
        const bool sideKnown = event.side == "A" || event.side == "B";
        if (event.kind == NetRunEvent::Kind::State && sideKnown && event.socket != "half-open") {
            const Side side = event.side == "A" ? Side::A : Side::B;
            for (std::size_t e = 0; e < edges.size(); ++e) {
                if (edges[e].from == event.from && edges[e].to == event.to) {
                    step.edges.push_back(EdgeTaken{side, e});
                    break;
                }
            }
        }
        // A host's segment enters the wire once, as Held; a later Delivered is the same segment.
        const bool sent = event.kind == NetRunEvent::Kind::Segment && event.action == net::WireAction::Held &&
                          event.segment.from != net::WireEnd::Wire;
        if (!sent)
            continue;
        SentSegment segment;
        segment.from = event.segment.from == net::WireEnd::A ? Side::A : Side::B;
        const net::TcpSegment& tcp = event.segment.segment;
        segment.shape.syn = tcp.has(net::tcpflag::kSyn);
        segment.shape.ack = tcp.has(net::tcpflag::kAck);
        segment.shape.fin = tcp.has(net::tcpflag::kFin);
        segment.shape.rst = tcp.has(net::tcpflag::kRst);
        segment.shape.len = std::uint32_t(tcp.payloadLength);
        segment.shape.seq = event.segment.relativeSeq;
        segment.shape.ackNo = event.segment.relativeAck;
        step.sent.push_back(segment);
    }
    return step;
}

} // namespace tsl::exercise
