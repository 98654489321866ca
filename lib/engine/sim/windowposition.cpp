#include "windowposition.h"

namespace tsl::sim {

std::uint32_t resolveSeq(const Tcb& t, SeqPosition position)
{
    switch (position) {
    case SeqPosition::BeforeWindow: return t.rcvNxt - 1;
    case SeqPosition::RcvNxt: return t.rcvNxt;
    case SeqPosition::RcvNxtPlus1: return t.rcvNxt + 1;
    case SeqPosition::WindowLast: return t.rcvNxt + t.rcvWnd - 1;
    case SeqPosition::BeyondWindow: return t.rcvNxt + t.rcvWnd;
    }
    return t.rcvNxt;
}

std::uint32_t resolveAck(const Tcb& t, AckPosition position)
{
    switch (position) {
    case AckPosition::BeforeSndUna: return t.sndUna - 1;
    case AckPosition::SndUna: return t.sndUna;
    case AckPosition::SndNxt: return t.sndNxt;
    case AckPosition::BeyondSndNxt: return t.sndNxt + 1;
    }
    return t.sndNxt;
}

bool inWindow(const Tcb& t, SeqPosition position, std::uint32_t seqLength)
{
    const std::uint32_t seq = resolveSeq(t, position);
    const auto inside = [&](std::uint32_t n) { return seqLessOrEqual(t.rcvNxt, n) && seqLess(n, t.rcvNxt + t.rcvWnd); };
    if (seqLength == 0)
        return t.rcvWnd == 0 ? seq == t.rcvNxt : inside(seq);
    return t.rcvWnd != 0 && (inside(seq) || inside(seq + seqLength - 1));
}

namespace {
struct Names {
    const char* notation;
    const char* token;
};

Names seqNames(SeqPosition position)
{
    switch (position) {
    case SeqPosition::BeforeWindow: return {"RCV.NXT-1", "rcv.nxt-1"};
    case SeqPosition::RcvNxt: return {"RCV.NXT", "rcv.nxt"};
    case SeqPosition::RcvNxtPlus1: return {"RCV.NXT+1", "rcv.nxt+1"};
    case SeqPosition::WindowLast: return {"RCV.NXT+WND-1", "rcv.nxt+wnd-1"};
    case SeqPosition::BeyondWindow: return {"RCV.NXT+WND", "rcv.nxt+wnd"};
    }
    return {"RCV.NXT", "rcv.nxt"};
}

Names ackNames(AckPosition position)
{
    switch (position) {
    case AckPosition::BeforeSndUna: return {"SND.UNA-1", "snd.una-1"};
    case AckPosition::SndUna: return {"SND.UNA", "snd.una"};
    case AckPosition::SndNxt: return {"SND.NXT", "snd.nxt"};
    case AckPosition::BeyondSndNxt: return {"SND.NXT+1", "snd.nxt+1"};
    }
    return {"SND.NXT", "snd.nxt"};
}
} // namespace

const char* seqPositionNotation(SeqPosition position) { return seqNames(position).notation; }
const char* ackPositionNotation(AckPosition position) { return ackNames(position).notation; }
const char* seqPositionToken(SeqPosition position) { return seqNames(position).token; }
const char* ackPositionToken(AckPosition position) { return ackNames(position).token; }

std::optional<SeqPosition> parseSeqPosition(std::string_view token)
{
    for (SeqPosition p : kSeqPositions) {
        if (token == seqPositionToken(p))
            return p;
    }
    return std::nullopt;
}

std::optional<AckPosition> parseAckPosition(std::string_view token)
{
    for (AckPosition p : kAckPositions) {
        if (token == ackPositionToken(p))
            return p;
    }
    return std::nullopt;
}

} // namespace tsl::sim
