#include "craftedsegment.h"

namespace tsl::sim {

Command craftSegment(const SimState& state, const SegmentDraft& draft)
{
    const Tcb& receiver = state.tcb(draft.to);
    Command command;
    command.kind = CommandKind::Inject;
    command.side = draft.to;
    command.seqPosition = draft.seq;
    command.ackPosition = draft.ackAt;
    Segment& s = command.segment;
    s.from = peer(draft.to);
    s.syn = draft.syn;
    s.ack = draft.ack;
    s.fin = draft.fin;
    s.rst = draft.rst;
    s.seq = resolveSeq(receiver, draft.seq);
    s.ackNo = draft.ack ? resolveAck(receiver, draft.ackAt) : 0;
    s.len = draft.len;
    s.window = draft.rst ? 0 : state.tcb(peer(draft.to)).rcvWnd;
    return command;
}

} // namespace tsl::sim
