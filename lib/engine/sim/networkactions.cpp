// What happens between A and B: the network delivers, loses or duplicates a segment; an attacker
// floods B with spoofed SYNs; B's listener is configured; a crafted segment arrives.
#include "stepcontext.h"

namespace tsl::sim {

void StepContext::networkAction(const Command& c)
{
    switch (c.kind) {
    case CommandKind::Deliver:
    case CommandKind::Drop:
    case CommandKind::Duplicate: {
        if (c.index >= s.network.size())
            return note(Note::NothingToDo);
        const Segment seg = s.network[c.index];
        r.handled = seg;
        const auto at = s.network.begin() + std::ptrdiff_t(c.index);
        if (c.kind == CommandKind::Drop) {
            s.network.erase(at);
            note(Note::SegmentDropped);
        } else if (c.kind == CommandKind::Duplicate) {
            Segment copy = seg;
            copy.id = s.nextSegmentId++;
            copy.sentAtStep = r.step;
            s.network.insert(at + 1, copy);
            r.sent.push_back(copy);
            note(Note::SegmentDuplicated);
        } else {
            s.network.erase(at);
            receive(peer(seg.from), seg);
        }
        return;
    }
    case CommandKind::SpoofedSyn:
        return spoofedSyn();
    case CommandKind::SetSynCookies:
        s.listener.synCookies = c.bytes != 0;
        return note(Note::SynCookiesChanged);
    case CommandKind::Listen:
        s.listener.backlog = int(c.bytes);
        return note(Note::ListenBacklogSet);
    case CommandKind::Inject:
        return inject(c);
    default:
        return;
    }
}

// A SYN from an address that does not exist: B answers into the void and keeps a half-open
// connection, or drops it when the queue is full, or answers with a cookie and keeps nothing.
// The segments are recorded (the ladder draws them) but never travel the A-B network.
void StepContext::spoofedSyn()
{
    Tcb& b = s.b;
    Listener& l = s.listener;
    if (b.state != TcpState::Listen)
        return note(Note::NothingToDo);
    s.spoofSeed = s.spoofSeed * 1103515245u + 12345u;
    Segment syn;
    syn.id = s.nextSegmentId++;
    syn.from = Side::A;
    syn.spoofed = true;
    syn.syn = true;
    syn.seq = s.spoofSeed;
    syn.window = 65535;
    syn.sentAtStep = r.step;
    r.handled = syn;
    const auto answer = [&] {
        Segment synAck;
        synAck.id = s.nextSegmentId++;
        synAck.from = Side::B;
        synAck.spoofed = true;
        synAck.syn = true;
        synAck.ack = true;
        synAck.seq = synCookie(syn.seq); // a cookie, or an ISN from the same kind of hash
        synAck.ackNo = syn.seq + 1;
        synAck.window = b.rcvWnd;
        synAck.sentAtStep = r.step;
        r.sent.push_back(synAck);
    };
    if (l.backlog > 0 && l.halfOpen >= std::uint32_t(l.backlog)) {
        if (l.synCookies) {
            answer();
            ++l.cookies;
            note(Note::SynCookieSent);
        } else {
            ++l.dropped;
            note(Note::SynDroppedQueueFull);
        }
    } else {
        answer();
        ++l.halfOpen;
        note(Note::HalfOpenQueued);
    }
}

void StepContext::inject(const Command& c)
{
    Segment seg = c.segment;
    seg.id = s.nextSegmentId++;
    seg.from = peer(c.side);
    seg.sentAtStep = r.step;
    r.handled = seg;
    receive(c.side, seg);
}

} // namespace tsl::sim
